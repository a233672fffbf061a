//! No key sequence panics: random keys on a full campaign and on a new one, drawn at 80×24
//! and at a size too small to draw in.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a failed unwrap is a failed test"
)]

mod common;

use common::tui::{app_with, listed, open, press};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use splitbrief::tui::app::{App, Msg};
use splitbrief::tui::update::update;
use splitbrief::tui::view;

/// An 80×24 app in colour: the first template open in the wizard, or a new campaign.
fn app(template: bool) -> App {
    let mut app = app_with((80, 24), true);
    listed(&mut app);
    if template {
        open(&mut app, common::tui::loaded("skincare-launch", "x"));
    } else {
        press(&mut app, KeyCode::Char('n'));
    }
    app
}

fn keys() -> impl Strategy<Value = KeyEvent> {
    let plain = prop_oneof![
        Just(KeyCode::Tab),
        Just(KeyCode::BackTab),
        Just(KeyCode::Enter),
        Just(KeyCode::Esc),
        Just(KeyCode::Up),
        Just(KeyCode::Down),
        Just(KeyCode::Left),
        Just(KeyCode::Right),
        Just(KeyCode::Insert),
        Just(KeyCode::Delete),
        Just(KeyCode::Backspace),
        Just(KeyCode::PageDown),
        Just(KeyCode::PageUp),
        Just(KeyCode::F(2)),
        Just(KeyCode::F(3)),
        Just(KeyCode::F(1)),
        prop::char::range(' ', '~').prop_map(KeyCode::Char),
        Just(KeyCode::Char('é')),
    ];
    let mods = prop_oneof![
        6 => Just(KeyModifiers::NONE),
        1 => Just(KeyModifiers::ALT),
        1 => Just(KeyModifiers::CONTROL),
        1 => Just(KeyModifiers::SHIFT),
    ];
    (plain, mods).prop_map(|(code, mods)| KeyEvent::new(code, mods))
}

fn run(mut app: App, keys: Vec<KeyEvent>, resize: bool) {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    for (i, key) in keys.into_iter().enumerate() {
        // Quitting ends the session in the app; here it would only stop the test early.
        let quits =
            key.modifiers == KeyModifiers::CONTROL && matches!(key.code, KeyCode::Char('q' | 'c'));
        if quits {
            continue;
        }
        update(&mut app, Msg::Key(key));
        if resize && i == 7 {
            update(&mut app, Msg::Resize(30, 8));
        }
        if resize && i == 12 {
            update(&mut app, Msg::Resize(80, 24));
        }
        terminal.draw(|f| view::draw(f, &app)).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

    #[test]
    fn no_key_sequence_panics_on_a_full_campaign(keys in prop::collection::vec(keys(), 1..80)) {
        run(app(true), keys, false);
    }

    #[test]
    fn no_key_sequence_panics_on_a_new_campaign(keys in prop::collection::vec(keys(), 1..80), resize in any::<bool>()) {
        run(app(false), keys, resize);
    }
}
