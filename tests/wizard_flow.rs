//! The wizard as a new user finishes it (issue 13), driven by keys with no terminal: the type
//! follows the diagnosis until picked, a save on the way out never drops typed text, the
//! fields of an unused brief collapse and are passed over, every diagnosis reason is shown,
//! a finding is shown at its field and past hooks go into the hooks list.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a failed unwrap is a failed test"
)]

mod common;

use common::tui::{app, ctrl, focused, key, new_campaign, press, tab_to, typed, value, wizard};
use crossterm::event::{KeyCode, KeyModifiers};
use splitbrief::path::KeyPath;
use splitbrief::tui::app::{App, Effect, Msg, Screen};
use splitbrief::tui::popup::Popup;
use splitbrief::tui::update::update;

/// A new campaign answered for distribution-first: awareness, someone else's audience and
/// a limited time.
fn distribution_first(name: &str) -> App {
    let mut app = new_campaign(name);
    ctrl(&mut app, 'n');
    for question in ["awareness_or_trust", "borrowed_audience", "time_limited"] {
        tab_to(&mut app, &format!("campaign.diagnosis.{question}"));
        press(&mut app, KeyCode::Char('y'));
    }
    app
}

fn screen_text(app: &App) -> String {
    common::tui::screen(app)
}

#[test]
fn the_type_follows_the_answers_and_says_so_until_it_is_picked() {
    let mut app = distribution_first("Black Friday");
    assert_eq!(
        value(&app, "campaign.partnership").as_deref(),
        Some("distribution-first")
    );
    let screen = screen_text(&app);
    assert!(
        screen.contains("Following the diagnosis: distribution-first"),
        "{screen}"
    );
    // Moving on keeps the type the answers chose.
    ctrl(&mut app, 'n');
    ctrl(&mut app, 'p');
    assert_eq!(
        value(&app, "campaign.partnership").as_deref(),
        Some("distribution-first")
    );
    assert_ne!(
        value(&app, "campaign.partnership_picked").as_deref(),
        Some("true")
    );
    // Enter on the recommendation is a pick: it stays when the answers change.
    tab_to(&mut app, "campaign.diagnosis.awareness_or_trust");
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        value(&app, "campaign.partnership_picked").as_deref(),
        Some("true")
    );
    assert!(screen_text(&app).contains("Your pick: distribution-first"));
    key(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT);
    key(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT);
    key(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(focused(&app), "campaign.diagnosis.many_variations");
    press(&mut app, KeyCode::Char('y'));
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(
        value(&app, "campaign.partnership").as_deref(),
        Some("distribution-first"),
        "a pick is kept whatever the answers say"
    );
    // Enter once picked: the type follows the answers again (now hybrid) and says so.
    press(&mut app, KeyCode::Enter);
    assert_ne!(
        value(&app, "campaign.partnership_picked").as_deref(),
        Some("true")
    );
    assert_eq!(
        value(&app, "campaign.partnership").as_deref(),
        Some("hybrid")
    );
    let screen = screen_text(&app);
    assert!(
        screen.contains("Following the diagnosis: hybrid"),
        "{screen}"
    );
    assert!(screen.contains("follows the diagnosis again"), "{screen}");
}

/// Types "end of July" into the campaign's end date and moves on.
fn bad_end_date(app: &mut App) {
    ctrl(app, 'p');
    tab_to(app, "campaign.end_date");
    typed(app, "end of July");
    press(app, KeyCode::Tab);
    assert!(wizard(app).invalid.contains_key("campaign.end_date"));
    let basics = common::tui::step_line(app, 1);
    assert!(basics.ends_with('✗') && !basics.contains('✓'), "{basics}");
}

