//! Test helpers shared by the binary's storage tests: a home folder of its own and a way to
//! run the binary with a deadline (a hang fails the test instead of stalling the run).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a failed unwrap is a failed test"
)]
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use tempfile::TempDir;

pub mod assert;
pub mod tui;

/// A temporary home for one test: briefs in `root`, config and data under `home`.
pub struct Env {
    _tmp: TempDir,
    /// The temporary home folder.
    pub home: PathBuf,
    /// The briefs folder (`--dir`).
    pub root: PathBuf,
}

impl Env {
    /// A fresh, empty home.
    pub fn new() -> Env {
        let tmp = TempDir::new().unwrap();
        let home = tmp.path().to_path_buf();
        let root = home.join("briefs");
        Env {
            _tmp: tmp,
            home,
            root,
        }
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_splitbrief"));
        cmd.env("HOME", &self.home)
            .env("XDG_CONFIG_HOME", self.home.join("config"))
            .env("XDG_DATA_HOME", self.home.join("data"))
            .env_remove("SPLITBRIEF_DIR")
            .arg("--dir")
            .arg(&self.root)
            .args(args)
            .stdin(Stdio::null());
        cmd
    }

    /// Runs to the end (10 s at most) and returns (exit code, stdout, stderr).
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        let child = self
            .cmd(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let out = wait_output(child, Duration::from_secs(10));
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    pub fn ok(&self, args: &[&str]) -> String {
        let (code, out, err) = self.run(args);
        assert_eq!(code, 0, "{args:?}: {err}");
        out
    }

    pub fn path(&self, slug: &str, name: &str) -> PathBuf {
        self.root.join(slug).join(name)
    }

    /// The hidden entries of the briefs root (what an interrupted write would leave).
    pub fn hidden_in_root(&self) -> Vec<String> {
        std::fs::read_dir(&self.root)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with('.'))
            .collect()
    }

    pub fn file(&self, slug: &str, name: &str) -> String {
        std::fs::read_to_string(self.path(slug, name)).unwrap()
    }
}

/// Waits for a child with a deadline: a hang is a failure, not a stuck test run.
pub fn wait_output(mut child: std::process::Child, limit: Duration) -> std::process::Output {
    let end = Instant::now() + limit;
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if Instant::now() > end {
            let _ = child.kill();
            panic!("the command hung for {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}
