//! The wizard: one campaign's documents being edited step by step. This file holds the state
//! and what is derived from it after every change; `update` holds the intents, `layout`
//! says where everything is, `content` builds the lines the layout measures and `view`
//! draws them.

mod content;
mod derived;
mod edit;
mod hooks;
pub(crate) mod input;
pub(crate) mod layout;
mod nav;
mod review;
pub mod update;
pub(crate) mod view;

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::brief::FileKind;
use crate::doc::{Conflict, Docs, Texts};
use crate::form::{self, Applicability, Field};
use crate::path::{KeyPath, Kind, row_count};
use crate::practice::MarketData;
use crate::store::{Draft, Loaded};
use crate::tui::clock::Now;

pub use derived::Derived;
pub(crate) use edit::reason;
pub use input::Input;
pub use review::ReviewTarget;
pub use update::update;

/// A row of a rows field being edited: which field, which row, which column has focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowEdit {
    /// The rows field's index in the step.
    pub field: usize,
    /// The row (one past the last: a new row, created by its first value).
    pub index: usize,
    /// The focused column.
    pub column: usize,
}

/// Typed text that did not validate, kept until it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    /// What was typed.
    pub text: String,
    /// Why it cannot be stored, in plain words.
    pub reason: String,
}

/// A finding shown under the field it is about, after Enter on it in the review; it goes
/// once the field changes or focus leaves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownFinding {
    /// The key path of the field it is shown under.
    pub at: String,
    /// An error (else a warning).
    pub error: bool,
    /// What is wrong and what to do, in one sentence or two.
    pub text: String,
}

/// The past hooks, formats and notes of other campaigns in a niche.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastHooks {
    /// The niche they were gathered for.
    pub niche: String,
    /// Newest first (empty while being gathered).
    pub list: Vec<crate::practice::Suggestion>,
}

/// The status line's news.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Nothing to say.
    Quiet,
    /// Saved at `HH:MM`.
    Saved(String),
    /// Something went wrong.
    Error(String),
    /// A plain note.
    Note(String),
}

/// The file preview beside the fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preview {
    /// Shown or hidden (F2).
    pub shown: bool,
    /// Which file (F3; follows the focused field).
    pub file: FileKind,
}

/// The focused field and its key path.
#[derive(Debug, Clone)]
pub struct Focus {
    /// The field (a row column when a row is open).
    pub field: &'static Field,
    /// Its key path (with the row index).
    pub path: KeyPath,
}

/// One campaign in the wizard.
#[derive(Debug, Clone)]
pub struct Wizard {
    /// The slug, once saved.
    pub slug: Option<String>,
    /// Where unsaved work is kept (`slug`, or `new-…`).
    pub draft_key: String,
    /// The documents being edited.
    pub docs: Docs,
    /// The texts as last read or written, to notice changes made outside.
    pub read: Option<Texts>,
    /// The texts as last saved, to know whether anything is unsaved.
    pub saved: Texts,
    /// Derived from the documents.
    pub derived: Derived,
    /// The current step (0-based).
    pub step: usize,
    /// The focused field of the step.
    pub focus: usize,
    /// The open row, if any.
    pub row: Option<RowEdit>,
    /// The focused field's editor.
    pub input: Input,
    /// The focused field's stored value when it got focus, as editor text (to notice a
    /// change, and to go back to when typing ends on a value that does not fit).
    pub focus_value: Option<String>,
    /// Typed text that did not validate, by key path.
    pub invalid: BTreeMap<String, Invalid>,
    /// The status line.
    pub status: Status,
    /// The preview.
    pub preview: Preview,
    /// First line of the fields pane shown.
    pub scroll: usize,
    /// Selected line on the review step.
    pub review: usize,
    /// Lines the review is scrolled on past its last action (to read the checklist).
    pub review_scroll: usize,
    /// Unsaved work not yet written to the draft.
    pub draft_due: bool,
    /// The saved version was opened over a draft ("use the saved version"): the draft is
    /// left in place until new unsaved work replaces it.
    pub draft_set_aside: bool,
    /// For an influencer's followers field: its key path and whether the tier followed the
    /// count when the field got focus (decided once, not per keystroke).
    pub(crate) tier_follows: Option<(String, bool)>,
    /// The focused field holds typed text that does not fit yet (worked out after each
    /// key, not while drawing).
    pub(crate) unstored: bool,
    /// Market facts the findings use.
    pub market: Arc<MarketData>,
    /// Open in another window: nothing is saved or written to the draft from here.
    pub read_only: bool,
    /// The finding shown under the focused field, after Enter on it in the review.
    pub finding: Option<ShownFinding>,
    /// Past hooks of the campaign's niche (asked for when a content list gets focus).
    pub past: Option<PastHooks>,
    /// The selected past hook.
    pub hook: usize,
    /// What was last sent to partners (for "changed since sent").
    pub sent: Option<Box<crate::store::Snapshot>>,
}

