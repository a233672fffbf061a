//! All-or-none saves of several files, even under SIGKILL. The new texts go to hidden temp
//! files beside their targets (the old ones kept as hard links), a journal in the data folder
//! lists the renames, the renames run, and the journal goes. A journal left behind by a killed
//! run is finished (or, when a rename cannot be done, rolled back) by the next open; temp
//! files a killed run left are swept by the next write to that folder.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::lock::{self, WriteLock};
use super::{Places, StoreError};

/// What every temp file's name holds, so the sweep knows its own files.
const MARK: &str = ".sb-";

/// One file to write.
#[derive(Debug, Clone)]
pub(crate) struct Change {
    /// The path as the campaign names it (a symlink is followed, and kept).
    pub target: PathBuf,
    /// The new bytes.
    pub bytes: Vec<u8>,
}

/// One rename of a journal.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Step {
    /// The temp file holding the new text.
    temp: PathBuf,
    /// The real file it replaces.
    target: PathBuf,
    /// A hard link to the old text, when there was one.
    backup: Option<PathBuf>,
}

fn journal_path(places: &Places, dir: &Path) -> PathBuf {
    places
        .journal
        .join(format!("{}.toml", lock::lock_name(dir)))
}

/// The file a path stands for: a symlink is followed (so the link itself stays).
pub(crate) fn real_target(target: &Path) -> PathBuf {
    match std::fs::symlink_metadata(target) {
        Ok(meta) if meta.file_type().is_symlink() => match std::fs::canonicalize(target) {
            Ok(real) => real,
            Err(_) => match (std::fs::read_link(target), target.parent()) {
                (Ok(to), Some(parent)) => parent.join(to),
                _ => target.to_path_buf(),
            },
        },
        _ => target.to_path_buf(),
    }
}

fn side_name(target: &Path, what: &str, n: usize) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    target.with_file_name(format!(
        ".{name}{MARK}{}-{stamp}-{n}.{what}",
        std::process::id()
    ))
}

/// Refuses a target that is not a regular file or that its owner may not write.
fn check_writable(target: &Path) -> Result<Option<std::fs::Permissions>, StoreError> {
    let meta = match std::fs::metadata(target) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(StoreError::io(target, e)),
    };
    if !meta.is_file() {
        return Err(StoreError::Refused(format!(
            "{}: not a regular file; nothing was written",
            target.display()
        )));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if meta.permissions().mode() & 0o200 == 0 {
            return Err(StoreError::Refused(format!(
                "{}: the file is read-only; nothing was written (make it writable first, e.g. chmod u+w)",
                target.display()
            )));
        }
    }
    #[cfg(not(unix))]
    if meta.permissions().readonly() {
        return Err(StoreError::Refused(format!(
            "{}: the file is read-only; nothing was written",
            target.display()
        )));
    }
    Ok(Some(meta.permissions()))
}

/// Writes a temp file beside `target` with the old file's permissions, synced to disk.
fn write_temp(
    temp: &Path,
    bytes: &[u8],
    permissions: Option<&std::fs::Permissions>,
) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if let Some(p) = permissions {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(p.mode() & 0o7777);
    }
    let mut file = options.open(temp)?;
    if let Some(p) = permissions {
        // The umask may have narrowed the mode at creation; never loosen, never narrow.
        file.set_permissions(p.clone())?;
    }
    file.write_all(bytes)?;
    file.sync_all()
}

