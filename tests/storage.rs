//! Storage guarantees (DESIGN §8.6) through the real binary: racing writers, kills in the
//! middle of a save or a new campaign, line endings and the number limits.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a failed unwrap is a failed test"
)]

mod common;

use std::process::Stdio;
use std::time::Duration;

use common::{Env, wait_output};

/// How many rounds a loop runs (more with the environment variable, for a long run).
fn rounds(var: &str, default: u64) -> u64 {
    std::env::var(var)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn value(text: &str, key: &str) -> Option<String> {
    let table: toml::Table = text.parse().unwrap();
    let mut item = toml::Value::Table(table);
    for part in key.split('.') {
        item = item.get(part)?.clone();
    }
    Some(match item {
        toml::Value::String(s) => s,
        toml::Value::Array(a) => a
            .first()
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string(),
        other => other.to_string(),
    })
}

#[test]
fn two_processes_racing_set_lose_no_change() {
    let env = Env::new();
    env.ok(&["new", "Race", "--no-edit"]);
    let rounds = rounds("SPLITBRIEF_RACE_ROUNDS", 40);
    for i in 0..rounds {
        let a = format!("campaign.brand=a{i}");
        let b = format!("campaign.product=b{i}");
        let spawn = |pair: &str| {
            env.cmd(&["set", "race", pair])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (first, second) = (spawn(&a), spawn(&b));
        for child in [first, second] {
            let out = wait_output(child, Duration::from_secs(30));
            assert!(
                out.status.success(),
                "round {i}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let text = env.file("race", "campaign.toml");
        assert_eq!(
            value(&text, "brand").as_deref(),
            Some(&*format!("a{i}")),
            "round {i}"
        );
        assert_eq!(
            value(&text, "product").as_deref(),
            Some(&*format!("b{i}")),
            "round {i}"
        );
    }
}

#[cfg(unix)]
#[test]
#[expect(clippy::too_many_lines, reason = "one scenario read top to bottom")]
fn a_save_killed_at_any_moment_leaves_all_files_old_or_all_new() {
    let env = Env::new();
    env.ok(&["new", "Kill", "--no-edit"]);
    let keys = [
        ("campaign.toml", "brand", "campaign.brand"),
        ("creator.toml", "content.hooks", "creator.content.hooks"),
        (
            "influencer.toml",
            "content.key_messages",
            "influencer.content.key_messages",
        ),
    ];
    let set = |v: &str| -> Vec<String> {
        keys.iter()
            .map(|(_, _, path)| format!("{path}=v{v}"))
            .collect()
    };
    let args0: Vec<String> = ["set", "kill"]
        .into_iter()
        .map(String::from)
        .chain(set("0"))
        .collect();
    let args0: Vec<&str> = args0.iter().map(String::as_str).collect();
    env.ok(&args0);
    // How long a whole save takes here, so the kills spread over all of it.
    let start = std::time::Instant::now();
    for _ in 0..3 {
        env.ok(&args0);
    }
    let span = (start.elapsed().as_micros() as u64 / 3).max(1_000) * 6 / 5;
    let (mut old, mut new) = (0, 0);
    for i in 1..=rounds("SPLITBRIEF_KILL_ROUNDS", 60) {
        let args: Vec<String> = ["set", "kill"]
            .into_iter()
            .map(String::from)
            .chain(set(&i.to_string()))
            .collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let mut child = env
            .cmd(&args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Kill somewhere between start and a little after a normal run's end.
        std::thread::sleep(Duration::from_micros((i * 7919) % span));
        let _ = child.kill();
        let _ = child.wait();
        // Any command that reads the campaign finishes or rolls back what the kill left.
        env.ok(&["get", "kill", "campaign.brand"]);
        let versions: Vec<String> = keys
            .iter()
            .map(|(file, key, _)| value(&env.file("kill", file), key).unwrap_or_default())
            .collect();
        assert!(
            versions.iter().all(|v| v == &versions[0]),
            "kill {i}: files disagree: {versions:?}"
        );
        if versions[0] == format!("v{i}") {
            new += 1;
        } else {
            old += 1;
        }
        // Bring every file to this round's version for the next kill.
        let args: Vec<String> = ["set", "kill"]
            .into_iter()
            .map(String::from)
            .chain(set(&i.to_string()))
            .collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        env.ok(&args);
        let left: Vec<String> = std::fs::read_dir(env.root.join("kill"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with('.'))
            .collect();
        assert!(left.is_empty(), "kill {i}: temp files left: {left:?}");
    }
    eprintln!("kills over {span} µs: {old} left the old version, {new} the new one, none a mix");
    let journal = env.home.join("data/splitbrief/journal");
    let left: Vec<String> = std::fs::read_dir(&journal).map_or(Vec::new(), |d| {
        d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect()
    });
    assert!(left.is_empty(), "journals left behind: {left:?}");
}

fn crlf_bom_campaign(env: &Env) -> String {
    env.ok(&["new", "Ends", "--no-edit"]);
    let path = env.path("ends", "campaign.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let windows = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    std::fs::write(&path, &windows).unwrap();
    windows
}

#[test]
fn crlf_and_a_bom_stay_as_found() {
    let env = Env::new();
    let before = crlf_bom_campaign(&env);
    env.ok(&["set", "ends", "campaign.brand=Acme"]);
    let after = env.file("ends", "campaign.toml");
    assert!(after.starts_with('\u{feff}'), "the BOM is kept");
    assert_eq!(after.matches('\n').count(), after.matches("\r\n").count());
    assert_eq!(after.replace("brand = \"Acme\"\r\n", ""), before);
    assert_eq!(env.ok(&["get", "ends", "campaign.brand"]), "Acme\n");
    // An unchanged save writes nothing.
    assert!(
        env.ok(&["set", "ends", "campaign.brand=Acme"])
            .contains("nothing changed")
    );
}

#[test]
fn numbers_past_the_limit_are_refused_with_the_limit_named() {
    let env = Env::new();
    env.ok(&["new", "Big", "--no-edit"]);
    let before = env.file("big", "campaign.toml");
    let (code, _, err) = env.run(&["set", "big", "campaign.budget=99999999999999999999999999"]);
    assert_eq!(code, 2);
    assert!(err.contains("10^15"), "{err}");
    assert_eq!(env.file("big", "campaign.toml"), before);
    env.ok(&["set", "big", "campaign.budget=999999999999999"]);
    assert_eq!(
        env.ok(&["get", "big", "campaign.budget"]),
        "999999999999999\n"
    );
    let path = env.path("big", "campaign.toml");
    let text = env
        .file("big", "campaign.toml")
        .replace("999999999999999", "12345678901234567");
    std::fs::write(&path, text).unwrap();
    let (code, _, err) = env.run(&["get", "big", "campaign.budget"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("campaign.toml:") && err.contains("10^15"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn a_new_campaign_killed_at_any_moment_appears_whole_or_not_at_all() {
    let env = Env::new();
    env.ok(&["new", "First", "--no-edit"]);
    for i in 0..30u64 {
        let name = format!("Killed {i}");
        let mut child = env
            .cmd(&["new", &name, "--no-edit", "--set", "campaign.brand=Acme"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros((i * 7919) % 15_000));
        let _ = child.kill();
        let _ = child.wait();
        let (code, out, _) = env.run(&["list", "--json"]);
        assert_eq!(code, 0);
        let rows: serde_json::Value = serde_json::from_str(&out).unwrap();
        for row in rows.as_array().unwrap() {
            assert!(
                row.get("error").is_none(),
                "kill {i}: a torn campaign: {row}"
            );
        }
    }
    // The next write sweeps what the kills left.
    env.ok(&["new", "Last", "--no-edit"]);
    let hidden = env.hidden_in_root();
    assert!(hidden.is_empty(), "{hidden:?}");
}
