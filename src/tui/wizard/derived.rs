//! What is derived from a campaign's documents after each change: their text, the typed
//! model, what the rules say and the mark of each step. A keystroke changes one file, so
//! only that file is written and read back.

use super::Wizard;
use crate::brief::{Bundle, FileKind};
use crate::doc::{Docs, Texts};
use crate::form::{self, Field, StepKind};
use crate::practice::{MarketData, Status as Mark};
use crate::tui::clock::Now;
use crate::tui::rules::Checks;

/// What is computed from the documents after each change.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
    /// The documents as text (what would be written).
    pub texts: Texts,
    /// The typed model, when the documents read.
    pub bundle: Option<Bundle>,
    /// What the rules say (when the documents read).
    pub checks: Option<Checks>,
    /// The mark of each step.
    pub marks: Vec<Mark>,
}

impl Wizard {
    /// Recomputes what depends on the documents.
    pub fn refresh(&mut self, now: &Now) {
        self.derived = derive(&self.docs, now, &self.market);
    }

    /// After a change to one file: writes and reads back only that file (the common case of
    /// a keystroke), then runs the rules again. Returns whether its text changed.
    pub(crate) fn refresh_file(&mut self, file: FileKind, now: &Now) -> bool {
        let text = self.docs.doc(file).map(|d| d.to_string());
        if text.as_deref() == self.derived.texts.get(file) {
            return false;
        }
        let read = self
            .derived
            .bundle
            .as_mut()
            .is_some_and(|b| reread(b, file, &text));
        if !read {
            self.refresh(now);
            return true;
        }
        *self.derived.texts.slot_mut(file) = text;
        let bundle = self.derived.bundle.as_ref();
        let checks = bundle.map(|b| Checks::of(b, now.today(), &self.market));
        self.derived.marks = marks(&self.docs, bundle, checks.as_ref());
        self.derived.checks = checks;
        true
    }
}

/// Reads one file's text into its part of the model; false when it does not read.
fn reread(bundle: &mut Bundle, file: FileKind, text: &Option<String>) -> bool {
    fn typed<T: serde::de::DeserializeOwned>(text: &Option<String>) -> Option<Option<T>> {
        match text {
            Some(t) => toml::from_str(t).ok().map(Some),
            None => Some(None),
        }
    }
    match file {
        FileKind::Campaign => typed(text).flatten().map(|c| bundle.campaign = c).is_some(),
        FileKind::Creator => typed(text).map(|c| bundle.creator = c).is_some(),
        FileKind::Influencer => typed(text).map(|i| bundle.influencer = i).is_some(),
    }
}

fn marks(docs: &Docs, bundle: Option<&Bundle>, checks: Option<&Checks>) -> Vec<Mark> {
    form::STEPS
        .iter()
        .map(|step| step_mark(step, docs, bundle, checks))
        .collect()
}

/// Texts, model, rules and step marks of the documents.
pub(super) fn derive(docs: &Docs, now: &Now, market: &MarketData) -> Derived {
    let texts = Texts::from_fn(|f| docs.doc(f).map(|d| d.to_string()));
    let bundle = bundle_of(&texts);
    let checks = bundle.as_ref().map(|b| Checks::of(b, now.today(), market));
    let marks = marks(docs, bundle.as_ref(), checks.as_ref());
    Derived {
        texts,
        bundle,
        checks,
        marks,
    }
}

/// The typed model read from the texts just written (rather than writing them again).
fn bundle_of(texts: &Texts) -> Option<Bundle> {
    fn typed<T: serde::de::DeserializeOwned>(text: &Option<String>) -> Option<Option<T>> {
        match text {
            Some(t) => toml::from_str(t).ok().map(Some),
            None => Some(None),
        }
    }
    Some(Bundle {
        campaign: typed(&texts.campaign)??,
        creator: typed(&texts.creator)?,
        influencer: typed(&texts.influencer)?,
    })
}

/// A step's mark: its practice's, else how many of its applicable fields are filled.
fn step_mark(
    step: &form::Step,
    docs: &Docs,
    bundle: Option<&Bundle>,
    checks: Option<&Checks>,
) -> Mark {
    if let Some(mark) = step.practice.and_then(|p| checks?.practice_status(p)) {
        return mark;
    }
    if step.kind == StepKind::Review {
        return match checks.map(Checks::coverage) {
            Some((done, all)) if done == all => Mark::Done,
            Some((0, _)) | None => Mark::Missing,
            Some(_) => Mark::Partly,
        };
    }
    let applicable: Vec<&Field> = step
        .fields
        .iter()
        .filter(|f| step.done_when.contains(&f.path))
        .filter(|f| bundle.is_none_or(|b| f.applies.check(f.file(), b).applies()))
        .collect();
    if applicable.is_empty() {
        return Mark::NotApplicable;
    }
    let filled = applicable
        .iter()
        .filter(|f| {
            f.key_path(None)
                .and_then(|p| docs.get(&p).ok().flatten().map(|_| ()))
                .is_some()
        })
        .count();
    match filled {
        0 => Mark::Missing,
        n if n == applicable.len() => Mark::Done,
        _ => Mark::Partly,
    }
}
