//! All-or-none saves of several files, even under SIGKILL. The new texts go to hidden temp
//! files beside their targets (the old ones kept as hard links), a journal in the data folder
//! lists the renames, the renames run, and the journal goes. A journal left behind by a killed
//! run is finished (or, when a rename cannot be done, rolled back) by the next open; temp
//! files a killed run left are swept by the next write to that folder.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::lock::{self, WriteLock};
use super::replace::{
    check_writable, real_target, replace, side_name, sweep, sweep_named, sync_dir, write_temp,
};
use super::{Places, StoreError};

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
    if let [one] = steps.as_slice() {
        // One rename is all or none by itself: no journal needed.
        let renamed = run(&steps);
        discard(std::slice::from_ref(one));
        return renamed;
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
        let like = old.clone().or_else(|| {
            let sibling = change.target.with_file_name("campaign.toml");
            std::fs::metadata(real_target(&sibling))
                .ok()
                .filter(|m| m.is_file())
        });
        let temp = side_name(&target, "new", n);
        let backup = old.as_ref().map(|_| side_name(&target, "old", n));
        steps.push(Step {
            temp: temp.clone(),
            target: target.clone(),
            backup: None,
        });
        write_temp(&temp, &change.bytes, like.as_ref()).map_err(|e| StoreError::io(&target, e))?;
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

#[cfg(test)]
mod tests;
