//! Tests of the rule table as a whole: ids and severities as in DESIGN §7, keys that resolve,
//! order, single-file checks, unused briefs, the JSON shape and the built-in templates.

use super::*;
use crate::brief::{Partnership, Platform, Post};
use crate::path::resolve;
use crate::practice::sample::{self, clean, creator, influencer};

/// DESIGN §7, in the order of its table.
const DESIGN: [(&str, Severity); 52] = [
    ("missing-disclosure", Severity::Error),
    ("rights-without-duration", Severity::Error),
    ("whitelisting-without-window", Severity::Error),
    ("conversion-target-without-tracking", Severity::Error),
    ("conversion-target-at-awareness", Severity::Warning),
    ("hybrid-single-fee", Severity::Error),
    ("creator-judged-by-reach", Severity::Warning),
    ("bundled-metrics", Severity::Warning),
    ("no-test-plan", Severity::Info),
    ("no-deliverables", Severity::Error),
    ("no-posts", Severity::Error),
    ("no-deadline", Severity::Error),
    ("deadline-order", Severity::Error),
    ("no-revision-rounds", Severity::Warning),
    ("no-influencer-approval", Severity::Warning),
    ("no-feedback-date", Severity::Warning),
    ("no-report-due", Severity::Warning),
    ("payment-terms-missing", Severity::Warning),
    ("posting-before-assets", Severity::Error),
    ("budget-exceeded", Severity::Warning),
    ("too-many-key-messages", Severity::Info),
    ("usage-channels-mismatch", Severity::Error),
    ("test-plan-exceeds-rights", Severity::Error),
    ("evergreen-rights-expire", Severity::Warning),
    ("rights-without-fee", Severity::Warning),
    ("exclusivity-without-scope", Severity::Error),
    ("keep-live-shorter-than-ads", Severity::Warning),
    ("performance-pay-without-tracking", Severity::Error),
    ("gifted-with-posting-obligation", Severity::Warning),
    ("code-expires-before-window", Severity::Warning),
    ("audio-not-cleared", Severity::Warning),
    ("testimonial-before-use", Severity::Warning),
    ("disclosure-label-ambiguous", Severity::Error),
    ("disclosure-label-wrong-market", Severity::Warning),
    ("disclosure-placement-weak", Severity::Error),
    ("video-disclosure-not-in-video", Severity::Warning),
    ("platform-tool-not-used", Severity::Info),
    ("regulated-without-claims-guidance", Severity::Error),
    ("regulated-claim-in-copy", Severity::Warning),
    ("regulated-not-flagged", Severity::Warning),
    ("alcohol-audience-age", Severity::Error),
    ("fin-promo-without-approval", Severity::Error),
    ("partnership-differs", Severity::Info),
    // §8.3
    ("plan-above-max-cost", Severity::Warning),
    ("ad-window-longer-than-licence", Severity::Warning),
    ("dates-in-past", Severity::Warning),
    ("pretend-experience", Severity::Error),
    ("restricted-on-platform", Severity::Error),
    ("fin-promo-risk-warning-missing", Severity::Error),
    ("fin-promo-incentive", Severity::Error),
    ("alcohol-presenter-age", Severity::Warning),
    ("fr-image-labels", Severity::Info),
];

/// What each partner receives (issue 9): ids beyond §7.
const PARTNER_BRIEFS: [(&str, Severity); 7] = [
    ("rights-expiring", Severity::Warning),
    ("rights-expired", Severity::Info),
    ("no-contact", Severity::Warning),
    ("no-ship-date", Severity::Warning),
    ("use-before-shipping", Severity::Warning),
    ("row-partner-unknown", Severity::Warning),
    ("partner-without-rows", Severity::Warning),
];

#[test]
fn every_design_id_has_one_rule_with_its_severity() {
    let table: Vec<(&str, Severity)> = rules().map(|r| (r.id, r.severity)).collect();
    assert_eq!(table.len(), DESIGN.len() + PARTNER_BRIEFS.len());
    for (id, severity) in DESIGN.into_iter().chain(PARTNER_BRIEFS) {
        let found: Vec<_> = table.iter().filter(|(i, _)| *i == id).collect();
        assert_eq!(found, vec![&(id, severity)], "{id}");
    }
}

#[test]
fn every_rule_key_is_a_real_key_path() {
    for rule in rules() {
        assert!(!rule.keys.is_empty(), "{}", rule.id);
        for key in rule.keys {
            let path = KeyPath::parse(&key.replace("[]", "[0]"));
            let ok = path.as_ref().is_ok_and(|p| resolve(p).is_ok());
            assert!(ok, "{}: {key} is not a key path", rule.id);
        }
    }
}

