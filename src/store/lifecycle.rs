//! A campaign's life: create, duplicate, rename, delete to the trash and restore. Nothing is
//! destroyed: deleting moves the folder to the trash in the data folder.

use std::path::{Path, PathBuf};

use toml_edit::value;

use super::{
    Places, StoreError, atomic_write, files, journal, lock, now_datetime, slug::is_slug, slugify,
    unique_slug,
};
use crate::brief::FileKind;
use crate::doc::Docs;
use crate::path::KeyPath;

/// Writes a new campaign folder for `docs` under the root, with a fresh slug from its name.
/// The folder appears whole or not at all: it is written hidden, then renamed into place.
/// Returns the slug.
pub fn create(places: &Places, docs: &mut Docs) -> Result<String, StoreError> {
    let name = docs
        .campaign
        .get("name")
        .and_then(|n| n.as_str())
        .unwrap_or_default()
        .to_string();
    std::fs::create_dir_all(&places.briefs).map_err(|e| StoreError::io(&places.briefs, e))?;
    let _root = lock::write_lock(places, &places.briefs)?;
    sweep_staging(&places.briefs);
    let slug = unique_slug(&places.briefs, &slugify(&name), &[]);
    docs.campaign.insert("slug", value(slug.as_str()));
    let dir = places.campaign_dir(&slug);
    docs.validate().map_err(|e| files::edit_error(&dir, e))?;
    let staging = staging_name(&places.briefs, &slug);
    let written = write_new(&staging, docs)
        .and_then(|()| std::fs::rename(&staging, &dir).map_err(|e| StoreError::io(&dir, e)));
    if let Err(e) = written {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }
    sync_dir(&places.briefs);
    Ok(slug)
}

/// A hidden folder name in `parent` for a copy under way (swept when a run was killed).
fn staging_name(parent: &Path, name: &str) -> PathBuf {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    parent.join(format!(
        ".{name}{STAGING}{}-{stamp}.new",
        std::process::id()
    ))
}

const STAGING: &str = ".sb-";

/// Cleans up after a killed run in `parent` (the caller holds its lock): copies left half
/// made go; an original moved aside by a move across disks goes back to its name when that
/// is free (so a campaign is never left hidden).
fn sweep_staging(parent: &Path) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.starts_with('.')
            || !name.contains(STAGING)
            || !entry.file_type().is_ok_and(|t| t.is_dir())
        {
            continue;
        }
        if name.ends_with(".new") || name.ends_with(".done") {
            let _ = std::fs::remove_dir_all(entry.path());
        } else if name.ends_with(".aside")
            && let Some(original) = name[1..].split(STAGING).next()
            && !original.is_empty()
            && !parent.join(original).exists()
        {
            let _ = std::fs::rename(entry.path(), parent.join(original));
        }
    }
}

fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

fn write_new(staging: &Path, docs: &Docs) -> Result<(), StoreError> {
    std::fs::create_dir(staging).map_err(|e| StoreError::io(staging, e))?;
    for file in FileKind::ALL {
        let Some(doc) = docs.doc(file) else { continue };
        let path = staging.join(file.file_name());
        let io = |e| StoreError::io(&path, e);
        let mut out = std::fs::File::create_new(&path).map_err(io)?;
        std::io::Write::write_all(&mut out, doc.to_string().as_bytes()).map_err(io)?;
        out.sync_all().map_err(io)?;
    }
    sync_dir(staging);
    Ok(())
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
    let editing = edit(places, slug)?;
    let mut docs = editing.loaded.docs.clone();
    docs.campaign.insert("name", value(name));
    editing.save(&docs).map(|_| ())
}