fn sync_dir(dir: &Path) {
    // Makes the renames durable; a file system without directory sync is no reason to fail.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Writes every change or none. The caller holds the campaign's write lock for `dir`.
pub(crate) fn commit(
    places: &Places,
    _lock: &WriteLock,
    dir: &Path,
    changes: &[Change],
) -> Result<(), StoreError> {
    finish(places, dir)?;
    sweep(dir);
    if changes.is_empty() {
        return Ok(());
    }
    let mut steps: Vec<Step> = Vec::new();
    let prepared = prepare(changes, &mut steps);
    if let Err(e) = prepared {
        discard(&steps);
        return Err(e);
    }
    let journal = journal_path(places, dir);
    if let Err(e) = write_journal(places, &journal, &steps) {
        discard(&steps);
        return Err(e);
    }
    if let Err(e) = run(&steps) {
        roll_back(&steps);
        let _ = std::fs::remove_file(&journal);
        return Err(e);
    }
    done(&steps, &journal);
    Ok(())
}

fn prepare(changes: &[Change], steps: &mut Vec<Step>) -> Result<(), StoreError> {
    for (n, change) in changes.iter().enumerate() {
        let target = real_target(&change.target);
        let old = check_writable(&target)?;
        // A new brief is as private as the campaign.toml beside it.
        let permissions = old.clone().or_else(|| {
            let sibling = change.target.with_file_name("campaign.toml");
            std::fs::metadata(real_target(&sibling))
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.permissions())
        });
        let temp = side_name(&target, "new", n);
        let backup = old.as_ref().map(|_| side_name(&target, "old", n));
        steps.push(Step {
            temp: temp.clone(),
            target: target.clone(),
            backup: None,
        });
        write_temp(&temp, &change.bytes, permissions.as_ref())
            .map_err(|e| StoreError::io(&target, e))?;
        if let Some(backup) = backup {
            // A hard link costs nothing; a file system without them gets a copy.
            std::fs::hard_link(&target, &backup)
                .or_else(|_| std::fs::copy(&target, &backup).map(|_| ()))
                .map_err(|e| StoreError::io(&target, e))?;
            if let Some(last) = steps.last_mut() {
                last.backup = Some(backup);
            }
        }
    }
    Ok(())
}

fn text_of(path: &Path) -> Result<&str, StoreError> {
    path.to_str().ok_or_else(|| {
        StoreError::Refused(format!(
            "{}: the folder's name is not UTF-8; move the campaign to a plainer folder",
            path.display()
        ))
    })
}

fn write_journal(places: &Places, journal: &Path, steps: &[Step]) -> Result<(), StoreError> {
    std::fs::create_dir_all(&places.journal).map_err(|e| StoreError::io(&places.journal, e))?;
    let mut doc = toml_edit::DocumentMut::new();
    let mut rows = toml_edit::ArrayOfTables::new();
    for step in steps {
        let mut row = toml_edit::Table::new();
        row.insert("temp", toml_edit::value(text_of(&step.temp)?));
        row.insert("target", toml_edit::value(text_of(&step.target)?));
        if let Some(backup) = &step.backup {
            row.insert("backup", toml_edit::value(text_of(backup)?));
        }
        rows.push(row);
    }
    doc.insert("rename", toml_edit::Item::ArrayOfTables(rows));
    replace(journal, doc.to_string().as_bytes())
}

/// Replaces one file atomically: a temp file beside it (its permissions kept, a link
/// followed), synced, renamed over it, and the folder synced. Temp files of this name that a
/// killed run left are swept first when they are older than a minute (a younger one may be
/// another live writer's).
pub(crate) fn replace(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let target = real_target(path);
    let permissions = check_writable(&target)?;
    if let Some(dir) = target.parent() {
        sweep_named(dir, &target, Duration::from_secs(60));
    }
    let temp = side_name(&target, "tmp", 0);
    if let Err(e) = write_temp(&temp, bytes, permissions.as_ref())
        .and_then(|()| std::fs::rename(&temp, &target))
    {
        let _ = std::fs::remove_file(&temp);
        return Err(StoreError::io(&target, e));
    }
    if let Some(dir) = target.parent() {
        sync_dir(dir);
    }
    Ok(())
}

/// Removes temp files of `target` older than `age` from `dir`.
fn sweep_named(dir: &Path, target: &Path, age: Duration) {
    let Some(name) = target.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return;
    };
    let prefix = format!(".{name}{MARK}");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let stale = entry
            .metadata()
            .ok()
            .filter(|m| m.is_file())
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|e| e >= age);
        if stale && entry.file_name().to_string_lossy().starts_with(&prefix) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn read_journal(journal: &Path) -> Option<Vec<Step>> {
    let text = std::fs::read_to_string(journal).ok()?;
    let table: toml::Table = text.parse().ok()?;
    let rows = table.get("rename")?.as_array()?;
    rows.iter()
        .map(|row| {
            let path = |k: &str| row.get(k).and_then(|v| v.as_str()).map(PathBuf::from);
            Some(Step {
                temp: path("temp")?,
                target: path("target")?,
                backup: path("backup"),
            })
        })
        .collect()
}

/// Renames every temp file that is still there onto its target.
fn run(steps: &[Step]) -> Result<(), StoreError> {
    for step in steps {
        if step.temp.exists() {
            std::fs::rename(&step.temp, &step.target)
                .map_err(|e| StoreError::io(&step.target, e))?;
        }
    }
    let mut dirs: Vec<&Path> = steps.iter().filter_map(|s| s.target.parent()).collect();
    dirs.dedup();
    for dir in dirs {
        sync_dir(dir);
    }
    Ok(())
}

