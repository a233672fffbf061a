//! Special files and places through the real binary: pipes and devices never read, huge
//! files refused, links followed and kept, permissions never loosened, and deletes that
//! leave nothing half moved (also across disks).

mod common;

use std::process::{Command, Stdio};

use common::Env;
use tempfile::TempDir;

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
    let hidden = env.hidden_in_root();
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

#[test]
fn a_slug_edited_in_the_trash_never_leads_out_of_the_briefs_folder() {
    let env = Env::new();
    env.ok(&["new", "Away", "--no-edit"]);
    env.ok(&["delete", "away"]);
    let entry = env.home.join("data/splitbrief/trash/away/campaign.toml");
    let text = std::fs::read_to_string(&entry)
        .unwrap()
        .replace("slug = \"away\"", "slug = \"../../escaped\"");
    std::fs::write(&entry, text).unwrap();
    let out = env.ok(&["restore", "away"]);
    assert!(out.contains("restored escaped"), "{out}");
    assert!(env.path("escaped", "campaign.toml").is_file());
    assert!(!env.home.join("escaped").exists());
    assert!(
        env.file("escaped", "campaign.toml")
            .contains("slug = \"escaped\"")
    );
    env.ok(&["get", "escaped", "campaign.name"]);
}

#[cfg(unix)]
#[test]
fn a_save_keeps_the_files_owner_where_it_may() {
    use std::os::unix::fs::MetadataExt;
    let env = Env::new();
    env.ok(&["new", "Owned", "--no-edit"]);
    let path = env.path("owned", "campaign.toml");
    if std::fs::metadata(&path).unwrap().uid() != 0 {
        eprintln!("not root: a file cannot be given away here; skipped");
        return;
    }
    std::os::unix::fs::chown(&path, Some(4242), Some(4343)).unwrap();
    env.ok(&["set", "owned", "campaign.brand=Acme"]);
    let meta = std::fs::metadata(&path).unwrap();
    assert_eq!((meta.uid(), meta.gid()), (4242, 4343));
    assert!(env.file("owned", "campaign.toml").contains("Acme"));
}
