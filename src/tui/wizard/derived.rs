//! What is derived from a campaign's documents after each change: their text, the typed
//! model, what the rules say and the mark of each step. A keystroke changes one file, so
//! only that file is written and read back.

use super::Wizard;
use crate::brief::{Bundle, FileKind};
use crate::doc::{Docs, Texts};
use crate::form::{self, Field, StepKind};
use crate::practice::{MarketData, Severity, Status as Mark};
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

impl Derived {
    /// The flag (✗ error, ! warning) beside step `step`: only on a step with something in it
    /// (partly or done); what an untouched step lacks is for the review step to say.
    pub(crate) fn flag(&self, step: usize) -> Option<Severity> {
        let started = matches!(self.marks.get(step), Some(Mark::Partly | Mark::Done));
        self.checks
            .as_ref()
            .and_then(|c| c.step_flag(step))
            .filter(|_| started)
    }
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
        .enumerate()
        .map(|(i, step)| step_mark(i, step, docs, bundle, checks))
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

/// A step's mark: its practice's, else how many of its applicable fields are filled. A step
/// with something typed in it is never missing, and one with an error on its fields is not
/// done.
fn step_mark(
    index: usize,
    step: &form::Step,
    docs: &Docs,
    bundle: Option<&Bundle>,
    checks: Option<&Checks>,
) -> Mark {
    let entries = has_entries(step, docs, bundle);
    let mark = match own_mark(step, docs, bundle, checks) {
        Mark::Missing if entries => Mark::Partly,
        // Results wait for results: the niche asked in Basics alone does not start them.
        Mark::Partly if step.kind == StepKind::Results && !entries => Mark::Missing,
        mark => mark,
    };
    let error = checks.and_then(|c| c.step_flag(index)) == Some(Severity::Error);
    if mark == Mark::Done && error {
        Mark::Partly
    } else {
        mark
    }
}

/// A step's mark from its practice, or from the fields that make it done.
fn own_mark(
    step: &form::Step,
    docs: &Docs,
    bundle: Option<&Bundle>,
    checks: Option<&Checks>,
) -> Mark {
    // A step of a brief the campaign does not use is n/a, whatever its practice says.
    if let Some(b) = bundle
        && !step.fields.is_empty()
        && step
            .fields
            .iter()
            .all(|f| !f.applies.check(f.file(), b).editable())
    {
        return Mark::NotApplicable;
    }
    let applies = |f: &&Field| bundle.is_none_or(|b| f.applies.check(f.file(), b).applies());
    match step.practice.and_then(|p| checks?.practice_status(p)) {
        // A practice the type does not need, on a step that still asks something (creator
        // disclosure in a production-first campaign with ad access): marked by its fields.
        Some(Mark::NotApplicable) if step.fields.iter().any(|f| applies(&f)) => {}
        Some(mark) => return mark,
        None => {}
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
        .filter(|f| step.done_when.is_empty() || step.done_when.contains(&f.path))
        .filter(applies)
        .collect();
    if applicable.is_empty() {
        return Mark::NotApplicable;
    }
    let filled = applicable.iter().filter(|f| has_value(docs, f)).count();
    match filled {
        0 => Mark::Missing,
        n if n == applicable.len() => Mark::Done,
        _ => Mark::Partly,
    }
}

/// Whether any field of the step that can be edited holds something.
fn has_entries(step: &form::Step, docs: &Docs, bundle: Option<&Bundle>) -> bool {
    step.fields
        .iter()
        .filter(|f| bundle.is_none_or(|b| f.applies.check(f.file(), b).editable()))
        .any(|f| has_value(docs, f))
}

/// Whether a field (a rows field: its first row) holds a value; an empty list or text is none.
fn has_value(docs: &Docs, field: &Field) -> bool {
    use toml_edit::{Item, Value};
    let item = field
        .key_path(None)
        .and_then(|p| docs.get(&p).ok().flatten());
    match item {
        None | Some(Item::None) => false,
        Some(Item::ArrayOfTables(rows)) => !rows.is_empty(),
        Some(Item::Value(Value::Array(items))) => !items.is_empty(),
        Some(Item::Value(Value::String(text))) => !text.value().trim().is_empty(),
        Some(_) => true,
    }
}
