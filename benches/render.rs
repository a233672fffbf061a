//! How long one keystroke takes in the wizard: `update` (the value stored by key path, the
//! documents re-read, the rules run again) plus drawing the 100×30 frame into a `TestBackend`.
//! This is the app's share of the echo a person sees.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "benchmarks are test code: a setup that fails should stop them loudly"
)]

#[path = "../tests/common/tui.rs"]
mod tui;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use splitbrief::tui::app::{App, Msg};
use splitbrief::tui::update::update;
use splitbrief::tui::view;
use tui::{app_with, loaded, open, press, terminal};

fn main() {
    divan::main();
}

/// A full campaign (a built-in template) open in the wizard at 100×30, on the brand field.
fn wizard_on_a_full_campaign() -> App {
    let mut app = app_with((100, 30), true);
    open(&mut app, loaded("skincare-launch", "skincare-launch"));
    press(&mut app, KeyCode::Tab);
    app
}

/// One typed letter: update and draw.
#[divan::bench]
fn keystroke_update_and_draw(bencher: divan::Bencher) {
    let app = wizard_on_a_full_campaign();
    let mut terminal = terminal(&app);
    let letter = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE);
    bencher.with_inputs(|| app.clone()).bench_local_refs(|app| {
        update(app, Msg::Key(letter));
        terminal.draw(|f| view::draw(f, app)).expect("draw");
    });
}

/// Drawing alone (a resize or a popup closing).
#[divan::bench]
fn draw_only(bencher: divan::Bencher) {
    let app = wizard_on_a_full_campaign();
    let mut terminal = terminal(&app);
    bencher.bench_local(|| {
        terminal.draw(|f| view::draw(f, &app)).expect("draw");
    });
}

/// Moving to the next field (stores the field, builds the next editor) and drawing.
#[divan::bench]
fn tab_update_and_draw(bencher: divan::Bencher) {
    let app = wizard_on_a_full_campaign();
    let mut terminal = terminal(&app);
    let tab = KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE);
    bencher.with_inputs(|| app.clone()).bench_local_refs(|app| {
        update(app, Msg::Key(tab));
        terminal.draw(|f| view::draw(f, app)).expect("draw");
    });
}
