//! Home while a listing arrives in parts (DESIGN §8.7): keys are answered before the last
//! row, the filter and the selection hold as rows arrive, a reload keeps the old list until
//! the new one is whole, and parts of an older listing are ignored.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a failed unwrap is a failed test"
)]

use std::path::PathBuf;
use std::sync::Arc;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use splitbrief::practice::MarketData;
use splitbrief::store::index::{Checked, Kind, Row, Summary};
use splitbrief::tui::app::{App, Effect, Listing, Msg, Screen};
use splitbrief::tui::clock::Now;
use splitbrief::tui::home::{Home, slug_of};
use splitbrief::tui::theme::Theme;
use splitbrief::tui::update::update;
use splitbrief::tui::view;

/// The screen line of the table's first row at 100×30 (title, gap, header).
const FIRST_ROW: u16 = 3;

fn app() -> App {
    App::new(
        Home::new(PathBuf::from("/home/you/briefs")),
        Now::fixed("2026-11-25T14:03:00Z"),
        Theme { color: false },
        (100, 30),
        Arc::new(MarketData::default()),
    )
}

fn row(slug: &str, name: &str) -> Row {
    Row {
        folder: slug.into(),
        modified: None,
        kind: Kind::Campaign(Box::new(Summary {
            name: name.into(),
            brand: Some("Fernhollow".into()),
            product: None,
            partnership: "hybrid".into(),
            briefs: vec!["creator".into(), "influencer".into()],
            missing: Vec::new(),
            status: "draft".into(),
            niche: None,
            partners: Vec::new(),
            checked: Checked {
                done: 7,
                applicable: 10,
                error: 1,
                warning: 2,
                info: 0,
                ..Checked::default()
            },
            dates: String::new(),
        })),
    }
}

fn part(app: &mut App, part: Listing) {
    update(app, Msg::Listing(part));
}

fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn screen(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    terminal.draw(|f| view::draw(f, app)).unwrap();
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn selected_slug(app: &App) -> Option<String> {
    app.home.current().and_then(slug_of).map(str::to_string)
}

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "one story, part by part, read top to bottom"
)]
fn keys_are_answered_while_rows_arrive() {
    let mut app = app();
    assert!(screen(&app).contains("Reading the campaigns…"));
    part(
        &mut app,
        Listing::Started {
            job: 1,
            folders: 4,
            drafts: Vec::new(),
        },
    );
    part(
        &mut app,
        Listing::Rows {
            job: 1,
            rows: vec![row("spring", "Spring launch"), row("autumn", "Autumn drop")],
        },
    );
    assert!(app.home.loading);
    let shown = screen(&app);
    assert!(
        shown.contains("Autumn drop") && shown.contains("Spring launch"),
        "{shown}"
    );
    assert!(shown.contains("2 so far"), "{shown}");
    assert!(shown.contains("Reading the campaigns… 2 of 4"), "{shown}");
    // Keys work before the listing ends: move, filter, open.
    press(&mut app, KeyCode::Down);
    assert_eq!(selected_slug(&app).as_deref(), Some("spring"));
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Char('/'));
    for c in "spr".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    assert_eq!(app.home.visible_len(), 1);
    // More rows arrive: the filter holds and applies to them.
    part(
        &mut app,
        Listing::Rows {
            job: 1,
            rows: vec![row("sprout", "Sprout kit"), row("winter", "Winter sale")],
        },
    );
    assert_eq!(app.home.visible_len(), 2);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.home.visible_len(), 4);
    // The selection follows its campaign when rows arrive above it.
    press(&mut app, KeyCode::End);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    let chosen = selected_slug(&app);
    part(
        &mut app,
        Listing::Rows {
            job: 1,
            rows: vec![row("aaa", "Aardvark")],
        },
    );
    assert_eq!(selected_slug(&app), chosen);
    let effects = press(&mut app, KeyCode::Enter);
    assert!(matches!(effects.as_slice(), [Effect::Open(slug)] if Some(slug) == chosen.as_ref()));
    part(
        &mut app,
        Listing::Ended {
            job: 1,
            error: None,
        },
    );
    assert!(!app.home.loading);
    assert_eq!(app.home.campaign_count(), 5);
    assert!(screen(&app).contains("5 campaigns"));
    assert!(matches!(app.screen, Screen::Home));
}

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "one story, part by part, read top to bottom"
)]
fn a_reload_keeps_the_list_until_it_is_whole_and_old_parts_are_ignored() {
    let mut app = app();
    let whole = |app: &mut App, job, rows: Vec<Row>| {
        part(
            app,
            Listing::Started {
                job,
                folders: rows.len(),
                drafts: Vec::new(),
            },
        );
        part(app, Listing::Rows { job, rows });
        part(app, Listing::Ended { job, error: None });
    };
    whole(&mut app, 1, vec![row("a", "A"), row("b", "B")]);
    part(
        &mut app,
        Listing::Started {
            job: 2,
            folders: 3,
            drafts: Vec::new(),
        },
    );
    part(
        &mut app,
        Listing::Rows {
            job: 2,
            rows: vec![row("c", "C")],
        },
    );
    assert_eq!(app.home.rows().len(), 2, "the old list stays meanwhile");
    // A part of the first listing, late: ignored.
    part(
        &mut app,
        Listing::Rows {
            job: 1,
            rows: vec![row("z", "Z")],
        },
    );
    part(
        &mut app,
        Listing::Rows {
            job: 2,
            rows: vec![row("a", "A"), row("b", "B")],
        },
    );
    part(
        &mut app,
        Listing::Ended {
            job: 2,
            error: None,
        },
    );
    let slugs: Vec<_> = app.home.rows().iter().filter_map(slug_of).collect();
    assert_eq!(slugs, ["a", "b", "c"]);
    part(
        &mut app,
        Listing::Ended {
            job: 2,
            error: Some("late".into()),
        },
    );
    assert!(app.home.message.is_none(), "an ended listing stays ended");
}

