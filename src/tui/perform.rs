//! Performing effects: the only part of the app (with the terminal loop) that touches the
//! disk. Each effect ends in a message for `update`, errors as plain sentences.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};

use super::app::{Done, Effect, Listing, Msg, Saved};
use crate::export;
use crate::practice::MarketData;
use crate::store::index::{Kind, Progress, Row, Summary};
use crate::store::{self, OpenLock, Places};

/// What effects need from the outside.
#[derive(Debug, Clone)]
pub struct Performer {
    /// Where things live.
    pub places: Places,
    /// Where Markdown exports are written (the current folder).
    pub export_dir: PathBuf,
    /// The "open" lock of the campaign in the wizard, while this window has it.
    pub open: Arc<Mutex<Option<OpenLock>>>,
    /// Market facts the findings use (defaults plus the config's).
    pub market: Arc<MarketData>,
    /// The number of the last listing started.
    jobs: Arc<AtomicU64>,
}

impl Performer {
    /// A performer for `places`, exporting into `export_dir`.
    pub fn new(places: Places, export_dir: PathBuf) -> Performer {
        Performer {
            places,
            export_dir,
            open: Arc::default(),
            market: Arc::default(),
            jobs: Arc::default(),
        }
    }

    /// Gathers the learnings in the background; `Msg::Learned` arrives in `mail`.
    pub fn learnings(&self, mail: &Sender<Msg>) {
        let places = self.places.clone();
        let market = self.market.clone();
        let sender = mail.clone();
        let gather = move || {
            let learned = crate::listing::learnings(&places, &market, store::today(), None)
                .map_err(|e| e.to_string());
            let _ = sender.send(Msg::Learned(learned));
        };
        if let Err(e) = std::thread::Builder::new()
            .name("learnings".into())
            .spawn(gather)
        {
            let _ = mail.send(Msg::Learned(Err(format!(
                "the learnings could not be gathered: {e}"
            ))));
        }
    }

    /// Reads the campaigns in the background: the parts arrive in `mail` as
    /// `Msg::Listing` (started, rows as they are ready, ended), so keys are answered meanwhile.
    pub fn list(&self, mail: &Sender<Msg>) {
        self.hold(None);
        let job = self.jobs.fetch_add(1, Ordering::Relaxed) + 1;
        let places = self.places.clone();
        let market = self.market.clone();
        let sender = mail.clone();
        let spawned = std::thread::Builder::new()
            .name("listing".into())
            .spawn(move || list_into(&places, &market, job, &sender));
        if spawned.is_err() {
            // No thread to spare: read here and now.
            list_into(&self.places, &self.market, job, mail);
        }
    }

    /// Takes the "open" lock of `slug` for this window (letting go of any other); false when
    /// another window has it. A lock that cannot be made does not stop the work.
    pub fn hold(&self, slug: Option<&str>) -> bool {
        let mut held = self.open.lock().unwrap_or_else(|e| e.into_inner());
        *held = None;
        let Some(slug) = slug else { return true };
        match store::open_lock(&self.places, &self.places.campaign_dir(slug)) {
            Ok(Some(lock)) => {
                *held = Some(lock);
                true
            }
            Ok(None) => false,
            Err(_) => true,
        }
    }

    /// The past hooks of `niche` (none when the campaigns cannot be read: they are a help,
    /// not the work).
    fn past_hooks(&self, niche: String, except: Option<String>) -> Msg {
        let found = crate::listing::past_hooks(
            &self.places,
            &self.market,
            store::today(),
            &niche,
            except.as_deref().unwrap_or_default(),
        )
        .unwrap_or_default();
        Msg::PastHooks { niche, found }
    }

    /// Opens a campaign for the wizard: read-only when another window has it open.
    pub fn open_campaign(&self, slug: &str) -> Result<Msg, store::StoreError> {
        let loaded = store::open(&self.places, slug)?;
        if !self.hold(Some(slug)) {
            return Ok(Msg::OpenedReadOnly(Box::new(loaded)));
        }
        let draft = store::read_draft(&self.places, slug);
        Ok(Msg::Opened(Ok((Box::new(loaded), draft))))
    }