/// Puts every old text back (a target renamed already gets its backup; a new file goes).
fn roll_back(steps: &[Step]) {
    for step in steps {
        if step.temp.exists() {
            let _ = std::fs::remove_file(&step.temp);
            if let Some(backup) = &step.backup {
                let _ = std::fs::remove_file(backup);
            }
            continue;
        }
        match &step.backup {
            Some(backup) => {
                let _ = std::fs::rename(backup, &step.target);
            }
            None => {
                let _ = std::fs::remove_file(&step.target);
            }
        }
    }
}

/// Removes the temp files and backups of a save that never reached its journal.
fn discard(steps: &[Step]) {
    for step in steps {
        let _ = std::fs::remove_file(&step.temp);
        if let Some(backup) = &step.backup {
            let _ = std::fs::remove_file(backup);
        }
    }
}

fn done(steps: &[Step], journal: &Path) {
    for backup in steps.iter().filter_map(|s| s.backup.as_ref()) {
        let _ = std::fs::remove_file(backup);
    }
    let _ = std::fs::remove_file(journal);
    if let Some(parent) = journal.parent() {
        sync_dir(parent);
    }
}

/// Finishes a journal left for `dir` (the caller holds its write lock): the renames are
/// completed, or, when one cannot be, all rolled back.
pub(crate) fn finish(places: &Places, dir: &Path) -> Result<(), StoreError> {
    let journal = journal_path(places, dir);
    // A journal whose writing was cut off left only its temp file: no rename ran.
    sweep_named(&places.journal, &journal, Duration::ZERO);
    if !journal.exists() {
        return Ok(());
    }
    let Some(steps) = read_journal(&journal) else {
        // A journal that does not read was never complete: no rename ran.
        let _ = std::fs::remove_file(&journal);
        return Ok(());
    };
    if let Err(e) = run(&steps) {
        roll_back(&steps);
        let _ = std::fs::remove_file(&journal);
        return Err(e);
    }
    done(&steps, &journal);
    Ok(())
}

/// Before reading the campaign in `dir`: finishes a save a killed run left half done. A
/// writer that is alive finishes its own, so a held lock means there is nothing to do.
pub fn recover(places: &Places, dir: &Path) -> Result<(), StoreError> {
    if !journal_path(places, dir).exists() {
        return Ok(());
    }
    let lock = lock::write_lock(places, dir)?;
    let result = finish(places, dir);
    drop(lock);
    result
}

