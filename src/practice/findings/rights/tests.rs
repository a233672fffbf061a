//! Usage-rights rule tests: each fires on the bad case and is silent once fixed.

use crate::brief::{AudioSource, Channel, Objective, Ownership};
use crate::practice::findings::{fired, none, one};
use crate::practice::sample::{clean, creator, influencer};

#[test]
fn rights_without_duration() {
    let mut b = clean();
    influencer(&mut b).usage_rights.duration_days = Some(0);
    let f = one(&b, "rights-without-duration");
    assert_eq!(f.key.to_string(), "influencer.usage_rights.duration_days");
    influencer(&mut b).usage_rights.perpetual = Some(true);
    none(&b, "rights-without-duration");
}

#[test]
fn whitelisting_without_window() {
    let mut b = clean();
    creator(&mut b).usage_rights.whitelisting_days = None;
    creator(&mut b).usage_rights.perpetual = Some(true);
    let f = one(&b, "whitelisting-without-window");
    assert_eq!(f.key.to_string(), "creator.usage_rights.whitelisting_days");
    creator(&mut b).usage_rights.whitelisting_days = Some(30);
    none(&b, "whitelisting-without-window");
}

#[test]
fn usage_channels_mismatch() {
    let mut b = clean();
    creator(&mut b).deliverables[0]
        .placements
        .push(Channel::Website);
    let f = one(&b, "usage-channels-mismatch");
    assert_eq!(f.key.to_string(), "creator.deliverables[0].placements");
    assert!(f.message.contains("website"));
    creator(&mut b).usage_rights.channels.push(Channel::Website);
    none(&b, "usage-channels-mismatch");
    creator(&mut b).usage_rights.paid_amplification = None;
    let found = fired(&b, "usage-channels-mismatch");
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].key.to_string(),
        "creator.usage_rights.paid_amplification"
    );
}

#[test]
fn test_plan_exceeds_rights() {
    let mut b = clean();
    creator(&mut b).test_plan.duration_days = Some(200);
    let f = one(&b, "test-plan-exceeds-rights");
    assert_eq!(f.key.to_string(), "creator.test_plan.duration_days");
    creator(&mut b).test_plan.duration_days = Some(14);
    none(&b, "test-plan-exceeds-rights");
    creator(&mut b).usage_rights.paid_amplification = Some(false);
    let found = fired(&b, "test-plan-exceeds-rights");
    assert_eq!(found.len(), 1);
    assert!(found[0].message.contains("needs paid amplification"));
}

#[test]
fn evergreen_rights_expire() {
    let mut b = clean();
    b.campaign.objective = Some(Objective::Education);
    creator(&mut b).deliverables[0]
        .placements
        .push(Channel::Email);
    one(&b, "evergreen-rights-expire");
    creator(&mut b).usage_rights.ownership = Some(Ownership::Buyout);
    none(&b, "evergreen-rights-expire");
}

#[test]
fn evergreen_rights_expire_reads_rights_channels_too() {
    let mut b = clean();
    b.campaign.objective = Some(Objective::AssetLibrary);
    none(&b, "evergreen-rights-expire");
    creator(&mut b)
        .usage_rights
        .channels
        .push(Channel::LandingPage);
    let f = one(&b, "evergreen-rights-expire");
    assert_eq!(f.key.to_string(), "creator.usage_rights.perpetual");
    assert!(f.message.contains("180 days"));
    creator(&mut b).usage_rights.perpetual = Some(true);
    none(&b, "evergreen-rights-expire");
}

#[test]
fn exclusivity_without_scope() {
    let mut b = clean();
    influencer(&mut b).usage_rights.exclusivity_days = Some(30);
    one(&b, "exclusivity-without-scope");
    influencer(&mut b).usage_rights.competitors = vec!["Other Cream Co".into()];
    none(&b, "exclusivity-without-scope");
}

#[test]
fn keep_live_shorter_than_ads() {
    let mut b = clean();
    let r = &mut influencer(&mut b).usage_rights;
    r.partnership_ads = Some(true);
    r.whitelisting_days = Some(120);
    let f = one(&b, "keep-live-shorter-than-ads");
    assert_eq!(f.key.to_string(), "influencer.posts[0].keep_live_days");
    influencer(&mut b).posts[0].keep_live_days = Some(120);
    none(&b, "keep-live-shorter-than-ads");
}

#[test]
fn audio_not_cleared() {
    let mut b = clean();
    creator(&mut b).deliverables[0].audio = Some(AudioSource::TrendingSound);
    assert_eq!(
        one(&b, "audio-not-cleared").key.to_string(),
        "creator.deliverables[0].audio"
    );
    creator(&mut b).deliverables[0].audio = None;
    assert!(
        one(&b, "audio-not-cleared")
            .message
            .contains("no music source")
    );
    creator(&mut b).deliverables[0].audio = Some(AudioSource::Licensed);
    none(&b, "audio-not-cleared");
}

#[test]
fn ad_window_longer_than_licence() {
    let mut b = clean();
    creator(&mut b).usage_rights.whitelisting_days = Some(200);
    let f = one(&b, "ad-window-longer-than-licence");
    assert_eq!(f.key.to_string(), "creator.usage_rights.whitelisting_days");
    assert!(f.message.contains("200 days"), "{}", f.message);
    assert!(f.fix.contains("180 days"), "{}", f.fix);
    creator(&mut b).usage_rights.perpetual = Some(true);
    none(&b, "ad-window-longer-than-licence");
    creator(&mut b).usage_rights.perpetual = None;
    creator(&mut b).usage_rights.whitelisting_days = Some(180);
    none(&b, "ad-window-longer-than-licence");
}
