//! Journal tests: whole saves, a journal a killed run left, sweeps, refusals, links and
//! modes, and a rename that fails half way.

use super::*;

fn setup() -> (tempfile::TempDir, Places, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let places = Places::under(tmp.path());
    let dir = places.campaign_dir("spring");
    std::fs::create_dir_all(&dir).unwrap();
    (tmp, places, dir)
}

fn change(dir: &Path, name: &str, text: &str) -> Change {
    Change {
        target: dir.join(name),
        bytes: text.as_bytes().to_vec(),
    }
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn all_files_are_written_and_nothing_is_left() {
    let (_tmp, places, dir) = setup();
    std::fs::write(dir.join("a.toml"), "old a").unwrap();
    let lock = lock::write_lock(&places, &dir).unwrap();
    commit(
        &places,
        &lock,
        &dir,
        &[
            change(&dir, "a.toml", "new a"),
            change(&dir, "b.toml", "new b"),
        ],
    )
    .unwrap();
    assert_eq!(
        std::fs::read_to_string(dir.join("a.toml")).unwrap(),
        "new a"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("b.toml")).unwrap(),
        "new b"
    );
    assert_eq!(names(&dir), ["a.toml", "b.toml"]);
    assert!(names(&places.journal).is_empty());
}

#[test]
fn a_journal_left_by_a_killed_run_is_finished_on_the_next_open() {
    let (_tmp, places, dir) = setup();
    std::fs::write(dir.join("a.toml"), "old a").unwrap();
    std::fs::write(dir.join("b.toml"), "old b").unwrap();
    // As a run killed after its first rename: a renamed, b's temp still waiting.
    let temp_b = side_name(&dir.join("b.toml"), "new", 1);
    std::fs::write(&temp_b, "new b").unwrap();
    let backup_a = side_name(&dir.join("a.toml"), "old", 0);
    std::fs::write(&backup_a, "old a").unwrap();
    std::fs::write(dir.join("a.toml"), "new a").unwrap();
    let steps = vec![
        Step {
            temp: side_name(&dir.join("a.toml"), "new", 0),
            target: dir.join("a.toml"),
            backup: Some(backup_a),
        },
        Step {
            temp: temp_b,
            target: dir.join("b.toml"),
            backup: None,
        },
    ];
    write_journal(&places, &journal_path(&places, &dir), &steps).unwrap();
    recover(&places, &dir).unwrap();
    assert_eq!(
        std::fs::read_to_string(dir.join("a.toml")).unwrap(),
        "new a"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("b.toml")).unwrap(),
        "new b"
    );
    assert_eq!(names(&dir), ["a.toml", "b.toml"]);
}

#[test]
fn a_rename_that_fails_half_way_puts_every_old_text_back() {
    let (_tmp, _places, dir) = setup();
    std::fs::write(dir.join("a.toml"), "old a").unwrap();
    std::fs::write(dir.join("b.toml"), "old b").unwrap();
    let changes = [
        change(&dir, "a.toml", "new a"),
        change(&dir, "b.toml", "new b"),
    ];
    let mut steps = Vec::new();
    prepare(&changes, &mut steps).unwrap();
    // The first rename ran; the second failed (its target turned into a folder).
    std::fs::rename(&steps[0].temp, &steps[0].target).unwrap();
    std::fs::remove_file(dir.join("b.toml")).unwrap();
    std::fs::create_dir(dir.join("b.toml")).unwrap();
    std::fs::write(dir.join("b.toml/x"), "x").unwrap();
    assert!(run(&steps).is_err());
    roll_back(&steps);
    assert_eq!(
        std::fs::read_to_string(dir.join("a.toml")).unwrap(),
        "old a"
    );
    assert_eq!(names(&dir), ["a.toml", "b.toml"]);
}

#[test]
fn temp_files_without_a_journal_are_swept_by_the_next_write() {
    let (_tmp, places, dir) = setup();
    std::fs::write(dir.join("a.toml"), "a").unwrap();
    std::fs::write(side_name(&dir.join("a.toml"), "new", 0), "half").unwrap();
    let lock = lock::write_lock(&places, &dir).unwrap();
    commit(&places, &lock, &dir, &[]).unwrap();
    assert_eq!(names(&dir), ["a.toml"]);
}

#[cfg(unix)]
#[test]
fn a_read_only_file_stops_the_whole_save() {
    use std::os::unix::fs::PermissionsExt;
    let (_tmp, places, dir) = setup();
    std::fs::write(dir.join("a.toml"), "old a").unwrap();
    std::fs::write(dir.join("b.toml"), "old b").unwrap();
    std::fs::set_permissions(dir.join("b.toml"), std::fs::Permissions::from_mode(0o444)).unwrap();
    let lock = lock::write_lock(&places, &dir).unwrap();
    let err = commit(
        &places,
        &lock,
        &dir,
        &[
            change(&dir, "a.toml", "new a"),
            change(&dir, "b.toml", "new b"),
        ],
    )
    .unwrap_err();
    assert!(err.to_string().contains("read-only"), "{err}");
    assert_eq!(
        std::fs::read_to_string(dir.join("a.toml")).unwrap(),
        "old a"
    );
    assert_eq!(names(&dir), ["a.toml", "b.toml"]);
}

#[cfg(unix)]
#[test]
fn a_link_is_followed_and_kept_and_the_mode_never_loosens() {
    use std::os::unix::fs::PermissionsExt;
    let (tmp, places, dir) = setup();
    let real = tmp.path().join("elsewhere.toml");
    std::fs::write(&real, "old").unwrap();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).unwrap();
    std::os::unix::fs::symlink(&real, dir.join("a.toml")).unwrap();
    let lock = lock::write_lock(&places, &dir).unwrap();
    commit(&places, &lock, &dir, &[change(&dir, "a.toml", "new")]).unwrap();
    let link = std::fs::symlink_metadata(dir.join("a.toml")).unwrap();
    assert!(link.file_type().is_symlink());
    assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
    let mode = std::fs::metadata(&real).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}
