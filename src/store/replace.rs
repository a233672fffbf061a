//! Replacing one file safely: a hidden temp file beside it (the old file's permissions kept,
//! a link followed so the link itself stays), synced and renamed over it. A file that is not
//! regular, or that its owner may not write, is refused. Temp files carry a mark so a later
//! write can sweep what a killed run left.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::StoreError;

/// What every temp file's name holds, so the sweep knows its own files.
pub(crate) const MARK: &str = ".sb-";

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

pub(crate) fn side_name(target: &Path, what: &str, n: usize) -> PathBuf {
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

/// Refuses a target that is not a regular file or that its owner may not write; gives the
/// old file's metadata (permissions and owner to keep), `None` for a new file.
pub(crate) fn check_writable(target: &Path) -> Result<Option<std::fs::Metadata>, StoreError> {
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
    Ok(Some(meta))
}

/// Writes a temp file beside `target` with the permissions (and, where allowed, the owner)
/// of `like`, the file it replaces; synced to disk.
pub(crate) fn write_temp(
    temp: &Path,
    bytes: &[u8],
    like: Option<&std::fs::Metadata>,
) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if let Some(meta) = like {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(meta.permissions().mode() & 0o7777);
    }
    let mut file = options.open(temp)?;
    if let Some(meta) = like {
        #[cfg(unix)]
        {
            // Someone else's file edited with rights to do so stays theirs; a user who may
            // not give a file away keeps it as it is (the same owner, nothing to do).
            use std::os::unix::fs::MetadataExt;
            let _ = std::os::unix::fs::fchown(&file, Some(meta.uid()), Some(meta.gid()));
        }
        // The umask may have narrowed the mode at creation; never loosen, never narrow.
        file.set_permissions(meta.permissions())?;
    }
    file.write_all(bytes)?;
    file.sync_all()
}

pub(crate) fn sync_dir(dir: &Path) {
    // Makes the renames durable; a file system without directory sync is no reason to fail.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Replaces one file atomically: a temp file beside it (its permissions kept, a link
/// followed), synced, renamed over it, and the folder synced. Temp files of this name that a
/// killed run left are swept first when they are older than a minute (a younger one may be
/// another live writer's).
pub(crate) fn replace(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let target = real_target(path);
    let like = check_writable(&target)?;
    if let Some(dir) = target.parent() {
        sweep_named(dir, &target, Duration::from_secs(60));
    }
    let temp = side_name(&target, "tmp", 0);
    if let Err(e) =
        write_temp(&temp, bytes, like.as_ref()).and_then(|()| std::fs::rename(&temp, &target))
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
pub(crate) fn sweep_named(dir: &Path, target: &Path, age: Duration) {
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