    /// Performs an effect (not the external editor, which needs the terminal) and returns
    /// the message that reports it.
    pub fn perform(&self, effect: Effect) -> Option<Msg> {
        let places = &self.places;
        match effect {
            Effect::List => {
                // Without a mailbox: the whole listing at once.
                self.hold(None);
                let entries = match store::list(places) {
                    Ok(entries) => entries,
                    Err(e) => return Some(Msg::Did(Err(e.to_string()))),
                };
                let drafts = store::new_drafts(places);
                Some(Msg::Listed { entries, drafts })
            }
            Effect::Learnings => Some(Msg::Learned(
                crate::listing::learnings(places, &self.market, store::today(), None)
                    .map_err(|e| e.to_string()),
            )),
            Effect::PastHooks { niche, except } => Some(self.past_hooks(niche, except)),
            Effect::Open(slug) => Some(
                self.open_campaign(&slug)
                    .unwrap_or_else(|e| Msg::Opened(Err(e.to_string()))),
            ),
            Effect::Save { slug, docs, read } => Some(Msg::Saved(self.save(slug, *docs, read))),
            Effect::Duplicate(slug) => Some(Msg::Did(
                store::duplicate(places, &slug, None)
                    .map(|new| Done {
                        message: format!("Duplicated as {new}."),
                        select: Some(new),
                        reloaded: None,
                    })
                    .map_err(|e| e.to_string()),
            )),
            Effect::Trash(slug) => Some(Msg::Did(
                store::to_trash(places, &slug)
                    .map(|_| Done {
                        message: format!("Moved {slug} to the trash; u brings it back."),
                        select: None,
                        reloaded: None,
                    })
                    .map_err(|e| e.to_string()),
            )),
            Effect::RestoreLast => Some(Msg::Did(self.restore_last())),
            Effect::Export(slug) => Some(Msg::Did(self.export(&slug))),
            Effect::LoadTemplates => Some(Msg::Templates(store::templates(&places.templates))),
            Effect::LoadSent(slug) => Some(Msg::Sent(
                store::last_sent(&places.sent, &slug)
                    .ok()
                    .flatten()
                    .map(Box::new),
            )),
            Effect::WriteDraft(draft) => {
                // A draft that cannot be written must not stop the work; the save still can.
                let _ = store::write_draft(places, &draft);
                None
            }
            Effect::RemoveDraft(key) => {
                let _ = store::remove_draft(places, &key);
                None
            }
            Effect::Editor(_) => None,
        }
    }

    fn save(
        &self,
        slug: Option<String>,
        mut docs: crate::doc::Docs,
        read: Option<crate::store::Texts>,
    ) -> Result<Saved, String> {
        match slug {
            Some(slug) => {
                let dir = self.places.campaign_dir(&slug);
                store::save(&self.places, &dir, &docs, read.as_ref()).map_err(|e| e.to_string())?;
                Ok(Saved {
                    slug,
                    docs: Box::new(docs),
                })
            }
            None => {
                let slug = store::create(&self.places, &mut docs).map_err(|e| e.to_string())?;
                self.hold(Some(&slug));
                Ok(Saved {
                    slug,
                    docs: Box::new(docs),
                })
            }
        }
    }

    fn restore_last(&self) -> Result<Done, String> {
        let entries = store::trash_entries(&self.places).map_err(|e| e.to_string())?;
        let Some(last) = entries.first() else {
            return Err("The trash is empty; nothing to restore.".into());
        };
        let slug = store::restore(&self.places, &last.name).map_err(|e| e.to_string())?;
        let name = last.title.clone().unwrap_or_else(|| slug.clone());
        Ok(Done {
            message: format!("Restored “{name}”."),
            select: Some(slug),
            reloaded: None,
        })
    }

