//! Past hooks while writing: on a content list of the creator or influencer brief, the best
//! hooks, formats and notes of other campaigns in the same niche (`practice::past_hooks`,
//! newest first) are offered; one key picks the next, another adds it to the focused list.
//! They are gathered from disk once per niche (`Effect::PastHooks`) when a content list
//! first gets focus.

use super::input::Input;
use super::{PastHooks, Status, Wizard};
use crate::practice::Suggestion;
use crate::practice::learnings::SuggestionKind;
use crate::tui::clock::Now;

impl Wizard {
    /// Whether the focused field is a content list the suggestions can go into.
    pub(crate) fn takes_suggestions(&self) -> bool {
        matches!(self.input, Input::List { editing: None, .. })
            && self.focused().is_some_and(|f| {
                let path = f.path.to_string();
                path.starts_with("creator.content.") || path.starts_with("influencer.content.")
            })
    }

    /// The campaign's niche, when set.
    fn niche(&self) -> Option<String> {
        self.derived
            .bundle
            .as_ref()
            .and_then(|b| b.campaign.learnings.niche.clone())
            .filter(|n| !n.trim().is_empty())
    }

    /// The niche whose past hooks should be gathered now: on a content list, once per niche.
    pub(crate) fn hooks_wanted(&self) -> Option<String> {
        if !self.takes_suggestions() {
            return None;
        }
        let niche = self.niche()?;
        match &self.past {
            Some(p) if p.niche == niche => None,
            _ => Some(niche),
        }
    }

    /// The past hooks gathered for `niche` arrive.
    pub(crate) fn took_past_hooks(&mut self, niche: String, list: Vec<Suggestion>) {
        self.hook = 0;
        self.past = Some(PastHooks { niche, list });
    }

    /// The past hooks, formats and notes offered for the focused field, newest first (none
    /// off a content list, without a niche, or before they arrive).
    pub fn suggestions(&self) -> Vec<Suggestion> {
        if !self.takes_suggestions() {
            return Vec::new();
        }
        // A hooks list takes hooks; beats, references and talking points take formats and
        // notes; key messages are the brand's own.
        let list = self
            .focused()
            .and_then(|f| f.path.segments.last().map(|s| s.name.clone()))
            .unwrap_or_default();
        let fits = |kind: SuggestionKind| match list.as_str() {
            "hooks" => kind == SuggestionKind::Hook,
            "key_messages" => false,
            _ => kind != SuggestionKind::Hook,
        };
        match (&self.past, self.niche()) {
            (Some(p), Some(niche)) if p.niche == niche => {
                p.list.iter().filter(|s| fits(s.kind)).cloned().collect()
            }
            _ => Vec::new(),
        }
    }

    /// Alt-H: the next suggestion (round again after the last).
    pub(super) fn next_suggestion(&mut self) {
        let count = self.suggestions().len();
        self.hook = if count == 0 {
            0
        } else {
            (self.hook + 1) % count
        };
    }

    /// Ctrl-O: adds the selected suggestion to the focused list and stores it.
    pub(super) fn insert_suggestion(&mut self, now: &Now) {
        let suggestions = self.suggestions();
        let Some(pick) = suggestions.get(self.hook.min(suggestions.len().saturating_sub(1))) else {
            self.status = Status::Note(
                "No past hooks here: set the niche in Basics; campaigns in the same niche with results offer theirs.".into(),
            );
            return;
        };
        let mut text = self.input.editor_text().unwrap_or_default();
        if !text.trim().is_empty() {
            text.push('\n');
        }
        text.push_str(&pick.text);
        self.input.set_editor_text(&text);
        self.store(now, true);
        self.status = Status::Note(format!("Added “{}” from {}.", pick.text, pick.campaign));
    }
}
