//! The summary index: one small row per campaign folder (what `list`, home and the counts of
//! `check` show), kept in the cache folder and keyed by each file's stat stamp, the app's
//! build and the rules' inputs. Unchanged campaigns are not read; changed ones are read on
//! every core, and each document is dropped as soon as its row is made. The index is only a
//! cache: a missing, stale or broken one is rebuilt without a word, and every row it gives
//! equals the one a full read would make.

mod key;
mod make;
mod workers;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

pub use key::Stamp;
pub(crate) use key::fnv1a;
pub use make::{broken_row, row_of};
pub use workers::read_each;

use super::{Places, StoreError};
use crate::brief::{Bundle, Date};
use workers::{Outcome, run_workers};

/// Bumped whenever a row's meaning changes, so older indexes are rebuilt.
const FORMAT: u32 = 5;

/// One dated thing to do, as the agenda shows it (DESIGN §8.5).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Due {
    /// The day, `YYYY-MM-DD`.
    pub date: String,
    /// What kind of date (`draft-due`, `rights-end`…).
    pub kind: String,
    /// What to do, in plain words.
    pub what: String,
    /// The partner it is about, when one.
    #[serde(default)]
    pub partner: Option<String>,
    /// The key path that sets the date.
    #[serde(default)]
    pub key: String,
}

/// What the rules say about a campaign, in numbers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checked {
    /// Practices done.
    pub done: usize,
    /// Practices that apply.
    pub applicable: usize,
    /// Findings by severity.
    pub error: usize,
    /// Warnings.
    pub warning: usize,
    /// Advice.
    pub info: usize,
    /// How far the rows are ("3/7 live"), once any row has a status.
    #[serde(default)]
    pub progress: Option<String>,
    /// Every dated thing to do, soonest first.
    #[serde(default)]
    pub due: Vec<Due>,
}

/// A campaign that reads, summed up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// `campaign.name`.
    pub name: String,
    /// `campaign.brand`.
    pub brand: Option<String>,
    /// `campaign.product`.
    pub product: Option<String>,
    /// The partnership type (`hybrid`, hybrid when not decided yet).
    pub partnership: String,
    /// The briefs the type uses (`creator`, `influencer`).
    pub briefs: Vec<String>,
    /// Those of them whose file is missing.
    #[serde(default)]
    pub missing: Vec<String>,
    /// The status on the day the row was made (draft, sent, live, done).
    pub status: String,
    /// `campaign.learnings.niche`, trimmed, when set.
    pub niche: Option<String>,
    /// The partners of the used briefs, by handle (else name), for the home filter.
    #[serde(default)]
    pub partners: Vec<String>,
    /// Coverage and finding counts on the day the row was made.
    pub checked: Checked,
    /// Every date of the campaign with its key path, for an agenda: `key=YYYY-MM-DD` lines
    /// (one string keeps the index small; `dates()` reads it).
    pub dates: String,
}

impl Summary {
    /// Every date of the campaign with its key path (`creator.schedule.draft_due`).
    pub fn dates(&self) -> impl Iterator<Item = (&str, Date)> {
        self.dates.lines().filter_map(|line| {
            let (key, day) = line.split_once('=')?;
            Some((key, Date::parse(day)?))
        })
    }
}

/// A campaign folder whose files cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unreadable {
    /// The file at fault.
    pub file: Option<String>,
    /// Its line, for a TOML error.
    pub line: Option<usize>,
    /// Its column, for a TOML error.
    pub column: Option<usize>,
    /// What is wrong, without the place.
    pub message: String,
    /// The whole sentence, place first.
    pub text: String,
}

impl Unreadable {
    fn of(e: &StoreError) -> Unreadable {
        let (file, line, column) = e.location();
        Unreadable {
            file: file.map(|f| f.display().to_string()),
            line,
            column,
            message: e.bare_message(),
            text: e.to_string(),
        }
    }
}

/// What a folder of the root holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    /// A campaign that reads.
    Campaign(Box<Summary>),
    /// A campaign folder with a file that cannot be read.
    Broken(Box<Unreadable>),
    /// A folder without campaign.toml.
    NotCampaign,
}

/// One folder of the root.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    /// The folder name (the slug of a campaign).
    pub folder: String,
    /// The newest modification time of its files.
    pub modified: Option<SystemTime>,
    /// What it holds.
    pub kind: Kind,
}

/// How a listing goes, for screens that show it as it comes.
#[derive(Debug)]
pub enum Progress<'a> {
    /// How many folders there are.
    Found(usize),
    /// Rows ready, in no particular order.
    Rows(Vec<&'a Row>),
}

/// What a listing needs besides the folder: today, and the rules.
pub struct Scan<'a> {
    /// The day counts and status are for.
    pub today: Date,
    /// A hash of everything the rules read besides the campaign (the config).
    pub rules: u64,
    /// Coverage and finding counts of a campaign on a day.
    pub check: &'a (dyn Fn(&Bundle, Date) -> Checked + Sync),
}

/// A row as the index file keeps it: with what makes it still true.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    stamps: [Option<Stamp>; 3],
    valid: [Option<String>; 2],
    row: Row,
}

#[derive(Debug, Serialize, Deserialize)]
struct IndexFile {
    format: u32,
    maker: String,
    rules: String,
    root: String,
    entries: Vec<Entry>,
}

