//! After the brief is sent, with the real binary: row status, the rights radar, the agenda,
//! the calendar file read back, and the pre-commit gate in a temporary git repository.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a failed unwrap is a failed test"
)]

mod common;

use common::assert::{Env, stdout};
use predicates::prelude::*;
use splitbrief::store::today;

fn day(offset: i64) -> String {
    today().plus_days(offset).to_string()
}

/// A production-first campaign whose paid use started `ago` days back for `days` days.
fn paid_use(env: &Env, name: &str, ago: i64, days: u32) {
    env.new_campaign(
        name,
        &[
            "--set",
            "campaign.partnership=production-first",
            "--set",
            "creator.partners[0].handle=@maker",
            "--set",
            "creator.deliverables[0].asset=photo",
            "--set",
            &format!("creator.deliverables[0].delivered_on={}", day(-ago)),
            "--set",
            "creator.deliverables[0].status=delivered",
            "--set",
            "creator.usage_rights.paid_amplification=true",
            "--set",
            "creator.usage_rights.term_starts=delivery",
            "--set",
            &format!("creator.usage_rights.duration_days={days}"),
        ],
    );
}

#[test]
fn rights_ending_soon_come_first_and_check_warns() {
    let env = Env::new();
    paid_use(&env, "Later", 5, 200);
    paid_use(&env, "Soon", 20, 30);
    let got = env.run(&["rights", "--expiring", "30", "--json"]).success();
    let v: serde_json::Value = serde_json::from_str(&stdout(&got)).unwrap();
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 1, "only the grant ending within 30 days: {v}");
    assert_eq!(rows[0]["campaign"], "soon");
    assert_eq!(rows[0]["grant"], "paid-use");
    assert_eq!(rows[0]["days_left"], 9);
    assert_eq!(rows[0]["planned"], false);
    let all = env.run(&["rights", "--json"]).success();
    let all: serde_json::Value = serde_json::from_str(&stdout(&all)).unwrap();
    let order: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["campaign"].as_str().unwrap())
        .collect();
    assert_eq!(order, vec!["soon", "later"]);
    let check = env.run(&["check", "soon", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&check)).unwrap();
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["id"] == "rights-expiring" && f["partner"] == "@maker"),
        "{v}"
    );
}

#[test]
fn the_agenda_lists_a_draft_due_tomorrow_and_status_moves_rows() {
    let env = Env::new();
    env.new_campaign(
        "Due",
        &[
            "--set",
            "campaign.partnership=distribution-first",
            "--set",
            &format!("influencer.schedule.draft_due={}", day(1)),
            "--set",
            "influencer.posts[0].platform=tiktok",
            "--set",
            &format!("influencer.posts[0].window_start={}", day(40)),
        ],
    );
    let got = env.run(&["agenda", "--days", "7", "--json"]).success();
    let v: serde_json::Value = serde_json::from_str(&stdout(&got)).unwrap();
    let items = v.as_array().unwrap();
    assert_eq!(items.len(), 1, "the window opens after 7 days: {v}");
    assert_eq!(items[0]["kind"], "draft-due");
    assert_eq!(items[0]["days"], 1);
    env.run(&["agenda"]).success().stdout(
        predicate::str::contains("tomorrow").and(predicate::str::contains("drafts are due")),
    );
    // A post moved to live leaves the agenda's window and shows in status.
    env.run(&[
        "set",
        "due",
        "influencer.posts[0].status=live",
        &format!("influencer.posts[0].live_on={}", day(0)),
        "influencer.posts[0].url=https://tiktok.example/v/1",
    ])
    .success();
    env.run(&["status", "due"])
        .success()
        .stdout(predicate::str::contains("live"));
    let all = env.run(&["agenda", "--days", "60", "--json"]).success();
    assert!(!stdout(&all).contains("window-opens"));
    env.run(&["set", "due", "influencer.posts[0].status=gone"])
        .code(2);
}

