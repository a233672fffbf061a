//! The past-hooks panel above a content list: where the suggestions come from, the keys, and
//! a few suggestions around the selected one (wrapped whole; the others on one line each).

use ratatui::text::{Line, Span};

use crate::practice::{Suggestion, SuggestionKind};
use crate::tui::keymap::{self, Context};
use crate::tui::text::{truncate, wrap, wrap_styled};
use crate::tui::theme::Theme;
use crate::tui::wizard::Wizard;

/// Suggestions listed at once.
const SHOWN: usize = 3;

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
    let first = selected.saturating_sub(SHOWN - 1);
    for (i, s) in suggestions.iter().enumerate().skip(first).take(SHOWN) {
        lines.extend(suggestion_lines(s, i == selected, width, theme));
    }
    lines
}

fn suggestion_lines(
    s: &Suggestion,
    selected: bool,
    width: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    let kind = match s.kind {
        SuggestionKind::Hook => "hook",
        SuggestionKind::Format => "format",
        SuggestionKind::Note => "note",
    };
    let text = format!("{kind}: {} ({})", s.text, s.campaign);
    if !selected {
        return vec![Line::styled(
            format!("  {}", truncate(&text, width.saturating_sub(2))),
            theme.dim(),
        )];
    }
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
