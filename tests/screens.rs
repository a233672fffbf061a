//! Screen snapshots of every screen at 80×24 and 120×40: home (empty and full), each wizard
//! step, a row, a field that does not validate, help, the prompts, learnings, too small.
//! The clock, the paths and the colours are fixed, so the screens are the same everywhere.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a failed unwrap is a failed test"
)]

mod common;

use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use common::tui::{NOW, app_at as app, ctrl, listed, press, screen, typed};
use crossterm::event::KeyCode;
use insta::assert_snapshot;
use splitbrief::doc::TextError;
use splitbrief::store::{self, Draft, Entry, Loaded, StoreError};
use splitbrief::tui::app::{App, Msg};
use splitbrief::tui::clock::Now;
use splitbrief::tui::update::update;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn name(what: &str, size: (u16, u16)) -> String {
    format!("{what}_{}x{}", size.0, size.1)
}

/// A template as a loaded campaign, its dates moved to start `days` after today.
fn loaded(template: &str, slug: &str, days: i64) -> Loaded {
    loaded_at(template, slug, days, 1_795_615_380)
}

/// As `loaded`, last changed at `modified` (seconds since 1970; 1_795_615_380 is today 14:03).
fn loaded_at(template: &str, slug: &str, days: i64, modified: u64) -> Loaded {
    let mut docs = common::tui::template_docs(template);
    store::shift_dates(&mut docs, Now::fixed(NOW).today().plus_days(days));
    docs.campaign.insert("slug", toml_edit::value(slug));
    let modified = SystemTime::UNIX_EPOCH + Duration::from_secs(modified);
    common::tui::loaded_from(docs, slug, Some(modified))
}

/// What the performer gathers for the learnings screen from the campaigns of `full_home`.
fn learned() -> Vec<splitbrief::practice::NicheLearnings> {
    let campaigns: Vec<(String, splitbrief::brief::Bundle)> = [
        loaded("skincare-launch", "glow-serum-launch", 14),
        loaded_at("saas-education", "relaybase-webinars", -20, 1_794_000_000),
        loaded_at("apparel-drop", "spring-drop", -400, 1_760_000_000),
    ]
    .into_iter()
    .map(|l| (l.slug, l.bundle))
    .collect();
    splitbrief::listing::gather(&campaigns)
}

fn full_home(app: &mut App) {
    let broken = Entry::Broken {
        slug: "winter-sale".into(),
        error: StoreError::File {
            path: PathBuf::from("/home/you/briefs/winter-sale/creator.toml"),
            error: TextError {
                line: 7,
                column: 12,
                message: "invalid TOML: expected `=`".into(),
            },
        },
    };
    let entries = vec![
        Entry::Campaign(Box::new(loaded("skincare-launch", "glow-serum-launch", 14))),
        Entry::Campaign(Box::new(loaded_at(
            "saas-education",
            "relaybase-webinars",
            -20,
            1_794_000_000,
        ))),
        Entry::Campaign(Box::new(loaded_at(
            "apparel-drop",
            "spring-drop",
            -400,
            1_760_000_000,
        ))),
        broken,
        Entry::NotCampaign {
            name: "notes".into(),
        },
    ];
    let draft = Draft {
        key: "new-20261125120000".into(),
        slug: None,
        written: "2026-11-25 12:00".into(),
        texts: store::Texts {
            campaign: Some(
                "version = 1\nkind = \"campaign\"\nname = \"Holiday gift guide\"\n".into(),
            ),
            ..Default::default()
        },
        base: Default::default(),
        pending: Vec::new(),
    };
    update(
        app,
        Msg::Listed {
            entries,
            drafts: vec![draft],
        },
    );
}

fn open(app: &mut App, template: &str) {
    common::tui::open(app, loaded(template, "glow-serum-launch", 14));
}

#[test]
fn home_empty_and_loading() {
    for size in SIZES {
        let mut app = app(size);
        assert_snapshot!(name("home_loading", size), screen(&app));
        listed(&mut app);
        assert_snapshot!(name("home_empty", size), screen(&app));
    }
}

