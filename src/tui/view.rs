//! Drawing the app: the screen, the popup over it, or a notice when the window is too small.
//! Views are pure functions of the state.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::app::{App, MIN_SIZE, Screen};
use super::theme::Theme;
use super::{home, learnings, popup, wizard};

/// Draws everything; no control character from a file reaches the terminal.
pub fn draw(frame: &mut Frame, app: &App) {
    if app.too_small() {
        draw_too_small(frame, app.popup.is_some(), app.theme);
    } else {
        // Each screen's layout, computed once for this frame from the same function its
        // update reads for the mouse and scrolling.
        let area = frame.area();
        match &app.screen {
            Screen::Home => {
                let at = home::layout::layout(area, &app.home);
                home::view::draw(frame, &app.home, &at, app.theme);
            }
            Screen::Wizard(w) => {
                let at = wizard::layout::layout(area, w);
                wizard::view::draw(frame, w, &at, app.theme);
            }
            Screen::Learnings(state) => {
                let at = learnings::layout::layout(area);
                learnings::view::draw(frame, state, &at, app.theme);
            }
        }
        if let Some(p) = &app.popup {
            popup::view::draw(frame, p, app.wizard().map(|w| w.name()), app.theme);
        }
    }
    guard(frame.buffer_mut());
}

/// The last line of defence: a cell holding a control or bidi character (text the views did
/// not escape themselves) shows `�` instead, so the terminal never receives it.
fn guard(buffer: &mut Buffer) {
    for cell in &mut buffer.content {
        if cell.symbol().chars().any(crate::safe_text::is_unsafe) {
            let clean: String = cell
                .symbol()
                .chars()
                .filter(|c| !crate::safe_text::is_unsafe(*c))
                .collect();
            cell.set_symbol(if clean.is_empty() { "\u{fffd}" } else { &clean });
        }
    }
}

fn draw_too_small(frame: &mut Frame, question: bool, theme: Theme) {
    let area = frame.area();
    let mut lines = vec![
        Line::styled("Window too small", theme.title()),
        Line::raw(format!(
            "It is {}×{}; splitbrief needs {}×{}.",
            area.width, area.height, MIN_SIZE.0, MIN_SIZE.1
        )),
        Line::raw("Make it larger and the app comes back."),
        Line::styled("Ctrl-Q quits.", theme.dim()),
    ];
    if question {
        lines.insert(
            3,
            Line::styled("A question is waiting for you there.", theme.title()),
        );
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), area);
}
