//! Making one row: from the index when the folder's files are unchanged and the day is
//! still covered, else from reading the campaign (the documents dropped once the row is made).

use std::collections::HashSet;
use std::path::Path;

use super::workers::Outcome;
use super::{Entry, Kind, Row, Scan, Summary, Unreadable, key};
use crate::brief::FileKind;
use crate::store::{Loaded, Places, StoreError, read_campaign};

/// A folder's files as `stat` saw them (`Err`: could not be told), and whether it is a
/// campaign at all.
pub(super) struct Stamped {
    stamps: [Result<Option<key::Stamp>, ()>; 3],
    campaign: bool,
}

/// Stamps the files of the folder `dir`.
pub(super) fn stamp(dir: &Path) -> Stamped {
    let stamps = FileKind::ALL.map(|f| key::stamp(&dir.join(f.file_name())));
    // No campaign.toml (not even a dangling link to one): a folder that is not a campaign.
    let campaign = !matches!(stamps[0], Ok(None))
        || std::fs::symlink_metadata(dir.join(FileKind::Campaign.file_name())).is_ok();
    Stamped { stamps, campaign }
}

/// One folder: its row from the index when nothing changed, else read afresh.
pub(super) fn one_folder(
    places: &Places,
    scan: &Scan,
    (name, dir): (&str, &Path),
    stamped: &Stamped,
    cached: Option<(usize, &Entry)>,
    pending: &HashSet<String>,
) -> Outcome {
    let stamps = stamped.stamps;
    if !stamped.campaign {
        let row = Row {
            folder: name.to_string(),
            modified: None,
            kind: Kind::NotCampaign,
        };
        let entry = Entry {
            stamps: [None, None, None],
            valid: [None, None],
            row,
        };
        return match cached {
            Some((slot, e)) if e.row == entry.row => Outcome::Kept(slot),
            _ => Outcome::Made(Box::new(entry), true),
        };
    }
    let known = stamps.iter().all(Result::is_ok);
    let stamps = stamps.map(|s| s.ok().flatten());
    if let Some((slot, e)) = cached
        && known
        && e.stamps == stamps
        && key::holds_on(&e.valid, scan.today)
        && !key::has_pending_save(pending, dir)
    {
        return Outcome::Kept(slot);
    }
    let (row, valid, keep) = match read_campaign(places, dir) {
        Ok(loaded) => {
            let (summary, valid) = summarize(&loaded, scan);
            let row = Row {
                folder: name.to_string(),
                modified: key::newest(&stamps),
                kind: Kind::Campaign(Box::new(summary)),
            };
            (row, valid, true)
        }
        Err(e) => {
            // A refusal may pass (a writer that held the lock too long): read it again next time.
            let keep = !matches!(e, StoreError::Refused(_));
            let row = Row {
                folder: name.to_string(),
                modified: None,
                kind: Kind::Broken(Box::new(Unreadable::of(&e))),
            };
            (row, [None, None], keep)
        }
    };
    let entry = Entry { stamps, valid, row };
    Outcome::Made(Box::new(entry), keep && known)
}

/// The row of a campaign already loaded (what a scan would make of it).
pub fn row_of(loaded: &Loaded, scan: &Scan) -> Row {
    let stamps = FileKind::ALL.map(|f| key::stamp(&loaded.dir.join(f.file_name())).ok().flatten());
    Row {
        folder: loaded.slug.clone(),
        modified: loaded.modified.or_else(|| key::newest(&stamps)),
        kind: Kind::Campaign(Box::new(summarize(loaded, scan).0)),
    }
}

/// A broken folder's row.
pub fn broken_row(folder: &str, error: &StoreError) -> Row {
    Row {
        folder: folder.to_string(),
        modified: None,
        kind: Kind::Broken(Box::new(Unreadable::of(error))),
    }
}

/// A loaded campaign's row and the days it holds for; the documents are dropped after.
fn summarize(loaded: &Loaded, scan: &Scan) -> (Summary, [Option<String>; 2]) {
    let b = &loaded.bundle;
    let mut dates = Vec::new();
    for (file, doc) in [
        ("campaign", Some(&loaded.docs.campaign)),
        ("creator", loaded.docs.creator.as_ref()),
        ("influencer", loaded.docs.influencer.as_ref()),
    ] {
        if let Some(doc) = doc {
            key::dates(file, doc, &mut dates);
        }
    }
    let valid = key::valid_days(&dates, scan.today);
    let partnership = b.partnership();
    let summary = Summary {
        name: b.campaign.name.clone(),
        brand: b.campaign.brand.clone(),
        product: b.campaign.product.clone(),
        partnership: partnership.as_str().to_string(),
        briefs: [FileKind::Creator, FileKind::Influencer]
            .into_iter()
            .filter(|f| partnership.needs(*f))
            .map(|f| f.as_str().to_string())
            .collect(),
        missing: [FileKind::Creator, FileKind::Influencer]
            .into_iter()
            .filter(|f| partnership.needs(*f) && loaded.docs.doc(*f).is_none())
            .map(|f| f.as_str().to_string())
            .collect(),
        status: b.status(scan.today).as_str().to_string(),
        niche: b
            .campaign
            .learnings
            .niche
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_string),
        partners: {
            let c = b.used_creator().into_iter().flat_map(|c| {
                c.partners
                    .iter()
                    .map(|p| (p.handle.as_deref(), p.name.as_deref()))
            });
            let i = b.used_influencer().into_iter().flat_map(|i| {
                i.partners
                    .iter()
                    .map(|p| (p.handle.as_deref(), p.name.as_deref()))
            });
            c.chain(i)
                .filter_map(|(h, n)| h.or(n).map(str::trim).filter(|x| !x.is_empty()))
                .map(str::to_string)
                .collect()
        },
        checked: (scan.check)(b, scan.today),
        dates: dates
            .iter()
            .map(|(key, day)| format!("{key}={day}\n"))
            .collect(),
    };
    (summary, valid)
}
