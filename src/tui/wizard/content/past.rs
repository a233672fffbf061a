//! The past-hooks panel above a content list: where the suggestions come from, which of how
//! many is shown, the keys, and the selected suggestion, whole.

use ratatui::text::{Line, Span};

use crate::practice::{Suggestion, SuggestionKind};
use crate::tui::keymap::{self, Context};
use crate::tui::text::{wrap, wrap_styled};
use crate::tui::theme::Theme;
use crate::tui::wizard::Wizard;

/// The panel's lines (none when nothing is offered).
pub(crate) fn past_lines(w: &Wizard, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let suggestions = w.suggestions();
    if suggestions.is_empty() {
        return Vec::new();
    }
    let niche = w
        .derived
        .bundle
        .as_ref()
        .and_then(|b| b.campaign.learnings.niche.clone())
        .unwrap_or_default();
    let keys: Vec<String> = keymap::hints(&[Context::Suggestions])
        .into_iter()
        .map(|(k, words)| format!("{k} {words}"))
        .collect();
    let selected = w.hook.min(suggestions.len() - 1);
    let mut lines = wrap_styled(
        &[
            (
                format!(
                    "Past in “{niche}”, {} of {}: ",
                    selected + 1,
                    suggestions.len()
                ),
                theme.title(),
            ),
            (keys.join(" · "), theme.dim()),
        ],
        width,
    );
    // One at a time, whole: Alt-H shows the next (the title says which of how many).
    lines.extend(suggestion_lines(&suggestions[selected], width, theme));
    lines
}

fn suggestion_lines(s: &Suggestion, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let kind = match s.kind {
        SuggestionKind::Hook => "hook",
        SuggestionKind::Format => "format",
        SuggestionKind::Note => "note",
    };
    let text = format!("{kind}: {} ({})", s.text, s.campaign);
    wrap(&text, width.saturating_sub(2))
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            let lead = if i == 0 { "▶ " } else { "  " };
            Line::from(vec![
                Span::styled(lead, theme.title()),
                Span::styled(l, theme.focus()),
            ])
        })
        .collect()
}