#[test]
fn status_hint_names_a_row_the_campaign_uses_and_a_valid_next_step() {
    let env = Env::new();
    env.new_campaign(
        "Reach",
        &[
            "--set",
            "campaign.partnership=distribution-first",
            "--set",
            "influencer.posts[0].platform=tiktok",
        ],
    );
    let hint = |env: &Env| {
        let out = stdout(&env.run(&["status", "reach"]).success());
        let line = out
            .lines()
            .find(|l| l.starts_with("move a row on with: "))
            .map(str::to_string);
        (out, line)
    };
    let (out, line) = hint(&env);
    let line = line.unwrap_or_else(|| panic!("no hint: {out}"));
    assert!(!out.contains("creator."), "{out}");
    assert_eq!(
        line,
        "move a row on with: splitbrief set reach influencer.posts[0].status=briefed"
    );
    // The hinted command works, and the next hint moves on.
    let cmd = line.trim_start_matches("move a row on with: splitbrief ");
    let args: Vec<&str> = cmd.split(' ').collect();
    env.run(&args).success();
    env.run(&["set", "reach", "influencer.posts[0].status=live"])
        .success();
    let (_, line) = hint(&env);
    assert_eq!(
        line.as_deref(),
        Some("move a row on with: splitbrief set reach influencer.posts[0].status=reported")
    );
    env.run(&["set", "reach", "influencer.posts[0].status=reported"])
        .success();
    let (out, line) = hint(&env);
    assert_eq!(line, None, "every row is done: {out}");
}

/// The events of an iCalendar file: (UID, DTSTART) pairs, long lines unfolded.
fn events(ics: &str) -> Vec<(String, String)> {
    let unfolded = ics.replace("\r\n ", "");
    let mut out = Vec::new();
    let (mut uid, mut start) = (None, None);
    for line in unfolded.split("\r\n") {
        if let Some(u) = line.strip_prefix("UID:") {
            uid = Some(u.to_string());
        }
        if let Some(s) = line.strip_prefix("DTSTART;VALUE=DATE:") {
            start = Some(s.to_string());
        }
        if line == "END:VEVENT" {
            out.push((uid.take().unwrap(), start.take().unwrap()));
        }
    }
    out
}

#[test]
fn the_calendar_holds_the_campaigns_dates_with_stable_ids() {
    let env = Env::new();
    env.new_campaign("Glow", &["--template", "skincare-launch"]);
    let file = env.home.join("out/glow.ics");
    env.run(&["calendar", "--out", file.to_str().unwrap()])
        .success();
    let first = std::fs::read_to_string(&file).unwrap();
    assert!(first.starts_with("BEGIN:VCALENDAR\r\n") && first.ends_with("END:VCALENDAR\r\n"));
    let got = events(&first);
    let due = stdout(
        &env.run(&["get", "glow", "creator.schedule.final_due"])
            .success(),
    );
    let due = due.trim().replace('-', "");
    assert!(
        got.iter()
            .any(|(uid, start)| uid.contains("final_due") && *start == due)
    );
    let mut uids: Vec<&String> = got.iter().map(|(u, _)| u).collect();
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), got.len(), "every event has its own id");
    env.run(&["calendar", "--out", file.to_str().unwrap()])
        .success();
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        first,
        "same files, same calendar"
    );
}

fn git(env: &Env, args: &[&str]) {
    let ok = std::process::Command::new("git")
        .arg("-C")
        .arg(&env.root)
        .args(args)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.com")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.com")
        .status()
        .unwrap()
        .success();
    assert!(ok, "git {args:?}");
}