/// Removes temp files a killed run left in `dir` (the caller holds its write lock).
pub(crate) fn sweep(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let ours = name.starts_with('.')
            && name.contains(MARK)
            && (name.ends_with(".new") || name.ends_with(".old") || name.ends_with(".tmp"));
        if ours && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup() -> (tempfile::TempDir, Places, PathBuf) {
        let tmp = tempfile::tempdir().unwrap();
        let places = Places::under(tmp.path());
        let dir = places.campaign_dir("spring");
        std::fs::create_dir_all(&dir).unwrap();
        (tmp, places, dir)
    }

    fn change(dir: &Path, name: &str, text: &str) -> Change {
        Change {
            target: dir.join(name),
            bytes: text.as_bytes().to_vec(),
        }
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn all_files_are_written_and_nothing_is_left() {
        let (_tmp, places, dir) = setup();
        std::fs::write(dir.join("a.toml"), "old a").unwrap();
        let lock = lock::write_lock(&places, &dir).unwrap();
        commit(
            &places,
            &lock,
            &dir,
            &[
                change(&dir, "a.toml", "new a"),
                change(&dir, "b.toml", "new b"),
            ],
        )
        .unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.join("a.toml")).unwrap(),
            "new a"
        );
        assert_eq!(
            std::fs::read_to_string(dir.join("b.toml")).unwrap(),
            "new b"
        );
        assert_eq!(names(&dir), ["a.toml", "b.toml"]);
        assert!(names(&places.journal).is_empty());
    }

    #[test]
    fn a_journal_left_by_a_killed_run_is_finished_on_the_next_open() {
        let (_tmp, places, dir) = setup();
        std::fs::write(dir.join("a.toml"), "old a").unwrap();
        std::fs::write(dir.join("b.toml"), "old b").unwrap();
        // As a run killed after its first rename: a renamed, b's temp still waiting.
        let temp_b = side_name(&dir.join("b.toml"), "new", 1);
        std::fs::write(&temp_b, "new b").unwrap();
        let backup_a = side_name(&dir.join("a.toml"), "old", 0);
        std::fs::write(&backup_a, "old a").unwrap();
        std::fs::write(dir.join("a.toml"), "new a").unwrap();
        let steps = vec![
            Step {
                temp: side_name(&dir.join("a.toml"), "new", 0),
                target: dir.join("a.toml"),
                backup: Some(backup_a),
            },
            Step {
                temp: temp_b,
                target: dir.join("b.toml"),
                backup: None,
            },
        ];
        write_journal(&places, &journal_path(&places, &dir), &steps).unwrap();
        recover(&places, &dir).unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.join("a.toml")).unwrap(),
            "new a"
        );
        assert_eq!(
            std::fs::read_to_string(dir.join("b.toml")).unwrap(),
            "new b"
        );
        assert_eq!(names(&dir), ["a.toml", "b.toml"]);
    }

    #[test]
    fn a_rename_that_fails_half_way_puts_every_old_text_back() {
        let (_tmp, _places, dir) = setup();
        std::fs::write(dir.join("a.toml"), "old a").unwrap();
        std::fs::write(dir.join("b.toml"), "old b").unwrap();
        let changes = [
            change(&dir, "a.toml", "new a"),
            change(&dir, "b.toml", "new b"),
        ];
        let mut steps = Vec::new();
        prepare(&changes, &mut steps).unwrap();
        // The first rename ran; the second failed (its target turned into a folder).
        std::fs::rename(&steps[0].temp, &steps[0].target).unwrap();
        std::fs::remove_file(dir.join("b.toml")).unwrap();
        std::fs::create_dir(dir.join("b.toml")).unwrap();
        std::fs::write(dir.join("b.toml/x"), "x").unwrap();
        assert!(run(&steps).is_err());
        roll_back(&steps);
        assert_eq!(
            std::fs::read_to_string(dir.join("a.toml")).unwrap(),
            "old a"
        );
        assert_eq!(names(&dir), ["a.toml", "b.toml"]);
    }

    #[test]
    fn temp_files_without_a_journal_are_swept_by_the_next_write() {
        let (_tmp, places, dir) = setup();
        std::fs::write(dir.join("a.toml"), "a").unwrap();
        std::fs::write(side_name(&dir.join("a.toml"), "new", 0), "half").unwrap();
        let lock = lock::write_lock(&places, &dir).unwrap();
        commit(&places, &lock, &dir, &[]).unwrap();
        assert_eq!(names(&dir), ["a.toml"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_file_stops_the_whole_save() {
        use std::os::unix::fs::PermissionsExt;
        let (_tmp, places, dir) = setup();
        std::fs::write(dir.join("a.toml"), "old a").unwrap();
        std::fs::write(dir.join("b.toml"), "old b").unwrap();
        std::fs::set_permissions(dir.join("b.toml"), std::fs::Permissions::from_mode(0o444))
            .unwrap();
        let lock = lock::write_lock(&places, &dir).unwrap();
        let err = commit(
            &places,
            &lock,
            &dir,
            &[
                change(&dir, "a.toml", "new a"),
                change(&dir, "b.toml", "new b"),
            ],
        )
        .unwrap_err();
        assert!(err.to_string().contains("read-only"), "{err}");
        assert_eq!(
            std::fs::read_to_string(dir.join("a.toml")).unwrap(),
            "old a"
        );
        assert_eq!(names(&dir), ["a.toml", "b.toml"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_followed_and_kept_and_the_mode_never_loosens() {
        use std::os::unix::fs::PermissionsExt;
        let (tmp, places, dir) = setup();
        let real = tmp.path().join("elsewhere.toml");
        std::fs::write(&real, "old").unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).unwrap();
        std::os::unix::fs::symlink(&real, dir.join("a.toml")).unwrap();
        let lock = lock::write_lock(&places, &dir).unwrap();
        commit(&places, &lock, &dir, &[change(&dir, "a.toml", "new")]).unwrap();
        let link = std::fs::symlink_metadata(dir.join("a.toml")).unwrap();
        assert!(link.file_type().is_symlink());
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
        let mode = std::fs::metadata(&real).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}