/// What the status line says while another window has the campaign open.
pub(crate) const READ_ONLY: &str = "Read-only: this campaign is open in another window; edit it there (or close that one and reopen).";

impl Wizard {
    /// A campaign never saved: `docs` from a template, or a blank hybrid one.
    pub fn new_campaign(
        now: &Now,
        docs: Option<Docs>,
        wide: bool,
        market: Arc<MarketData>,
    ) -> Wizard {
        let from_template = docs.is_some();
        let docs = docs.unwrap_or_else(|| Docs::new_campaign("", "", now.created_at()));
        let mut wizard = Wizard::with(
            docs,
            None,
            format!("new-{}", now.stamp()),
            wide,
            now,
            market,
        );
        if from_template {
            wizard.saved = Texts::default();
        }
        wizard
    }

    /// A new campaign that goes on with its unsaved work (kept under the draft's key, and
    /// unsaved until the first save).
    pub(crate) fn from_draft(
        draft: &Draft,
        now: &Now,
        wide: bool,
        market: Arc<MarketData>,
    ) -> Result<Wizard, String> {
        let mut wizard = Wizard::new_campaign(now, None, wide, market);
        wizard.draft_key = draft.key.clone();
        wizard.recover(draft, now)?;
        wizard.saved = Texts::default();
        Ok(wizard)
    }

    /// A campaign loaded from its folder.
    pub fn open(loaded: Loaded, wide: bool, now: &Now, market: Arc<MarketData>) -> Wizard {
        let slug = loaded.slug.clone();
        let mut wizard = Wizard::with(loaded.docs, Some(slug.clone()), slug, wide, now, market);
        wizard.read = Some(loaded.read);
        wizard
    }

    fn with(
        docs: Docs,
        slug: Option<String>,
        draft_key: String,
        wide: bool,
        now: &Now,
        market: Arc<MarketData>,
    ) -> Wizard {
        let derived = derived::derive(&docs, now, &market);
        let mut wizard = Wizard {
            slug,
            draft_key,
            saved: derived.texts.clone(),
            docs,
            read: None,
            derived,
            step: 0,
            focus: 0,
            row: None,
            input: Input::Inert,
            focus_value: None,
            invalid: BTreeMap::new(),
            status: Status::Quiet,
            read_only: false,
            finding: None,
            past: None,
            hook: 0,
            sent: None,
            preview: Preview {
                shown: wide,
                file: FileKind::Campaign,
            },
            scroll: 0,
            review: 0,
            review_scroll: 0,
            draft_due: false,
            draft_set_aside: false,
            tier_follows: None,
            unstored: false,
            market,
        };
        wizard.load_input();
        wizard
    }

    /// Brings a draft back: for a saved campaign, the draft's own changes are applied onto
    /// the files as they are now (nothing on disk is reverted) and the keys changed on both
    /// sides are returned, left as on disk, to ask about; a campaign never saved takes the
    /// draft whole. The pending texts come back too.
    pub fn recover(&mut self, draft: &Draft, now: &Now) -> Result<Vec<Conflict>, String> {
        let conflicts = if self.slug.is_some() {
            let merged = crate::doc::merge(&draft.base, &draft.texts, &self.docs)?;
            self.docs = merged.docs;
            merged.conflicts
        } else {
            self.take_whole(draft)?;
            Vec::new()
        };
        self.invalid = draft
            .pending
            .iter()
            .map(|(p, t)| {
                (
                    p.clone(),
                    Invalid {
                        text: t.clone(),
                        reason: String::new(),
                    },
                )
            })
            .collect();
        self.refresh(now);
        self.load_input();
        self.draft_due = true;
        Ok(conflicts)
    }