#[test]
fn quit_then_save_refuses_while_a_field_does_not_fit_and_goes_there() {
    let mut app = new_campaign("Spring");
    bad_end_date(&mut app);
    ctrl(&mut app, 'q');
    assert!(matches!(app.popup, Some(Popup::Leave(_))));
    let effects = press(&mut app, KeyCode::Char('s'));
    assert!(
        !effects.iter().any(|e| matches!(e, Effect::Save { .. })),
        "nothing saved: {effects:?}"
    );
    assert!(!app.quit);
    let Some(Popup::FixFirst { fields, .. }) = &app.popup else {
        panic!("no list of fields to fix: {:?}", app.popup)
    };
    assert_eq!(fields.len(), 1);
    assert_eq!(fields[0].label, "End date");
    let screen = screen_text(&app);
    assert!(
        screen.contains("1 field needs fixing: End date (step 1)"),
        "{screen}"
    );
    press(&mut app, KeyCode::Enter);
    assert!(app.popup.is_none());
    assert_eq!(focused(&app), "campaign.end_date");
    assert_eq!(
        wizard(&app).input.text().as_deref(),
        Some("end of July"),
        "the typed text is still there"
    );
    // It is selected: typing the date replaces it.
    typed(&mut app, "2027-07-31");
    press(&mut app, KeyCode::Tab);
    assert_eq!(
        value(&app, "campaign.end_date").as_deref(),
        Some("2027-07-31")
    );
    assert!(wizard(&app).invalid.is_empty());
}

#[test]
fn esc_home_then_save_refuses_too_and_the_draft_keeps_the_typed_text() {
    let mut app = new_campaign("Spring");
    bad_end_date(&mut app);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('s'));
    assert!(matches!(app.popup, Some(Popup::FixFirst { .. })));
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen, Screen::Wizard(_)));
    let effects = update(&mut app, Msg::Tick);
    let draft = effects
        .iter()
        .find_map(|e| match e {
            Effect::WriteDraft(d) => Some(d),
            _ => None,
        })
        .expect("a draft is written");
    assert!(
        draft
            .pending
            .iter()
            .any(|(k, t)| k == "campaign.end_date" && t == "end of July"),
        "{:?}",
        draft.pending
    );
}

#[test]
fn an_unused_brief_collapses_to_one_line_and_its_steps_are_passed_over() {
    let mut app = distribution_first("Black Friday");
    // From the diagnosis, Ctrl-N goes to partners, then past creator work.
    ctrl(&mut app, 'n');
    assert_eq!(wizard(&app).step, 2);
    ctrl(&mut app, 'n');
    assert_eq!(wizard(&app).step, 4, "creator work is passed over");
    ctrl(&mut app, 'p');
    assert_eq!(wizard(&app).step, 2, "and on the way back");
    // Usage rights: the creator half is one line, Tab never stops on it.
    ctrl(&mut app, 'n');
    ctrl(&mut app, 'n');
    assert_eq!(wizard(&app).step, 5);
    let screen = screen_text(&app);
    assert_eq!(
        screen
            .matches("Creator brief: not used by a distribution-first campaign")
            .count(),
        1,
        "{screen}"
    );
    assert!(!screen.contains("n/a for"), "{screen}");
    for _ in 0..30 {
        assert!(!focused(&app).starts_with("creator."), "{}", focused(&app));
        press(&mut app, KeyCode::Tab);
        if wizard(&app).step != 5 {
            break;
        }
    }
    // A click still opens the creator work step.
    common::tui::click_step(&mut app, 4);
    assert_eq!(wizard(&app).step, 3);
}

#[test]
fn the_diagnosis_shows_every_reason_once() {
    let mut app = new_campaign("Glow");
    tab_to(&mut app, "campaign.category");
    // Cosmetics: a regulated category.
    for _ in 0..12 {
        if value(&app, "campaign.category").as_deref() == Some("cosmetics") {
            break;
        }
        press(&mut app, KeyCode::Down);
    }
    assert_eq!(
        value(&app, "campaign.category").as_deref(),
        Some("cosmetics")
    );
    ctrl(&mut app, 'n');
    for _ in 0..7 {
        press(&mut app, KeyCode::Char('y'));
        press(&mut app, KeyCode::Tab);
    }
    let w = wizard(&app);
    let advice = &w.derived.checks.as_ref().unwrap().advice;
    let screen = screen_text(&app);
    for reason in advice.reasons.iter().chain(&advice.notes) {
        let start: String = reason.chars().take(30).collect();
        assert_eq!(screen.matches(&start).count(), 1, "{start}\n{screen}");
    }
    assert!(!screen.contains("more"), "{screen}");
    assert_eq!(screen.matches("regulated").count(), 1, "{screen}");
}

