//! The real binary in a temporary home, driven with assert_cmd: `run(args).success()`,
//! `.stdout(predicate)`. Briefs, config, data and cache folders stay inside the home.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a failed unwrap is a failed test"
)]

use assert_cmd::Command;

/// The shared temporary home (`super::Env`: briefs in `root`, config and data under
/// `home`), driven with assert_cmd.
pub struct Env(super::Env);

impl std::ops::Deref for Env {
    type Target = super::Env;

    fn deref(&self) -> &super::Env {
        &self.0
    }
}

impl Env {
    /// A fresh, empty home.
    pub fn new() -> Env {
        Env(super::Env::new())
    }

    /// The binary with this home, no editor and `--dir` set.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("splitbrief").unwrap();
        cmd.env("HOME", &self.home)
            .env("XDG_CONFIG_HOME", self.home.join("config"))
            .env("XDG_DATA_HOME", self.home.join("data"))
            .env("XDG_CACHE_HOME", self.home.join("cache"))
            .env_remove("SPLITBRIEF_DIR")
            .env_remove("VISUAL")
            .env_remove("EDITOR")
            .arg("--dir")
            .arg(&self.root);
        cmd
    }

    /// Runs the binary with `args`.
    pub fn run(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        self.cmd().args(args).assert()
    }

    /// A brief file's text.
    pub fn file(&self, slug: &str, name: &str) -> String {
        std::fs::read_to_string(self.root.join(slug).join(name)).unwrap()
    }

    /// `new NAME --no-edit` with more arguments.
    pub fn new_campaign(&self, name: &str, extra: &[&str]) {
        let mut args = vec!["new", name, "--no-edit"];
        args.extend_from_slice(extra);
        self.run(&args).success();
    }
}

/// What a run printed on standard output.
pub fn stdout(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stdout).into_owned()
}

/// The built-in templates.
pub const TEMPLATES: [&str; 5] = [
    "skincare-launch",
    "saas-education",
    "apparel-drop",
    "local-restaurant",
    "online-course",
];
