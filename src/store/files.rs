//! Campaign folders on disk: load (every error located), list, and atomic in-place save that
//! writes only the files whose bytes changed and never one that changed under us.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::lock::{self, WriteLock};
use super::{Places, StoreError, Texts, journal};
use crate::brief::{Bundle, FileKind};
use crate::doc::{self, Docs, EditError};

/// A campaign read from its folder.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The folder name, equal to `campaign.slug`.
    pub slug: String,
    /// The folder.
    pub dir: PathBuf,
    /// The documents, as edited in place.
    pub docs: Docs,
    /// The typed model of the documents as loaded.
    pub bundle: Bundle,
    /// The newest modification time of its files.
    pub modified: Option<SystemTime>,
    /// The text of each file as read (campaign, creator, influencer), to notice outside edits.
    pub read: Texts,
}

/// One folder of the root, as `list` sees it.
#[derive(Debug)]
pub enum Entry {
    /// A campaign that loaded.
    Campaign(Box<Loaded>),
    /// A campaign folder with a file that cannot be read.
    Broken {
        /// The folder name.
        slug: String,
        /// Why it cannot be read.
        error: StoreError,
    },
    /// A folder without campaign.toml.
    NotCampaign {
        /// Campaign name (`name`).
        name: String,
    },
}

/// Largest file read, in bytes (16 MiB): a brief is a few kilobytes.
pub const MAX_FILE: u64 = 16 * 1024 * 1024;

/// Reads a file's bytes: only a regular file (a FIFO or a device is an error at once, never a
/// hang) of at most 16 MiB. `Ok(None)` when there is no such file.
pub(crate) fn read_regular(path: &Path) -> Result<Option<Vec<u8>>, StoreError> {
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(StoreError::io(path, e)),
    };
    let refuse = |what: &str| {
        Err(StoreError::Refused(format!(
            "{}: {what}; splitbrief reads only regular files",
            path.display()
        )))
    };
    if meta.is_dir() {
        return refuse("a folder where a file should be");
    }
    if !meta.is_file() {
        return refuse("not a regular file (a pipe, socket or device)");
    }
    if meta.len() > MAX_FILE {
        return Err(StoreError::Refused(format!(
            "{}: the file is {} MiB; a brief may be at most 16 MiB",
            path.display(),
            meta.len() / (1024 * 1024)
        )));
    }
    let file = std::fs::File::open(path).map_err(|e| StoreError::io(path, e))?;
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut std::io::Read::take(file, MAX_FILE + 1), &mut bytes)
        .map_err(|e| StoreError::io(path, e))?;
    if bytes.len() as u64 > MAX_FILE {
        return Err(StoreError::Refused(format!(
            "{}: the file grew past 16 MiB while it was read",
            path.display()
        )));
    }
    Ok(Some(bytes))
}

/// Reads and checks one file of a campaign; `Ok(None)` when a brief is missing.
pub fn read_file(
    path: &Path,
    file: FileKind,
) -> Result<Option<(String, toml_edit::DocumentMut)>, StoreError> {
    let bytes = match read_regular(path)? {
        Some(bytes) => bytes,
        None if file != FileKind::Campaign => return Ok(None),
        None => {
            return Err(StoreError::io(
                path,
                std::io::Error::from(std::io::ErrorKind::NotFound),
            ));
        }
    };
    let located = |error| StoreError::File {
        path: path.to_path_buf(),
        error,
    };
    let text = doc::decode(&bytes).map_err(located)?;
    let parsed = doc::parse(file, text).map_err(located)?;
    Ok(Some((text.to_string(), parsed)))
}

/// Loads the campaign in `dir` as it is (no lock, no recovery: see `open` and `list`).
#[expect(
    clippy::too_many_lines,
    reason = "reads, parses and checks the three files in one pass"
)]
pub(crate) fn load(dir: &Path) -> Result<Loaded, StoreError> {
    let folder = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut read = Texts::default();
    let mut docs = Vec::new();
    let mut modified = None;
    for file in FileKind::ALL {
        let path = dir.join(file.file_name());
        let found = read_file(&path, file)?;
        if found.is_some()
            && let Ok(time) = std::fs::metadata(&path).and_then(|m| m.modified())
        {
            modified = modified.max(Some(time));
        }
        let (text, parsed) = match found {
            Some((text, parsed)) => (Some(text), Some(parsed)),
            None => (None, None),
        };
        *read.slot_mut(file) = text;
        docs.push(parsed);
    }
    let mut docs = docs.into_iter();
    let (Some(Some(campaign)), Some(creator), Some(influencer)) =
        (docs.next(), docs.next(), docs.next())
    else {
        return Err(StoreError::Refused(format!(
            "{}: cannot read the campaign",
            dir.display()
        )));
    };
    let docs = Docs {
        campaign,
        creator,
        influencer,
    };
    let bundle = docs.bundle().map_err(|e| edit_error(dir, e))?;
    if bundle.campaign.slug != folder {
        let path = dir.join(FileKind::Campaign.file_name());
        let text = read.campaign.as_deref().unwrap_or_default();
        let (line, column) = doc::locate_key(text, "slug");
        return Err(StoreError::File {
            path,
            error: doc::TextError {
                line,
                column,
                message: format!(
                    "`slug = \"{}\"` differs from the folder name `{folder}`; set it back to \"{folder}\"",
                    bundle.campaign.slug
                ),
            },
        });
    }
    Ok(Loaded {
        slug: folder,
        dir: dir.to_path_buf(),
        docs,
        bundle,
        modified,
        read,
    })
}