#[test]
fn at_80_by_24_every_reason_is_said_in_a_few_words_and_four_questions_fit() {
    let mut app = common::tui::new_campaign_at("Glow", (80, 24));
    tab_to(&mut app, "campaign.category");
    for _ in 0..12 {
        if value(&app, "campaign.category").as_deref() == Some("alcohol") {
            break;
        }
        press(&mut app, KeyCode::Down);
    }
    ctrl(&mut app, 'n');
    for _ in 0..7 {
        press(&mut app, KeyCode::Char('y'));
        press(&mut app, KeyCode::Tab);
    }
    for _ in 0..7 {
        key(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT);
    }
    assert_eq!(focused(&app), "campaign.diagnosis.many_variations");
    let advice = wizard(&app).derived.checks.as_ref().unwrap().advice.clone();
    assert_eq!(
        advice.reasons.len(),
        8,
        "seven questions and the category: {advice:?}"
    );
    // Words are wrapped, so compare the screen's pane with its lines joined.
    let screen = screen_text(&app);
    let pane: String = screen
        .lines()
        .filter_map(|l| {
            l.split_once('│')
                .map(|(_, r)| r.trim_end_matches('"').trim().to_string())
        })
        .collect::<Vec<_>>()
        .join(" ");
    let why = pane
        .split_once("Why: ")
        .and_then(|(_, rest)| rest.split_once('▶'))
        .map(|(why, _)| why.to_string())
        .unwrap_or_else(|| panic!("no Why: line\n{screen}"));
    for words in [
        "many versions to test",
        "your own channels or ads",
        "lasting material",
        "awareness or trust",
        "an audience you don't have",
        "a limited-time moment",
        "a launch (both)",
    ] {
        assert_eq!(why.matches(words).count(), 1, "{words}\n{why}\n{screen}");
    }
    // The category's reason carries advice, so it is said in full, once.
    assert_eq!(pane.matches("Alcohol is regulated").count(), 1, "{screen}");
    for note in &advice.notes {
        let start: String = note.chars().take(25).collect();
        assert!(pane.contains(&start), "{start}\n{screen}");
    }
    assert!(screen.contains("fields 1–4 of 10"), "{screen}");
}

#[test]
fn a_finding_is_shown_at_its_field_until_the_field_changes() {
    let mut app = app();
    let mut loaded = common::tui::loaded("skincare-launch", "skincare-launch");
    let path = KeyPath::parse("creator.schedule.final_due").unwrap();
    loaded.docs.clear(&path).unwrap();
    update(&mut app, Msg::Opened(Ok((Box::new(loaded), None))));
    for _ in 0..12 {
        ctrl(&mut app, 'n');
    }
    let findings = &wizard(&app).derived.checks.as_ref().unwrap().findings;
    let at = findings.iter().position(|f| f.key == path).unwrap();
    let message = findings[at].message.clone();
    for _ in 0..at {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(focused(&app), "creator.schedule.final_due");
    let shown = wizard(&app).finding.clone().expect("the finding is shown");
    assert!(shown.text.starts_with(&message));
    let start: String = message.chars().take(20).collect();
    assert!(screen_text(&app).contains(&start), "{}", screen_text(&app));
    press(&mut app, KeyCode::Char('2'));
    assert!(
        wizard(&app).finding.is_none(),
        "gone once the field changes"
    );
    assert!(!screen_text(&app).contains(&start));
}

/// The past hooks of a finished skincare campaign with a hook and a format that worked.
fn past_skincare_hooks() -> Vec<splitbrief::practice::Suggestion> {
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
        past.set(&KeyPath::parse(key).unwrap(), value).unwrap();
    }
    let bundle = past.bundle().unwrap();
    splitbrief::practice::past_hooks(
        &[("last-spring-serum".to_string(), bundle)],
        "skincare",
        "glow-serum",
    )
}

