//! Coverage tests: each practice done, partly, missing or n/a.

use super::*;
use crate::brief::{Channel, Partnership};
use crate::practice::sample::{self, creator, influencer};

fn status(b: &Bundle, number: u8) -> Status {
    coverage(b)
        .practice(number)
        .map(|p| p.status)
        .unwrap_or(Status::Missing)
}

fn missing(b: &Bundle, number: u8) -> Vec<String> {
    coverage(b)
        .practice(number)
        .map(|p| p.missing.clone())
        .unwrap_or_default()
}

#[test]
fn the_clean_sample_covers_all_ten() {
    let c = coverage(&sample::clean());
    assert_eq!((c.done(), c.applicable()), (10, 10), "{c:#?}");
    assert_eq!(c.to_string(), "10/10");
}

#[test]
fn a_new_campaign_misses_everything_and_has_no_paid_test() {
    let c = coverage(&sample::empty());
    assert_eq!((c.done(), c.applicable()), (0, 9));
    assert_eq!(
        c.practice(7).map(|p| p.not_applicable),
        Some(Some(NO_PAID_SOCIAL))
    );
    assert!(
        c.practices
            .iter()
            .all(|p| matches!(p.status, Status::Missing | Status::NotApplicable))
    );
}

#[test]
fn production_first_drops_influencer_practices() {
    let mut b = sample::clean();
    b.campaign.partnership = Some(Partnership::ProductionFirst);
    let c = coverage(&b);
    for n in [4, 6] {
        let p = c.practice(n).unwrap();
        assert_eq!(p.status, Status::NotApplicable);
        assert_eq!(p.not_applicable, Some(NO_INFLUENCER));
    }
    assert_eq!(c.to_string(), "8/8");
}

#[test]
fn distribution_first_drops_creator_practices() {
    let mut b = sample::clean();
    b.campaign.partnership = Some(Partnership::DistributionFirst);
    let c = coverage(&b);
    assert_eq!(c.practice(3).unwrap().not_applicable, Some(NO_CREATOR));
    assert_eq!(c.practice(7).unwrap().not_applicable, Some(NO_CREATOR));
    assert_eq!(c.to_string(), "8/8");
}

#[test]
fn practice_1_partnership_alone_is_partly() {
    let mut b = sample::clean();
    b.campaign.partnership_reason = None;
    b.campaign.diagnosis = Default::default();
    assert_eq!(status(&b, 1), Status::Partly);
    assert_eq!(missing(&b, 1), vec!["answer the diagnosis or say why"]);
    b.campaign.partnership_reason = Some("Needs both".into());
    assert_eq!(status(&b, 1), Status::Done);
}

#[test]
fn practice_2_a_needed_brief_missing_or_empty_is_partly() {
    let mut b = sample::clean();
    b.creator = None;
    assert_eq!(status(&b, 2), Status::Partly);
    let mut b = sample::clean();
    let i = influencer(&mut b);
    i.partners.clear();
    i.posts.clear();
    assert_eq!(
        missing(&b, 2),
        vec!["an influencer brief with a partner or post"]
    );
}

#[test]
fn practice_3_lists_what_the_creator_still_needs() {
    let mut b = sample::clean();
    let c = creator(&mut b);
    c.content.hooks.clear();
    c.schedule.revision_rounds = None;
    c.deliverables[0].quantity = None;
    assert_eq!(status(&b, 3), Status::Partly);
    assert_eq!(missing(&b, 3).len(), 3);
}

#[test]
fn practice_4_needs_engagement_and_a_conversion_proxy_will_do() {
    let mut b = sample::clean();
    let i = influencer(&mut b);
    i.targets.conversions = None;
    assert_eq!(status(&b, 4), Status::Done);
    influencer(&mut b).targets.engagement_rate = None;
    assert_eq!(missing(&b, 4), vec!["an engagement target"]);
}

#[test]
fn practice_5_ad_access_needs_its_window() {
    let mut b = sample::clean();
    creator(&mut b).usage_rights.whitelisting_days = Some(0);
    assert_eq!(status(&b, 5), Status::Partly);
    assert_eq!(
        missing(&b, 5),
        vec!["the ad-access window on the creator's handle"]
    );
}

#[test]
fn practice_6_one_of_two_is_partly() {
    let mut b = sample::clean();
    influencer(&mut b).tracking.hashtags.clear();
    assert_eq!(status(&b, 6), Status::Partly);
    let i = influencer(&mut b);
    i.tracking.link = None;
    i.tracking.promo_code = None;
    assert_eq!(status(&b, 6), Status::Missing);
    influencer(&mut b).partners[0].promo_code = Some("ANA15".into());
    assert_eq!(status(&b, 6), Status::Partly, "a partner's code counts");
}

#[test]
fn practice_7_applies_only_with_paid_social() {
    let mut b = sample::clean();
    creator(&mut b).test_plan.scale_rule = None;
    assert_eq!(status(&b, 7), Status::Partly);
    creator(&mut b).deliverables[0].placements = vec![Channel::Website];
    assert_eq!(status(&b, 7), Status::NotApplicable);
}

#[test]
fn practices_8_and_9_ask_each_brief() {
    let mut b = sample::clean();
    influencer(&mut b).guidelines.donts.clear();
    assert_eq!(missing(&b, 8), vec!["a don't for the influencer"]);
    influencer(&mut b).feedback.metrics_requested.clear();
    assert_eq!(missing(&b, 9), vec!["which numbers the influencer reports"]);
}

#[test]
fn practice_10_niche_alone_is_partly() {
    let mut b = sample::clean();
    b.campaign.learnings.notes.clear();
    assert_eq!(status(&b, 10), Status::Partly);
    b.campaign.learnings.niche = None;
    assert_eq!(status(&b, 10), Status::Missing);
}

#[test]
fn serializes_counts_and_statuses() {
    let mut b = sample::clean();
    b.campaign.partnership = Some(Partnership::ProductionFirst);
    let json = serde_json::to_value(coverage(&b)).unwrap();
    assert_eq!(json["done"], 8);
    assert_eq!(json["applicable"], 8);
    assert_eq!(json["practices"][3]["status"], "not-applicable");
    assert_eq!(json["practices"][0]["status"], "done");
}

#[test]
fn a_decided_no_reuse_is_done_not_missing() {
    let mut b = crate::practice::sample::clean();
    let i = crate::practice::sample::influencer(&mut b);
    i.usage_rights = crate::brief::UsageRights {
        paid_amplification: Some(false),
        whitelisting: Some(false),
        partnership_ads: Some(false),
        ..Default::default()
    };
    assert_eq!(
        coverage(&b).practice(5).map(|p| p.status),
        Some(Status::Done)
    );
    // Not answered is still missing.
    crate::practice::sample::influencer(&mut b).usage_rights = Default::default();
    assert_ne!(
        coverage(&b).practice(5).map(|p| p.status),
        Some(Status::Done)
    );
}
