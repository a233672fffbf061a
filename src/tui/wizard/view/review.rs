//! Drawing the review step from its lines (content::review).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::tui::theme::Theme;
use crate::tui::wizard::Wizard;
use crate::tui::wizard::content::{review_document, review_offset};

/// Draws the review: the findings, the two actions, the checklist and what changed since
/// the briefs were sent, scrolled so the selected line shows and, past the last action, by
/// the lines the user scrolled on.
pub(crate) fn draw_review(frame: &mut Frame, w: &Wizard, area: Rect, theme: Theme) {
    let (mut lines, selected_line) = review_document(w, area.width as usize, theme);
    let height = area.height as usize;
    let offset = review_offset(lines.len(), selected_line, height, w.review_scroll);
    if offset + height < lines.len() && height > 0 {
        lines.truncate(offset + height - 1);
        lines.push(Line::styled("  ↓ more below", theme.dim()));
    }
    frame.render_widget(Paragraph::new(lines).scroll((offset as u16, 0)), area);
}