#[test]
fn past_hooks_of_the_same_niche_go_into_the_hooks_list_with_one_key() {
    let mut app = app();
    common::tui::open(
        &mut app,
        common::tui::loaded("skincare-launch", "glow-serum"),
    );
    ctrl(&mut app, 'n');
    ctrl(&mut app, 'n');
    // Reaching the hooks list asks for the niche's past hooks, once.
    let effects = ctrl(&mut app, 'n');
    assert_eq!(focused(&app), "creator.content.hooks");
    assert!(
        effects.iter().any(|e| matches!(
            e,
            Effect::PastHooks { niche, except: Some(slug) } if niche == "skincare" && slug == "glow-serum"
        )),
        "{effects:?}"
    );
    update(
        &mut app,
        Msg::PastHooks {
            niche: "skincare".into(),
            found: past_skincare_hooks(),
        },
    );
    let screen = screen_text(&app);
    assert!(screen.contains("Past in “skincare”"), "{screen}");
    assert!(screen.contains("I stopped buying serums"), "{screen}");
    assert!(screen.contains("Alt-H"), "the keys are on the hint line");
    let before = wizard(&app).suggestions();
    assert_eq!(before.len(), 1, "the hooks list takes the hook: {before:?}");
    key(&mut app, KeyCode::Char('o'), KeyModifiers::CONTROL);
    let hooks = value(&app, "creator.content.hooks").unwrap();
    assert!(hooks.contains("I stopped buying serums until this one"));
    // Key messages are the brand's own; references take the format and the notes.
    tab_to(&mut app, "creator.content.key_messages");
    assert!(wizard(&app).suggestions().is_empty());
    tab_to(&mut app, "creator.content.references");
    assert_eq!(
        wizard(&app).suggestions().len(),
        3,
        "a format and two notes"
    );
    key(&mut app, KeyCode::Char('o'), KeyModifiers::CONTROL);
    let references = value(&app, "creator.content.references").unwrap();
    assert!(
        references.contains("30 s morning-routine reel"),
        "{references}"
    );
    assert!(
        !value(&app, "creator.content.hooks")
            .unwrap()
            .contains("reel")
    );
    // Help lists the keys.
    press(&mut app, KeyCode::F(1));
    let Some(Popup::Help { contexts, .. }) = &app.popup else {
        panic!("no help")
    };
    assert!(contexts.contains(&splitbrief::tui::keymap::Context::Suggestions));
}

#[test]
fn ctrl_c_straight_after_typing_keeps_the_text_too() {
    let mut app = new_campaign("Spring");
    tab_to(&mut app, "campaign.start_date");
    typed(&mut app, "after Easter");
    ctrl(&mut app, 'c');
    assert!(wizard(&app).invalid.contains_key("campaign.start_date"));
    let effects = press(&mut app, KeyCode::Enter);
    assert!(!effects.iter().any(|e| matches!(e, Effect::Save { .. })));
    assert!(matches!(app.popup, Some(Popup::FixFirst { .. })));
    assert!(!app.quit);
}

#[test]
fn k_leaves_and_keeps_the_typed_text_as_unsaved_work() {
    let mut app = new_campaign("Spring");
    bad_end_date(&mut app);
    ctrl(&mut app, 'q');
    press(&mut app, KeyCode::Char('s'));
    let effects = press(&mut app, KeyCode::Char('k'));
    assert!(app.quit);
    assert!(
        !effects.iter().any(|e| matches!(e, Effect::RemoveDraft(_))),
        "{effects:?}"
    );
    let draft = effects
        .iter()
        .find_map(|e| match e {
            Effect::WriteDraft(d) => Some(d),
            _ => None,
        })
        .expect("the draft is written");
    assert!(
        draft
            .pending
            .iter()
            .any(|(k, t)| k == "campaign.end_date" && t == "end of July")
    );
}

