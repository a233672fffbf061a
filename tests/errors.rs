//! Clear errors (issue 10, item 11): every refusal names the file, and the line and column
//! where one applies.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a failed unwrap is a failed test"
)]

mod common;

use common::Env;

#[test]
fn a_slug_mismatch_names_line_and_column() {
    let env = Env::new();
    env.ok(&["new", "Match", "--no-edit"]);
    let path = env.path("match", "campaign.toml");
    let text = env
        .file("match", "campaign.toml")
        .replace("slug = \"match\"", "slug = \"other\"");
    std::fs::write(&path, text).unwrap();
    let (code, _, err) = env.run(&["get", "match", "campaign.name"]);
    assert_eq!(code, 2);
    assert!(err.contains("campaign.toml:4:1:"), "{err}");
    assert!(err.contains("set it back to \"match\""), "{err}");
}

#[test]
fn a_very_deep_header_is_reported_where_it_is() {
    let env = Env::new();
    env.ok(&["new", "Deep", "--no-edit"]);
    let deep = vec!["a"; 100_000].join(".");
    let text = format!("version = 1\nkind = \"creator\"\n\n[{deep}]\n");
    std::fs::write(env.path("deep", "creator.toml"), text).unwrap();
    let (code, _, err) = env.run(&["get", "deep", "campaign.name"]);
    assert_eq!(code, 2);
    assert!(err.contains("creator.toml:4:"), "{err}");
}

#[test]
fn campaign_toml_that_is_a_folder_is_named_everywhere() {
    let env = Env::new();
    env.ok(&["new", "Odd", "--no-edit"]);
    let path = env.path("odd", "campaign.toml");
    std::fs::remove_file(&path).unwrap();
    std::fs::create_dir(&path).unwrap();
    for args in [
        vec!["get", "odd", "campaign.name"],
        vec!["set", "odd", "campaign.brand=X"],
        vec!["check", "odd"],
        vec!["check"],
        vec!["export", "odd"],
    ] {
        let (code, out, err) = env.run(&args);
        assert_eq!(code, 2, "{args:?}");
        let said = format!("{out}{err}");
        assert!(
            said.contains("campaign.toml") && said.contains("folder"),
            "{args:?}: {said}"
        );
    }
    let (code, out, _) = env.run(&["list"]);
    assert_eq!(code, 0);
    assert!(out.contains("folder"), "{out}");
}

#[test]
fn check_reports_briefs_without_a_campaign_and_a_missing_brief() {
    let env = Env::new();
    env.ok(&["new", "Lost", "--no-edit"]);
    env.ok(&["new", "Half", "--no-edit"]);
    std::fs::remove_file(env.path("lost", "campaign.toml")).unwrap();
    std::fs::remove_file(env.path("half", "creator.toml")).unwrap();
    let (code, out, _) = env.run(&["check"]);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("lost") && out.contains("but no campaign.toml"),
        "{out}"
    );
    assert!(
        out.contains("needs creator.toml, which is missing"),
        "{out}"
    );
    let (_, listed, _) = env.run(&["list"]);
    assert!(listed.contains("creator (file missing)"), "{listed}");
    let (_, json, _) = env.run(&["check", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["errors"].as_array().map(Vec::len), Some(2), "{json}");
}

#[test]
fn get_of_a_row_far_past_the_end_says_so() {
    let env = Env::new();
    env.ok(&[
        "new",
        "Rows",
        "--no-edit",
        "--set",
        "creator.partners[0].name=Maya",
    ]);
    let (code, out, err) = env.run(&["get", "rows", "creator.partners[99].name"]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(
        err.contains("creator.partners has 1 row") && err.contains("[99]"),
        "{err}"
    );
    let (code, out, err) = env.run(&["get", "rows", "creator.partners[0].email"]);
    assert_eq!(
        (code, out.as_str(), err.as_str()),
        (1, "", ""),
        "an unset key stays silent"
    );
}
