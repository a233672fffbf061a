//! Driving the terminal app without a terminal: an app at a fixed time and window, keys as a
//! person types them, built-in templates as loaded campaigns, and the screen as text. Used by
//! the `update`, `screens`, `robust` and `hostile` tests, and by `benches/render.rs` (which
//! includes this file by path, so it uses nothing else from `tests/common`).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a failed unwrap is a failed test"
)]
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::Arc;
use std::time::SystemTime;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use splitbrief::doc::Docs;
use splitbrief::practice::MarketData;
use splitbrief::store::{self, Loaded};
use splitbrief::tui::app::{App, Effect, Msg};
use splitbrief::tui::clock::Now;
use splitbrief::tui::home::Home;
use splitbrief::tui::theme::Theme;
use splitbrief::tui::update::update;
use splitbrief::tui::view;

/// The fixed time every app test runs at.
pub const NOW: &str = "2026-11-25T14:03:00Z";

/// The briefs root the screens show.
pub const ROOT: &str = "/home/you/briefs";

/// An app on the home screen at `NOW` in a window of `size`, with or without colours; the
/// campaign list not read yet.
pub fn app_with(size: (u16, u16), color: bool) -> App {
    App::new(
        Home::new(PathBuf::from(ROOT)),
        Now::fixed(NOW),
        Theme { color },
        size,
        Arc::new(MarketData::default()),
    )
}

/// As `app_with`, in black and white.
pub fn app_at(size: (u16, u16)) -> App {
    app_with(size, false)
}

/// The campaign list arrives, empty.
pub fn listed(app: &mut App) {
    update(
        app,
        Msg::Listed {
            entries: Vec::new(),
            drafts: Vec::new(),
        },
    );
}

/// One key with modifiers.
pub fn key(app: &mut App, code: KeyCode, mods: KeyModifiers) -> Vec<Effect> {
    update(app, Msg::Key(KeyEvent::new(code, mods)))
}

/// One plain key.
pub fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    key(app, code, KeyModifiers::NONE)
}

/// Ctrl and a letter.
pub fn ctrl(app: &mut App, c: char) -> Vec<Effect> {
    key(app, KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// Types `text` one key at a time.
pub fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// A built-in template's documents.
pub fn template_docs(name: &str) -> Docs {
    let template = store::templates(std::path::Path::new("/nonexistent"))
        .into_iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("no built-in template {name}"));
    template
        .docs()
        .unwrap_or_else(|e| panic!("template {name}: {e}"))
}

/// Documents as a campaign loaded from `ROOT/slug`, changed at `modified`.
pub fn loaded_from(docs: Docs, slug: &str, modified: Option<SystemTime>) -> Loaded {
    let bundle = docs
        .bundle()
        .unwrap_or_else(|e| panic!("{slug} does not read: {e}"));
    Loaded {
        slug: slug.into(),
        dir: PathBuf::from(ROOT).join(slug),
        docs,
        bundle,
        modified,
        read: store::Texts::default(),
    }
}

/// A built-in template as the campaign `slug`, as it ships.
pub fn loaded(template: &str, slug: &str) -> Loaded {
    loaded_from(template_docs(template), slug, None)
}

/// Opens a loaded campaign in the wizard, with no unsaved work waiting.
pub fn open(app: &mut App, loaded: Loaded) {
    update(app, Msg::Opened(Ok((Box::new(loaded), None))));
}

/// Draws the app into a terminal of its size.
pub fn terminal(app: &App) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(app.size.0, app.size.1))
        .unwrap_or_else(|e| panic!("test backend: {e}"));
    terminal
        .draw(|f| view::draw(f, app))
        .unwrap_or_else(|e| panic!("draw: {e}"));
    terminal
}

/// The screen as text, a line per row.
pub fn screen(app: &App) -> String {
    terminal(app).backend().to_string()
}

/// An app in a 100×30 window with the campaign list read (empty).
pub fn app() -> App {
    let mut app = app_at((100, 30));
    listed(&mut app);
    app
}

/// The wizard on screen (fails when another screen is).
pub fn wizard(app: &App) -> &splitbrief::tui::wizard::Wizard {
    match &app.screen {
        splitbrief::tui::app::Screen::Wizard(w) => w,
        other => panic!("not in the wizard: {other:?}"),
    }
}

/// The key path of the focused field.
pub fn focused(app: &App) -> String {
    wizard(app)
        .focused()
        .map(|f| f.path.to_string())
        .unwrap_or_default()
}

/// A value in the wizard's documents, as text.
pub fn value(app: &App, path: &str) -> Option<String> {
    let path = splitbrief::path::KeyPath::parse(path).unwrap();
    let item = wizard(app).docs.get(&path).ok().flatten()?;
    Some(
        item.as_value()?
            .as_str()
            .map_or_else(|| item.to_string().trim().to_string(), str::to_string),
    )
}

/// `n` and a name typed: a new campaign in the wizard.
pub fn new_campaign(name: &str) -> App {
    new_campaign_at(name, (100, 30))
}

/// A new campaign named `name` in the wizard, in a window of `size`.
pub fn new_campaign_at(name: &str, size: (u16, u16)) -> App {
    let mut app = app_at(size);
    listed(&mut app);
    press(&mut app, crossterm::event::KeyCode::Char('n'));
    typed(&mut app, name);
    app
}

/// Tabs to the field `path` of the current step (fails when Tab never gets there).
pub fn tab_to(app: &mut App, path: &str) {
    for _ in 0..40 {
        if focused(app) == path {
            return;
        }
        press(app, KeyCode::Tab);
    }
    panic!("never reached {path}, at {}", focused(app));
}

/// A click on step `number` (1–13) in the wizard's step list.
pub fn click_step(app: &mut App, number: u16) {
    let click = MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: 5,
        row: 1 + number,
        modifiers: KeyModifiers::NONE,
    };
    update(app, Msg::Mouse(click));
}

/// The step list's line for step `number` (1–13): its mark, number, title and flag.
pub fn step_line(app: &App, number: usize) -> String {
    let screen = screen(app);
    let needle = format!(
        "{number:>2} {}",
        splitbrief::form::step(number - 1).map_or("", |s| s.short)
    );
    screen
        .lines()
        .map(|l| l.split('│').next().unwrap_or(l).trim_matches(['"', ' ']))
        .find(|l| l.contains(&needle))
        .map(str::to_string)
        .unwrap_or_else(|| panic!("no step {number} in the list:\n{screen}"))
}

/// Unsaved work on `loaded`: its campaign.toml with `from` replaced by `to`, written at
/// `written`, with `pending` typed text that did not fit.
pub fn draft_of(
    loaded: &Loaded,
    (from, to): (&str, &str),
    written: &str,
    pending: Vec<(String, String)>,
) -> store::Draft {
    let mut texts = loaded.read.clone();
    texts.campaign = Some(loaded.docs.campaign.to_string().replace(from, to));
    store::Draft {
        key: loaded.slug.clone(),
        slug: Some(loaded.slug.clone()),
        written: written.into(),
        texts,
        base: Default::default(),
        pending,
    }
}