/// Where the index of `root` lives.
fn index_path(places: &Places, root: &Path) -> PathBuf {
    let name = format!("{:016x}.json", fnv1a(root.as_os_str().as_encoded_bytes()));
    places.cache.join("index").join(name)
}

/// Every folder of the root as a row, sorted by folder name (hidden folders skipped; a
/// missing root is an empty list). Rows come from the index when their files are unchanged,
/// else from reading the campaign; the index is brought up to date on the way.
pub fn scan(
    places: &Places,
    scan: &Scan,
    progress: &mut dyn FnMut(Progress<'_>),
) -> Result<Vec<Row>, StoreError> {
    let folders = folders(&places.briefs)?;
    progress(Progress::Found(folders.len()));
    let root = std::fs::canonicalize(&places.briefs).unwrap_or_else(|_| places.briefs.clone());
    let path = index_path(places, &root);
    let maker = key::maker();
    let rules = format!("{:016x}", scan.rules);
    let root_text = root.display().to_string();
    // The index is read while the files are stamped: the two take about as long.
    let (old, stamped) = std::thread::scope(|scope| {
        let reading = scope.spawn(|| read_index(&path, &maker, &rules, &root_text));
        let stamped = workers::stamp_all(&folders);
        (reading.join().unwrap_or_default(), stamped)
    });
    if stamped.len() != folders.len() {
        return Err(StoreError::Refused(format!(
            "{}: the campaign folders could not be looked at",
            places.briefs.display()
        )));
    }
    let by_folder: HashMap<&str, usize> = old
        .iter()
        .enumerate()
        .filter_map(|(i, e)| Some((e.as_ref()?.row.folder.as_str(), i)))
        .collect();
    let pending = key::pending_saves(places);
    let known = workers::Known {
        old: &old,
        by_folder: &by_folder,
        pending: &pending,
    };
    let outcomes = run_workers(places, scan, &folders, &stamped, &known, progress);
    drop(by_folder);
    let mut old = old;
    let mut changed = old.len() != folders.len();
    let mut entries = Vec::with_capacity(folders.len());
    for outcome in outcomes {
        match outcome {
            Outcome::Kept(i) => match old.get_mut(i).and_then(Option::take) {
                Some(entry) => entries.push((entry, true)),
                None => changed = true,
            },
            Outcome::Made(entry, keep) => {
                changed = true;
                entries.push((*entry, keep));
            }
        }
    }
    drop(old);
    if changed {
        write_index(&path, &maker, &rules, &root_text, &entries);
    }
    Ok(entries.into_iter().map(|(e, _)| e.row).collect())
}

/// The folders of the root, sorted, hidden ones skipped.
fn folders(root: &Path) -> Result<Vec<(String, PathBuf)>, StoreError> {
    let entries = match std::fs::read_dir(root) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(StoreError::io(root, e)),
    };
    let mut found: Vec<(String, PathBuf)> = entries
        .filter_map(Result::ok)
        .filter(|e| match e.file_type() {
            Ok(t) if t.is_symlink() => e.path().is_dir(),
            Ok(t) => t.is_dir(),
            Err(_) => false,
        })
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
        .filter(|(name, _)| !name.starts_with('.'))
        .collect();
    found.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(found)
}

/// The folders of the root, sorted, hidden ones skipped: what `check` reads.
pub fn folder_paths(root: &Path) -> Result<Vec<PathBuf>, StoreError> {
    Ok(folders(root)?.into_iter().map(|(_, dir)| dir).collect())
}

/// The entries of the index file, in folder order, each in a slot the scan may take; empty
/// when the file is missing, broken or made for other rules, another build or another root.
fn read_index(path: &Path, maker: &str, rules: &str, root: &str) -> Vec<Option<Entry>> {
    let Ok(file) = std::fs::File::open(path) else {
        return Vec::new();
    };
    // Read as a stream: the file's text is never in memory whole beside its rows.
    let reader = std::io::BufReader::with_capacity(256 * 1024, file);
    match serde_json::from_reader::<_, IndexFile>(reader) {
        Ok(file)
            if file.format == FORMAT
                && file.maker == maker
                && file.rules == rules
                && file.root == root =>
        {
            file.entries.into_iter().map(Some).collect()
        }
        _ => Vec::new(),
    }
}

/// Writes the index in one piece: a temporary file renamed over the old one, so a reader
/// sees the old index or the new, never half. It is a cache: a failure is ignored.
fn write_index(path: &Path, maker: &str, rules: &str, root: &str, entries: &[(Entry, bool)]) {
    #[derive(Serialize)]
    struct Out<'a> {
        format: u32,
        maker: &'a str,
        rules: &'a str,
        root: &'a str,
        entries: Vec<&'a Entry>,
    }
    let out = Out {
        format: FORMAT,
        maker,
        rules,
        root,
        entries: entries
            .iter()
            .filter(|(_, keep)| *keep)
            .map(|(e, _)| e)
            .collect(),
    };
    let Some(dir) = path.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    // One temporary name per writer, even two listings of one process at once.
    static WRITERS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = WRITERS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let temp = dir.join(format!(".index-{}-{n}.tmp", std::process::id()));
    let written = std::fs::File::create(&temp).and_then(|file| {
        let mut out_file = std::io::BufWriter::new(file);
        serde_json::to_writer(&mut out_file, &out)?;
        std::io::Write::flush(&mut out_file)
    });
    if written.is_err() || std::fs::rename(&temp, path).is_err() {
        let _ = std::fs::remove_file(&temp);
    }
}