#[test]
fn home_after_a_save_waits_for_the_listing_it_asked_for() {
    let mut app = new_campaign("Spring");
    press(&mut app, KeyCode::Esc);
    let effects = press(&mut app, KeyCode::Char('s'));
    let Some(Effect::Save { docs, .. }) = effects.into_iter().next() else {
        panic!("no save")
    };
    let effects = update(
        &mut app,
        Msg::Saved(Ok(splitbrief::tui::app::Saved {
            slug: "spring".into(),
            docs,
        })),
    );
    assert!(matches!(app.screen, Screen::Home));
    assert!(effects.iter().any(|e| matches!(e, Effect::List)));
    assert!(
        app.home.loading,
        "the loop reads the listing's mailbox until it ends"
    );
}

/// The first deliverable's length and longest, as stored.
fn lengths(app: &App) -> (Option<String>, Option<String>) {
    (
        value(app, "creator.deliverables[0].duration_seconds"),
        value(app, "creator.deliverables[0].duration_max_seconds"),
    )
}

/// Replaces the focused text field's `old` text with `new` and moves on.
fn retype(app: &mut App, old: &str, new: &str) {
    for _ in 0..old.len() {
        press(app, KeyCode::Backspace);
    }
    typed(app, new);
    press(app, KeyCode::Tab);
}