#[test]
fn the_clean_sample_has_no_findings() {
    let found = check(&clean(), &MarketData::default(), sample::today());
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn findings_are_sorted_by_file_then_rule_table() {
    let mut b = clean();
    b.campaign.approver = None;
    b.campaign.category = Some(Category::Finance);
    creator(&mut b).guidelines.claims_banned = vec!["No promise of returns".into()];
    influencer(&mut b).guidelines.claims_banned = vec!["No promise of returns".into()];
    creator(&mut b).schedule.revision_rounds = None;
    influencer(&mut b).posts[0].window_end = None;
    creator(&mut b)
        .success
        .metrics
        .push(crate::brief::Metric::Reach);
    let found = check(&b, &MarketData::default(), sample::today());
    let order: Vec<(&str, &str)> = found.iter().map(|f| (f.file().as_str(), f.id)).collect();
    assert_eq!(
        order,
        [
            ("campaign", "fin-promo-without-approval"),
            ("creator", "creator-judged-by-reach"),
            ("creator", "no-revision-rounds"),
            ("influencer", "no-deadline"),
        ]
    );
    assert!(found.iter().all(|f| f.campaign == "glow-spring"));
    let counts = Counts::of(&found);
    assert_eq!((counts.error, counts.warning, counts.info), (2, 2, 0));
}

#[test]
fn unused_briefs_are_not_checked() {
    let mut b = clean();
    b.campaign.partnership = Some(Partnership::ProductionFirst);
    b.campaign.partnership_reason = Some("We only need assets.".into());
    influencer(&mut b).posts.clear();
    influencer(&mut b).disclosure = Default::default();
    let found = check(&b, &MarketData::default(), sample::today());
    assert!(
        found.iter().all(|f| f.file() != FileKind::Influencer),
        "{found:#?}"
    );
}

#[test]
fn single_file_checks_leave_out_the_other_brief_and_cross_brief_rules() {
    let mut b = clean();
    influencer(&mut b).posts[0].window_start = Some(sample::date("2027-03-20"));
    b.campaign.budget = Some(crate::brief::Number(100.0));
    creator(&mut b).schedule.revision_rounds = None;
    influencer(&mut b).feedback.report_due = None;
    let whole: Vec<&str> = check(&b, &MarketData::default(), sample::today())
        .iter()
        .map(|f| f.id)
        .collect();
    assert!(whole.contains(&"posting-before-assets") && whole.contains(&"budget-exceeded"));
    let market = MarketData::default();
    let one_file = check_single(FileKind::Influencer, &b, &market, sample::today());
    let ids: Vec<&str> = one_file.iter().map(|f| f.id).collect();
    assert_eq!(ids, ["no-report-due"]);
    let ids: Vec<&str> = check_single(FileKind::Creator, &b, &market, sample::today())
        .iter()
        .map(|f| f.id)
        .collect();
    assert_eq!(ids, ["no-revision-rounds"]);
    b.campaign.end_date = Some(sample::date("2027-01-01"));
    let ids: Vec<String> = check_single(FileKind::Creator, &b, &market, sample::today())
        .iter()
        .map(|f| f.key.to_string())
        .collect();
    assert!(
        ids.contains(&"campaign.end_date".to_string()),
        "campaign.toml comes along: {ids:?}"
    );
}

#[test]
fn serializes_to_the_check_json_item() {
    let mut b = clean();
    influencer(&mut b).posts.push(Post {
        platform: Some(Platform::Tiktok),
        ..Default::default()
    });
    let found = check(&b, &MarketData::default(), sample::today());
    let json = serde_json::to_value(&found[0]).unwrap();
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = [
        "campaign", "file", "key", "partner", "id", "severity", "message", "fix",
    ];
    expected.sort();
    let mut got = keys.clone();
    got.sort();
    assert_eq!(got, expected);
    assert_eq!(json["file"], "influencer.toml");
    assert_eq!(json["key"], "influencer.posts[1].window_end");
    assert_eq!(json["severity"], "error");
    assert_eq!(json["id"], "no-deadline");
    assert!(json["partner"].is_null());
}

macro_rules! template {
    ($name:literal) => {
        sample::from_files(
            include_str!(concat!(
                "../../../assets/templates/",
                $name,
                "/campaign.toml"
            )),
            include_str!(concat!(
                "../../../assets/templates/",
                $name,
                "/creator.toml"
            )),
            include_str!(concat!(
                "../../../assets/templates/",
                $name,
                "/influencer.toml"
            )),
        )
    };
}

#[test]
fn built_in_templates_have_no_errors_and_full_coverage() {
    let templates = [
        ("skincare-launch", template!("skincare-launch")),
        ("saas-education", template!("saas-education")),
        ("apparel-drop", template!("apparel-drop")),
        ("local-restaurant", template!("local-restaurant")),
        ("online-course", template!("online-course")),
    ];
    for (name, bundle) in templates {
        let errors: Vec<_> = check(&bundle, &MarketData::default(), sample::today())
            .into_iter()
            .filter(|f| f.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        let c = crate::practice::coverage(&bundle);
        assert_eq!(c.done(), c.applicable(), "{name}: {c:#?}");
        assert_eq!(
            c.applicable(),
            10,
            "{name}: every practice applies to a hybrid"
        );
    }
}

#[test]
fn market_data_from_the_config_changes_what_is_found() {
    let mut b = clean();
    b.campaign.category = Some(Category::Cosmetics);
    b.campaign.markets = vec![crate::brief::Country::parse("IE").unwrap()];
    influencer(&mut b).disclosure.label = Some("Fógra".into());
    creator(&mut b).content.hooks = vec!["Anti-ageing in three drops".into()];
    let ids = |market: &MarketData| -> Vec<&'static str> {
        check(&b, market, sample::today())
            .iter()
            .map(|f| f.id)
            .collect()
    };
    let defaults = ids(&MarketData::default());
    assert!(defaults.contains(&"disclosure-label-wrong-market"));
    assert!(!defaults.contains(&"regulated-claim-in-copy"));
    let mut market = MarketData::default();
    let config: toml::Table = toml::from_str(
        "[labels]\nIE = [\"Fógra\"]\n[claim_words]\ncosmetics = [\"anti-ageing\"]\n",
    )
    .unwrap();
    market.extend_from(&config).unwrap();
    let extended = ids(&market);
    assert!(
        !extended.contains(&"disclosure-label-wrong-market"),
        "{extended:?}"
    );
    assert!(
        extended.contains(&"regulated-claim-in-copy"),
        "{extended:?}"
    );
}

/// Regressions found by writing realistic briefs by hand.
mod realistic {
    use super::*;
    use crate::brief::{DisclosurePlacement, InfluencerBasis, Metric, Ownership, PostFormat};

    fn ids(b: &Bundle) -> Vec<&'static str> {
        check(b, &MarketData::default(), sample::today())
            .iter()
            .map(|f| f.id)
            .collect()
    }

    #[test]
    fn a_buyout_covers_every_channel_and_never_ends() {
        let mut b = clean();
        let c = creator(&mut b);
        c.usage_rights = Default::default();
        c.usage_rights.ownership = Some(Ownership::Buyout);
        c.usage_rights.channels = vec![crate::brief::Channel::Website];
        let found = ids(&b);
        assert!(!found.contains(&"usage-channels-mismatch"), "{found:?}");
        assert!(!found.contains(&"rights-without-duration"), "{found:?}");
    }

    #[test]
    fn performance_pay_needs_a_metric_that_settles_it() {
        let mut b = clean();
        let i = influencer(&mut b);
        i.compensation.basis = Some(InfluencerBasis::Cpa);
        i.tracking = Default::default();
        for p in &mut i.partners {
            p.promo_code = None;
        }
        i.feedback.metrics_requested = vec![Metric::Views, Metric::Clicks];
        assert!(ids(&b).contains(&"performance-pay-without-tracking"));
        influencer(&mut b)
            .feedback
            .metrics_requested
            .push(Metric::Installs);
        assert!(!ids(&b).contains(&"performance-pay-without-tracking"));
    }

    #[test]
    fn label_rules_skip_a_brief_that_publishes_nothing() {
        let mut b = clean();
        let c = creator(&mut b);
        c.usage_rights.whitelisting = Some(false);
        c.usage_rights.partnership_ads = Some(false);
        c.disclosure.label = Some("#collab".into());
        c.disclosure.placement = Some(DisclosurePlacement::Comments);
        let creator_ids: Vec<&str> = check(&b, &MarketData::default(), sample::today())
            .iter()
            .filter(|f| f.file() == FileKind::Creator)
            .map(|f| f.id)
            .collect();
        assert!(
            !creator_ids.contains(&"disclosure-label-ambiguous"),
            "{creator_ids:?}"
        );
        assert!(
            !creator_ids.contains(&"disclosure-placement-weak"),
            "{creator_ids:?}"
        );
    }

    #[test]
    fn a_gift_of_product_needs_no_payment_terms() {
        let mut b = clean();
        let i = influencer(&mut b);
        i.compensation = Default::default();
        i.compensation.basis = Some(InfluencerBasis::Gifted);
        i.compensation.product_value = Some(crate::brief::Number(50.0));
        for p in &mut i.partners {
            p.fee = None;
        }
        let influencer_ids: Vec<&str> = check(&b, &MarketData::default(), sample::today())
            .iter()
            .filter(|f| f.file() == FileKind::Influencer)
            .map(|f| f.id)
            .collect();
        assert!(
            !influencer_ids.contains(&"payment-terms-missing"),
            "{influencer_ids:?}"
        );
    }

    #[test]
    fn stories_and_lives_are_not_held_to_the_ad_window() {
        let mut b = clean();
        let i = influencer(&mut b);
        i.usage_rights.whitelisting = Some(true);
        i.usage_rights.whitelisting_days = Some(30);
        for p in &mut i.posts {
            p.format = Some(PostFormat::Story);
            p.keep_live_days = Some(1);
        }
        assert!(!ids(&b).contains(&"keep-live-shorter-than-ads"));
    }
}