/// Loads the campaign in `dir` for reading: a save a killed run left half done is finished
/// first, and a save under way is waited for, so no mix of old and new files is seen.
pub fn read_campaign(places: &Places, dir: &Path) -> Result<Loaded, StoreError> {
    journal::recover(places, dir)?;
    let _shared = lock::read_lock(places, dir);
    load(dir)
}

/// A campaign read under its write lock, to change and save with nobody in between.
#[derive(Debug)]
pub struct Editing {
    /// The campaign as it is on disk now.
    pub loaded: Loaded,
    places: Places,
    lock: WriteLock,
}

impl Editing {
    /// Saves the documents (all files or none), still under the lock. Returns the files
    /// written.
    pub fn save(&self, docs: &Docs) -> Result<Vec<FileKind>, StoreError> {
        save_locked(
            &self.places,
            &self.lock,
            &self.loaded.dir,
            docs,
            Some(&self.loaded.read),
        )
    }
}

/// Takes the write lock of the campaign in `dir` and reads it (finishing a save a killed
/// run left half done).
pub(crate) fn edit_dir(places: &Places, dir: &Path) -> Result<Editing, StoreError> {
    let lock = lock::write_lock(places, dir)?;
    journal::finish(places, dir)?;
    let loaded = load(dir)?;
    Ok(Editing {
        loaded,
        places: places.clone(),
        lock,
    })
}

/// Turns a refused edit into a storage error naming the file.
pub(crate) fn edit_error(dir: &Path, e: EditError) -> StoreError {
    match e {
        EditError::Invalid { file, error } => StoreError::File {
            path: dir.join(file.file_name()),
            error,
        },
        other => StoreError::Refused(other.to_string()),
    }
}

/// Writes `text` to `path` atomically: a temporary file in the same folder, flushed and
/// synced, then renamed over the old one (its permissions kept, a link followed and kept).
pub(crate) fn atomic_write(path: &Path, text: &str) -> Result<(), StoreError> {
    super::replace::replace(path, text.as_bytes())
}

/// Saves the documents into `dir` under the campaign's write lock, all files or none. Every
/// document is checked first, so nothing is written unless all of them read back. Only files
/// whose bytes differ are written, with their line endings and BOM as found. With `read`
/// (the texts as loaded), a file that changed on disk since then is refused.
/// Returns the files written.
pub fn save(
    places: &Places,
    dir: &Path,
    docs: &Docs,
    read: Option<&Texts>,
) -> Result<Vec<FileKind>, StoreError> {
    docs.validate().map_err(|e| edit_error(dir, e))?;
    let lock = lock::write_lock(places, dir)?;
    journal::finish(places, dir)?;
    save_locked(places, &lock, dir, docs, read)
}

pub(crate) fn save_locked(
    places: &Places,
    lock: &WriteLock,
    dir: &Path,
    docs: &Docs,
    read: Option<&Texts>,
) -> Result<Vec<FileKind>, StoreError> {
    docs.validate().map_err(|e| edit_error(dir, e))?;
    let mut changes = Vec::new();
    let mut written = Vec::new();
    let mut house_style = None;
    for file in FileKind::ALL {
        let path = dir.join(file.file_name());
        let on_disk = read_regular(&path)?.map(|b| String::from_utf8_lossy(&b).into_owned());
        let Some(doc) = docs.doc(file) else { continue };
        // A new file follows campaign.toml's line endings; an old one keeps its own.
        let style = on_disk
            .as_deref()
            .map(doc::Style::of)
            .or(house_style)
            .unwrap_or_default();
        if file == FileKind::Campaign {
            house_style = Some(doc::Style {
                bom: false,
                ..style
            });
        }
        let text = style.apply(&doc.to_string());
        if on_disk.as_deref() == Some(text.as_str()) {
            continue;
        }
        if let Some(read) = read
            && on_disk.as_deref() != read.get(file)
        {
            return Err(StoreError::Changed { path });
        }
        changes.push(journal::Change {
            target: path,
            bytes: text.into_bytes(),
        });
        written.push(file);
    }
    if !changes.is_empty() {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
    }
    journal::commit(places, lock, dir, &changes)?;
    Ok(written)
}

/// Every folder of the root, sorted by name; hidden folders are skipped. A missing root is
/// an empty list.
pub fn list(places: &Places) -> Result<Vec<Entry>, StoreError> {
    let root = &places.briefs;
    let entries = match std::fs::read_dir(root) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(StoreError::io(root, e)),
    };
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| !n.to_string_lossy().starts_with('.'))
        })
        .collect();
    dirs.sort();
    Ok(dirs
        .into_iter()
        .map(|dir| {
            let name = dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let campaign = dir.join(FileKind::Campaign.file_name());
            if std::fs::symlink_metadata(&campaign).is_err() {
                return Entry::NotCampaign { name };
            }
            match read_campaign(places, &dir) {
                Ok(loaded) => Entry::Campaign(Box::new(loaded)),
                Err(error) => Entry::Broken { slug: name, error },
            }
        })
        .collect())
}