    /// After a save: the campaign's slug (new on the first save) and documents as written;
    /// they are now both what was read and what is saved. The old draft key is returned:
    /// that draft is done with.
    pub(crate) fn apply_saved(&mut self, slug: String, docs: Docs, now: &Now) -> String {
        let old_key = std::mem::replace(&mut self.draft_key, slug.clone());
        self.slug = Some(slug);
        self.docs = docs;
        self.refresh(now);
        self.read = Some(self.derived.texts.clone());
        self.saved = self.derived.texts.clone();
        self.status = Status::Saved(now.hhmm());
        self.draft_due = false;
        old_key
    }

    /// The unsaved work as a draft, written at `now`.
    pub fn draft(&self, now: &Now) -> Draft {
        Draft {
            key: self.draft_key.clone(),
            slug: self.slug.clone(),
            written: now.minute(),
            texts: self.derived.texts.clone(),
            base: self.read.clone().unwrap_or_default(),
            pending: self
                .invalid
                .iter()
                .map(|(k, v)| (k.clone(), v.text.clone()))
                .collect(),
        }
    }

    /// Whether there is unsaved work this window may write to a draft.
    pub(crate) fn has_unsaved_work(&self) -> bool {
        !self.read_only && (self.dirty() || !self.invalid.is_empty())
    }

    /// Takes the draft's side of a key changed on both sides.
    pub(crate) fn take_unsaved(&mut self, conflict: &Conflict, now: &Now) {
        crate::doc::take_unsaved(&mut self.docs, conflict);
        self.refresh(now);
        self.load_input();
        self.draft_due = true;
    }

    fn take_whole(&mut self, draft: &Draft) -> Result<(), String> {
        let parse = |text: &Option<String>| -> Result<Option<toml_edit::DocumentMut>, String> {
            text.as_deref()
                .map(|t| {
                    t.parse()
                        .map_err(|_| "the unsaved work cannot be read".to_string())
                })
                .transpose()
        };
        let campaign = parse(&draft.texts.campaign)?.ok_or("the unsaved work has no campaign")?;
        self.docs = Docs {
            campaign,
            creator: parse(&draft.texts.creator)?,
            influencer: parse(&draft.texts.influencer)?,
        };
        Ok(())
    }

    /// Takes the files as they now are on disk (written by the app itself, e.g. an export
    /// that set `brief_sent`), as after a save; texts that do not read leave all as it was.
    pub(crate) fn reload(&mut self, texts: &crate::doc::Texts, now: &Now) {
        let parse = |file: FileKind, text: &Option<String>| {
            text.as_deref()
                .map(|t| crate::doc::parse(file, t))
                .transpose()
        };
        let (Some(Ok(campaign)), Ok(creator), Ok(influencer)) = (
            parse(FileKind::Campaign, &texts.campaign).transpose(),
            parse(FileKind::Creator, &texts.creator),
            parse(FileKind::Influencer, &texts.influencer),
        ) else {
            return;
        };
        let Some(slug) = self.slug.clone() else {
            return;
        };
        let docs = Docs {
            campaign,
            creator,
            influencer,
        };
        self.apply_saved(slug, docs, now);
        self.load_input();
    }

    /// Whether anything is not saved yet (typed text that did not validate included).
    pub fn dirty(&self) -> bool {
        self.derived.texts != self.saved || !self.invalid.is_empty()
    }

    /// The campaign's name as typed.
    pub fn name(&self) -> String {
        self.docs
            .campaign
            .get("name")
            .and_then(|n| n.as_str())
            .unwrap_or_default()
            .to_string()
    }