#[test]
fn a_length_typed_as_a_range_fills_length_and_longest_and_reads_back_as_typed() {
    let mut app = new_campaign("Clips");
    for _ in 0..3 {
        ctrl(&mut app, 'n');
    }
    tab_to(&mut app, "creator.deliverables");
    press(&mut app, KeyCode::Insert);
    tab_to(&mut app, "creator.deliverables[0].duration_seconds");
    retype(&mut app, "", "20-30 s");
    assert_eq!(
        focused(&app),
        "creator.deliverables[0].duration_max_seconds"
    );
    assert!(
        wizard(&app).invalid.is_empty(),
        "{:?}",
        wizard(&app).invalid
    );
    assert_eq!(lengths(&app), (Some("20".into()), Some("30".into())));
    let screen = screen_text(&app);
    let under_length = screen
        .lines()
        .skip_while(|l| !l.contains("Length (seconds)"))
        .nth(1)
        .unwrap_or_default();
    assert!(under_length.contains("20-30"), "{screen}");
    // Back on Length the range is shown as typed; one length replaces it.
    key(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(wizard(&app).input.text().as_deref(), Some("20-30"));
    retype(&mut app, "20-30", "0:45");
    assert_eq!(lengths(&app), (Some("45".into()), None));
    // A backwards range is refused and kept as typed, the stored length untouched.
    key(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT);
    retype(&mut app, "45", "30-20");
    let invalid = &wizard(&app).invalid["creator.deliverables[0].duration_seconds"];
    assert_eq!(invalid.text, "30-20");
    assert!(
        invalid.reason.contains("shorter length first"),
        "{}",
        invalid.reason
    );
    assert_eq!(lengths(&app), (Some("45".into()), None));
}

#[test]
fn using_the_saved_version_keeps_the_draft_until_something_changes() {
    let opened = |app: &mut App| {
        let loaded = common::tui::loaded("skincare-launch", "glow");
        let draft = common::tui::draft_of(
            &loaded,
            ("name = ", "name = \"Glow v2\"\n# "),
            "2026-12-04 20:15",
            vec![("campaign.end_date".into(), "end of July".into())],
        );
        update(app, Msg::Opened(Ok((Box::new(loaded), Some(draft)))));
        assert!(matches!(app.popup, Some(Popup::Recover(_))));
    };
    // Esc: the saved version, and leaving untouched keeps the draft for next time.
    let mut app = common::tui::app();
    opened(&mut app);
    let mut effects = press(&mut app, KeyCode::Esc);
    assert!(app.popup.is_none());
    effects.extend(update(&mut app, Msg::Tick));
    effects.extend(press(&mut app, KeyCode::Esc));
    assert!(
        matches!(app.screen, Screen::Home),
        "left without a question"
    );
    assert!(
        !effects.iter().any(|e| matches!(e, Effect::RemoveDraft(_))),
        "{effects:?}"
    );
    // A change after Esc is new unsaved work: it replaces the draft.
    let mut app = common::tui::app();
    opened(&mut app);
    press(&mut app, KeyCode::Esc);
    typed(&mut app, "!");
    let effects = update(&mut app, Msg::Tick);
    assert!(
        effects.iter().any(|e| matches!(e, Effect::WriteDraft(_))),
        "{effects:?}"
    );
    // d discards it.
    let mut app = common::tui::app();
    opened(&mut app);
    let effects = press(&mut app, KeyCode::Char('d'));
    assert!(
        effects.iter().any(|e| matches!(e, Effect::RemoveDraft(_))),
        "{effects:?}"
    );
}

#[test]
fn ctrl_c_twice_quits_and_keeps_the_work_for_next_time() {
    let mut app = new_campaign("Spring");
    bad_end_date(&mut app);
    ctrl(&mut app, 'c');
    assert!(matches!(app.popup, Some(Popup::Leave(_))));
    let effects = ctrl(&mut app, 'c');
    assert!(app.quit);
    assert!(
        !effects.iter().any(|e| matches!(e, Effect::RemoveDraft(_))),
        "{effects:?}"
    );
    assert!(
        effects.iter().any(|e| matches!(e, Effect::WriteDraft(d)
            if d.pending.iter().any(|(_, t)| t == "end of July"))),
        "{effects:?}"
    );
}

#[test]
fn ctrl_s_with_a_field_that_does_not_fit_says_what_was_not_saved() {
    let mut app = new_campaign("Spring");
    bad_end_date(&mut app);
    let effects = ctrl(&mut app, 's');
    let Some(Effect::Save { slug, docs, .. }) = effects.first() else {
        panic!("{effects:?}")
    };
    let saved = Ok(splitbrief::tui::app::Saved {
        slug: slug.clone().unwrap_or_else(|| "spring".into()),
        docs: docs.clone(),
    });
    update(&mut app, Msg::Saved(saved));
    let screen = screen_text(&app);
    assert!(screen.contains("except End date (step 1)"), "{screen}");
    assert_eq!(
        wizard(&app).invalid["campaign.end_date"].text,
        "end of July"
    );
}

#[test]
fn a_letter_on_several_choices_goes_to_the_choice_and_space_ticks_it() {
    let mut app = new_campaign("Clips");
    for _ in 0..3 {
        ctrl(&mut app, 'n');
    }
    tab_to(&mut app, "creator.deliverables");
    press(&mut app, KeyCode::Insert);
    tab_to(&mut app, "creator.deliverables[0].placements");
    typed(&mut app, "w");
    press(&mut app, KeyCode::Char(' '));
    typed(&mut app, "e");
    press(&mut app, KeyCode::Char(' '));
    // "o" twice: ooh is the first match after email, then other.
    typed(&mut app, "oo");
    press(&mut app, KeyCode::Char(' '));
    let stored = value(&app, "creator.deliverables[0].placements").unwrap_or_default();
    assert!(
        stored.contains("website") && stored.contains("email"),
        "{stored}"
    );
    assert!(
        stored.contains("other") && !stored.contains("ooh"),
        "{stored}"
    );
    assert_eq!(stored.matches('"').count(), 6, "three ticked: {stored}");
}

#[test]
fn the_review_at_80_by_24_scrolls_to_its_last_line_and_back() {
    let mut app = common::tui::new_campaign_at("Spring", (80, 24));
    for _ in 0..12 {
        ctrl(&mut app, 'n');
    }
    assert_eq!(wizard(&app).step, 12, "on the review");
    let first = screen_text(&app);
    assert!(
        !first.contains("10 Learnings"),
        "the checklist starts below: {first}"
    );
    let mut seen = String::new();
    for _ in 0..200 {
        press(&mut app, KeyCode::Down);
        seen.push_str(&screen_text(&app));
    }
    let last = screen_text(&app);
    // Every practice and the disclaimer's end were on screen at some point, the end last.
    for practice in ["Checklist:", " 1 ", "10 Learnings"] {
        assert!(seen.contains(practice), "{practice} never shown");
    }
    assert!(last.contains("legal advice"), "{last}");
    assert!(!last.contains("more below"), "{last}");
    assert!(!seen.contains("(Markdown, in the curre"), "no cut button");
    // Up goes back the same way to the first finding.
    for _ in 0..200 {
        press(&mut app, KeyCode::Up);
    }
    assert_eq!(wizard(&app).review, 0);
    assert_eq!(wizard(&app).review_scroll, 0);
    assert!(screen_text(&app).contains("more below"));
}

#[test]
fn enter_on_the_type_choice_keeps_the_highlighted_type_as_the_pick() {
    let mut app = distribution_first("Drop");
    tab_to(&mut app, "campaign.partnership");
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        value(&app, "campaign.partnership_picked").as_deref(),
        Some("true")
    );
    assert_eq!(
        value(&app, "campaign.partnership").as_deref(),
        Some("distribution-first")
    );
    assert!(screen_text(&app).contains("Your pick: distribution-first"));
}

