//! The scan's workers: every folder stamped and, when changed, read, on every core; rows
//! reported in batches as they are ready. Also `read_each`, for commands that need whole
//! campaigns one after another.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::make::{Stamped, one_folder, stamp};
use super::{Entry, Progress, Row, Scan};
use crate::store::Places;

/// How many threads to read with: one per core, at least one, at most eight.
fn workers(jobs: usize) -> usize {
    std::thread::available_parallelism()
        .map_or(2, usize::from)
        .clamp(1, 8)
        .min(jobs.max(1))
}

/// What became of one folder.
pub(super) enum Outcome {
    /// The index's row still holds (its slot in the old index).
    Kept(usize),
    /// A fresh row, and whether the index may keep it.
    Made(Box<Entry>, bool),
}

/// Stamps every folder's files, on every core, in folder order.
pub(super) fn stamp_all(folders: &[(String, PathBuf)]) -> Vec<Stamped> {
    let per = folders.len().div_ceil(workers(folders.len()).max(1)).max(1);
    std::thread::scope(|scope| {
        let parts: Vec<_> = folders
            .chunks(per)
            .map(|part| {
                scope.spawn(move || part.iter().map(|(_, dir)| stamp(dir)).collect::<Vec<_>>())
            })
            .collect();
        parts
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

/// What the scan knows before reading any campaign.
pub(super) struct Known<'a> {
    /// The index's entries, in slots.
    pub old: &'a [Option<Entry>],
    /// Each folder's slot in `old`.
    pub by_folder: &'a HashMap<&'a str, usize>,
    /// Campaigns with a save to finish.
    pub pending: &'a HashSet<String>,
}

/// Reads the changed folders, on every core; rows are reported as they
/// are ready. Returns one outcome per folder, in folder order.
pub(super) fn run_workers(
    places: &Places,
    scan: &Scan,
    folders: &[(String, PathBuf)],
    stamped: &[Stamped],
    known: &Known,
    progress: &mut dyn FnMut(Progress<'_>),
) -> Vec<Outcome> {
    let Known {
        old,
        by_folder,
        pending,
    } = *known;
    let workers = workers(folders.len());
    let next = AtomicUsize::new(0);
    let (send, receive) = mpsc::channel::<Vec<(usize, Outcome)>>();
    let mut slots: Vec<Option<Outcome>> = std::iter::repeat_with(|| None)
        .take(folders.len())
        .collect();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let send = send.clone();
            let next = &next;
            scope.spawn(move || {
                // Rows from the index go in batches (a message each would cost more than
                // the row); a row read afresh goes at once with what came before it.
                let mut batch = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let (Some((name, dir)), Some(stamped)) = (folders.get(i), stamped.get(i))
                    else {
                        break;
                    };
                    let cached = by_folder
                        .get(name.as_str())
                        .and_then(|&slot| old.get(slot)?.as_ref().map(|e| (slot, e)));
                    let outcome = one_folder(places, scan, (name, dir), stamped, cached, pending);
                    let read = matches!(outcome, Outcome::Made(..));
                    batch.push((i, outcome));
                    if (read || batch.len() >= 512)
                        && send.send(std::mem::take(&mut batch)).is_err()
                    {
                        return;
                    }
                }
                let _ = send.send(batch);
            });
        }
        drop(send);
        collect(&receive, &mut slots, old, progress);
    });
    slots.into_iter().flatten().collect()
}

/// Gathers outcomes into their slots, reporting rows in batches (at most every 30 ms).
fn collect(
    receive: &mpsc::Receiver<Vec<(usize, Outcome)>>,
    slots: &mut [Option<Outcome>],
    old: &[Option<Entry>],
    progress: &mut dyn FnMut(Progress<'_>),
) {
    const EVERY: Duration = Duration::from_millis(30);
    let mut ready: Vec<usize> = Vec::new();
    let mut last = Instant::now();
    let flush = |ready: &mut Vec<usize>,
                 slots: &[Option<Outcome>],
                 progress: &mut dyn FnMut(Progress<'_>)| {
        let rows: Vec<&Row> = ready
            .iter()
            .filter_map(|&i| match slots.get(i)?.as_ref()? {
                Outcome::Kept(slot) => old.get(*slot)?.as_ref().map(|e| &e.row),
                Outcome::Made(entry, _) => Some(&entry.row),
            })
            .collect();
        ready.clear();
        if !rows.is_empty() {
            progress(Progress::Rows(rows));
        }
    };
    loop {
        match receive.recv_timeout(EVERY) {
            Ok(batch) => {
                for (i, outcome) in batch {
                    if let Some(slot) = slots.get_mut(i) {
                        *slot = Some(outcome);
                        ready.push(i);
                    }
                }
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
        if last.elapsed() >= EVERY {
            flush(&mut ready, slots, progress);
            last = Instant::now();
        }
    }
    flush(&mut ready, slots, progress);
}

/// Runs `make` on each of `dirs` on every core and hands each result to `each`, in the order
/// of `dirs`; at most a few results (and the documents they read) are in memory at once.
pub fn read_each<T: Send>(
    dirs: &[PathBuf],
    make: &(dyn Fn(&Path) -> T + Sync),
    each: &mut dyn FnMut(T),
) {
    const CHUNK: usize = 64;
    for chunk in dirs.chunks(CHUNK) {
        let next = AtomicUsize::new(0);
        let workers = workers(chunk.len());
        let mut done: Vec<(usize, T)> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..workers)
                .map(|_| {
                    let next = &next;
                    scope.spawn(move || {
                        let mut mine = Vec::new();
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some(dir) = chunk.get(i) else { break };
                            mine.push((i, make(dir)));
                        }
                        mine
                    })
                })
                .collect();
            handles
                .into_iter()
                .filter_map(|h| h.join().ok())
                .flatten()
                .collect()
        });
        done.sort_by_key(|(i, _)| *i);
        for (_, t) in done {
            each(t);
        }
    }
}
