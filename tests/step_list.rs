//! The step list at 80×24 as a tester read it: the gauge says it counts checklist practices,
//! marks follow what is typed in each step, flags sit only on started steps, the step keys
//! pass over steps that do not apply, and the pane's field counter counts what is on screen.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a failed unwrap is a failed test"
)]

mod common;

use common::tui::{
    app_at, click_step, ctrl, focused, loaded, new_campaign_at, open, press, screen, step_line,
    tab_to, typed, value, wizard,
};
use crossterm::event::KeyCode;
use splitbrief::path::KeyPath;
use splitbrief::tui::app::App;

const SIZE: (u16, u16) = (80, 24);

/// A new campaign at 80×24 with the first diagnosis questions (in their order) answered yes.
fn answered(name: &str, yes: &[&str]) -> App {
    let mut app = new_campaign_at(name, SIZE);
    ctrl(&mut app, 'n');
    for question in yes {
        tab_to(&mut app, &format!("campaign.diagnosis.{question}"));
        press(&mut app, KeyCode::Char('y'));
    }
    app
}

/// The step's mark: the first symbol of its line in the step list.
fn mark(app: &App, step: usize) -> char {
    step_line(app, step)
        .trim_start_matches('▶')
        .chars()
        .next()
        .unwrap()
}

/// Its flag: ✗ or ! at the end of its line, if any.
fn flag(app: &App, step: usize) -> Option<char> {
    step_line(app, step)
        .chars()
        .last()
        .filter(|c| matches!(c, '✗' | '!'))
}

#[test]
fn the_gauge_says_it_counts_checklist_practices() {
    let app = new_campaign_at("Spring", SIZE);
    let shown = screen(&app);
    assert!(shown.contains(" Checklist 0/9 "), "{shown}");
    assert!(!shown.contains("Coverage"), "{shown}");
    let mut app = app_at(SIZE);
    open(&mut app, loaded("skincare-launch", "glow"));
    assert!(screen(&app).contains(" Checklist 10/10 "));
}

#[test]
fn an_untouched_step_has_no_flag_and_a_started_one_has() {
    let mut app = new_campaign_at("Spring", SIZE);
    // The empty creator and influencer work and feedback hold errors and warnings, but
    // nothing is typed there yet: the review step lists them, the step list does not.
    for step in [4, 5, 11] {
        assert_eq!(mark(&app, step), '○', "{}", step_line(&app, step));
        assert_eq!(flag(&app, step), None, "{}", step_line(&app, step));
    }
    click_step(&mut app, 4);
    assert_eq!(focused(&app), "creator.content.hooks");
    typed(&mut app, "I stopped buying serums");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Esc);
    assert!(value(&app, "creator.content.hooks").is_some());
    // Started: partly, and flagged for its missing deliverables.
    assert_eq!(mark(&app, 4), '◐', "{}", step_line(&app, 4));
    assert_eq!(flag(&app, 4), Some('✗'), "{}", step_line(&app, 4));
}

#[test]
fn a_done_step_with_an_error_is_only_partly_done() {
    let mut campaign = loaded("skincare-launch", "glow");
    let placement = KeyPath::parse("influencer.disclosure.placement").unwrap();
    campaign.docs.set(&placement, "comments").unwrap();
    let mut app = app_at(SIZE);
    open(&mut app, campaign);
    // The tracking practice is done, but a label hidden in the comments is an error.
    assert!(screen(&app).contains(" Checklist 10/10 "));
    assert_eq!(mark(&app, 7), '◐', "{}", step_line(&app, 7));
    assert_eq!(flag(&app, 7), Some('✗'), "{}", step_line(&app, 7));
    assert_eq!(mark(&app, 6), '✓', "{}", step_line(&app, 6));
}

