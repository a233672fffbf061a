//! Storage guarantees (DESIGN §8.6) through the real binary: racing writers, kills in the
//! middle of a save, line endings, special files, links and permissions.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a failed unwrap is a failed test"
)]

mod common;

use std::process::{Command, Stdio};
use std::time::Duration;

use common::{Env, wait_output};
use tempfile::TempDir;

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
#[allow(clippy::too_many_lines, reason = "one scenario read top to bottom")]
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

#[cfg(unix)]
#[test]
fn a_fifo_is_an_error_at_once_never_a_hang() {
    let env = Env::new();
    env.ok(&["new", "Pipe", "--no-edit"]);
    let path = env.path("pipe", "campaign.toml");
    std::fs::remove_file(&path).unwrap();
    let made = Command::new("mkfifo").arg(&path).status().unwrap();
    assert!(made.success());
    let (code, out, _) = env.run(&["list"]);
    assert_eq!(code, 0);
    assert!(out.contains("not a regular file"), "{out}");
    let (code, _, err) = env.run(&["check"]);
    assert_eq!(code, 2, "{err}");
    let (code, _, err) = env.run(&["get", "pipe", "campaign.name"]);
    assert_eq!(code, 2);
    assert!(err.contains("not a regular file"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_device_or_a_huge_file_is_refused() {
    let env = Env::new();
    env.ok(&["new", "Dev", "--no-edit"]);
    let path = env.path("dev", "creator.toml");
    std::fs::remove_file(&path).unwrap();
    std::os::unix::fs::symlink("/dev/zero", &path).unwrap();
    let (code, _, err) = env.run(&["get", "dev", "campaign.name"]);
    assert_eq!(code, 2);
    assert!(err.contains("not a regular file"), "{err}");
    std::fs::remove_file(&path).unwrap();
    let big = format!(
        "version = 1\nkind = \"creator\"\n#{}\n",
        "x".repeat(17 * 1024 * 1024)
    );
    std::fs::write(&path, big).unwrap();
    let (code, _, err) = env.run(&["get", "dev", "campaign.name"]);
    assert_eq!(code, 2);
    assert!(err.contains("16 MiB"), "{err}");
}

#[cfg(unix)]
#[test]
fn links_are_followed_and_kept_and_modes_never_loosen() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    env.ok(&["new", "Link", "--no-edit"]);
    let real = env.home.join("shared-creator.toml");
    std::fs::rename(env.path("link", "creator.toml"), &real).unwrap();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
    std::os::unix::fs::symlink(&real, env.path("link", "creator.toml")).unwrap();
    env.ok(&["set", "link", "creator.content.hooks=one"]);
    let meta = std::fs::symlink_metadata(env.path("link", "creator.toml")).unwrap();
    assert!(meta.file_type().is_symlink(), "the link is kept");
    assert!(std::fs::read_to_string(&real).unwrap().contains("one"));
    let mode = std::fs::metadata(&real).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
    // A brief created later is as private as campaign.toml.
    std::fs::set_permissions(
        env.path("link", "campaign.toml"),
        std::fs::Permissions::from_mode(0o600),
    )
    .unwrap();
    env.ok(&["set", "link", "campaign.partnership=production-first"]);
    std::fs::remove_file(env.path("link", "influencer.toml")).unwrap();
    env.ok(&["set", "link", "campaign.partnership=hybrid"]);
    let mode = std::fs::metadata(env.path("link", "influencer.toml"))
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600);

    let campaign = env.path("link", "campaign.toml");
    std::fs::set_permissions(&campaign, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = env.file("link", "campaign.toml");
    let (code, _, err) = env.run(&[
        "set",
        "link",
        "campaign.brand=X",
        "creator.content.hooks=two",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("read-only"), "{err}");
    assert_eq!(env.file("link", "campaign.toml"), before);
    assert!(
        std::fs::read_to_string(&real).unwrap().contains("one"),
        "all or none"
    );
}

#[test]
fn a_linked_campaign_folder_is_followed() {
    let env = Env::new();
    env.ok(&["new", "Away", "--no-edit"]);
    let elsewhere = env.home.join("elsewhere");
    std::fs::rename(env.root.join("away"), &elsewhere).unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&elsewhere, env.root.join("away")).unwrap();
        env.ok(&["set", "away", "campaign.brand=Acme"]);
        assert!(
            std::fs::symlink_metadata(env.root.join("away"))
                .unwrap()
                .file_type()
                .is_symlink()
        );
        let text = std::fs::read_to_string(elsewhere.join("campaign.toml")).unwrap();
        assert!(text.contains("Acme"));
    }
}

fn assert_no_trash(env: &Env) {
    let trash = env.home.join("data/splitbrief/trash");
    let dirs = std::fs::read_dir(&trash).map_or(0, |d| {
        d.filter(|e| e.as_ref().is_ok_and(|e| e.path().is_dir()))
            .count()
    });
    assert_eq!(dirs, 0, "nothing in the trash");
}

#[test]
fn a_failed_delete_leaves_nothing_in_the_trash() {
    let env = Env::new();
    env.ok(&["new", "Stay", "--no-edit"]);
    // The trash cannot be made: a file stands where its folder goes.
    let trash = env.home.join("data/splitbrief/trash");
    std::fs::create_dir_all(trash.parent().unwrap()).unwrap();
    std::fs::write(&trash, "not a folder").unwrap();
    let (code, _, err) = env.run(&["delete", "stay"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("trash"), "{err}");
    assert!(env.path("stay", "campaign.toml").is_file());
    std::fs::remove_file(&trash).unwrap();
    assert_no_trash(&env);
    let (code, out, _) = env.run(&["trash"]);
    assert_eq!(code, 0);
    assert!(out.contains("empty"), "{out}");
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
    let hidden: Vec<String> = std::fs::read_dir(&env.root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(hidden.is_empty(), "{hidden:?}");
}

/// A data folder on another file system than the briefs (tmpfs), when there is one.
#[cfg(unix)]
fn other_disk() -> Option<TempDir> {
    use std::os::unix::fs::MetadataExt;
    let shm = std::path::Path::new("/dev/shm");
    let tmp = std::env::temp_dir();
    let (a, b) = (std::fs::metadata(shm).ok()?, std::fs::metadata(&tmp).ok()?);
    (a.dev() != b.dev())
        .then(|| TempDir::new_in(shm).ok())
        .flatten()
}

#[cfg(unix)]
#[test]
fn delete_and_restore_across_disks_are_whole_or_nothing() {
    let Some(data) = other_disk() else {
        eprintln!("no second file system here; skipped");
        return;
    };
    let env = Env::new();
    let run = |args: &[&str]| {
        let out = env
            .cmd(args)
            .env("XDG_DATA_HOME", data.path())
            .stdin(Stdio::null())
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    assert_eq!(run(&["new", "Far", "--no-edit"]).0, 0);
    let before = env.file("far", "campaign.toml");
    let fifo = env.path("far", "pipe");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let (code, _, err) = run(&["delete", "far"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("pipe"), "{err}");
    assert_eq!(
        env.file("far", "campaign.toml"),
        before,
        "the campaign is back whole"
    );
    let trash = data.path().join("splitbrief/trash");
    let dirs = std::fs::read_dir(&trash).map_or(0, |d| {
        d.filter(|e| e.as_ref().is_ok_and(|e| e.path().is_dir()))
            .count()
    });
    assert_eq!(dirs, 0, "a failed delete leaves nothing in the trash");
    let hidden: Vec<String> = std::fs::read_dir(&env.root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(hidden.is_empty(), "{hidden:?}");

    std::fs::remove_file(&fifo).unwrap();
    assert_eq!(run(&["delete", "far"]).0, 0);
    assert!(!env.root.join("far").exists());
    let (_, listed, _) = run(&["trash"]);
    assert!(listed.contains("far"), "{listed}");
    assert_eq!(run(&["restore", "far"]).0, 0);
    assert_eq!(env.file("far", "campaign.toml"), before);
    let (_, listed, _) = run(&["trash"]);
    assert!(listed.contains("empty"), "{listed}");
}