#[test]
fn tab_in_a_row_passes_over_columns_that_do_not_apply() {
    let mut app = new_campaign("Drop");
    ctrl(&mut app, 'n');
    ctrl(&mut app, 'n');
    tab_to(&mut app, "influencer.partners");
    press(&mut app, KeyCode::Insert);
    tab_to(&mut app, "influencer.partners[0].audience_location");
    press(&mut app, KeyCode::Tab);
    assert_eq!(
        focused(&app),
        "influencer.partners[0].fee",
        "legal age is for alcohol"
    );
    key(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(focused(&app), "influencer.partners[0].audience_location");
}

#[test]
fn a_tier_picked_by_hand_stays_while_followers_are_typed() {
    let mut app = new_campaign("Drop");
    ctrl(&mut app, 'n');
    ctrl(&mut app, 'n');
    tab_to(&mut app, "influencer.partners");
    press(&mut app, KeyCode::Insert);
    tab_to(&mut app, "influencer.partners[0].tier");
    press(&mut app, KeyCode::Down);
    assert_eq!(
        value(&app, "influencer.partners[0].tier").as_deref(),
        Some("nano")
    );
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "1.2M");
    press(&mut app, KeyCode::Tab);
    assert_eq!(
        value(&app, "influencer.partners[0].followers").as_deref(),
        Some("1200000")
    );
    assert_eq!(
        value(&app, "influencer.partners[0].tier").as_deref(),
        Some("nano"),
        "the pick stays, though the count passed through nano while typed"
    );
    // Without a pick the tier follows the count.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('+'));
    tab_to(&mut app, "influencer.partners[1].followers");
    typed(&mut app, "42k");
    press(&mut app, KeyCode::Tab);
    assert_eq!(
        value(&app, "influencer.partners[1].tier").as_deref(),
        Some("micro")
    );
}

#[test]
fn the_status_line_says_when_text_being_typed_does_not_fit() {
    let mut app = new_campaign("Spring");
    tab_to(&mut app, "campaign.end_date");
    typed(&mut app, "end of July");
    assert!(screen_text(&app).contains("typed text does not fit yet"));
    for _ in 0.."end of July".len() {
        press(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "2027-07-31");
    assert!(!screen_text(&app).contains("does not fit"));
    // Valid text written another way ("12,000" is stored as 12000) is not flagged.
    tab_to(&mut app, "campaign.budget");
    typed(&mut app, "12,000");
    assert!(!screen_text(&app).contains("does not fit"));
}
