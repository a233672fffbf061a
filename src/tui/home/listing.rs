//! The list filling in: a whole listing at once (`fill`), or a listing read in the
//! background arriving in parts (started, rows, ended). While a reload is under way the old
//! list stays on screen; the first listing shows rows as they come.

use std::sync::Arc;

use super::{Home, Progress, Row, row, unsaved_row};
use crate::practice::MarketData;
use crate::store::{Draft, Entry, index};
use crate::tui::clock::Now;

impl Home {
    /// Replaces the list with a complete listing.
    pub fn fill(
        &mut self,
        entries: Vec<Entry>,
        drafts: Vec<Draft>,
        now: &Now,
        market: &Arc<MarketData>,
    ) {
        let today = now.today();
        self.today = Some(today);
        let rows: Vec<Row> = entries
            .into_iter()
            .map(|e| {
                let index_row = match e {
                    Entry::Campaign(loaded) => crate::listing::row_of(&loaded, market, today),
                    Entry::Broken { slug, error } => index::broken_row(&slug, &error),
                    Entry::NotCampaign { name } => index::Row {
                        folder: name,
                        modified: None,
                        kind: index::Kind::NotCampaign,
                    },
                };
                row(&index_row, now, self.rights_days)
            })
            .chain(drafts.into_iter().map(unsaved_row))
            .collect();
        self.replace(rows);
        self.loading = false;
    }

    /// A listing started: `folders` to read; unsaved new campaigns come first. The rows on
    /// screen stay until the new listing ends, unless there are none yet.
    pub fn listing_started(&mut self, job: u64, folders: usize, drafts: Vec<Draft>) {
        self.progress = Progress {
            job,
            folders: Some(folders),
            read: 0,
        };
        self.loading = true;
        let drafts: Vec<Row> = drafts.into_iter().map(unsaved_row).collect();
        if self.rows.is_empty() {
            self.incoming = None;
            self.replace(drafts);
        } else {
            self.incoming = Some(drafts);
        }
    }

    /// Rows of the listing under way arrived.
    pub fn listing_rows(&mut self, job: u64, rows: &[index::Row], now: &Now) {
        if job != self.progress.job || !self.loading {
            return;
        }
        self.progress.read += rows.len();
        self.today = Some(now.today());
        let days = self.rights_days;
        let made = rows.iter().map(|r| row(r, now, days));
        match &mut self.incoming {
            Some(incoming) => incoming.extend(made),
            None => {
                if self.select_slug.is_none() {
                    self.select_slug = self.current().and_then(super::slug_of).map(str::to_string);
                }
                let mut all = std::mem::take(&mut self.rows);
                all.extend(made);
                self.replace(all);
            }
        }
    }

    /// The listing ended, with an error in a sentence if it failed.
    pub fn listing_ended(&mut self, job: u64, error: Option<String>) {
        if job != self.progress.job || !self.loading {
            return;
        }
        self.loading = false;
        if let Some(rows) = self.incoming.take() {
            self.replace(rows);
        } else if let Some(slug) = self.select_slug.take() {
            self.after_change(Some(slug));
        }
        if let Some(e) = error {
            self.message = Some((e, true));
        }
    }
}