#[test]
fn only_the_rows_on_screen_are_drawn() {
    let mut app = app();
    let rows: Vec<Row> = (0..10_000)
        .map(|i| row(&format!("c{i:05}"), &format!("Campaign {i:05}")))
        .collect();
    part(
        &mut app,
        Listing::Started {
            job: 1,
            folders: rows.len(),
            drafts: Vec::new(),
        },
    );
    part(&mut app, Listing::Rows { job: 1, rows });
    part(
        &mut app,
        Listing::Ended {
            job: 1,
            error: None,
        },
    );
    assert!(screen(&app).contains("10,000 campaigns"));
    for _ in 0..40 {
        press(&mut app, KeyCode::Down);
    }
    let shown = screen(&app);
    assert!(shown.contains("▶Campaign 00040"), "{shown}");
    assert!(!shown.contains("Campaign 00000"), "{shown}");
    // A click on the top line of the scrolled list picks the row drawn there.
    let top = shown
        .lines()
        .nth(usize::from(FIRST_ROW))
        .unwrap_or_default()
        .to_string();
    update(
        &mut app,
        Msg::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: 5,
            row: FIRST_ROW,
            modifiers: KeyModifiers::NONE,
        }),
    );
    let picked = app
        .home
        .current()
        .map(|r| r.name.clone())
        .unwrap_or_default();
    assert!(top.contains(&picked), "{top} / {picked}");
    assert!(screen(&app).contains(&format!("▶{picked}")));
    press(&mut app, KeyCode::Char('/'));
    for c in "0999".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    assert_eq!(app.home.visible_len(), 11);
    press(&mut app, KeyCode::Backspace);
    let expected = (0..10_000)
        .filter(|i| format!("campaign {i:05}\0c{i:05}").contains("099"))
        .count();
    assert_eq!(app.home.visible_len(), expected);
}

#[test]
fn learnings_are_gathered_in_the_background() {
    let mut app = app();
    part(
        &mut app,
        Listing::Started {
            job: 1,
            folders: 2,
            drafts: Vec::new(),
        },
    );
    part(
        &mut app,
        Listing::Rows {
            job: 1,
            rows: vec![row("a", "A"), row("b", "B")],
        },
    );
    part(
        &mut app,
        Listing::Ended {
            job: 1,
            error: None,
        },
    );
    let effects = press(&mut app, KeyCode::Char('l'));
    assert!(matches!(effects.as_slice(), [Effect::Learnings]));
    assert!(app.home.gathering);
    assert!(screen(&app).contains("Gathering the learnings"));
    // Keys work while they are gathered.
    press(&mut app, KeyCode::Down);
    assert_eq!(selected_slug(&app).as_deref(), Some("b"));
    update(&mut app, Msg::Learned(Ok(Vec::new())));
    assert!(!app.home.gathering);
    assert!(matches!(app.screen, Screen::Learnings { .. }));
}
