//! Files on disk parsed back: every class of bad input is located, templates round-trip byte
//! for byte, and any valid brief survives save and load unchanged.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a failed unwrap is a failed test"
)]

use proptest::prelude::*;
use splitbrief::brief::FileKind;
use splitbrief::doc::{self, Docs};
use splitbrief::path::{self, KeyPath, Kind};
use splitbrief::store;
use toml_edit::{Array, Value};

fn error_for(file: FileKind, bytes: &[u8]) -> doc::TextError {
    match doc::decode(bytes) {
        Err(e) => e,
        Ok(text) => doc::parse(file, text).expect_err("the file should be refused"),
    }
}

#[test]
fn each_error_class_names_its_line() {
    let head = "version = 1\nkind = \"creator\"\n";
    let cases: Vec<(&str, Vec<u8>, usize, &str)> = vec![
        (
            "syntax",
            format!("{head}[schedule\n").into_bytes(),
            3,
            "invalid TOML",
        ),
        (
            "wrong type",
            format!("{head}[schedule]\nrevision_rounds = \"two\"\n").into_bytes(),
            4,
            "whole number",
        ),
        (
            "unknown key",
            format!("{head}[schedule]\nrevison_rounds = 2\n").into_bytes(),
            4,
            "did you mean `revision_rounds`",
        ),
        (
            "unknown enum value",
            format!("{head}[[deliverables]]\nasset = \"vidoe\"\n").into_bytes(),
            4,
            "not a known value",
        ),
        (
            "future version",
            b"version = 3\nkind = \"creator\"\n".to_vec(),
            1,
            "newer splitbrief",
        ),
        (
            "invalid UTF-8",
            b"version = 1\nkind = \"creator\"\n[content]\nhooks = [\"caf\xe9\"]\n".to_vec(),
            4,
            "not UTF-8",
        ),
        ("empty file", Vec::new(), 1, "empty"),
        (
            "wrong kind",
            b"version = 1\nkind = \"influencer\"\n".to_vec(),
            2,
            "does not match",
        ),
        (
            "bad date",
            format!("{head}[schedule]\nfinal_due = \"next week\"\n").into_bytes(),
            4,
            "date",
        ),
    ];
    for (name, bytes, line, words) in cases {
        let e = error_for(FileKind::Creator, &bytes);
        assert_eq!(e.line, line, "{name}: {e}");
        assert!(e.message.contains(words), "{name}: {e}");
    }
}

#[test]
fn the_cli_names_file_and_line_for_each_class() {
    let tmp = tempfile::TempDir::new().unwrap();
    let dir = tmp.path().join("c");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("creator.toml");
    std::fs::write(
        &file,
        b"version = 1\nkind = \"creator\"\n[schedule]\nrevison_rounds = 2\n",
    )
    .unwrap();
    let out = assert_cmd::Command::cargo_bin("splitbrief")
        .unwrap()
        .env("XDG_CONFIG_HOME", tmp.path())
        .env("XDG_DATA_HOME", tmp.path())
        .args(["check", file.to_str().unwrap()])
        .assert()
        .code(2);
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(text.contains(&format!("{}:4:1", file.display())), "{text}");
}

#[test]
fn every_template_round_trips_byte_for_byte() {
    let tmp = tempfile::TempDir::new().unwrap();
    let places = store::Places::under(tmp.path());
    for template in store::templates(&tmp.path().join("none")) {
        for file in FileKind::ALL {
            let text = template.texts.get(file).unwrap();
            let parsed = doc::parse(file, text).unwrap();
            assert_eq!(parsed.to_string(), text, "{} {file}", template.name);
        }
        let dir = tmp.path().join(&template.name);
        let docs = template.docs().unwrap();
        store::save(&places, &dir, &docs, None).unwrap();
        let loaded = store::read_campaign(&places, &dir).unwrap();
        assert_eq!(
            store::save(&places, &dir, &loaded.docs, Some(&loaded.read)).unwrap(),
            vec![]
        );
        for file in FileKind::ALL {
            let on_disk = std::fs::read_to_string(dir.join(file.file_name())).unwrap();
            assert_eq!(on_disk, template.texts.get(file).unwrap());
        }
    }
}

#[test]
fn a_file_changed_on_disk_is_not_overwritten() {
    let tmp = tempfile::TempDir::new().unwrap();
    let places = store::Places::under(tmp.path());
    let dir = tmp.path().join("x");
    let docs = Docs::new_campaign("X", "x", store::now_datetime());
    store::save(&places, &dir, &docs, None).unwrap();
    let mut loaded = store::read_campaign(&places, &dir).unwrap();
    std::fs::write(
        dir.join("creator.toml"),
        "version = 1\nkind = \"creator\"\n# mine\n",
    )
    .unwrap();
    loaded
        .docs
        .set(&KeyPath::parse("creator.content.hooks").unwrap(), "a")
        .unwrap();
    let err = store::save(&places, &dir, &loaded.docs, Some(&loaded.read)).unwrap_err();
    assert!(err.to_string().contains("changed on disk"));
    assert!(
        std::fs::read_to_string(dir.join("creator.toml"))
            .unwrap()
            .contains("# mine")
    );
}