/// The folder of campaign `slug`; a name that is not a campaign folder of the root (or
/// that tries to leave it) is `NotFound`.
fn campaign_dir(places: &Places, slug: &str) -> Result<PathBuf, StoreError> {
    let dir = places.campaign_dir(slug);
    let plain = !slug.is_empty() && !slug.contains(['/', '\\']) && !slug.starts_with('.');
    let campaign = dir.join(FileKind::Campaign.file_name());
    if !plain || !dir.is_dir() {
        return Err(StoreError::NotFound {
            slug: slug.to_string(),
            root: places.briefs.clone(),
        });
    }
    if std::fs::symlink_metadata(&campaign).is_err() {
        return Err(StoreError::Refused(format!(
            "{}: the folder has no campaign.toml, so it is not a campaign",
            dir.display()
        )));
    }
    Ok(dir)
}

/// Loads the campaign `slug` of the root, finishing a save a killed run left half done.
pub fn open(places: &Places, slug: &str) -> Result<files::Loaded, StoreError> {
    let dir = campaign_dir(places, slug)?;
    files::read_campaign(places, &dir)
}

/// Loads the campaign `slug` under its write lock, to change and save it with no other
/// writer in between.
pub fn edit(places: &Places, slug: &str) -> Result<files::Editing, StoreError> {
    let dir = campaign_dir(places, slug)?;
    files::edit_dir(places, &dir)
}

/// A send was recorded: each brief the campaign uses with no `schedule.brief_sent` yet (and
/// no draft or final due before today) gets `today`, and each deliverable and post still
/// planned becomes briefed (`with_rows`: a send to every partner), under the campaign's
/// lock, so its status reads "sent" (DESIGN §4: draft until `brief_sent`). Returns the campaign as it is on disk afterwards, and whether it changed.
pub fn mark_sent(
    places: &Places,
    slug: &str,
    today: crate::brief::Date,
    with_rows: bool,
) -> Result<(files::Loaded, bool), StoreError> {
    let editing = edit(places, slug)?;
    let bundle = &editing.loaded.bundle;
    // Today only where it keeps the order brief, draft, final: a brief whose deadlines have
    // passed keeps no date rather than one after them.
    let fits = |s: &crate::brief::Schedule| {
        s.brief_sent.is_none()
            && [s.draft_due, s.final_due]
                .into_iter()
                .flatten()
                .all(|due| today <= due)
    };
    let unsent = [
        bundle
            .used_creator()
            .filter(|c| fits(&c.schedule))
            .map(|_| FileKind::Creator),
        bundle
            .used_influencer()
            .filter(|i| fits(&i.schedule))
            .map(|_| FileKind::Influencer),
    ];
    let rows = if with_rows {
        planned_rows(bundle)
    } else {
        Vec::new()
    };
    let mut docs = editing.loaded.docs.clone();
    let changes = unsent
        .into_iter()
        .flatten()
        .map(|file| {
            (
                KeyPath::of(file, &["schedule", "brief_sent"]),
                today.to_string(),
            )
        })
        .chain(rows.into_iter().map(|p| (p, "briefed".to_string())));
    let mut changed = false;
    for (key, value) in changes {
        docs.set(&key, &value)
            .map_err(|e| files::edit_error(&editing.loaded.dir, e))?;
        changed = true;
    }
    if !changed {
        return Ok((editing.loaded, false));
    }
    editing.save(&docs)?;
    drop(editing);
    Ok((open(places, slug)?, true))
}

