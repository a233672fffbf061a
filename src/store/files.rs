//! Campaign folders on disk: load (every error located), list, and atomic in-place save that
//! writes only the files whose bytes changed and never one that changed under us.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::StoreError;
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
    pub read: [Option<String>; 3],
}

/// One folder of the root, as `list` sees it.
#[derive(Debug)]
pub enum Entry {
    /// A campaign that loaded.
    Campaign(Box<Loaded>),
    /// A campaign folder with a file that cannot be read.
    Broken { slug: String, error: StoreError },
    /// A folder without campaign.toml.
    NotCampaign { name: String },
}

fn index(file: FileKind) -> usize {
    match file {
        FileKind::Campaign => 0,
        FileKind::Creator => 1,
        FileKind::Influencer => 2,
    }
}

fn read_file(
    path: &Path,
    file: FileKind,
) -> Result<Option<(String, toml_edit::DocumentMut)>, StoreError> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && file != FileKind::Campaign => {
            return Ok(None);
        }
        Err(e) => return Err(StoreError::io(path, e)),
    };
    let located = |error| StoreError::File {
        path: path.to_path_buf(),
        error,
    };
    let text = doc::decode(&bytes).map_err(located)?;
    let parsed = doc::parse(file, text).map_err(located)?;
    Ok(Some((text.to_string(), parsed)))
}

/// Loads the campaign in `dir`.
pub fn load(dir: &Path) -> Result<Loaded, StoreError> {
    let folder = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut read: [Option<String>; 3] = [None, None, None];
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
        read[index(file)] = text;
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
        return Err(StoreError::SlugMismatch {
            path: dir.join(FileKind::Campaign.file_name()),
            slug: bundle.campaign.slug.clone(),
            folder,
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
/// synced, then renamed over the old one (its permissions kept).
pub fn atomic_write(path: &Path, text: &str) -> Result<(), StoreError> {
    let io = |e| StoreError::io(path, e);
    let mut file = atomic_write_file::AtomicWriteFile::open(path).map_err(io)?;
    file.write_all(text.as_bytes()).map_err(io)?;
    file.commit().map_err(io)
}

/// Saves the documents into `dir`. Every document is checked first, so nothing is written
/// unless all of them read back. Only files whose bytes differ are written. With `read`
/// (the texts as loaded), a file that changed on disk since then is refused.
/// Returns the files written.
pub fn save(
    dir: &Path,
    docs: &Docs,
    read: Option<&[Option<String>; 3]>,
) -> Result<Vec<FileKind>, StoreError> {
    docs.validate().map_err(|e| edit_error(dir, e))?;
    let mut pending = Vec::new();
    for file in FileKind::ALL {
        let Some(doc) = docs.doc(file) else { continue };
        let path = dir.join(file.file_name());
        let text = doc.to_string();
        let on_disk = match std::fs::read(&path) {
            Ok(bytes) => Some(String::from_utf8_lossy(&bytes).into_owned()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(StoreError::io(&path, e)),
        };
        if on_disk.as_deref() == Some(text.as_str()) {
            continue;
        }
        if let Some(read) = read
            && on_disk != read[index(file)]
        {
            return Err(StoreError::Changed { path });
        }
        pending.push((file, path, text));
    }
    std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
    let mut written = Vec::new();
    for (file, path, text) in pending {
        atomic_write(&path, &text)?;
        written.push(file);
    }
    Ok(written)
}

/// Every folder of the root, sorted by name; hidden folders are skipped. A missing root is
/// an empty list.
pub fn list(root: &Path) -> Result<Vec<Entry>, StoreError> {
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
            if !dir.join(FileKind::Campaign.file_name()).exists() {
                return Entry::NotCampaign { name };
            }
            match load(&dir) {
                Ok(loaded) => Entry::Campaign(Box::new(loaded)),
                Err(error) => Entry::Broken { slug: name, error },
            }
        })
        .collect())
}
