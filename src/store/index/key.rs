//! What makes a summary row still true: each file's stat stamp (size, times, inode), the
//! days the counts hold for, and which campaigns have a save left half done.

use std::collections::HashSet;
use std::path::Path;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};
use toml_edit::{Item, Value};

use crate::brief::Date;
use crate::store::{Places, lock};

/// One file as `stat` sees it: size, modification and change times (seconds and
/// nanoseconds), inode, device and mode, kept as plain numbers so the index stays small. Any
/// write changes at least one of these: a save renames a new file in (new inode), an edit in
/// place changes the times, `chmod` the change time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp([i64; 8]);
impl Stamp {
    fn modified(&self) -> (i64, i64) {
        (self.0[1], self.0[2])
    }
}

/// A file's stamp: `Ok(None)` when it does not exist, `Err(())` when it cannot be told (the
/// row is then never taken from the index).
pub(super) fn stamp(path: &Path) -> Result<Option<Stamp>, ()> {
    match std::fs::metadata(path) {
        Ok(meta) => Ok(Some(of(&meta))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(_) => Err(()),
    }
}

// The casts keep every bit (u64 to i64 and back); the numbers are only compared.
#[cfg(unix)]
#[allow(clippy::cast_possible_wrap)]
fn of(meta: &std::fs::Metadata) -> Stamp {
    use std::os::unix::fs::MetadataExt;
    Stamp([
        meta.len() as i64,
        meta.mtime(),
        meta.mtime_nsec(),
        meta.ctime(),
        meta.ctime_nsec(),
        meta.ino() as i64,
        meta.dev() as i64,
        i64::from(meta.mode()),
    ])
}

#[cfg(not(unix))]
fn of(meta: &std::fs::Metadata) -> Stamp {
    let since = |t: std::io::Result<SystemTime>| {
        t.ok()
            .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
            .map_or((0, 0), |d| {
                (d.as_secs() as i64, i64::from(d.subsec_nanos()))
            })
    };
    let (m, mn) = since(meta.modified());
    let (c, cn) = since(meta.created());
    Stamp([
        meta.len() as i64,
        m,
        mn,
        c,
        cn,
        0,
        0,
        i64::from(meta.permissions().readonly()),
    ])
}

/// The newest modification time among the files that exist.
pub(super) fn newest(stamps: &[Option<Stamp>; 3]) -> Option<SystemTime> {
    stamps
        .iter()
        .flatten()
        .map(Stamp::modified)
        .max()
        .and_then(|(secs, nanos)| {
            let secs = u64::try_from(secs).ok()?;
            let nanos = u32::try_from(nanos).ok()?;
            SystemTime::UNIX_EPOCH.checked_add(std::time::Duration::new(secs, nanos))
        })
}

/// The days on which counts made on `today` still hold, as `[first, last]` (`None`: no
/// bound). The rules and the status compare today only with the campaign's own dates
/// (before, on or after each), so the answers change only when today reaches or passes one
/// of them.
pub(super) fn valid_days(dates: &[(String, Date)], today: Date) -> [Option<String>; 2] {
    let mut days: Vec<Date> = dates.iter().map(|(_, d)| *d).collect();
    days.sort();
    if days.contains(&today) {
        return [Some(today.to_string()), Some(today.to_string())];
    }
    let before = days.iter().rev().find(|d| **d < today);
    let after = days.iter().find(|d| **d > today);
    [
        before.map(|d| d.plus_days(1).to_string()),
        after.map(|d| d.plus_days(-1).to_string()),
    ]
}

/// Whether `today` lies in the days a row holds for.
pub(super) fn holds_on(valid: &[Option<String>; 2], today: Date) -> bool {
    let bound = |b: &Option<String>| b.as_deref().map(Date::parse);
    let after_first = match bound(&valid[0]) {
        None => true,
        Some(Some(first)) => first <= today,
        Some(None) => false,
    };
    let before_last = match bound(&valid[1]) {
        None => true,
        Some(Some(last)) => today <= last,
        Some(None) => false,
    };
    after_first && before_last
}

/// Every date-only value in a document with its key path
/// (`influencer.posts[0].window_start`), in file order.
pub(super) fn dates(file: &str, doc: &toml_edit::DocumentMut, out: &mut Vec<(String, Date)>) {
    walk_table(file, doc.as_table(), out);
}

fn walk_table(path: &str, table: &toml_edit::Table, out: &mut Vec<(String, Date)>) {
    for (key, item) in table.iter() {
        walk_item(&format!("{path}.{key}"), item, out);
    }
}

fn walk_item(path: &str, item: &Item, out: &mut Vec<(String, Date)>) {
    match item {
        Item::Table(t) => walk_table(path, t, out),
        Item::ArrayOfTables(rows) => {
            for (i, t) in rows.iter().enumerate() {
                walk_table(&format!("{path}[{i}]"), t, out);
            }
        }
        Item::Value(v) => walk_value(path, v, out),
        Item::None => {}
    }
}

fn walk_value(path: &str, value: &Value, out: &mut Vec<(String, Date)>) {
    match value {
        Value::Datetime(d) => {
            if let Some(date) = Date::from_toml(d.value()) {
                out.push((path.to_string(), date));
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                walk_value(&format!("{path}[{i}]"), v, out);
            }
        }
        Value::InlineTable(t) => {
            for (key, v) in t.iter() {
                walk_value(&format!("{path}.{key}"), v, out);
            }
        }
        _ => {}
    }
}

/// The campaigns with a save a killed run left half done: they are read (and the save
/// finished) whatever the index says. Empty, and cheap, in the usual case.
pub(super) fn pending_saves(places: &Places) -> HashSet<String> {
    std::fs::read_dir(&places.journal)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".toml").map(str::to_string)
        })
        .collect()
}

