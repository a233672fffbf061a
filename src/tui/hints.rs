//! The hint line at the bottom of every screen: the main keys of its keymap contexts, help
//! and quit always at the end.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::keymap::{self, Context};
use super::text;
use super::theme::Theme;

/// The hint line: the main keys of the contexts, help and quit always at the end.
pub fn draw(frame: &mut Frame, area: Rect, contexts: &[Context], theme: Theme) {
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
