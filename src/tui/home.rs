//! The home screen: every campaign of the briefs root with its status, type, briefs,
//! coverage, findings and last change; broken folders with their error; unsaved new
//! campaigns; a filter. This file holds the state and builds the rows; `listing` fills it
//! as a listing arrives, `update` handles keys and the mouse, `layout` says where things
//! are, `view` draws them.

pub(crate) mod layout;
mod listing;
pub(crate) mod update;
pub(crate) mod view;

use crate::brief::Date;
use std::path::PathBuf;

use crate::store::{Draft, index};
use crate::tui::clock::Now;
use crate::tui::keymap::Context;

/// What a line of the list is.
#[derive(Debug, Clone, PartialEq)]
pub enum RowKind {
    /// A campaign that loads.
    Campaign {
        /// The folder name.
        slug: String,
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
    /// Brand, for the filter and the details line.
    pub brand: String,
    /// Product, for the details line.
    pub product: String,
    /// What is due in the coming weeks (date, what), soonest first.
    pub due: Vec<(String, String)>,
    /// A usage grant ending soon, in words, for the mark and the details line.
    pub rights_soon: Option<String>,
    /// Name, brand and slug in lower case: what the filter searches.
    search: String,
}

/// The home screen's state.
#[derive(Debug, Clone, PartialEq)]
pub struct Home {
    /// The briefs root, shown in the empty state.
    pub root: PathBuf,
    /// The list, sorted by name.
    rows: Vec<Row>,
    /// Which rows the filter lets through (indexes into `rows`, in order).
    shown: Vec<usize>,
    /// How many rows are campaigns.
    campaigns: usize,
    /// True while a listing is under way.
    pub loading: bool,
    /// True while the learnings are gathered.
    pub gathering: bool,
    /// The listing under way, and what it found so far.
    pub progress: Progress,
    /// Rows of a new listing gathered while the old list stays on screen.
    incoming: Option<Vec<Row>>,
    /// The filter text.
    filter: String,
    /// Whether keys go to the filter.
    pub filtering: bool,
    /// The selected line among the visible rows.
    pub selected: usize,
    /// The last thing that happened, and whether it went wrong.
    pub message: Option<(String, bool)>,
    /// A slug to select once the list is reloaded.
    pub select_slug: Option<String>,
    /// Whether the agenda panel is shown.
    pub agenda: bool,
    /// The day the rows were made on (for the agenda's window).
    pub today: Option<Date>,
    /// How many days ahead a usage grant that ends is marked ⚑ (config
    /// `rights_warning_days`, as `rights-expiring` warns).
    pub rights_days: u32,
}

/// How far a listing has come.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// Which listing the rows belong to (older ones are ignored).
    pub job: u64,
    /// Folders in the root, once counted.
    pub folders: Option<usize>,
    /// Rows received.
    pub read: usize,
}