    fn export(&self, slug: &str) -> Result<Done, String> {
        // The briefs say when they went out, and the campaign's status reads "sent".
        let (loaded, marked) = store::mark_sent(&self.places, slug, store::today(), true)
            .map_err(|e| e.to_string())?;
        let bundle = &loaded.bundle;
        let files: Vec<(String, String)> = export::documents(bundle, slug, false)
            .into_iter()
            .map(|(name, doc)| (format!("{name}.md"), doc.to_markdown()))
            .collect();
        std::fs::create_dir_all(&self.export_dir)
            .map_err(|e| format!("{}: {e}", self.export_dir.display()))?;
        let mut names = Vec::new();
        for (name, text) in files {
            store::atomic_write(&self.export_dir.join(&name), &text).map_err(|e| e.to_string())?;
            names.push(name);
        }
        // What partners receive is what was sent (for `diff` and the review step).
        let snapshot = store::Snapshot::of(&loaded, None);
        store::record_sent(&self.places.sent, slug, &snapshot).map_err(|e| e.to_string())?;
        let folder = std::path::absolute(&self.export_dir).unwrap_or(self.export_dir.clone());
        let what = match names.len() {
            1 => "1 brief".to_string(),
            n => format!("{n} briefs, one per partner,"),
        };
        Ok(Done {
            message: format!(
                "Wrote {what} to {}: {}.",
                folder.display(),
                names.join(", ")
            ),
            select: Some(slug.to_string()),
            reloaded: marked.then(|| loaded.read.clone()),
        })
    }
}

/// How far ahead home keeps due dates (its agenda panel shows two weeks; rights marks a
/// month): the rest stays in the index, not in memory.
const HOME_DUE_DAYS: i64 = 60;

/// A row as home needs it: without the raw dates, and only the due dates of the coming
/// weeks (a long agenda is most of a row).
fn for_home(row: &Row) -> Row {
    let today = store::today();
    let last = today.plus_days(HOME_DUE_DAYS).to_string();
    let first = today.to_string();
    let kind = match &row.kind {
        Kind::Campaign(s) => Kind::Campaign(Box::new(Summary {
            name: s.name.clone(),
            brand: s.brand.clone(),
            product: s.product.clone(),
            partnership: s.partnership.clone(),
            briefs: s.briefs.clone(),
            missing: s.missing.clone(),
            status: s.status.clone(),
            niche: s.niche.clone(),
            partners: s.partners.clone(),
            checked: crate::store::index::Checked {
                due: s
                    .checked
                    .due
                    .iter()
                    .filter(|d| d.date >= first && d.date <= last)
                    .cloned()
                    .collect(),
                progress: s.checked.progress.clone(),
                ..s.checked.clone()
            },
            dates: String::new(),
        })),
        other => other.clone(),
    };
    Row {
        folder: row.folder.clone(),
        modified: row.modified,
        kind,
    }
}

/// A listing, told part by part (a closed mailbox ends it quietly: the app has quit).
fn list_into(places: &Places, market: &MarketData, job: u64, mail: &Sender<Msg>) {
    let drafts = store::new_drafts(places);
    let mut drafts = Some(drafts);
    let send = |part: Listing| mail.send(Msg::Listing(part)).is_ok();
    let result = crate::listing::rows(
        places,
        market,
        store::today(),
        &mut |progress| match progress {
            Progress::Found(folders) => {
                send(Listing::Started {
                    job,
                    folders,
                    drafts: drafts.take().unwrap_or_default(),
                });
            }
            Progress::Rows(rows) => {
                send(Listing::Rows {
                    job,
                    rows: rows.into_iter().map(for_home).collect(),
                });
            }
        },
    );
    if let Some(drafts) = drafts.take() {
        send(Listing::Started {
            job,
            folders: 0,
            drafts,
        });
    }
    send(Listing::Ended {
        job,
        error: result.err().map(|e| e.to_string()),
    });
}
