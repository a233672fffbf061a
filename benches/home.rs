//! Home at 10,000 campaigns (DESIGN §8.7), no disk: the first frame (before any row), the
//! frame once 10,000 rows have arrived, and one keystroke in the filter or the list with its
//! frame. Only the rows on screen are built, so a frame costs the same at 10 or 10,000.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "benchmarks are test code: a setup that fails should stop them loudly"
)]

use std::path::PathBuf;
use std::sync::Arc;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use splitbrief::practice::MarketData;
use splitbrief::store::index::{Checked, Kind, Row, Summary};
use splitbrief::tui::app::{App, Listing, Msg};
use splitbrief::tui::clock::Now;
use splitbrief::tui::home::Home;
use splitbrief::tui::theme::Theme;
use splitbrief::tui::update::update;
use splitbrief::tui::view;

fn main() {
    divan::main();
}

const SIZE: (u16, u16) = (100, 30);
const N: usize = 10_000;

fn app() -> App {
    App::new(
        Home::new(PathBuf::from("/home/you/briefs")),
        Now::fixed("2026-11-25T14:03:00Z"),
        Theme { color: true },
        SIZE,
        Arc::new(MarketData::default()),
    )
}

fn rows(n: usize) -> Vec<Row> {
    (0..n)
        .map(|i| Row {
            folder: format!("campaign-{i:05}"),
            modified: None,
            kind: Kind::Campaign(Box::new(Summary {
                name: format!("Campaign {i}"),
                brand: Some(["Fernhollow", "Relaybase", "Northloom"][i % 3].into()),
                product: Some("Oat & Ceramide Barrier Serum, 30 ml".into()),
                partnership: "hybrid".into(),
                briefs: vec!["creator".into(), "influencer".into()],
                missing: Vec::new(),
                status: "draft".into(),
                niche: None,
                partners: Vec::new(),
                checked: Checked {
                    done: 9,
                    applicable: 10,
                    error: i % 2,
                    warning: 3,
                    info: 0,
                    ..Checked::default()
                },
                dates: String::new(),
            })),
        })
        .collect()
}

fn listed(app: &mut App, rows: Vec<Row>) {
    let job = 1;
    let folders = rows.len();
    let drafts = Vec::new();
    update(
        app,
        Msg::Listing(Listing::Started {
            job,
            folders,
            drafts,
        }),
    );
    update(app, Msg::Listing(Listing::Rows { job, rows }));
    update(app, Msg::Listing(Listing::Ended { job, error: None }));
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).expect("test backend")
}

fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// The app made and its first frame drawn ("Reading the campaigns…").
#[divan::bench]
fn first_frame() {
    let app = app();
    let mut terminal = terminal();
    terminal.draw(|f| view::draw(f, &app)).expect("draw");
}

/// 10,000 rows arrive in one part and the list is drawn.
#[divan::bench(sample_count = 20)]
fn rows_arrive_and_draw(bencher: divan::Bencher) {
    let mut terminal = terminal();
    bencher
        .with_inputs(|| (app(), rows(N)))
        .bench_local_values(|(mut app, rows)| {
            listed(&mut app, rows);
            terminal.draw(|f| view::draw(f, &app)).expect("draw");
            app
        });
}

/// One letter typed in the filter at 10,000 rows, and the frame.
#[divan::bench(sample_count = 50)]
fn filter_keystroke(bencher: divan::Bencher) {
    let mut app = app();
    listed(&mut app, rows(N));
    update(&mut app, key(KeyCode::Char('/')));
    update(&mut app, key(KeyCode::Char('n')));
    let mut terminal = terminal();
    bencher.with_inputs(|| app.clone()).bench_local_refs(|app| {
        update(app, key(KeyCode::Char('o')));
        terminal.draw(|f| view::draw(f, app)).expect("draw");
    });
}

/// The filter's first letter (every row looked at), and the frame.
#[divan::bench(sample_count = 50)]
fn filter_first_letter(bencher: divan::Bencher) {
    let mut app = app();
    listed(&mut app, rows(N));
    update(&mut app, key(KeyCode::Char('/')));
    let mut terminal = terminal();
    bencher.with_inputs(|| app.clone()).bench_local_refs(|app| {
        update(app, key(KeyCode::Char('9')));
        terminal.draw(|f| view::draw(f, app)).expect("draw");
    });
}

/// Down in the list at 10,000 rows, and the frame.
#[divan::bench(sample_count = 50)]
fn move_keystroke(bencher: divan::Bencher) {
    let mut app = app();
    listed(&mut app, rows(N));
    for _ in 0..5_000 {
        update(&mut app, key(KeyCode::Down));
    }
    let mut terminal = terminal();
    bencher.with_inputs(|| app.clone()).bench_local_refs(|app| {
        update(app, key(KeyCode::Down));
        terminal.draw(|f| view::draw(f, app)).expect("draw");
    });
}

/// A frame alone with 30 and with 10,000 rows: the same cost (only the rows on screen are
/// built).
#[divan::bench(args = [30, 10_000], sample_count = 50)]
fn draw_only(bencher: divan::Bencher, n: usize) {
    let mut app = app();
    listed(&mut app, rows(n));
    let mut terminal = terminal();
    bencher.bench_local(|| {
        terminal.draw(|f| view::draw(f, &app)).expect("draw");
    });
}

/// The keystroke alone (Down), no frame.
#[divan::bench(sample_count = 50)]
fn move_update_only(bencher: divan::Bencher) {
    let mut app = app();
    listed(&mut app, rows(N));
    let mut down = true;
    bencher.bench_local(|| {
        let code = if down { KeyCode::Down } else { KeyCode::Up };
        down = !down;
        update(&mut app, key(code))
    });
}