/// The status keys of the deliverables and posts not yet moved on (no status, or planned).
fn planned_rows(bundle: &crate::brief::Bundle) -> Vec<KeyPath> {
    let planned = |status: Option<&str>| status.is_none_or(|s| s == "planned");
    let creator = bundle.used_creator().into_iter().flat_map(|c| {
        c.deliverables
            .iter()
            .enumerate()
            .filter(|(_, d)| planned(d.status.map(|s| s.as_str())))
            .map(|(i, _)| (FileKind::Creator, "deliverables", i))
    });
    let influencer = bundle.used_influencer().into_iter().flat_map(|inf| {
        inf.posts
            .iter()
            .enumerate()
            .filter(|(_, p)| planned(p.status.map(|s| s.as_str())))
            .map(|(i, _)| (FileKind::Influencer, "posts", i))
    });
    creator
        .chain(influencer)
        .map(|(file, rows, i)| KeyPath::of(file, &[rows]).row(i).child("status"))
        .collect()
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

/// Moves a campaign folder (even a broken one) into the trash, whole or not at all: a
/// failed delete leaves nothing in the trash. Returns the trash entry name.
pub(crate) fn to_trash(places: &Places, slug: &str) -> Result<String, StoreError> {
    let dir = places.campaign_dir(slug);
    if slug.is_empty() || slug.contains(['/', '\\']) || slug.starts_with('.') || !dir.is_dir() {
        return Err(StoreError::NotFound {
            slug: slug.to_string(),
            root: places.briefs.clone(),
        });
    }
    let _root = lock::write_lock(places, &places.briefs)?;
    let _campaign = lock::write_lock(places, &dir)?;
    journal::finish(places, &dir)?;
    super::replace::sweep(&dir);
    std::fs::create_dir_all(&places.trash).map_err(|e| StoreError::io(&places.trash, e))?;
    let _trash = lock::write_lock(places, &places.trash)?;
    sweep_staging(&places.trash);
    let entry = unique_slug(&places.trash, slug, &[]);
    let target = places.trash.join(&entry);
    let stamp = jiff::Timestamp::now()
        .strftime("%Y-%m-%d %H:%M:%S")
        .to_string();
    let mut note = toml_edit::DocumentMut::new();
    note.insert("deleted_at", value(stamp));
    note.insert("from", value(dir.to_string_lossy().as_ref()));
    let note_path = places.trash.join(format!("{entry}.deleted"));
    atomic_write(&note_path, &note.to_string())?;
    if let Err(e) = move_dir(&dir, &target) {
        let _ = std::fs::remove_file(&note_path);
        return Err(e);
    }
    Ok(entry)
}

/// The trash, newest deletion first.
pub(crate) fn trash_entries(places: &Places) -> Result<Vec<TrashEntry>, StoreError> {
    let read = match std::fs::read_dir(&places.trash) {
        Ok(read) => read,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(StoreError::io(&places.trash, e)),
    };
    let mut entries: Vec<TrashEntry> = read
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir() && !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let read = |path: PathBuf| {
                files::read_regular(&path)
                    .ok()
                    .flatten()
                    .map(|b| crate::doc::normalize(&String::from_utf8_lossy(&b)).into_owned())
            };
            let note = read(places.trash.join(format!("{name}.deleted")))
                .and_then(|t| t.parse::<toml::Table>().ok());
            let field = |k: &str| {
                note.as_ref()
                    .and_then(|n| n.get(k))
                    .and_then(|v| v.as_str())
                    .map(str::to_string)
            };
            let title = read(e.path().join("campaign.toml"))
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
    let bytes = files::read_regular(&campaign_path)?.ok_or_else(|| {
        StoreError::io(
            &campaign_path,
            std::io::Error::from(std::io::ErrorKind::NotFound),
        )
    })?;
    let raw = String::from_utf8_lossy(&bytes);
    let style = crate::doc::Style::of(&raw);
    let text = crate::doc::normalize(&raw);
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
    let _root = lock::write_lock(places, &places.briefs)?;
    let _trash = lock::write_lock(places, &places.trash)?;
    sweep_staging(&places.briefs);
    sweep_staging(&places.trash);
    // A slug edited by hand into something that is not a slug never names a folder.
    let base = if is_slug(&wanted) {
        wanted.clone()
    } else {
        slugify(&wanted)
    };
    let slug = unique_slug(&places.briefs, &base, &[]);
    if slug != wanted {
        // Written in the trash first: a run killed after this leaves the entry in the trash,
        // whole, with the slug it will get.
        doc.insert("slug", value(slug.as_str()));
        atomic_write(&campaign_path, &style.apply(&doc.to_string()))?;
    }
    move_dir(&source, &places.campaign_dir(&slug))?;
    let _ = std::fs::remove_file(places.trash.join(format!("{name}.deleted")));
    Ok(slug)
}

/// Moves a folder whole or not at all. On one disk that is a rename; across disks the folder
/// is first renamed aside (so it leaves its place at once), copied to a hidden folder beside
/// the target, renamed into place, and only then removed; a failure puts it back.
fn move_dir(from: &Path, to: &Path) -> Result<(), StoreError> {
    let moved = match std::fs::rename(from, to) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::CrossesDevices => move_across(from, to),
        Err(e) => Err(StoreError::io(from, e)),
    };
    moved?;
    for dir in [from.parent(), to.parent()].into_iter().flatten() {
        sync_dir(dir);
    }
    Ok(())
}

