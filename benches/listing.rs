//! Listing campaigns from disk (DESIGN §8.7): `listing::rows`, what `list`, home and
//! learnings start from, on 100, 1,000 and 10,000 campaigns copied from the skincare template
//! into a temporary folder. Cold: no index (every campaign read and checked, on every core).
//! Warm: the index is up to date (files stamped, nothing read).
//!
//! `cargo bench --bench listing` (the 10,000 folder takes a few seconds to make, and a cold
//! sample at 10,000 reads 30,000 files: expect a few minutes in all).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "benchmarks are test code: a setup that fails should stop them loudly"
)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use splitbrief::listing;
use splitbrief::practice::MarketData;
use splitbrief::store::{self, Places};

fn main() {
    divan::main();
}

const SIZES: [usize; 3] = [100, 1_000, 10_000];

/// A root with `n` campaigns: one made from the template, copied with `slug` rewritten to the
/// folder name (as `BENCHMARKS.md` describes for the command-line figures).
fn generate(root: &Path, n: usize) -> Places {
    let places = Places::under(root);
    let template = store::templates(Path::new("/nonexistent"))
        .into_iter()
        .find(|t| t.name == "skincare-launch")
        .expect("built-in template");
    let mut docs = template.docs().expect("template parses");
    docs.campaign.insert("name", toml_edit::value("Template"));
    let scratch = Places::under(&root.join("scratch"));
    let slug = store::create(&scratch, &mut docs).expect("template written");
    let from = scratch.campaign_dir(&slug);
    let read = |name: &str| std::fs::read_to_string(from.join(name)).unwrap_or_default();
    let (campaign, creator, influencer) = (
        read("campaign.toml"),
        read("creator.toml"),
        read("influencer.toml"),
    );
    for i in 1..=n {
        let slug = format!("campaign-{i:05}");
        let dir = places.campaign_dir(&slug);
        std::fs::create_dir_all(&dir).expect("folder");
        let text: String = campaign
            .lines()
            .map(|line| {
                if line.starts_with("slug = ") {
                    format!("slug = \"{slug}\"\n")
                } else if line.starts_with("name = ") {
                    format!("name = \"Campaign {i}\"\n")
                } else {
                    format!("{line}\n")
                }
            })
            .collect();
        std::fs::write(dir.join("campaign.toml"), text).expect("write");
        std::fs::write(dir.join("creator.toml"), &creator).expect("write");
        std::fs::write(dir.join("influencer.toml"), &influencer).expect("write");
    }
    places
}

/// One folder per size, made once per run and removed at exit by the OS's temp cleaning.
fn root(n: usize) -> &'static Places {
    static ROOTS: OnceLock<Vec<(usize, Places, PathBuf)>> = OnceLock::new();
    let roots = ROOTS.get_or_init(|| {
        let base = std::env::temp_dir().join(format!("sb-bench-listing-{}", std::process::id()));
        SIZES
            .iter()
            .map(|&n| {
                let dir = base.join(n.to_string());
                (n, generate(&dir, n), dir)
            })
            .collect()
    });
    roots
        .iter()
        .find(|(size, _, _)| *size == n)
        .map(|(_, places, _)| places)
        .expect("a generated size")
}

fn rows(places: &Places) -> usize {
    let market = MarketData::default();
    listing::rows(places, &market, store::today(), &mut |_| {})
        .expect("listing")
        .len()
}

/// No index: every campaign read, checked and summed up (the first run, or after an upgrade).
#[divan::bench(args = SIZES, sample_count = 2, sample_size = 1)]
fn cold(bencher: divan::Bencher, n: usize) {
    let places = root(n);
    bencher
        .with_inputs(|| {
            let _ = std::fs::remove_dir_all(&places.cache);
        })
        .bench_local_values(|()| rows(places));
}

/// An index up to date: every file stamped, nothing read.
#[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
fn warm(bencher: divan::Bencher, n: usize) {
    let places = root(n);
    rows(places);
    bencher.bench_local(|| rows(places));
}

/// Reading the bytes of every file, for the ratio the issue asks about.
#[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
fn read_the_bytes(bencher: divan::Bencher, n: usize) {
    let places = root(n);
    bencher.bench_local(|| {
        let mut total = 0;
        for entry in std::fs::read_dir(&places.briefs)
            .into_iter()
            .flatten()
            .flatten()
        {
            for name in ["campaign.toml", "creator.toml", "influencer.toml"] {
                total += std::fs::read(entry.path().join(name)).map_or(0, |b| b.len());
            }
        }
        total
    });
}