#[test]
fn home_full_filter_and_prompts() {
    for size in SIZES {
        let mut app = app(size);
        full_home(&mut app);
        assert_snapshot!(name("home_full", size), screen(&app));
        for _ in 0..5 {
            press(&mut app, KeyCode::Down);
        }
        assert_snapshot!(name("home_broken_selected", size), screen(&app));
        press(&mut app, KeyCode::Char('x'));
        assert_snapshot!(name("prompt_delete", size), screen(&app));
        press(&mut app, KeyCode::Esc);
        typed(&mut app, "/sp");
        assert_snapshot!(name("home_filter", size), screen(&app));
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Char('?'));
        assert_snapshot!(name("help_home", size), screen(&app));
        press(&mut app, KeyCode::Esc);
        let effects = update(
            &mut app,
            Msg::Key(crossterm::event::KeyEvent::new(
                KeyCode::Char('l'),
                crossterm::event::KeyModifiers::NONE,
            )),
        );
        assert!(matches!(
            effects.as_slice(),
            [splitbrief::tui::app::Effect::Learnings]
        ));
        update(&mut app, Msg::Learned(Ok(learned())));
        assert_snapshot!(name("learnings", size), screen(&app));
        press(&mut app, KeyCode::Esc);
        update(
            &mut app,
            Msg::Templates(store::templates(std::path::Path::new("/nonexistent"))),
        );
        assert_snapshot!(name("prompt_templates", size), screen(&app));
    }
}

#[test]
fn every_wizard_step() {
    for size in SIZES {
        let mut app = app(size);
        open(&mut app, "skincare-launch");
        for step in 1..=13 {
            assert_snapshot!(name(&format!("wizard_step_{step:02}"), size), screen(&app));
            ctrl(&mut app, 'n');
        }
    }
}

#[test]
fn a_new_campaign_a_row_and_a_bad_value() {
    for size in SIZES {
        let mut app = app(size);
        listed(&mut app);
        press(&mut app, KeyCode::Char('n'));
        typed(&mut app, "Spring launch");
        press(&mut app, KeyCode::Tab);
        typed(&mut app, "Acme");
        assert_snapshot!(name("wizard_new", size), screen(&app));
        for _ in 0..14 {
            press(&mut app, KeyCode::Tab);
        }
        typed(&mut app, "12 grand");
        press(&mut app, KeyCode::Tab);
        assert_snapshot!(name("wizard_bad_value", size), screen(&app));
        ctrl(&mut app, 'q');
        assert_snapshot!(name("prompt_unsaved", size), screen(&app));
        press(&mut app, KeyCode::Char('c'));
        press(&mut app, KeyCode::F(1));
        assert_snapshot!(name("help_wizard", size), screen(&app));
        press(&mut app, KeyCode::Esc);
        ctrl(&mut app, 'n');
        ctrl(&mut app, 'n');
        press(&mut app, KeyCode::Insert);
        typed(&mut app, "Maya Lopez");
        press(&mut app, KeyCode::Tab);
        typed(&mut app, "@maya");
        assert_snapshot!(name("wizard_row", size), screen(&app));
        for _ in 0..10 {
            ctrl(&mut app, 'n');
        }
        press(&mut app, KeyCode::Down);
        assert_snapshot!(name("wizard_review_findings", size), screen(&app));
    }
}