fn move_across(from: &Path, to: &Path) -> Result<(), StoreError> {
    let (Some(from_parent), Some(to_parent), Some(name)) =
        (from.parent(), to.parent(), from.file_name())
    else {
        return Err(StoreError::Refused(format!(
            "{}: cannot move this folder",
            from.display()
        )));
    };
    let name = name.to_string_lossy();
    let aside = from_parent.join(format!(".{name}{STAGING}{}.aside", std::process::id()));
    std::fs::rename(from, &aside).map_err(|e| StoreError::io(from, e))?;
    let staging = staging_name(to_parent, &name);
    let copied = copy_dir(&aside, &staging)
        .and_then(|()| std::fs::rename(&staging, to).map_err(|e| StoreError::io(to, e)));
    if let Err(e) = copied {
        let _ = std::fs::remove_dir_all(&staging);
        let _ = std::fs::rename(&aside, from);
        return Err(e);
    }
    // The copy is whole and in place: the original is marked done (so a killed run's sweep
    // removes it instead of bringing it back), then removed.
    let done = aside.with_extension("done");
    match std::fs::rename(&aside, &done) {
        Ok(()) => {
            let _ = std::fs::remove_dir_all(&done);
        }
        Err(_) => {
            let _ = std::fs::remove_dir_all(&aside);
        }
    }
    Ok(())
}

/// Copies a folder: files (permissions kept), folders, and links as links; a pipe or a
/// device is refused (copying one could hang or never end).
fn copy_dir(from: &Path, to: &Path) -> Result<(), StoreError> {
    std::fs::create_dir_all(to).map_err(|e| StoreError::io(to, e))?;
    let entries = std::fs::read_dir(from).map_err(|e| StoreError::io(from, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| StoreError::io(from, e))?;
        let (source, target) = (entry.path(), to.join(entry.file_name()));
        let kind = entry.file_type().map_err(|e| StoreError::io(&source, e))?;
        if kind.is_dir() {
            copy_dir(&source, &target)?;
        } else if kind.is_file() {
            std::fs::copy(&source, &target).map_err(|e| StoreError::io(&target, e))?;
        } else if kind.is_symlink() {
            copy_link(&source, &target)?;
        } else {
            return Err(StoreError::Refused(format!(
                "{}: not a regular file (a pipe, socket or device); move it out of the campaign folder first",
                source.display()
            )));
        }
    }
    Ok(())
}

#[cfg(unix)]
fn copy_link(source: &Path, target: &Path) -> Result<(), StoreError> {
    let to = std::fs::read_link(source).map_err(|e| StoreError::io(source, e))?;
    std::os::unix::fs::symlink(to, target).map_err(|e| StoreError::io(target, e))
}

#[cfg(not(unix))]
fn copy_link(source: &Path, target: &Path) -> Result<(), StoreError> {
    std::fs::copy(source, target)
        .map(|_| ())
        .map_err(|e| StoreError::io(target, e))
}