#[test]
fn check_staged_gates_a_commit_of_a_brief_with_an_error() {
    let env = Env::new();
    env.new_campaign("Clean", &["--template", "saas-education"]);
    env.new_campaign("Broken", &["--template", "apparel-drop"]);
    git(&env, &["init", "-q"]);
    env.run(&["check", "--staged"])
        .success()
        .stdout(predicate::str::contains("no brief files staged"));
    git(&env, &["add", "clean"]);
    env.run(&["check", "--staged"]).success();
    env.run(&["set", "broken", "influencer.disclosure.required=false"])
        .success();
    git(&env, &["add", "broken/influencer.toml"]);
    env.run(&["check", "--staged"])
        .code(1)
        .stdout(predicate::str::contains("missing-disclosure"));
    env.run(&[
        "export",
        "broken",
        "--out",
        env.home.join("x").to_str().unwrap(),
    ])
    .code(2)
    .stderr(predicate::str::contains("missing-disclosure"));
    env.run(&[
        "export",
        "broken",
        "--force",
        "--out",
        env.home.join("x").to_str().unwrap(),
    ])
    .success();
    let outside = Env::new();
    outside.new_campaign("Alone", &[]);
    outside
        .run(&["check", "--staged"])
        .code(2)
        .stderr(predicate::str::contains("git repository"));
}

#[test]
fn an_export_marks_the_briefs_sent_today_and_the_status_follows() {
    let env = Env::new();
    env.run(&["new", "Glow", "--template", "skincare-launch", "--no-edit"])
        .success();
    // The template's briefs are not sent yet; one influencer brief date is kept as set.
    env.run(&["set", "glow", "creator.schedule.brief_sent="])
        .success();
    env.run(&["set", "glow", "influencer.schedule.brief_sent="])
        .success();
    let listed = |env: &Env| {
        let got = env.run(&["list", "--json"]).success();
        let v: serde_json::Value = serde_json::from_str(&stdout(&got)).unwrap();
        v[0]["status"].as_str().unwrap_or_default().to_string()
    };
    assert_eq!(listed(&env), "draft");
    let out = env.home.join("out");
    env.run(&["export", "glow", "--force", "--out", out.to_str().unwrap()])
        .success();
    for file in ["creator", "influencer"] {
        let got = env
            .run(&["get", "glow", &format!("{file}.schedule.brief_sent")])
            .success();
        assert_eq!(stdout(&got).trim(), today().to_string(), "{file}");
    }
    assert_ne!(listed(&env), "draft");
    // Rows still planned are briefed now; the status hint moves them on from there.
    let row = env
        .run(&["get", "glow", "influencer.posts[0].status"])
        .success();
    assert_eq!(stdout(&row).trim(), "briefed");
    // The date was set before the send was recorded: nothing has changed since.
    env.run(&["diff", "glow"])
        .success()
        .stdout(predicate::str::contains("no changes"));
    // A date already set is kept.
    env.run(&["set", "glow", "creator.schedule.brief_sent=2026-01-02"])
        .success();
    env.run(&["sent", "glow"]).success();
    let kept = env
        .run(&["get", "glow", "creator.schedule.brief_sent"])
        .success();
    assert_eq!(stdout(&kept).trim(), "2026-01-02");
}

#[test]
fn an_influencer_brief_counts_usage_from_the_day_the_post_goes_live() {
    let env = Env::new();
    env.new_campaign(
        "Drop",
        &[
            "--set",
            "campaign.partnership=distribution-first",
            "--set",
            "influencer.partners[0].handle=@jade",
            "--set",
            "influencer.usage_rights.channels=organic-social",
            "--set",
            "influencer.usage_rights.duration_days=30",
            "--set",
            "influencer.usage_rights.term_starts=delivery",
        ],
    );
    let out = env.home.join("out");
    env.run(&["export", "drop", "--force", "--out", out.to_str().unwrap()])
        .success();
    let brief = std::fs::read_to_string(out.join("drop-influencer-jade.md")).unwrap();
    assert!(
        brief.contains("30 days, from the day the post goes live"),
        "{brief}"
    );
    assert!(!brief.contains("final files"), "{brief}");
}
