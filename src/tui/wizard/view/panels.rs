//! Drawing a step's panel: its lines (the results chart is lines too).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::Paragraph;

use crate::tui::theme::Theme;
use crate::tui::wizard::Wizard;
use crate::tui::wizard::content::panel_lines;

/// Draws the step's panel in `area`, in a pane `pane_height` high.
pub(crate) fn draw_panel(
    frame: &mut Frame,
    w: &Wizard,
    area: Rect,
    pane_height: u16,
    theme: Theme,
) {
    if area.height == 0 {
        return;
    }
    let area = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    frame.render_widget(
        Paragraph::new(panel_lines(
            w,
            area.width as usize,
            pane_height as usize,
            theme,
        )),
        area,
    );
}
