//! A campaign's life: create, duplicate, rename, delete to the trash and restore. Nothing is
//! destroyed: deleting moves the folder to the trash in the data folder.

use std::path::{Path, PathBuf};

use toml_edit::value;

use super::{Places, StoreError, atomic_write, files, load, now_datetime, slugify, unique_slug};
use crate::brief::FileKind;
use crate::doc::Docs;
use crate::path::KeyPath;

/// Writes a new campaign folder for `docs` under the root, with a fresh slug from its name.
/// Returns the slug.
pub fn create(places: &Places, docs: &mut Docs) -> Result<String, StoreError> {
    let name = docs
        .campaign
        .get("name")
        .and_then(|n| n.as_str())
        .unwrap_or_default()
        .to_string();
    std::fs::create_dir_all(&places.briefs).map_err(|e| StoreError::io(&places.briefs, e))?;
    let slug = unique_slug(&places.briefs, &slugify(&name), &[]);
    docs.campaign.insert("slug", value(slug.as_str()));
    docs.validate()
        .map_err(|e| files::edit_error(&places.campaign_dir(&slug), e))?;
    let dir = places.campaign_dir(&slug);
    std::fs::create_dir(&dir).map_err(|e| StoreError::io(&dir, e))?;
    if let Err(e) = files::save(&dir, docs, None) {
        let _ = std::fs::remove_dir_all(&dir);
        return Err(e);
    }
    Ok(slug)
}

/// Copies a campaign under a new name ("NAME (copy)" by default): new slug and `created_at`,
/// results and learnings cleared. Returns the new slug.
pub fn duplicate(places: &Places, slug: &str, name: Option<&str>) -> Result<String, StoreError> {
    let source = open(places, slug)?;
    let mut docs = source.docs.clone();
    let name = match name {
        Some(n) => n.trim().to_string(),
        None => format!("{} (copy)", source.bundle.campaign.name),
    };
    if name.is_empty() {
        return Err(StoreError::Refused("the new name is blank".into()));
    }
    docs.campaign.insert("name", value(name.as_str()));
    docs.campaign.insert("created_at", value(now_datetime()));
    for path in [
        "campaign.learnings",
        "creator.results",
        "influencer.results",
    ] {
        if let Ok(path) = KeyPath::parse(path)
            && let Some(doc) = doc_mut(&mut docs, path.file)
        {
            let _ = crate::path::clear(doc, &path);
        }
    }
    create(places, &mut docs)
}

fn doc_mut(docs: &mut Docs, file: FileKind) -> Option<&mut toml_edit::DocumentMut> {
    match file {
        FileKind::Campaign => Some(&mut docs.campaign),
        FileKind::Creator => docs.creator.as_mut(),
        FileKind::Influencer => docs.influencer.as_mut(),
    }
}

/// Changes a campaign's name; the slug (and folder) stay.
pub fn rename(places: &Places, slug: &str, name: &str) -> Result<(), StoreError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(StoreError::Refused("the new name is blank".into()));
    }
    let mut loaded = open(places, slug)?;
    loaded.docs.campaign.insert("name", value(name));
    files::save(&loaded.dir, &loaded.docs, Some(&loaded.read)).map(|_| ())
}

/// Loads the campaign `slug` of the root; a name that is not a campaign folder there (or
/// that tries to leave the root) is `NotFound`.
pub fn open(places: &Places, slug: &str) -> Result<files::Loaded, StoreError> {
    let dir = places.campaign_dir(slug);
    let plain = !slug.is_empty() && !slug.contains(['/', '\\']) && !slug.starts_with('.');
    if !plain || !dir.join(FileKind::Campaign.file_name()).is_file() {
        return Err(StoreError::NotFound {
            slug: slug.to_string(),
            root: places.briefs.clone(),
        });
    }
    load(&dir)
}

/// A deleted campaign in the trash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrashEntry {
    /// Name of the entry in the trash (what `restore` takes).
    pub name: String,
    /// The campaign's name, when its campaign.toml reads.
    pub title: Option<String>,
    /// When it was deleted (`YYYY-MM-DD HH:MM` UTC), when known.
    pub deleted_at: Option<String>,
    /// The folder it came from.
    pub from: Option<PathBuf>,
}

