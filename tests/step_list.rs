//! The step list at 80×24 as a tester read it: the gauge says it counts checklist practices,
//! marks follow what is typed in each step, flags sit only on started steps, the step keys
//! pass over steps that do not apply, and the pane's field counter counts what is on screen.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a failed unwrap is a failed test"
)]

mod common;

use common::tui::{app_at, loaded, new_campaign_at, open, screen};

const SIZE: (u16, u16) = (80, 24);

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
