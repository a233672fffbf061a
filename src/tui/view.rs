//! Drawing the app: the screen, the popup over it, or a notice when the window is too small.
//! Views are pure functions of the state.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::app::{App, MIN_SIZE, Screen};
use super::keymap::{self, Context};
use super::theme::Theme;
use super::{home, learnings, popup, text, wizard};

/// Draws everything; no control character from a file reaches the terminal.
pub fn draw(frame: &mut Frame, app: &App) {
    if app.too_small() {
        draw_too_small(frame, app.popup.is_some(), app.theme);
    } else {
        match &app.screen {
            Screen::Home => home::view::draw(frame, &app.home, app.theme),
            Screen::Wizard(w) => wizard::view::draw(frame, w, app.theme),
            Screen::Learnings { scroll, niches } => {
                learnings::draw(frame, niches, *scroll, app.theme)
            }
        }
        if let Some(p) = &app.popup {
            popup::view::draw(frame, app, p);
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

/// The hint line: the main keys of the contexts, help and quit always at the end.
pub fn draw_hints(frame: &mut Frame, area: Rect, contexts: &[Context], theme: Theme) {
    let items = keymap::hints(contexts);
    let width = area.width as usize;
    let item_width = |(k, w): &(String, &str)| text::width(k) + 1 + text::width(w) + 3;
    let mut kept: Vec<&(String, &str)> = items.iter().collect();
    // Drop from the middle until it fits, never help or quit (the last two).
    while kept.iter().map(|i| item_width(i)).sum::<usize>() > width && kept.len() > 2 {
        kept.remove(kept.len() - 3);
    }
    let mut spans = vec![Span::raw(" ")];
    for (i, (key, words)) in kept.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" · ", theme.dim()));
        }
        spans.push(Span::styled(key.clone(), theme.key()));
        spans.push(Span::raw(format!(" {words}")));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
