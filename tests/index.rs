//! The summary index (DESIGN §8.7) against full reads: after edits, deletes, renames, a touch
//! that keeps the size, a config change and a new day, the rows it gives equal the rows a full
//! read makes; a corrupt or missing index is rebuilt; an unreadable campaign keeps its error.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a failed unwrap is a failed test"
)]

use std::path::{Path, PathBuf};

use splitbrief::brief::Date;
use splitbrief::listing;
use splitbrief::practice::MarketData;
use splitbrief::store::index::{Kind, Row};
use splitbrief::store::{self, Entry, Places};

fn today() -> Date {
    Date::parse("2026-12-04").unwrap()
}

/// `n` campaigns made from the skincare template, named "Campaign 1"…
fn generate(places: &Places, n: usize) -> Vec<String> {
    let template = store::templates(Path::new("/nonexistent"))
        .into_iter()
        .find(|t| t.name == "skincare-launch")
        .expect("built-in template");
    (1..=n)
        .map(|i| {
            let mut docs = template.docs().unwrap();
            docs.campaign
                .insert("name", toml_edit::value(format!("Campaign {i}")));
            store::create(places, &mut docs).unwrap()
        })
        .collect()
}

/// The rows a full read of every campaign makes, with nothing from the index.
fn full_read(places: &Places, market: &MarketData, today: Date) -> Vec<Row> {
    store::list(places)
        .unwrap()
        .into_iter()
        .map(|entry| match entry {
            Entry::Campaign(loaded) => listing::row_of(&loaded, market, today),
            Entry::Broken { slug, error } => store::index::broken_row(&slug, &error),
            Entry::NotCampaign { name } => Row {
                folder: name,
                modified: None,
                kind: Kind::NotCampaign,
            },
        })
        .collect()
}

fn indexed(places: &Places, market: &MarketData, today: Date) -> Vec<Row> {
    listing::rows(places, market, today, &mut |_| {}).unwrap()
}

/// The index agrees with a full read, and a second scan (from the index alone) too.
fn agrees(places: &Places, market: &MarketData, today: Date) -> Vec<Row> {
    let expected = full_read(places, market, today);
    let first = indexed(places, market, today);
    assert_eq!(first, expected, "first scan");
    let second = indexed(places, market, today);
    assert_eq!(second, expected, "scan from the index");
    second
}

fn index_files(places: &Places) -> Vec<PathBuf> {
    std::fs::read_dir(places.cache.join("index"))
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default()
}

fn name_of(rows: &[Row], folder: &str) -> Option<String> {
    rows.iter()
        .find(|r| r.folder == folder)
        .and_then(|r| match &r.kind {
            Kind::Campaign(s) => Some(s.name.clone()),
            _ => None,
        })
}

fn replace_in(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from} in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn the_index_agrees_with_a_full_read_through_edits_deletes_and_renames() {
    let tmp = tempfile::tempdir().unwrap();
    let places = Places::under(tmp.path());
    let market = MarketData::default();
    let slugs = generate(&places, 6);
    agrees(&places, &market, today());
    assert_eq!(index_files(&places).len(), 1, "the index is written");

    // An edit through the store, and one by hand in place.
    let editing = store::edit(&places, &slugs[0]).unwrap();
    let mut docs = editing.loaded.docs.clone();
    docs.campaign
        .insert("name", toml_edit::value("Renamed by the store"));
    editing.save(&docs).unwrap();
    drop(editing);
    let campaign = places.campaign_dir(&slugs[1]).join("campaign.toml");
    replace_in(&campaign, "Campaign 2", "Campaign 2, edited by hand");
    // A brief deleted, a campaign deleted, a folder renamed (its slug now differs: an error),
    // a folder that is not a campaign.
    std::fs::remove_file(places.campaign_dir(&slugs[2]).join("influencer.toml")).unwrap();
    std::fs::remove_dir_all(places.campaign_dir(&slugs[3])).unwrap();
    std::fs::rename(
        places.campaign_dir(&slugs[4]),
        places.briefs.join("moved-by-hand"),
    )
    .unwrap();
    std::fs::create_dir_all(places.briefs.join("notes")).unwrap();
    let rows = agrees(&places, &market, today());
    assert_eq!(
        name_of(&rows, &slugs[0]).as_deref(),
        Some("Renamed by the store")
    );
    assert_eq!(
        name_of(&rows, &slugs[1]).as_deref(),
        Some("Campaign 2, edited by hand")
    );
    assert!(matches!(
        rows.iter()
            .find(|r| r.folder == "moved-by-hand")
            .map(|r| &r.kind),
        Some(Kind::Broken(_))
    ));
    assert!(matches!(
        rows.iter().find(|r| r.folder == "notes").map(|r| &r.kind),
        Some(Kind::NotCampaign)
    ));
}

#[test]
fn a_change_that_keeps_size_and_modification_time_is_seen() {
    let tmp = tempfile::tempdir().unwrap();
    let places = Places::under(tmp.path());
    let market = MarketData::default();
    let slugs = generate(&places, 2);
    agrees(&places, &market, today());
    let path = places.campaign_dir(&slugs[0]).join("campaign.toml");
    let before = std::fs::metadata(&path).unwrap();
    // Same length, same modification time: only the change time (and the content) differ.
    replace_in(&path, "Campaign 1", "Campaign X");
    let file = std::fs::File::options().write(true).open(&path).unwrap();
    file.set_modified(before.modified().unwrap()).unwrap();
    drop(file);
    assert_eq!(std::fs::metadata(&path).unwrap().len(), before.len());
    let rows = agrees(&places, &market, today());
    assert_eq!(name_of(&rows, &slugs[0]).as_deref(), Some("Campaign X"));
}

