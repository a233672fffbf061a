//! End to end: the real binary in a pseudo-terminal, read back through a terminal emulator
//! (portable-pty + vt100). Create a campaign by typing, save, quit, check the files, reopen it
//! and see the typed text; the terminal is left as it was found.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a failed unwrap is a failed test"
)]

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

const ROWS: u16 = 30;
const COLS: u16 = 100;

/// The app running in a pseudo-terminal, its screen kept up to date by a reader thread.
struct Session {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
}

impl Session {
    fn start(home: &Path, args: &[&str]) -> Session {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_splitbrief"));
        cmd.args(args);
        cmd.cwd(home);
        cmd.env("HOME", home);
        cmd.env("XDG_CONFIG_HOME", home.join("config"));
        cmd.env("XDG_DATA_HOME", home.join("data"));
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("SPLITBRIEF_DIR");
        cmd.env_remove("NO_COLOR");
        let child = pair.slave.spawn_command(cmd).expect("the app starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("a reader");
        let writer = pair.master.take_writer().expect("a writer");
        let rows = NonZeroU16::new(ROWS).unwrap_or(NonZeroU16::MIN);
        let cols = NonZeroU16::new(COLS).unwrap_or(NonZeroU16::MIN);
        let screen = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (feed, log) = (screen.clone(), raw.clone());
        std::thread::spawn(move || {
            let _master = pair.master;
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                feed.lock().unwrap().process(&buf[..n]);
                log.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Session {
            child,
            writer,
            screen,
            raw,
        }
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    fn wait_for(&self, text: &str) {
        let end = Instant::now() + Duration::from_secs(10);
        while Instant::now() < end {
            if self.contents().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("the screen never showed {text:?}:\n{}", self.contents());
    }

    fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        // Keys sent in one burst arrive as one read; give the app a moment per key group.
        std::thread::sleep(Duration::from_millis(60));
    }

    fn exits(mut self) -> Vec<u8> {
        let end = Instant::now() + Duration::from_secs(10);
        while Instant::now() < end {
            if let Ok(Some(status)) = self.child.try_wait() {
                assert!(status.success(), "exit status {status:?}");
                std::thread::sleep(Duration::from_millis(100));
                return self.raw.lock().unwrap().clone();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        panic!("the app did not exit:\n{}", self.contents());
    }
}

const TAB: &str = "\t";
const CTRL_S: &str = "\x13";
const CTRL_Q: &str = "\x11";

/// Leaving restores the terminal: the alternate screen is left, the cursor shown again.
fn assert_restored(raw: &[u8]) {
    let text = String::from_utf8_lossy(raw);
    let left = text
        .rfind("\x1b[?1049l")
        .expect("leaves the alternate screen");
    let entered = text
        .rfind("\x1b[?1049h")
        .expect("entered the alternate screen");
    assert!(
        left > entered,
        "the last switch is back to the normal screen"
    );
    assert!(
        text.rfind("\x1b[?25h").is_some_and(|shown| shown > entered),
        "the cursor is shown again"
    );
}

/// A temporary home, its briefs folder, and that folder as a `--dir` argument.
fn temp_home() -> (tempfile::TempDir, std::path::PathBuf, String) {
    let home = tempfile::tempdir().unwrap();
    let root = home.path().join("briefs");
    let root_arg = root.to_string_lossy().into_owned();
    (home, root, root_arg)
}

/// From the empty list: `n`, then a campaign name, Tab and a brand, typed.
fn start_typing(app: &mut Session, name: &str, brand: &str) {
    app.wait_for("No campaigns yet");
    app.send("n");
    app.wait_for("step 1 of 13");
    app.send(name);
    app.send(TAB);
    app.send(brand);
}

#[test]
fn create_by_typing_save_quit_reopen() {
    let (home, root, root_arg) = temp_home();

    let mut app = Session::start(home.path(), &["--dir", &root_arg]);
    start_typing(&mut app, "Spring launch", "Acme");
    app.send(TAB);
    app.send("Glow serum");
    app.send(CTRL_S);
    app.wait_for("Saved at");
    app.send(CTRL_Q);
    let raw = app.exits();
    assert_restored(&raw);

    let dir = root.join("spring-launch");
    let campaign = std::fs::read_to_string(dir.join("campaign.toml")).expect("campaign.toml");
    assert!(campaign.contains("name = \"Spring launch\""), "{campaign}");
    assert!(campaign.contains("brand = \"Acme\""), "{campaign}");
    assert!(campaign.contains("product = \"Glow serum\""), "{campaign}");
    assert!(dir.join("creator.toml").is_file() && dir.join("influencer.toml").is_file());
    assert_eq!(drafts_left(home.path()), 0, "no draft after a save");

    let mut app = Session::start(home.path(), &["--dir", &root_arg, "open", "spring-launch"]);
    app.wait_for("Glow serum");
    let screen = app.contents();
    assert!(
        screen.contains("Spring launch") && screen.contains("Acme"),
        "{screen}"
    );
    app.send(CTRL_Q);
    assert_restored(&app.exits());
}

#[test]
fn unsaved_work_survives_as_a_draft_and_is_offered_back() {
    let (home, root, root_arg) = temp_home();

    let mut app = Session::start(home.path(), &["--dir", &root_arg]);
    start_typing(&mut app, "Autumn push", "Nordhang");
    // The draft is written after a short pause; then the app is killed without saving.
    let drafts = home.path().join("data/splitbrief/drafts");
    let end = Instant::now() + Duration::from_secs(10);
    while !drafts
        .read_dir()
        .map(|mut d| d.next().is_some())
        .unwrap_or(false)
    {
        assert!(Instant::now() < end, "no draft was written");
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(200));
    app.child.kill().unwrap();
    drop(app);
    assert!(
        !root.join("autumn-push").exists(),
        "nothing saved in the briefs root"
    );

    let mut app = Session::start(home.path(), &["--dir", &root_arg]);
    app.wait_for("Autumn push");
    app.wait_for("unsaved");
    app.send("\r");
    app.wait_for("Nordhang");
    app.send(CTRL_S);
    app.wait_for("Saved at");
    app.send(CTRL_Q);
    assert_restored(&app.exits());
    let campaign = std::fs::read_to_string(root.join("autumn-push/campaign.toml")).unwrap();
    assert!(campaign.contains("brand = \"Nordhang\""), "{campaign}");
    assert_eq!(
        drafts_left(home.path()),
        0,
        "the recovered draft is gone once saved"
    );
}

fn drafts_left(home: &Path) -> usize {
    std::fs::read_dir(home.join("data/splitbrief/drafts")).map_or(0, |d| d.count())
}

#[test]
fn a_click_on_a_step_jumps_to_it_and_no_mouse_leaves_the_mouse_alone() {
    let (home, _, root_arg) = temp_home();

    let mut app = Session::start(home.path(), &["--dir", &root_arg]);
    app.wait_for("No campaigns yet");
    app.send("n");
    app.wait_for("step 1 of 13");
    // Step 6 sits on screen row 8 (1-based): title, "Steps", then steps 1…13.
    app.send("\x1b[<0;6;8M\x1b[<0;6;8m");
    app.wait_for("step 6 of 13");
    app.send(CTRL_Q);
    let raw = app.exits();
    assert!(
        String::from_utf8_lossy(&raw).contains("\x1b[?1000h"),
        "mouse reporting is switched on"
    );

    let mut app = Session::start(home.path(), &["--dir", &root_arg, "--no-mouse"]);
    app.wait_for("No campaigns yet");
    app.send("q");
    let raw = app.exits();
    assert!(
        !String::from_utf8_lossy(&raw).contains("\x1b[?1000h"),
        "--no-mouse leaves the terminal's own selection alone"
    );
}

impl Session {
    fn signal(&self, name: &str) {
        let pid = self.child.process_id().expect("a process id");
        let status = std::process::Command::new("kill")
            .arg(format!("-{name}"))
            .arg(pid.to_string())
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Waits for the end, whatever the exit status, and returns everything written.
    fn ended(mut self) -> Vec<u8> {
        let end = Instant::now() + Duration::from_secs(10);
        while Instant::now() < end {
            if let Ok(Some(_)) = self.child.try_wait() {
                std::thread::sleep(Duration::from_millis(100));
                return self.raw.lock().unwrap().clone();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        panic!("the app did not end:\n{}", self.contents());
    }
}

fn draft_texts(home: &Path) -> String {
    let mut all = String::new();
    for dir in std::fs::read_dir(home.join("data/splitbrief/drafts"))
        .into_iter()
        .flatten()
        .flatten()
    {
        all.push_str(&std::fs::read_to_string(dir.path().join("draft.toml")).unwrap_or_default());
    }
    all
}

#[cfg(unix)]
#[test]
fn sigterm_sighup_and_an_outside_sigint_write_the_draft_at_once_and_restore_the_terminal() {
    for signal in ["TERM", "HUP", "INT"] {
        let (home, root, root_arg) = temp_home();
        let mut app = Session::start(home.path(), &["--dir", &root_arg]);
        app.wait_for("No campaigns yet");
        app.send("n");
        app.wait_for("step 1 of 13");
        app.send("Autumn push");
        app.send(TAB);
        app.writer.write_all(b"Nordhang").unwrap();
        app.writer.flush().unwrap();
        app.wait_for("Nordhang");
        // At once: well before the draft timer would have written anything.
        app.signal(signal);
        let raw = app.ended();
        assert_restored(&raw);
        let drafts = draft_texts(home.path());
        assert!(
            drafts.contains("Nordhang") && drafts.contains("Autumn push"),
            "SIG{signal}: the typing is in the draft: {drafts:?}"
        );
        assert!(!root.join("autumn-push").exists(), "nothing saved");
    }
}

#[test]
fn the_draft_is_at_most_a_second_behind_steady_typing() {
    let (home, _, root_arg) = temp_home();
    let mut app = Session::start(home.path(), &["--dir", &root_arg]);
    app.wait_for("No campaigns yet");
    app.send("n");
    app.wait_for("step 1 of 13");
    let start = Instant::now();
    let mut seen = None;
    for c in "Steady typing never stops".chars() {
        app.writer.write_all(c.to_string().as_bytes()).unwrap();
        app.writer.flush().unwrap();
        std::thread::sleep(Duration::from_millis(80));
        if seen.is_none() && draft_texts(home.path()).contains("Stea") {
            seen = Some(start.elapsed());
        }
    }
    let seen = seen.expect("a draft was written while typing went on");
    assert!(
        seen <= Duration::from_millis(1500),
        "first draft after {seen:?}"
    );
    app.send(CTRL_Q);
    app.wait_for("Save");
    let _ = app.child.kill();
}

#[test]
fn a_second_window_opens_the_campaign_read_only_and_says_so() {
    let (home, _, root_arg) = temp_home();
    let made = std::process::Command::new(env!("CARGO_BIN_EXE_splitbrief"))
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .args(["--dir", &root_arg, "new", "Twice", "--no-edit"])
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(made.success());
    let mut first = Session::start(home.path(), &["--dir", &root_arg, "open", "twice"]);
    first.wait_for("step 1 of 13");
    let mut second = Session::start(home.path(), &["--dir", &root_arg, "open", "twice"]);
    second.wait_for("Read-only");
    second.send(CTRL_S);
    second.wait_for("Read-only");
    second.send(CTRL_Q);
    assert_restored(&second.exits());
    first.send(CTRL_Q);
    assert_restored(&first.exits());
    // The first window gone, its lock is free: the campaign opens for editing again.
    let mut third = Session::start(home.path(), &["--dir", &root_arg, "open", "twice"]);
    third.wait_for("step 1 of 13");
    assert!(!third.contents().contains("Read-only"));
    third.send(CTRL_Q);
    assert_restored(&third.exits());
}