impl Home {
    /// An empty, loading home screen for `root`.
    pub fn new(root: PathBuf) -> Home {
        Home {
            root,
            rows: Vec::new(),
            shown: Vec::new(),
            campaigns: 0,
            loading: true,
            gathering: false,
            progress: Progress::default(),
            incoming: None,
            filter: String::new(),
            filtering: false,
            selected: 0,
            message: None,
            select_slug: None,
            agenda: false,
            today: None,
            rights_days: RIGHTS_MARK_DAYS,
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

    /// Every row, sorted by name.
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// How many rows are campaigns.
    pub fn campaign_count(&self) -> usize {
        self.campaigns
    }

    /// The filter text.
    pub fn filter(&self) -> &str {
        &self.filter
    }

    /// Changes the filter text (the selection goes back to the top).
    pub fn set_filter(&mut self, text: String) {
        let narrower = text.starts_with(&self.filter);
        self.filter = text;
        self.selected = 0;
        self.refilter(narrower);
    }

    /// How many rows the filter lets through.
    pub fn visible_len(&self) -> usize {
        self.shown.len()
    }

    /// The rows the filter lets through, from `start`, at most `count` of them.
    pub fn visible_window(&self, start: usize, count: usize) -> impl Iterator<Item = &Row> {
        self.shown
            .iter()
            .skip(start)
            .take(count)
            .filter_map(|&i| self.rows.get(i))
    }

    /// The rows the filter lets through.
    pub fn visible(&self) -> Vec<&Row> {
        self.visible_window(0, usize::MAX).collect()
    }

    /// The selected row.
    pub fn current(&self) -> Option<&Row> {
        self.shown
            .get(self.selected)
            .and_then(|&i| self.rows.get(i))
    }

    /// Moves the selection by `delta`, staying inside the list.
    pub fn move_by(&mut self, delta: isize) {
        let n = self.shown.len();
        if n == 0 {
            self.selected = 0;
            return;
        }
        self.selected = self.selected.saturating_add_signed(delta).min(n - 1);
    }

    /// Works out which rows the filter lets through; a narrower filter only looks at the
    /// rows shown already.
    fn refilter(&mut self, narrower: bool) {
        let needle = self.filter.trim().to_lowercase();
        if needle.is_empty() {
            self.shown = (0..self.rows.len()).collect();
            return;
        }
        let rows = &self.rows;
        let matches = |i: &usize| rows.get(*i).is_some_and(|r| r.search.contains(&needle));
        self.shown = if narrower && self.shown.len() <= rows.len() {
            self.shown.iter().copied().filter(matches).collect()
        } else {
            (0..rows.len()).filter(matches).collect()
        };
    }

    /// Puts a new list in place, keeping the selection where it can.
    fn replace(&mut self, mut rows: Vec<Row>) {
        rows.sort_by(|a, b| order(a).cmp(&order(b)));
        let keep = self
            .select_slug
            .take()
            .or_else(|| self.current().and_then(slug_of).map(str::to_string));
        self.rows = rows;
        self.after_change(keep);
    }

    fn after_change(&mut self, keep: Option<String>) {
        self.campaigns = self
            .rows
            .iter()
            .filter(|r| matches!(r.kind, RowKind::Campaign { .. }))
            .count();
        self.refilter(false);
        if let Some(slug) = keep
            && let Some(i) = self
                .shown
                .iter()
                .position(|&i| self.rows.get(i).and_then(slug_of) == Some(slug.as_str()))
        {
            self.selected = i;
        }
        self.move_by(0);
    }
}

/// Rows sort by name, case aside; campaigns by folder among equal names, drafts last.
fn order(row: &Row) -> (&str, bool, Option<&str>) {
    (
        row.search.split('\0').next().unwrap_or_default(),
        matches!(row.kind, RowKind::Unsaved(_)),
        slug_of(row),
    )
}

/// The slug of a row, when it has one.
pub fn slug_of(row: &Row) -> Option<&str> {
    match &row.kind {
        RowKind::Campaign { slug, .. } | RowKind::Broken { slug, .. } => Some(slug),
        RowKind::NotCampaign | RowKind::Unsaved(_) => None,
    }
}

fn blank(kind: RowKind, name: String, status: &str) -> Row {
    let mut row = Row {
        kind,
        name,
        status: status.into(),
        partnership: String::new(),
        briefs: String::new(),
        coverage: String::new(),
        findings: String::new(),
        modified: String::new(),
        brand: String::new(),
        product: String::new(),
        due: Vec::new(),
        rights_soon: None,
        search: String::new(),
    };
    row.search = search_text(&row, &[]);
    row
}

/// The lower-case text the filter looks in: name, brand, slug.
fn search_text(row: &Row, extra: &[&str]) -> String {
    let mut text = format!(
        "{}\0{}\0{}\0{}",
        row.name.to_lowercase(),
        row.brand.to_lowercase(),
        slug_of(row).unwrap_or_default(),
        row.partnership.to_lowercase()
    );
    for e in extra {
        text.push('\0');
        text.push_str(&e.to_lowercase());
    }
    text
}

/// A line of the list from a summary row.
pub fn row(source: &index::Row, now: &Now, rights_days: u32) -> Row {
    let s = match &source.kind {
        index::Kind::Campaign(s) => s,
        index::Kind::Broken(e) => {
            return blank(
                RowKind::Broken {
                    slug: source.folder.clone(),
                    error: shown(&e.text),
                },
                shown(&source.folder),
                "error",
            );
        }
        index::Kind::NotCampaign => {
            return blank(RowKind::NotCampaign, shown(&source.folder), "—");
        }
    };
    let briefs: Vec<&str> = s
        .briefs
        .iter()
        .map(|b| if b == "creator" { "C" } else { "I" })
        .collect();
    let c = &s.checked;
    let findings = match (c.error, c.warning) {
        (0, 0) => "none".to_string(),
        (e, w) => format!("{e}✗ {w}!"),
    };
    let (due, rights_soon) = coming(&c.due, now.today(), rights_days);
    // Once rows have a status, the column says how far they are ("3/7 live").
    let status = match &c.progress {
        Some(p) => p
            .split(", ")
            .next()
            .unwrap_or(p)
            .replace(" delivered", " done"),
        None => s.status.clone(),
    };
    let mut row = Row {
        name: shown(&s.name),
        status,
        partnership: short_type(&s.partnership).into(),
        briefs: briefs.join(" "),
        coverage: format!("{}/{}", c.done, c.applicable),
        findings,
        modified: now.describe(source.modified),
        brand: shown(s.brand.as_deref().unwrap_or_default()),
        product: shown(s.product.as_deref().unwrap_or_default()),
        kind: RowKind::Campaign {
            slug: source.folder.clone(),
        },
        due,
        rights_soon,
        search: String::new(),
    };
    if row.rights_soon.is_some() {
        // A grant ends soon: marked without colour too.
        row.findings.push_str(" ⚑");
    }
    let mut extra: Vec<&str> = s.partners.iter().map(String::as_str).collect();
    extra.extend(s.niche.as_deref());
    row.search = search_text(&row, &extra);
    row
}

/// What is due from `today`, and the soonest usage grant ending within `window` days.
fn coming(due: &[index::Due], today: Date, window: u32) -> (Vec<(String, String)>, Option<String>) {
    let ahead: Vec<(String, String)> = due
        .iter()
        .filter(|d| Date::parse(&d.date).is_some_and(|day| day >= today))
        .map(|d| (d.date.clone(), shown(&d.what)))
        .collect();
    let rights_soon = due
        .iter()
        .filter(|d| d.kind == "rights-end")
        .filter_map(|d| Some((today.days_until(Date::parse(&d.date)?), d)))
        .filter(|(left, _)| (0..=i64::from(window)).contains(left))
        .min_by_key(|(left, _)| *left)
        .map(|(left, d)| {
            let what = shown(&d.what).replace("Last day of the ", "");
            format!("{what} in {left} days")
        });
    (ahead, rights_soon)
}

/// How many days ahead home marks a usage grant that ends, unless the config says otherwise.
const RIGHTS_MARK_DAYS: u32 = 30;

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
pub fn short_type(partnership: &str) -> &'static str {
    match partnership {
        "production-first" => "production",
        "distribution-first" => "distribution",
        _ => "hybrid",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rights_end(date: &str) -> index::Due {
        index::Due {
            date: date.into(),
            kind: "rights-end".into(),
            what: "Last day of the paid usage of @maya's assets".into(),
            partner: Some("@maya".into()),
            key: "creator.usage_rights.duration_days".into(),
        }
    }

    #[test]
    fn a_grant_is_marked_within_the_configured_window_only() {
        let today = Date::parse("2027-01-01").unwrap();
        let due = [rights_end("2027-02-10"), rights_end("2026-12-20")];
        // 40 days ahead: outside the default 30, inside a configured 45.
        assert_eq!(coming(&due, today, RIGHTS_MARK_DAYS).1, None);
        assert_eq!(
            coming(&due, today, 45).1.as_deref(),
            Some("paid usage of @maya's assets in 40 days")
        );
        // Past grants never show; upcoming dates list only what is ahead.
        let (ahead, _) = coming(&due, today, 45);
        assert_eq!(ahead.len(), 1);
    }
}