#[test]
fn a_config_change_and_a_new_day_are_counted_afresh() {
    let tmp = tempfile::tempdir().unwrap();
    let places = Places::under(tmp.path());
    let slugs = generate(&places, 2);
    let plain = MarketData::default();
    let first = agrees(&places, &plain, today());
    // The config adds claim words the template uses: the counts change with it.
    let config = "[market.claim_words]\ncosmetics = [\"barrier\", \"serum\", \"oat\"]\n";
    std::fs::write(&places.config, config).unwrap();
    let stricter = listing::market(&store::Config::load(&places.config).unwrap()).unwrap();
    let second = agrees(&places, &stricter, today());
    assert_ne!(first, second, "the config's market data counts");
    // Days later, past the campaign's dates: status and date findings change.
    let later = Date::parse("2028-01-01").unwrap();
    let third = agrees(&places, &stricter, later);
    let status = |rows: &[Row]| match &rows[0].kind {
        Kind::Campaign(s) => s.status.clone(),
        _ => String::new(),
    };
    assert_eq!(status(&third), "done");
    assert_ne!(status(&second), status(&third));
    assert_eq!(third.len(), slugs.len());
}

#[test]
fn a_corrupt_or_missing_index_is_rebuilt() {
    let tmp = tempfile::tempdir().unwrap();
    let places = Places::under(tmp.path());
    let market = MarketData::default();
    generate(&places, 3);
    let expected = agrees(&places, &market, today());
    let [file] = index_files(&places).try_into().unwrap();
    for junk in [
        &b"{\"format\": 1, \"entries\": [tru"[..],
        b"",
        b"\xff\xfe not json",
    ] {
        std::fs::write(&file, junk).unwrap();
        assert_eq!(indexed(&places, &market, today()), expected);
        let text = std::fs::read(&file).unwrap();
        assert!(
            serde_json::from_slice::<serde_json::Value>(&text).is_ok(),
            "rebuilt"
        );
    }
    std::fs::remove_dir_all(places.cache.join("index")).unwrap();
    assert_eq!(indexed(&places, &market, today()), expected);
    assert_eq!(index_files(&places).len(), 1);
}

#[test]
fn an_unreadable_campaign_keeps_its_error_from_the_index() {
    let tmp = tempfile::tempdir().unwrap();
    let places = Places::under(tmp.path());
    let market = MarketData::default();
    let slugs = generate(&places, 2);
    let creator = places.campaign_dir(&slugs[1]).join("creator.toml");
    std::fs::write(
        &creator,
        "version = 1\nkind = \"creator\"\nthis is not toml\n",
    )
    .unwrap();
    let rows = agrees(&places, &market, today());
    let Some(Kind::Broken(e)) = rows.iter().find(|r| r.folder == slugs[1]).map(|r| &r.kind) else {
        panic!("the broken campaign is listed with its error")
    };
    assert!(
        e.file
            .as_deref()
            .is_some_and(|f| f.ends_with("creator.toml"))
    );
    assert_eq!(e.line, Some(3));
    // Fixed by hand: read afresh.
    std::fs::remove_file(&creator).unwrap();
    let rows = agrees(&places, &market, today());
    assert!(matches!(rows[1].kind, Kind::Campaign(_)));
}

#[test]
fn rows_are_reported_as_they_come() {
    let tmp = tempfile::tempdir().unwrap();
    let places = Places::under(tmp.path());
    let market = MarketData::default();
    generate(&places, 4);
    let mut found = None;
    let mut seen = 0;
    let rows = listing::rows(&places, &market, today(), &mut |p| match p {
        store::index::Progress::Found(n) => found = Some(n),
        store::index::Progress::Rows(rows) => seen += rows.len(),
    })
    .unwrap();
    assert_eq!(found, Some(4));
    assert_eq!(seen, rows.len());
}

/// `splitbrief list` in `home`, its cache in `home/cache`.
fn list_cmd(home: &Path, json: bool) -> std::process::Output {
    let mut cmd = assert_cmd::Command::cargo_bin("splitbrief").unwrap();
    cmd.env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env_remove("SPLITBRIEF_DIR")
        .arg("--dir")
        .arg(home.join("briefs"))
        .arg("list");
    if json {
        cmd.arg("--json");
    }
    cmd.output().unwrap()
}

#[test]
fn list_says_the_same_with_and_without_the_index() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path();
    let places = Places::under(home);
    let slugs = generate(&places, 3);
    std::fs::write(
        places.campaign_dir(&slugs[2]).join("campaign.toml"),
        "version = 1\nname = \"broken\n",
    )
    .unwrap();
    for json in [true, false] {
        let cache = home.join("cache");
        let _ = std::fs::remove_dir_all(&cache);
        let cold = list_cmd(home, json);
        assert!(
            cache.join("splitbrief").join("index").is_dir(),
            "index made"
        );
        let warm = list_cmd(home, json);
        assert_eq!(cold.status.code(), Some(0));
        assert_eq!(warm.status.code(), Some(0));
        assert_eq!(
            String::from_utf8_lossy(&cold.stdout),
            String::from_utf8_lossy(&warm.stdout)
        );
        let text = String::from_utf8_lossy(&warm.stdout);
        assert!(text.contains(&slugs[2]) && text.contains("campaign.toml"));
    }
    let out = list_cmd(home, true);
    let items: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(items.as_array().map(Vec::len), Some(3));
    assert_eq!(items[2]["error"]["line"], 2);
}
