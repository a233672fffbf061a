//! How fast the foundation is: parsing and checking a full campaign, typing it, and one
//! in-place edit by key path (what every keystroke-to-preview and every `set` costs).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "benchmarks are test code: a setup that fails should stop them loudly"
)]

use splitbrief::brief::FileKind;
use splitbrief::doc::{self, Docs};
use splitbrief::path::KeyPath;
use splitbrief::store;

fn main() {
    divan::main();
}

fn template() -> store::Template {
    let all = store::templates(std::path::Path::new("/nonexistent"));
    all.into_iter()
        .find(|t| t.name == "skincare-launch")
        .expect("built-in template")
}

#[divan::bench]
fn parse_and_check_creator_brief(bencher: divan::Bencher) {
    let t = template();
    let text = t.texts.creator.clone().unwrap_or_default();
    bencher.bench(|| doc::parse(FileKind::Creator, divan::black_box(&text)));
}

#[divan::bench]
fn type_whole_campaign(bencher: divan::Bencher) {
    let docs = template().docs().expect("template parses");
    bencher.bench(|| divan::black_box(&docs).bundle());
}

#[divan::bench]
fn set_one_key_in_place(bencher: divan::Bencher) {
    let docs = template().docs().expect("template parses");
    let path = KeyPath::parse("creator.schedule.revision_rounds").expect("valid path");
    bencher
        .with_inputs(|| docs.clone())
        .bench_local_values(|mut d: Docs| {
            let _ = d.set(&path, "3");
            d
        });
}

#[divan::bench]
fn save_unchanged_campaign(bencher: divan::Bencher) {
    let tmp = std::env::temp_dir().join(format!("sb-bench-{}", std::process::id()));
    let docs = template().docs().expect("template parses");
    let places = store::Places::under(&tmp);
    let dir = tmp.join("bench");
    let _ = store::save(&places, &dir, &docs, None);
    bencher.bench(|| store::save(&places, &dir, divan::black_box(&docs), None));
    let _ = std::fs::remove_dir_all(&tmp);
}