#[test]
fn overriding_the_diagnosis_and_recovering_a_draft() {
    for size in SIZES {
        let mut app = app(size);
        listed(&mut app);
        press(&mut app, KeyCode::Char('n'));
        typed(&mut app, "Spring launch");
        ctrl(&mut app, 'n');
        press(&mut app, KeyCode::Char('y'));
        assert_snapshot!(name("wizard_diagnosis_answered", size), screen(&app));
        for _ in 0..7 {
            press(&mut app, KeyCode::Tab);
        }
        press(&mut app, KeyCode::Up);
        press(&mut app, KeyCode::Tab);
        assert_snapshot!(name("prompt_reason", size), screen(&app));
        typed(&mut app, "Their audience is the point");
        press(&mut app, KeyCode::Enter);
        ctrl(&mut app, 'n');
        ctrl(&mut app, 'n');
        assert_snapshot!(name("wizard_step_unused", size), screen(&app));

        let mut app = self::app(size);
        let loaded = loaded("skincare-launch", "glow-serum-launch", 14);
        let draft = common::tui::draft_of(
            &loaded,
            ("Fernhollow barrier", "Fernhollow spring"),
            "2026-11-25 13:40",
            Vec::new(),
        );
        update(&mut app, Msg::Opened(Ok((Box::new(loaded), Some(draft)))));
        assert_snapshot!(name("prompt_recover", size), screen(&app));
    }
}

#[test]
fn too_small_then_back() {
    let mut app = app((80, 24));
    open(&mut app, "skincare-launch");
    update(&mut app, Msg::Resize(30, 8));
    assert_snapshot!("too_small_30x8", screen(&app));
    update(&mut app, Msg::Resize(80, 24));
    assert!(screen(&app).contains("step 1 of 13"));
}

/// Types a new campaign answered for distribution-first: awareness, someone else's audience
/// and a limited time.
fn distribution_first(app: &mut App) {
    listed(app);
    press(app, KeyCode::Char('n'));
    typed(app, "Black Friday post");
    ctrl(app, 'n');
    for _ in 0..3 {
        press(app, KeyCode::Tab);
    }
    for _ in 0..3 {
        press(app, KeyCode::Char('y'));
        press(app, KeyCode::Tab);
    }
}

#[test]
fn a_distribution_first_campaign_by_its_answers() {
    for size in SIZES {
        let mut app = app(size);
        distribution_first(&mut app);
        assert_snapshot!(name("wizard_diagnosis_following", size), screen(&app));
        // Partners, then usage rights: creator work is passed over.
        ctrl(&mut app, 'n');
        ctrl(&mut app, 'n');
        ctrl(&mut app, 'n');
        assert_snapshot!(
            name("wizard_usage_rights_distribution_first", size),
            screen(&app)
        );
    }
}

#[test]
fn the_results_chart_with_results() {
    for size in SIZES {
        let mut app = app(size);
        let mut loaded = loaded("skincare-launch", "glow-serum-launch", -60);
        for (key, value) in [
            ("influencer.results.reach", "23800"),
            ("influencer.results.impressions", "51000"),
            ("influencer.results.engagement_rate", "4.1"),
            ("influencer.results.clicks", "35"),
            ("influencer.results.conversions", "31"),
            ("creator.results.conversions", "40"),
        ] {
            let path = splitbrief::path::KeyPath::parse(key).unwrap();
            loaded.docs.set(&path, value).unwrap();
        }
        update(&mut app, Msg::Opened(Ok((Box::new(loaded), None))));
        for _ in 0..11 {
            ctrl(&mut app, 'n');
        }
        assert_snapshot!(name("wizard_results_chart", size), screen(&app));
    }
}

#[test]
fn past_hooks_beside_the_hooks_list() {
    let mut past = common::tui::template_docs("skincare-launch");
    for (key, value) in [
        (
            "creator.results.best_hook",
            "I stopped buying serums until this one",
        ),
        (
            "influencer.results.best_format",
            "30 s morning-routine reel",
        ),
    ] {
        let path = splitbrief::path::KeyPath::parse(key).unwrap();
        past.set(&path, value).unwrap();
    }
    let bundle = past.bundle().unwrap();
    let found = splitbrief::practice::past_hooks(
        &[("last-spring-serum".to_string(), bundle)],
        "skincare",
        "glow-serum-launch",
    );
    for size in SIZES {
        let mut app = app(size);
        open(&mut app, "skincare-launch");
        for _ in 0..3 {
            ctrl(&mut app, 'n');
        }
        update(
            &mut app,
            Msg::PastHooks {
                niche: "skincare".into(),
                found: found.clone(),
            },
        );
        assert_snapshot!(name("wizard_past_hooks", size), screen(&app));
    }
}