#[test]
fn results_are_partly_done_once_a_result_is_typed_and_done_with_the_learnings() {
    let mut app = new_campaign_at("Spring", SIZE);
    assert_eq!(mark(&app, 12), '○');
    // The niche alone (asked in Basics) does not start the results.
    tab_to(&mut app, "campaign.learnings.niche");
    typed(&mut app, "skincare");
    press(&mut app, KeyCode::Tab);
    assert_eq!(mark(&app, 12), '○', "{}", step_line(&app, 12));
    click_step(&mut app, 12);
    assert_eq!(focused(&app), "creator.results.reach");
    typed(&mut app, "1000");
    press(&mut app, KeyCode::Tab);
    assert_eq!(mark(&app, 12), '◐', "{}", step_line(&app, 12));
    // Done takes the learnings practice: the niche (in Basics) and a note.
    click_step(&mut app, 12);
    tab_to(&mut app, "campaign.learnings.notes");
    typed(&mut app, "Demos beat unboxings");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Esc);
    assert_eq!(mark(&app, 12), '✓', "{}", step_line(&app, 12));
}

#[test]
fn a_step_with_something_typed_in_it_is_never_missing() {
    // Fields that the step's practice (or done list) does not look at.
    for (step, path, text) in [
        (6, "creator.usage_rights.edits_allowed", "y"),
        (7, "influencer.tracking.utm_medium", "influencer"),
        (9, "creator.guidelines.approval", "Ana, by email"),
        (10, "creator.compensation.usage_fee", "300"),
        (11, "influencer.feedback.measurement_days", "7"),
    ] {
        let mut app = new_campaign_at("Spring", SIZE);
        assert_eq!(mark(&app, step), '○', "{}", step_line(&app, step));
        click_step(&mut app, step as u16);
        tab_to(&mut app, path);
        typed(&mut app, text);
        press(&mut app, KeyCode::Tab);
        assert!(value(&app, path).is_some(), "{path} not stored");
        assert_eq!(mark(&app, step), '◐', "{path}: {}", step_line(&app, step));
    }
}

#[test]
fn the_step_keys_pass_over_steps_that_do_not_apply() {
    let mut app = answered("Course", &["many_variations", "own_ads", "evergreen"]);
    assert_eq!(
        value(&app, "campaign.partnership").as_deref(),
        Some("production-first")
    );
    // Production-first: no influencer, so tracking and (no paid social) the test plan are n/a.
    assert_eq!(mark(&app, 7), '–');
    assert_eq!(mark(&app, 8), '–');
    click_step(&mut app, 6);
    ctrl(&mut app, 'n');
    assert_eq!(wizard(&app).step + 1, 9, "{}", focused(&app));
    ctrl(&mut app, 'p');
    assert_eq!(wizard(&app).step + 1, 6, "{}", focused(&app));
    // A click still opens a step that does not apply.
    click_step(&mut app, 7);
    assert_eq!(wizard(&app).step + 1, 7);

    // Hybrid with no paid social: the test plan alone is passed over.
    let mut app = new_campaign_at("Spring", SIZE);
    click_step(&mut app, 7);
    ctrl(&mut app, 'n');
    assert_eq!(wizard(&app).step + 1, 9);
    ctrl(&mut app, 'p');
    assert_eq!(wizard(&app).step + 1, 7);
}

#[test]
fn the_field_counter_counts_the_fields_on_screen() {
    let mut app = answered(
        "Black Friday post",
        &["awareness_or_trust", "borrowed_audience", "time_limited"],
    );
    assert_eq!(
        value(&app, "campaign.partnership").as_deref(),
        Some("distribution-first")
    );
    click_step(&mut app, 6);
    // The unused creator brief is one note, not fields; five influencer fields are in sight.
    let shown = screen(&app);
    assert!(shown.contains("fields 1–5 of 14"), "{shown}");

    let mut app = new_campaign_at("Spring", SIZE);
    click_step(&mut app, 12);
    tab_to(&mut app, "campaign.learnings.notes");
    // The last field's label shows under the notes: it counts.
    let shown = screen(&app);
    assert!(shown.contains("Book again"), "{shown}");
    assert!(shown.contains("fields 16–22 of 22"), "{shown}");
}
