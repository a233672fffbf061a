//! How long one keystroke takes in the wizard: `update` (the value stored by key path, the
//! documents re-read, the rules run again) plus drawing the 100×30 frame into a `TestBackend`.
//! This is the app's share of the echo a person sees.

use std::path::PathBuf;
use std::sync::Arc;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use splitbrief::practice::MarketData;
use splitbrief::store::{self, Loaded};
use splitbrief::tui::app::{App, Msg, update};
use splitbrief::tui::clock::Now;
use splitbrief::tui::home::Home;
use splitbrief::tui::theme::Theme;
use splitbrief::tui::view;

fn main() {
    divan::main();
}

const SIZE: (u16, u16) = (100, 30);

/// A full campaign (a built-in template) open in the wizard, on the brand field.
fn wizard_on_a_full_campaign() -> App {
    let home = Home::new(PathBuf::from("/home/you/briefs"));
    let market = Arc::new(MarketData::default());
    let mut app = App::new(
        home,
        Now::fixed("2026-11-25T14:03:00Z"),
        Theme { color: true },
        SIZE,
        market,
    );
    let template = store::templates(std::path::Path::new("/nonexistent"))
        .into_iter()
        .find(|t| t.name == "skincare-launch")
        .expect("built-in template");
    let docs = template.docs().expect("template parses");
    let bundle = docs.bundle().expect("template reads");
    let loaded = Loaded {
        slug: "skincare-launch".into(),
        dir: PathBuf::from("/home/you/briefs/skincare-launch"),
        docs,
        bundle,
        modified: None,
        read: Default::default(),
    };
    update(&mut app, Msg::Opened(Ok((Box::new(loaded), None))));
    update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE)),
    );
    app
}

fn terminal(app: &App) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).expect("test backend");
    terminal.draw(|f| view::draw(f, app)).expect("draw");
    terminal
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