    /// The current step.
    pub fn current_step(&self) -> &'static form::Step {
        form::step(self.step).unwrap_or(&form::STEPS[0])
    }

    /// The focused field and its key path.
    pub fn focused(&self) -> Option<Focus> {
        let field = self.current_step().fields.get(self.focus)?;
        match self.row {
            Some(row) if row.field == self.focus => {
                let column = field.columns().get(row.column)?;
                Some(Focus {
                    field: column,
                    path: column.key_path(Some(row.index))?,
                })
            }
            _ => Some(Focus {
                field,
                path: field.key_path(None)?,
            }),
        }
    }

    /// Whether a field applies, as the campaign stands.
    pub(crate) fn applicability(&self, field: &Field) -> Applicability {
        match &self.derived.bundle {
            Some(bundle) => field.applies.check(field.file(), bundle),
            None => Applicability::Applies,
        }
    }

    /// Rows in a rows field.
    pub fn rows(&self, field: &Field) -> usize {
        let Some(path) = field.key_path(None) else {
            return 0;
        };
        self.docs
            .doc(path.file)
            .map_or(0, |doc| row_count(doc, &path))
    }

    /// The editor for a field of `kind` in `file`: a row's partners are ticked from the
    /// brief's own partners.
    pub(super) fn editor(
        &self,
        kind: Kind,
        file: FileKind,
        item: Option<&toml_edit::Item>,
        typed: Option<&str>,
        rows: usize,
    ) -> Input {
        if kind != Kind::Assignees {
            return Input::new(kind, item, typed, rows);
        }
        let choices = self
            .derived
            .bundle
            .as_ref()
            .map(|b| crate::practice::pay::partner_refs(b, file))
            .unwrap_or_default();
        Input::assignees(item, typed, &choices)
    }

    /// A deliverable's length that is a range, as its field shows it ("20-30"); `None` for
    /// any other field or a single length.
    pub(super) fn range_text(&self, path: &KeyPath) -> Option<String> {
        let last = path.segments.last()?;
        if path.file != FileKind::Creator || last.name != crate::path::LENGTH_KEY {
            return None;
        }
        let longest = crate::path::longest_path(path);
        let number = |p: &KeyPath| {
            self.docs
                .get(p)
                .ok()
                .flatten()
                .and_then(toml_edit::Item::as_integer)
        };
        let (from, to) = (number(path)?, number(&longest)?);
        (to > from).then(|| format!("{from}-{to}"))
    }

    /// Rebuilds the focused field's editor from the documents (or the kept typed text).
    pub(crate) fn load_input(&mut self) {
        let (input, stored) = match self.focused() {
            Some(focus) if self.applicability(focus.field).editable() => {
                let item = self.docs.get(&focus.path).ok().flatten();
                let range = self.range_text(&focus.path);
                let typed = self
                    .invalid
                    .get(&focus.path.to_string())
                    .map(|i| i.text.as_str())
                    .or(range.as_deref());
                let kind = focus.field.kind();
                let rows = if matches!(kind, Kind::Rows(_)) {
                    self.rows(focus.field)
                } else {
                    0
                };
                let stored = self
                    .editor(kind, focus.path.file, item, range.as_deref(), rows)
                    .text();
                (
                    self.editor(kind, focus.path.file, item, typed, rows),
                    stored,
                )
            }
            _ => (Input::Inert, None),
        };
        self.input = input;
        self.focus_value = stored;
        self.unstored = self.typing_unstored();
        let focused = self.focused().map(|f| f.path);
        let key = focused.as_ref().map(ToString::to_string);
        if self.tier_follows.as_ref().map(|(k, _)| k) != key.as_ref() {
            self.tier_follows = focused.and_then(|p| {
                let follows = self.docs.tier_following(&p).is_some();
                p.segments
                    .last()
                    .is_some_and(|s| s.name == "followers")
                    .then(|| (p.to_string(), follows))
            });
        }
    }

    /// Whether the tier follows the focused followers field (`None`: not that field).
    pub(crate) fn tier_rule(&self, path: &KeyPath) -> Option<bool> {
        self.tier_follows
            .as_ref()
            .filter(|(k, _)| *k == path.to_string())
            .map(|(_, follows)| *follows)
    }
}
