//! `check` on the real binary: each built-in template is clean, and breaking one thing at a
//! time with `--set` names the matching finding, with exit 1 exactly when an error is present.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a failed unwrap is a failed test"
)]

mod common;

use common::assert::TEMPLATES;

use assert_cmd::Command;
use tempfile::TempDir;

fn cmd(tmp: &TempDir) -> Command {
    let mut cmd = Command::cargo_bin("splitbrief").unwrap();
    cmd.env("XDG_CONFIG_HOME", tmp.path().join("config"))
        .env("XDG_DATA_HOME", tmp.path().join("data"))
        .env_remove("SPLITBRIEF_DIR")
        .arg("--dir")
        .arg(tmp.path().join("briefs"));
    cmd
}

fn check_json(tmp: &TempDir, slug: &str) -> (serde_json::Value, i32) {
    let out = cmd(tmp).args(["check", slug, "--json"]).output().unwrap();
    let json = serde_json::from_slice(&out.stdout).unwrap();
    (json, out.status.code().unwrap_or(-1))
}

fn get(tmp: &TempDir, slug: &str, key: &str) -> String {
    let out = cmd(tmp).args(["get", slug, key]).output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn partner_count(tmp: &TempDir, slug: &str) -> usize {
    let out = cmd(tmp)
        .args(["get", slug, "influencer.partners", "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v.as_array().map_or(0, Vec::len)
}

/// One broken thing: the `--set` pairs (some computed from the campaign) and the id expected.
#[expect(clippy::too_many_lines, reason = "one scenario read top to bottom")]
fn breaks(tmp: &TempDir, slug: &str) -> Vec<(&'static str, Vec<String>)> {
    let draft = get(tmp, slug, "creator.schedule.draft_due");
    let before_draft = splitbrief::brief::Date::parse(&draft)
        .map(|d| d.plus_days(-1).to_string())
        .unwrap_or_else(|| "2020-01-01".into());
    let mut no_codes: Vec<String> = (0..partner_count(tmp, slug))
        .map(|i| format!("influencer.partners[{i}].promo_code="))
        .collect();
    no_codes.extend(
        [
            "influencer.tracking.link=",
            "influencer.tracking.promo_code=",
            "influencer.tracking.attribution=",
            "influencer.targets.conversions=200",
        ]
        .map(String::from),
    );
    let v = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    vec![
        (
            "missing-disclosure",
            v(&["influencer.disclosure.required=false"]),
        ),
        (
            "rights-without-duration",
            v(&[
                "creator.usage_rights.paid_amplification=true",
                "creator.usage_rights.duration_days=",
                "creator.usage_rights.perpetual=false",
                "creator.usage_rights.ownership=license",
            ]),
        ),
        ("conversion-target-without-tracking", no_codes),
        (
            "deadline-order",
            vec![format!("creator.schedule.final_due={before_draft}")],
        ),
        (
            "conversion-target-at-awareness",
            v(&[
                "campaign.objective=awareness",
                "influencer.targets.conversions=200",
            ]),
        ),
        (
            "no-revision-rounds",
            v(&["creator.schedule.revision_rounds=0"]),
        ),
        ("budget-exceeded", v(&["campaign.budget=10"])),
        (
            "disclosure-label-wrong-market",
            v(&[
                "campaign.markets=DE",
                "influencer.disclosure.label=#ad",
                // A partner's own audience decides their market (§8.3).
                "influencer.partners[0].audience_location=Germany 88%",
            ]),
        ),
        (
            "gifted-with-posting-obligation",
            v(&[
                "influencer.compensation.basis=gifted",
                "influencer.compensation.posting_required=true",
            ]),
        ),
        (
            "whitelisting-without-window",
            v(&[
                "creator.usage_rights.whitelisting=true",
                "creator.usage_rights.whitelisting_days=",
            ]),
        ),
        (
            "plan-above-max-cost",
            v(&["influencer.targets.max_cpm=0.01"]),
        ),
        (
            "ad-window-longer-than-licence",
            v(&[
                "creator.usage_rights.whitelisting=true",
                "creator.usage_rights.whitelisting_days=400",
                "creator.usage_rights.duration_days=30",
                "creator.usage_rights.perpetual=false",
                "creator.usage_rights.ownership=license",
            ]),
        ),
        (
            "restricted-on-platform",
            v(&[
                "campaign.category=gambling",
                "influencer.posts[0].platform=tiktok",
            ]),
        ),
        ("fr-image-labels", v(&["campaign.markets=FR"])),
        (
            "regulated-without-claims-guidance",
            v(&[
                "campaign.category=supplements-health",
                "creator.guidelines.mandatories=",
                "creator.guidelines.claims_banned=",
                "creator.guidelines.donts=",
            ]),
        ),
    ]
}

#[test]
fn each_template_is_clean_and_each_break_is_named() {
    let tmp = TempDir::new().unwrap();
    for template in TEMPLATES {
        let base = format!("base-{template}");
        cmd(&tmp)
            .args(["new", &base, "--template", template, "--no-edit"])
            .assert()
            .success();
        let (report, code) = check_json(&tmp, &base);
        let errors: Vec<_> = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["severity"] == "error")
            .collect();
        assert!(errors.is_empty(), "{template}: {errors:#?}");
        assert_eq!(code, 0, "{template}");
        for (n, (id, pairs)) in breaks(&tmp, &base).into_iter().enumerate() {
            let slug = format!("{base}-{n}");
            cmd(&tmp)
                .args(["duplicate", &base, &slug])
                .assert()
                .success();
            let mut args = vec!["set".to_string(), slug.clone()];
            args.extend(pairs);
            cmd(&tmp).args(&args).assert().success();
            let (report, code) = check_json(&tmp, &slug);
            let findings = report["findings"].as_array().unwrap();
            assert!(
                findings.iter().any(|f| f["id"] == id),
                "{template}: breaking for {id} was not noticed: {findings:#?}"
            );
            let has_error = findings.iter().any(|f| f["severity"] == "error");
            assert_eq!(code, i32::from(has_error), "{template} {id}: exit code");
            let human = cmd(&tmp).args(["check", &slug]).output().unwrap();
            let text = String::from_utf8_lossy(&human.stdout);
            assert!(text.contains(id) && text.contains("fix: "), "{text}");
        }
    }
}

#[test]
fn check_json_shape_and_single_file() {
    let tmp = TempDir::new().unwrap();
    cmd(&tmp)
        .args(["new", "Bare", "--no-edit"])
        .assert()
        .success();
    let (report, code) = check_json(&tmp, "bare");
    assert_eq!(code, 1, "an empty hybrid has error findings");
    let first = &report["findings"][0];
    for key in [
        "campaign", "file", "key", "partner", "id", "severity", "message", "fix",
    ] {
        assert!(first.get(key).is_some(), "missing {key}");
    }
    assert_eq!(report["errors"], serde_json::json!([]));
    let file = tmp.path().join("briefs/bare/creator.toml");
    let out = cmd(&tmp)
        .args(["check", file.to_str().unwrap(), "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    assert!(
        files
            .iter()
            .all(|f| *f == "creator.toml" || *f == "campaign.toml"),
        "{files:?}"
    );
    assert!(
        !v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["id"] == "hybrid-single-fee")
    );
}

#[test]
fn list_counts_coverage_and_findings() {
    let tmp = TempDir::new().unwrap();
    cmd(&tmp)
        .args(["new", "Full", "--template", "apparel-drop", "--no-edit"])
        .assert()
        .success();
    let out = cmd(&tmp).args(["list", "--json"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v[0]["coverage"],
        serde_json::json!({"done": 10, "applicable": 10})
    );
    assert_eq!(v[0]["findings"]["error"], 0);
    assert_eq!(v[0]["status"], "draft");
}

#[test]
fn diagnose_tries_answers_without_writing() {
    let tmp = TempDir::new().unwrap();
    cmd(&tmp)
        .args(["new", "Diag", "--template", "saas-education", "--no-edit"])
        .assert()
        .success();
    let before = std::fs::read(tmp.path().join("briefs/diag/campaign.toml")).unwrap();
    let out = cmd(&tmp)
        .args([
            "diagnose",
            "diag",
            "--answer",
            "borrowed_audience=no",
            "--answer",
            "awareness_or_trust=no",
            "--answer",
            "time_limited=no",
            "--answer",
            "launch=no",
            "--json",
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["recommendation"], "production-first");
    assert!(v["points"]["production"].as_u64().unwrap() >= 1);
    assert_eq!(
        std::fs::read(tmp.path().join("briefs/diag/campaign.toml")).unwrap(),
        before
    );
    let out = cmd(&tmp).args(["diagnose", "--json"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["recommendation"].is_null());
    cmd(&tmp)
        .args(["diagnose", "--answer", "lanch=yes"])
        .assert()
        .code(2);
    cmd(&tmp)
        .args(["diagnose", "--category", "beer"])
        .assert()
        .code(2);
}

#[test]
fn learnings_group_by_niche() {
    let tmp = TempDir::new().unwrap();
    for (name, hook) in [("One", "Show the before"), ("Two", "Show the before")] {
        cmd(&tmp)
            .args([
                "new",
                name,
                "--no-edit",
                "--set",
                "campaign.learnings.niche=Skincare",
                "--set",
                "campaign.learnings.notes=Short demos beat long ones",
                "--set",
                &format!("creator.results.best_hook={hook}"),
                "--set",
                "influencer.results.best_partner=@maya",
            ])
            .assert()
            .success();
    }
    let out = cmd(&tmp)
        .args(["learnings", "--niche", "skincare"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Show the before (2)"), "{text}");
    assert!(text.contains("@maya (2)"), "{text}");
    let out = cmd(&tmp)
        .args(["learnings", "--niche", "pets"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("no learnings"));
}

#[test]
fn realistic_briefs_by_a_professional_raise_no_undeserved_error() {
    let tmp = TempDir::new().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/realistic");
    let out = Command::cargo_bin("splitbrief")
        .unwrap()
        .env("XDG_CONFIG_HOME", tmp.path().join("config"))
        .env("XDG_DATA_HOME", tmp.path().join("data"))
        .args(["check", "--json", "--dir"])
        .arg(&root)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["errors"], serde_json::json!([]));
    let errors: Vec<_> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "error")
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn check_shows_planned_cost_next_to_the_ceilings() {
    let tmp = TempDir::new().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/regulated");
    let out = Command::cargo_bin("splitbrief")
        .unwrap()
        .env("XDG_CONFIG_HOME", tmp.path().join("config"))
        .env("XDG_DATA_HOME", tmp.path().join("data"))
        .args(["check", "uk-lager", "--dir"])
        .arg(&root)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("10 GBP per 1,000 impressions: over your ceiling of 8 GBP (max_cpm)"),
        "{text}"
    );
    assert!(
        text.contains("7.50 GBP per conversion: within your ceiling of 20 GBP (max_cpa)"),
        "{text}"
    );
    assert!(text.contains("plan-above-max-cost"), "{text}");
}