/// Moves a campaign folder (even a broken one) into the trash. Returns the trash entry name.
pub fn to_trash(places: &Places, slug: &str) -> Result<String, StoreError> {
    let dir = places.campaign_dir(slug);
    if slug.is_empty() || slug.contains(['/', '\\']) || slug.starts_with('.') || !dir.is_dir() {
        return Err(StoreError::NotFound {
            slug: slug.to_string(),
            root: places.briefs.clone(),
        });
    }
    std::fs::create_dir_all(&places.trash).map_err(|e| StoreError::io(&places.trash, e))?;
    let entry = unique_slug(&places.trash, slug, &[]);
    let target = places.trash.join(&entry);
    move_dir(&dir, &target)?;
    let stamp = jiff::Timestamp::now()
        .strftime("%Y-%m-%d %H:%M:%S")
        .to_string();
    let mut note = toml_edit::DocumentMut::new();
    note.insert("deleted_at", value(stamp));
    note.insert("from", value(dir.to_string_lossy().as_ref()));
    atomic_write(
        &places.trash.join(format!("{entry}.deleted")),
        &note.to_string(),
    )?;
    Ok(entry)
}

/// The trash, newest deletion first.
pub fn trash_entries(places: &Places) -> Result<Vec<TrashEntry>, StoreError> {
    let read = match std::fs::read_dir(&places.trash) {
        Ok(read) => read,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(StoreError::io(&places.trash, e)),
    };
    let mut entries: Vec<TrashEntry> = read
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let note = std::fs::read_to_string(places.trash.join(format!("{name}.deleted")))
                .ok()
                .and_then(|t| t.parse::<toml::Table>().ok());
            let field = |k: &str| {
                note.as_ref()
                    .and_then(|n| n.get(k))
                    .and_then(|v| v.as_str())
                    .map(str::to_string)
            };
            let title = std::fs::read_to_string(e.path().join("campaign.toml"))
                .ok()
                .and_then(|t| t.parse::<toml::Table>().ok())
                .and_then(|t| t.get("name").and_then(|n| n.as_str()).map(str::to_string));
            TrashEntry {
                title,
                deleted_at: field("deleted_at"),
                from: field("from").map(PathBuf::from),
                name,
            }
        })
        .collect();
    entries.sort_by(|a, b| b.deleted_at.cmp(&a.deleted_at).then(a.name.cmp(&b.name)));
    Ok(entries)
}

/// Brings a trash entry back into the root; a taken slug gets a suffix, written into
/// campaign.toml. Returns the slug it was restored under.
pub fn restore(places: &Places, name: &str) -> Result<String, StoreError> {
    let source = places.trash.join(name);
    if name.is_empty() || name.contains(['/', '\\']) || name.starts_with('.') || !source.is_dir() {
        return Err(StoreError::Refused(format!(
            "nothing named `{name}` in the trash; `splitbrief trash` lists what is there"
        )));
    }
    let campaign_path = source.join("campaign.toml");
    let text =
        std::fs::read_to_string(&campaign_path).map_err(|e| StoreError::io(&campaign_path, e))?;
    let mut doc: toml_edit::DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
        let (line, column) = crate::path::line_column(&text, e.span().map_or(0, |s| s.start));
        StoreError::File {
            path: campaign_path.clone(),
            error: crate::doc::TextError {
                line,
                column,
                message: "invalid TOML; fix it in the trash before restoring".into(),
            },
        }
    })?;
    let wanted = doc
        .get("slug")
        .and_then(|s| s.as_str())
        .map(str::to_string)
        .unwrap_or_else(|| name.to_string());
    std::fs::create_dir_all(&places.briefs).map_err(|e| StoreError::io(&places.briefs, e))?;
    let slug = unique_slug(&places.briefs, &wanted, &[]);
    if slug != wanted {
        doc.insert("slug", value(slug.as_str()));
        atomic_write(&campaign_path, &doc.to_string())?;
    }
    move_dir(&source, &places.campaign_dir(&slug))?;
    let _ = std::fs::remove_file(places.trash.join(format!("{name}.deleted")));
    Ok(slug)
}

/// Renames a folder, copying when the two places are on different disks.
fn move_dir(from: &Path, to: &Path) -> Result<(), StoreError> {
    if std::fs::rename(from, to).is_ok() {
        return Ok(());
    }
    copy_dir(from, to)?;
    std::fs::remove_dir_all(from).map_err(|e| StoreError::io(from, e))
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), StoreError> {
    std::fs::create_dir_all(to).map_err(|e| StoreError::io(to, e))?;
    let entries = std::fs::read_dir(from).map_err(|e| StoreError::io(from, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| StoreError::io(from, e))?;
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target).map_err(|e| StoreError::io(&target, e))?;
        }
    }
    Ok(())
}
