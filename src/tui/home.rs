//! The home screen: every campaign of the briefs root with its status, type, briefs,
//! coverage, findings and last change; broken folders with their error; unsaved new
//! campaigns; a filter. This file holds the state and builds the rows; `update` handles
//! keys and the mouse, `layout` says where things are, `view` draws them.

pub(crate) mod layout;
pub(crate) mod update;
pub(crate) mod view;

use std::path::PathBuf;

use crate::brief::{Bundle, FileKind};
use crate::store::{Draft, Entry};
use crate::tui::clock::Now;
use std::sync::Arc;

use crate::practice::{MarketData, Severity};
use crate::tui::keymap::Context;
use crate::tui::rules::Checks;

/// What a line of the list is.
#[derive(Debug, Clone, PartialEq)]
pub enum RowKind {
    /// A campaign that loads.
    Campaign {
        /// The folder name.
        slug: String,
        /// The campaign as read.
        bundle: Box<Bundle>,
    },
    /// A campaign folder with a file that cannot be read.
    Broken {
        /// The folder name.
        slug: String,
        /// Why it cannot be read, as shown.
        error: String,
    },
    /// A folder without campaign.toml.
    NotCampaign,
    /// A new campaign never saved, kept as a draft.
    Unsaved(Box<Draft>),
}

/// One line of the list, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// What it is.
    pub kind: RowKind,
    /// The campaign's name (or the folder's).
    pub name: String,
    /// draft, sent, live, done (or unsaved, error).
    pub status: String,
    /// The partnership type.
    pub partnership: String,
    /// The briefs it uses ("C I").
    pub briefs: String,
    /// "7/8".
    pub coverage: String,
    /// Errors and warnings ("2✗ 1!").
    pub findings: String,
    /// When its files last changed.
    pub modified: String,
    /// Brand, for the filter.
    pub brand: String,
}

/// The home screen's state.
#[derive(Debug, Clone, PartialEq)]
pub struct Home {
    /// The briefs root, shown in the empty state.
    pub root: PathBuf,
    /// The list, sorted by name.
    pub rows: Vec<Row>,
    /// True until the first listing arrives.
    pub loading: bool,
    /// The filter text.
    pub filter: String,
    /// Whether keys go to the filter.
    pub filtering: bool,
    /// The selected line among the visible rows.
    pub selected: usize,
    /// The last thing that happened, and whether it went wrong.
    pub message: Option<(String, bool)>,
    /// A slug to select once the list is reloaded.
    pub select_slug: Option<String>,
}

impl Home {
    /// An empty, loading home screen for `root`.
    pub fn new(root: PathBuf) -> Home {
        Home {
            root,
            rows: Vec::new(),
            loading: true,
            filter: String::new(),
            filtering: false,
            selected: 0,
            message: None,
            select_slug: None,
        }
    }

    /// The keymap contexts of the home screen.
    pub(crate) fn contexts(&self) -> Vec<Context> {
        if self.filtering {
            vec![Context::Filter]
        } else {
            vec![Context::Home]
        }
    }

    /// The rows the filter lets through.
    pub(crate) fn visible(&self) -> Vec<&Row> {
        let needle = self.filter.trim().to_lowercase();
        self.rows
            .iter()
            .filter(|r| {
                needle.is_empty()
                    || r.name.to_lowercase().contains(&needle)
                    || r.brand.to_lowercase().contains(&needle)
                    || slug_of(r).is_some_and(|s| s.contains(&needle))
            })
            .collect()
    }

    /// The selected row.
    pub(crate) fn current(&self) -> Option<&Row> {
        self.visible().get(self.selected).copied()
    }

    /// Moves the selection by `delta`, staying inside the list.
    pub(crate) fn move_by(&mut self, delta: isize) {
        let n = self.visible().len();
        if n == 0 {
            self.selected = 0;
            return;
        }
        self.selected = self.selected.saturating_add_signed(delta).min(n - 1);
    }

    /// Replaces the list with a fresh listing.
    pub(crate) fn fill(
        &mut self,
        entries: Vec<Entry>,
        drafts: Vec<Draft>,
        now: &Now,
        market: &Arc<MarketData>,
    ) {
        let mut rows: Vec<Row> = entries.into_iter().map(|e| row(e, now, market)).collect();
        rows.extend(drafts.into_iter().map(unsaved_row));
        rows.sort_by_key(|r| r.name.to_lowercase());
        self.rows = rows;
        self.loading = false;
        if let Some(slug) = self.select_slug.take()
            && let Some(i) = self
                .visible()
                .iter()
                .position(|r| slug_of(r) == Some(slug.as_str()))
        {
            self.selected = i;
        }
        self.move_by(0);
    }
}

/// The slug of a row, when it has one.
pub(crate) fn slug_of(row: &Row) -> Option<&str> {
    match &row.kind {
        RowKind::Campaign { slug, .. } | RowKind::Broken { slug, .. } => Some(slug),
        RowKind::NotCampaign | RowKind::Unsaved(_) => None,
    }
}

fn blank(kind: RowKind, name: String, status: &str) -> Row {
    Row {
        kind,
        name,
        status: status.into(),
        partnership: String::new(),
        briefs: String::new(),
        coverage: String::new(),
        findings: String::new(),
        modified: String::new(),
        brand: String::new(),
    }
}

fn row(entry: Entry, now: &Now, market: &MarketData) -> Row {
    match entry {
        Entry::Campaign(loaded) => {
            let bundle = loaded.bundle;
            let checks = Checks::of(&bundle, now.today(), market);
            let partnership = bundle.partnership();
            let briefs: Vec<&str> = [(FileKind::Creator, "C"), (FileKind::Influencer, "I")]
                .into_iter()
                .filter(|(f, _)| partnership.needs(*f))
                .map(|(_, s)| s)
                .collect();
            let findings = match (
                checks.count(Severity::Error),
                checks.count(Severity::Warning),
            ) {
                (0, 0) => "none".to_string(),
                (e, w) => format!("{e}✗ {w}!"),
            };
            Row {
                name: shown(&bundle.campaign.name),
                status: checks.status.as_str().into(),
                partnership: short_type(partnership.as_str()).into(),
                briefs: briefs.join(" "),
                coverage: checks.coverage.to_string(),
                findings,
                modified: now.describe(loaded.modified),
                brand: shown(bundle.campaign.brand.as_deref().unwrap_or_default()),
                kind: RowKind::Campaign {
                    slug: loaded.slug,
                    bundle: Box::new(bundle),
                },
            }
        }
        Entry::Broken { slug, error } => {
            let message = shown(&error.to_string());
            blank(
                RowKind::Broken {
                    slug: slug.clone(),
                    error: message,
                },
                shown(&slug),
                "error",
            )
        }
        Entry::NotCampaign { name } => blank(RowKind::NotCampaign, shown(&name), "—"),
    }
}

fn unsaved_row(draft: Draft) -> Row {
    let name = draft
        .name()
        .filter(|n| !n.trim().is_empty())
        .map_or_else(|| "(no name yet)".into(), |n| shown(&n));
    let written = draft.written.clone();
    let mut row = blank(RowKind::Unsaved(Box::new(draft)), name, "unsaved");
    row.modified = written;
    row
}

/// Text from a file as the list shows it: controls and bidi overrides escaped.
fn shown(text: &str) -> String {
    crate::safe_text::terminal(text).into_owned()
}

/// The partnership type in a word that fits the column.
pub(crate) fn short_type(partnership: &str) -> &'static str {
    match partnership {
        "production-first" => "production",
        "distribution-first" => "distribution",
        _ => "hybrid",
    }
}
