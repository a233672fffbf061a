//! Campaign locks, as files in the data folder's `locks/` (never inside the briefs root):
//! a write lock held around every read-change-write, and the wizard's "open" lock so a second
//! window knows it is second. They are OS file locks, so a dead holder's lock is free.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::{Places, StoreError};

/// How long a writer waits for another writer of the same campaign before giving up.
const WAIT: Duration = Duration::from_secs(20);

/// The write lock of one campaign; released when dropped.
#[derive(Debug)]
pub struct WriteLock {
    _file: File,
}

/// The wizard's "open" lock of one campaign; released when dropped.
#[derive(Debug)]
pub struct OpenLock {
    _file: File,
}

/// A stable name for the campaign in `dir`: its folder name and a hash of its real path, so
/// two ways to the same folder (a symlink, `..`) share one lock.
pub(crate) fn lock_name(dir: &Path) -> String {
    let real = real_dir(dir);
    let name: String = real
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(64)
        .collect();
    format!("{name}-{:016x}", fnv1a(real.as_os_str().as_encoded_bytes()))
}

/// The folder with links resolved; for a folder that does not exist yet, its parent's.
fn real_dir(dir: &Path) -> PathBuf {
    if let Ok(real) = std::fs::canonicalize(dir) {
        return real;
    }
    match (dir.parent(), dir.file_name()) {
        (Some(parent), Some(name)) => std::fs::canonicalize(parent)
            .unwrap_or_else(|_| parent.to_path_buf())
            .join(name),
        _ => dir.to_path_buf(),
    }
}

/// FNV-1a: a tiny hash that is the same in every build (std's hasher promises no such thing).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn lock_file(places: &Places, dir: &Path, suffix: &str) -> Result<(PathBuf, File), StoreError> {
    std::fs::create_dir_all(&places.locks).map_err(|e| StoreError::io(&places.locks, e))?;
    let path = places.locks.join(format!("{}.{suffix}", lock_name(dir)));
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| StoreError::io(&path, e))?;
    Ok((path, file))
}

/// Takes the write lock of the campaign in `dir`, waiting while another writer holds it.
pub(crate) fn write_lock(places: &Places, dir: &Path) -> Result<WriteLock, StoreError> {
    let (path, file) = lock_file(places, dir, "lock")?;
    let start = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(WriteLock { _file: file }),
            Err(TryLockError::WouldBlock) if start.elapsed() < WAIT => {
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(TryLockError::WouldBlock) => {
                return Err(StoreError::Refused(format!(
                    "nothing was written: another splitbrief has been saving {} for {} seconds; try again when it is done",
                    dir.display(),
                    WAIT.as_secs()
                )));
            }
            Err(TryLockError::Error(e)) => return Err(StoreError::io(&path, e)),
        }
    }
}

/// A shared lock for reading; released when dropped.
#[derive(Debug)]
pub struct ReadLock {
    _file: File,
}

/// Waits while a writer holds the campaign, then holds it shared while it is read. Best
/// effort: a data folder that cannot hold locks does not stop reading.
pub(crate) fn read_lock(places: &Places, dir: &Path) -> Option<ReadLock> {
    let (_, file) = lock_file(places, dir, "lock").ok()?;
    let start = Instant::now();
    loop {
        match file.try_lock_shared() {
            Ok(()) => return Some(ReadLock { _file: file }),
            Err(TryLockError::WouldBlock) if start.elapsed() < WAIT => {
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(_) => return None,
        }
    }
}

/// Takes the write lock only when it is free at once.
#[cfg(test)]
pub(crate) fn try_write_lock(places: &Places, dir: &Path) -> Result<Option<WriteLock>, StoreError> {
    let (path, file) = lock_file(places, dir, "lock")?;
    match file.try_lock() {
        Ok(()) => Ok(Some(WriteLock { _file: file })),
        Err(TryLockError::WouldBlock) => Ok(None),
        Err(TryLockError::Error(e)) => Err(StoreError::io(&path, e)),
    }
}

/// Takes the "open" lock of the campaign in `dir`; `None` when another window has it open.
pub(crate) fn open_lock(places: &Places, dir: &Path) -> Result<Option<OpenLock>, StoreError> {
    let (path, file) = lock_file(places, dir, "open")?;
    match file.try_lock() {
        Ok(()) => Ok(Some(OpenLock { _file: file })),
        Err(TryLockError::WouldBlock) => Ok(None),
        Err(TryLockError::Error(e)) => Err(StoreError::io(&path, e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_writer_and_one_window_at_a_time() {
        let tmp = tempfile::tempdir().unwrap();
        let places = Places::under(tmp.path());
        let dir = places.campaign_dir("spring");
        std::fs::create_dir_all(&dir).unwrap();
        let held = write_lock(&places, &dir).unwrap();
        assert!(try_write_lock(&places, &dir).unwrap().is_none());
        drop(held);
        assert!(try_write_lock(&places, &dir).unwrap().is_some());
        let window = open_lock(&places, &dir).unwrap();
        assert!(window.is_some());
        assert!(open_lock(&places, &dir).unwrap().is_none());
        assert!(write_lock(&places, &dir).is_ok(), "the CLI is not blocked");
        drop(window);
        assert!(open_lock(&places, &dir).unwrap().is_some());
        assert!(!places.briefs.join("locks").exists());
    }

    #[test]
    fn a_link_to_a_folder_shares_its_lock() {
        let tmp = tempfile::tempdir().unwrap();
        let real = tmp.path().join("real");
        std::fs::create_dir_all(&real).unwrap();
        #[cfg(unix)]
        {
            let link = tmp.path().join("link");
            std::os::unix::fs::symlink(&real, &link).unwrap();
            assert_eq!(lock_name(&real), lock_name(&link));
        }
    }
}
