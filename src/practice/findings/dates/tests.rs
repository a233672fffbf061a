//! Date rule tests: each fires on the bad case and is silent once fixed.

use crate::brief::Style;
use crate::practice::findings::{fired, none, one};
use crate::practice::sample::{clean, creator, date, influencer};

#[test]
fn deadline_order_campaign_dates() {
    let mut b = clean();
    b.campaign.start_date = Some(date("2027-06-01"));
    let f = one(&b, "deadline-order");
    assert_eq!(f.key.to_string(), "campaign.end_date");
    b.campaign.start_date = Some(date("2027-03-01"));
    none(&b, "deadline-order");
}

#[test]
fn deadline_order_brief_schedule() {
    let mut b = clean();
    creator(&mut b).schedule.draft_due = Some(date("2027-04-01"));
    let f = one(&b, "deadline-order");
    assert_eq!(f.key.to_string(), "creator.schedule.final_due");
    creator(&mut b).schedule.draft_due = None;
    creator(&mut b).schedule.brief_sent = Some(date("2027-04-01"));
    assert_eq!(
        one(&b, "deadline-order").key.to_string(),
        "creator.schedule.final_due"
    );
    creator(&mut b).schedule.brief_sent = Some(date("2027-03-01"));
    none(&b, "deadline-order");
}

#[test]
fn deadline_order_post_windows() {
    let mut b = clean();
    influencer(&mut b).posts[0].window_start = Some(date("2027-04-20"));
    assert_eq!(
        one(&b, "deadline-order").key.to_string(),
        "influencer.posts[0].window_end"
    );
    influencer(&mut b).posts[0].window_start = Some(date("2027-04-01"));
    influencer(&mut b).posts[0].window_end = Some(date("2027-06-10"));
    assert!(
        one(&b, "deadline-order")
            .message
            .contains("after the campaign ends")
    );
    influencer(&mut b).posts[0].window_end = Some(date("2027-05-31"));
    none(&b, "deadline-order");
}

#[test]
fn dates_in_past() {
    // The clean sample starts on 2027-03-01 and sends its first brief then.
    let mut b = clean();
    none(&b, "dates-in-past");
    creator(&mut b).schedule.brief_sent = None;
    influencer(&mut b).schedule.brief_sent = None;
    none(&b, "dates-in-past");
    b.campaign.start_date = Some(date("2027-01-05"));
    creator(&mut b).schedule.draft_due = Some(date("2027-01-09"));
    influencer(&mut b).posts[0].window_start = Some(date("2027-01-01"));
    let keys: Vec<String> = fired(&b, "dates-in-past")
        .iter()
        .map(|f| f.key.to_string())
        .collect();
    assert_eq!(
        keys,
        [
            "campaign.start_date",
            "creator.schedule.draft_due",
            "influencer.posts[0].window_start"
        ]
    );
    // Sent today or earlier: the plan is under way, nothing to move.
    influencer(&mut b).schedule.brief_sent = Some(date("2027-01-10"));
    none(&b, "dates-in-past");
    // Sent in the future is not sent yet.
    influencer(&mut b).schedule.brief_sent = Some(date("2027-01-11"));
    assert_eq!(fired(&b, "dates-in-past").len(), 3);
}

#[test]
fn posting_before_assets() {
    let mut b = clean();
    influencer(&mut b).posts[0].window_start = Some(date("2027-03-20"));
    let f = one(&b, "posting-before-assets");
    assert_eq!(f.key.to_string(), "influencer.posts[0].window_start");
    influencer(&mut b).content.uses_creator_assets = Some(false);
    none(&b, "posting-before-assets");
}

#[test]
fn testimonial_before_use() {
    let mut b = clean();
    let c = creator(&mut b);
    c.deliverables[0].style = Some(Style::Testimonial);
    c.schedule.product_ships = Some(date("2027-03-10"));
    assert!(
        one(&b, "testimonial-before-use")
            .message
            .contains("only 5 days")
    );
    creator(&mut b).schedule.product_ships = Some(date("2027-03-17"));
    assert!(
        one(&b, "testimonial-before-use")
            .message
            .contains("2 days after")
    );
    creator(&mut b).schedule.product_ships = Some(date("2027-03-08"));
    none(&b, "testimonial-before-use");
}

#[test]
fn code_expires_before_window() {
    let mut b = clean();
    influencer(&mut b).tracking.code_expires = Some(date("2027-04-05"));
    one(&b, "code-expires-before-window");
    influencer(&mut b).tracking.code_expires = Some(date("2027-04-10"));
    none(&b, "code-expires-before-window");
    assert!(fired(&b, "deadline-order").is_empty());
}