/// Whether the campaign in `dir` has a save to finish.
pub(super) fn has_pending_save(pending: &HashSet<String>, dir: &Path) -> bool {
    !pending.is_empty() && pending.contains(&lock::lock_name(dir))
}

/// FNV-1a: the same in every build (std's hasher promises no such thing).
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// What the index was made by: the format, the app's version and its build (a rebuilt
/// binary may count differently).
pub(super) fn maker() -> String {
    let build = std::env::current_exe()
        .ok()
        .and_then(|exe| stamp(&exe).ok().flatten())
        .map(|s| format!("{}-{}.{}", s.0[0], s.0[1], s.0[2]))
        .unwrap_or_default();
    format!("{}+{build}", env!("CARGO_PKG_VERSION"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn counts_hold_until_today_meets_a_date_of_the_campaign() {
        let dates = vec![
            ("campaign.start_date".to_string(), day("2026-12-10")),
            ("campaign.end_date".into(), day("2026-12-20")),
        ];
        let valid = valid_days(&dates, day("2026-12-01"));
        assert_eq!(valid, [None, Some("2026-12-09".into())]);
        assert!(holds_on(&valid, day("2026-12-09")));
        assert!(!holds_on(&valid, day("2026-12-10")));
        let on = valid_days(&dates, day("2026-12-10"));
        assert!(holds_on(&on, day("2026-12-10")));
        assert!(!holds_on(&on, day("2026-12-11")));
        let between = valid_days(&dates, day("2026-12-15"));
        assert_eq!(
            between,
            [Some("2026-12-11".into()), Some("2026-12-19".into())]
        );
        let after = valid_days(&dates, day("2027-01-01"));
        assert_eq!(after, [Some("2026-12-21".into()), None]);
        assert!(holds_on(&[None, None], day("2030-01-01")));
        assert!(!holds_on(
            &[Some("garbage".into()), None],
            day("2030-01-01")
        ));
    }

    #[test]
    fn dates_are_found_with_their_key_paths() {
        let doc: toml_edit::DocumentMut = "start = 2026-01-02\nat = 2026-01-02T10:00:00Z\n[[posts]]\nwindow = 2026-03-04\n[x]\ny = { z = 2026-05-06 }\n"
            .parse()
            .unwrap();
        let mut out = Vec::new();
        dates("influencer", &doc, &mut out);
        assert_eq!(
            out,
            vec![
                ("influencer.start".to_string(), day("2026-01-02")),
                ("influencer.posts[0].window".into(), day("2026-03-04")),
                ("influencer.x.y.z".into(), day("2026-05-06")),
            ]
        );
    }
}