/// A value of `kind` from random parts.
fn value_for(kind: Kind, text: &str, n: u32, pick: usize) -> Option<Value> {
    let list = |items: Vec<String>| {
        let mut a = Array::new();
        for item in items {
            a.push(item);
        }
        Value::Array(a)
    };
    Some(match kind {
        Kind::Text | Kind::LongText => Value::from(text),
        Kind::Handle => Value::from(format!("@p{n}")),
        Kind::Handles => list(vec![format!("@p{n}"), "@maker".into()]),
        Kind::Languages => list(vec!["en".into(), ["de", "fr", "es"][pick % 3].into()]),
        Kind::Email => Value::from(format!("p{n}@example.com")),
        Kind::Url => Value::from(format!("https://example.com/p/{n}?x=1#top")),
        Kind::Count => Value::from(i64::from(n % 100_000)),
        Kind::Money => {
            if n.is_multiple_of(2) {
                Value::from(i64::from(n))
            } else {
                Value::from(f64::from(n) / 4.0)
            }
        }
        Kind::Percent => Value::from(f64::from(n % 400) / 4.0),
        Kind::Number => Value::from(f64::from(n) / 8.0 - 10.0),
        Kind::Date => Value::from(
            splitbrief::brief::Date::parse("2026-01-01")?
                .plus_days(i64::from(n % 2000))
                .to_toml(),
        ),
        Kind::Bool => Value::from(n.is_multiple_of(2)),
        Kind::OneOf(values) => Value::from(values[pick % values.len()]),
        Kind::ManyOf(values) => list(
            values
                .iter()
                .enumerate()
                .filter(|(i, _)| (n >> (i % 31)) & 1 == 1)
                .map(|(_, v)| v.to_string())
                .collect(),
        ),
        Kind::TextList | Kind::Assignees => list(vec![text.to_string(), format!("{text} {n}")]),
        Kind::Countries => list(vec!["GB".into(), ["US", "DE", "FR"][pick % 3].into()]),
        Kind::Regions => list(vec![["worldwide", "DE", "AT"][pick % 3].into()]),
        Kind::Currency => Value::from(["EUR", "USD", "GBP"][pick % 3]),
        Kind::DateTime | Kind::Table(_) | Kind::Rows(_) => return None,
    })
}

fn settable() -> Vec<(String, Kind)> {
    FileKind::ALL
        .into_iter()
        .flat_map(path::all_paths)
        .filter(|(_, key)| !key.managed)
        .map(|(p, key)| (p.replace("[]", "[0]"), key.kind))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_valid_brief_survives_save_and_load(
        picks in proptest::collection::vec((any::<usize>(), "\\PC{0,24}", any::<u32>(), any::<usize>()), 1..40)
    ) {
        let paths = settable();
        let mut docs = Docs::new_campaign("Prop", "prop", store::now_datetime());
        // A picked hybrid: both briefs stay in use whatever the answers say (§8.8).
        docs.set(&KeyPath::parse("campaign.partnership").unwrap(), "hybrid").unwrap();
        for (which, text, n, pick) in picks {
            let (path, kind) = &paths[which % paths.len()];
            let path = KeyPath::parse(path).unwrap();
            if ["campaign.partnership", "campaign.partnership_picked"].contains(&path.to_string().as_str()) {
                continue;
            }
            if let Some(value) = value_for(*kind, &text, n, pick) {
                docs.set_value(&path, Some(value)).unwrap();
            }
        }
        let expected = docs.bundle().unwrap();
        let tmp = tempfile::TempDir::new().unwrap();
        let places = store::Places::under(tmp.path());
        let dir = tmp.path().join("prop");
        store::save(&places, &dir, &docs, None).unwrap();
        let loaded = store::read_campaign(&places, &dir).unwrap();
        prop_assert_eq!(&loaded.bundle, &expected);
        prop_assert_eq!(store::save(&places, &dir, &loaded.docs, Some(&loaded.read)).unwrap(), vec![]);
        // The typed model serializes back to the same model too.
        if let Some(creator) = &expected.creator {
            let text = toml::to_string(creator).unwrap();
            let back: splitbrief::brief::CreatorBrief = toml::from_str(&text).unwrap();
            prop_assert_eq!(&back, creator);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Whatever bytes a file holds, reading it gives a located error or a document: no panic.
    #[test]
    fn any_bytes_read_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        for file in FileKind::ALL {
            if let Ok(text) = doc::decode(&bytes)
                && let Err(e) = doc::parse(file, text)
            {
                prop_assert!(e.line >= 1 && e.column >= 1);
            }
        }
    }

    /// TOML-looking text built from real keys and odd values never panics either.
    #[test]
    fn keyish_text_reads_without_panicking(
        lines in proptest::collection::vec((0usize..400, "[a-z_\\[\\]\\.= \"0-9#{},-]{0,30}"), 0..12)
    ) {
        let paths = settable();
        let mut text = String::from("version = 1\nkind = \"creator\"\n");
        for (i, tail) in lines {
            let (path, _) = &paths[i % paths.len()];
            let key = path.split('.').next_back().unwrap_or("x");
            text.push_str(&format!("{key} = {tail}\n"));
        }
        let _ = doc::parse(FileKind::Creator, &text);
    }

    /// Any text typed into any field is accepted or refused with a sentence: no panic.
    #[test]
    fn any_typed_text_sets_or_refuses(which in any::<usize>(), text in "\\PC{0,40}") {
        let paths = settable();
        let (path, _) = &paths[which % paths.len()];
        let mut docs = Docs::new_campaign("P", "p", store::now_datetime());
        let path = KeyPath::parse(path).unwrap();
        if docs.set(&path, &text).is_ok() {
            prop_assert!(docs.validate().is_ok(), "accepted text must leave a valid file: {path} = {text:?}");
        }
    }
}
