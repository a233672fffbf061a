//! Text from files never reaches a terminal raw: a table of hostile strings (C0, C1, OSC 52,
//! CSI, bidi overrides) through every human output of the binary, shown escaped; JSON exact.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a failed unwrap is a failed test"
)]

mod common;

use common::assert::Env;

use tempfile::TempDir;

const HOSTILE: [(&str, &str); 6] = [
    ("csi", "clear\u{1b}[2J\u{1b}[H"),
    ("osc52", "clip\u{1b}]52;c;cm0gLXJmIH4=\u{7}"),
    ("title", "title\u{1b}]0;owned\u{1b}\\"),
    ("c1", "c1\u{9b}31m"),
    ("bidi", "abc\u{202e}fed\u{2066}x\u{2069}"),
    ("bell", "bell\u{7}\u{8}\r"),
];

/// Runs the binary in `env` and returns its exit code with stdout and stderr together.
fn output(env: &Env, args: &[&str], stdin: &str) -> (Option<i32>, String) {
    let out = env.cmd().args(args).write_stdin(stdin).output().unwrap();
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    (out.status.code(), text)
}

/// No byte a terminal would act on: C0 but newline and tab, DEL, C1, bidi controls.
fn assert_clean(what: &str, text: &str) {
    let bad: Vec<char> = text
        .chars()
        .filter(|c| splitbrief::safe_text::is_unsafe(*c))
        .collect();
    assert!(bad.is_empty(), "{what}: raw controls {bad:?} in:\n{text}");
}

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "one table of hostile strings through every human output"
)]
fn hostile_text_is_escaped_in_every_human_output() {
    for (label, evil) in HOSTILE {
        let env = Env::new();
        let (code, out) = output(&env, &["new", "Spring", "--no-edit"], "");
        assert_eq!(code, Some(0), "{label}: {out}");
        assert_clean(&format!("{label} new"), &out);
        let slug = "spring";
        let sets = [
            format!("campaign.name=Spring {evil}"),
            format!("campaign.brand={evil}"),
            format!("campaign.learnings.niche={evil}"),
            format!("campaign.learnings.notes={evil}"),
            "campaign.end_date=2020-01-31".into(),
            format!("creator.results.best_hook={evil}"),
            format!("influencer.partners[0].handle=@{evil}"),
        ];
        let mut args = vec!["set", slug];
        args.extend(sets.iter().map(String::as_str));
        let (code, out) = output(&env, &args, "");
        assert_eq!(code, Some(0), "{label}: {out}");
        for cmd in [
            vec!["list"],
            vec!["check"],
            vec!["check", slug],
            vec!["get", slug, "campaign.name"],
            vec!["get", slug, "campaign.brand"],
            vec!["get", slug, "campaign.learnings"],
            vec!["learnings"],
            vec!["diagnose", slug],
            vec!["open", slug, "--accessible"],
        ] {
            let (_, out) = output(&env, &cmd, "");
            assert_clean(&format!("{label} {cmd:?}"), &out);
        }
        let (_, got) = output(&env, &["get", slug, "campaign.brand"], "");
        assert!(
            got.contains("\\x") || got.contains("\\u{"),
            "{label}: shown escaped: {got}"
        );
        // JSON is exact: it reads back to the very value, and carries no raw control.
        let (_, json) = output(&env, &["get", slug, "campaign.brand", "--json"], "");
        assert_clean(&format!("{label} get --json"), &json);
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(
            back,
            serde_json::Value::String(evil.trim().to_string()),
            "{label}"
        );
        for cmd in [vec!["list", "--json"], vec!["check", "--json"]] {
            let (_, out) = output(&env, &cmd, "");
            assert_clean(&format!("{label} {cmd:?}"), &out);
            serde_json::from_str::<serde_json::Value>(&out).unwrap();
        }
        // An error that quotes the file: an unknown key with the hostile text in it.
        let path = env.home.join("briefs/spring/creator.toml");
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push_str(&format!(
            "\n[content]\n\"{}\" = 1\n",
            evil.replace('\u{1b}', "\\u001b")
                .replace('\u{7}', "\\u0007")
                .replace('\u{8}', "\\b")
                .replace('\r', "\\r")
        ));
        std::fs::write(&path, text).unwrap();
        for cmd in [
            vec!["get", slug, "campaign.name"],
            vec!["list"],
            vec!["check"],
        ] {
            let (_, out) = output(&env, &cmd, "");
            assert_clean(&format!("{label} broken {cmd:?}"), &out);
        }
        let (code, out) = output(&env, &["delete", slug], "");
        assert_eq!(code, Some(0), "{label}: {out}");
        assert_clean(&format!("{label} delete"), &out);
        let (_, out) = output(&env, &["trash"], "");
        assert_clean(&format!("{label} trash"), &out);
        assert!(out.contains("Spring"), "{label}: {out}");
    }
}

/// The app: the home rows show names escaped, and no cell of any screen holds a control.
#[test]
fn hostile_names_are_escaped_on_the_home_screen_and_in_the_wizard() {
    use splitbrief::doc::Docs;
    use splitbrief::store;
    use splitbrief::tui::app::{App, Effect, Msg};
    use splitbrief::tui::update::update;

    for (label, evil) in HOSTILE {
        let tmp = TempDir::new().unwrap();
        let places = store::Places::under(tmp.path());
        let mut docs = Docs::new_campaign(&format!("Spring {evil}"), "", store::now_datetime());
        let slug = store::create(&places, &mut docs).unwrap();
        let mut app = common::tui::app_at((100, 30));
        app.home = splitbrief::tui::home::Home::new(places.briefs.clone());
        let entries = store::list(&places).unwrap();
        update(
            &mut app,
            Msg::Listed {
                entries,
                drafts: Vec::new(),
            },
        );
        let draw = |app: &App| {
            let terminal = common::tui::terminal(app);
            let buffer = terminal.backend().buffer().clone();
            buffer
                .content
                .iter()
                .map(|c| c.symbol().to_string())
                .collect::<String>()
        };
        let home = draw(&app);
        assert_clean(&format!("{label} home"), &home);
        assert!(home.contains("Spring"), "{label}: {home}");
        if evil.contains('\u{202e}') {
            assert!(home.contains("\\u{202E}"), "{label}: shown escaped");
        }
        let loaded = store::open(&places, &slug).unwrap();
        let effects = update(&mut app, Msg::Opened(Ok((Box::new(loaded), None))));
        assert!(!effects.iter().any(|e| matches!(e, Effect::Save { .. })));
        let wizard = draw(&app);
        assert_clean(&format!("{label} wizard"), &wizard);
        if evil.contains('\u{202e}') {
            assert!(
                wizard.contains("\\u{202E}"),
                "{label}: the header shows it escaped"
            );
        }
    }
}
