//! Budget tests: one per pricing basis, plus partners, caps, the test and unused briefs.

use rstest::rstest;

use super::*;
use crate::brief::{CreatorBasis, InfluencerBasis, InfluencerBrief};
use crate::brief::{Deliverable, InfluencerPartner, Partnership};
use crate::practice::sample::{self, creator, influencer};

fn n(x: f64) -> Option<Number> {
    Some(Number(x))
}

/// A hybrid campaign with one unnamed creator and one unnamed influencer setup, no pay.
fn bare() -> Bundle {
    let mut b = sample::clean();
    let c = creator(&mut b);
    c.partners.clear();
    c.compensation = Default::default();
    c.test_plan = Default::default();
    let i = influencer(&mut b);
    i.partners.clear();
    i.compensation = Default::default();
    b
}

fn amounts(b: &Budget, brief: Option<FileKind>) -> Vec<(String, f64)> {
    b.lines
        .iter()
        .filter(|l| l.brief == brief)
        .map(|l| (l.label.clone(), l.amount))
        .collect()
}

#[test]
fn the_clean_sample_adds_up() {
    let b = budget(&sample::clean());
    assert_eq!(b.subtotal(Some(FileKind::Creator)), 2700.0);
    assert_eq!(b.subtotal(Some(FileKind::Influencer)), 800.0);
    assert_eq!(b.subtotal(None), 1000.0);
    assert_eq!(b.total, 4500.0);
    assert_eq!(b.budget, Some(20000.0));
    assert_eq!(b.over_by(), None);
    // Per 1,000 impressions (150,000), as the max_cpm check counts it.
    let cpm = b.cpm.unwrap();
    assert!((cpm - 800.0 / 150.0).abs() < 1e-9, "{cpm}");
    let cpe = b.cpe.unwrap();
    assert!((cpe - 800.0 / 3500.0).abs() < 1e-9);
}

#[rstest]
#[case::per_asset(CreatorBasis::PerAsset, None, 300.0 * 6.0, "6 assets × 300")]
#[case::day_rate(CreatorBasis::DayRate, n(3.0), 900.0, "3 days × 300")]
#[case::retainer(CreatorBasis::Retainer, n(2.0), 600.0, "2 months × 300")]
#[case::package(CreatorBasis::Package, n(5.0), 300.0, "package")]
fn creator_basis(
    #[case] basis: CreatorBasis,
    #[case] units: Option<Number>,
    #[case] expected: f64,
    #[case] label: &str,
) {
    let mut b = bare();
    let c = creator(&mut b);
    c.deliverables.push(Deliverable {
        quantity: Some(2),
        ..Default::default()
    });
    c.compensation.basis = Some(basis);
    c.compensation.rate = n(300.0);
    c.compensation.units = units;
    let got = budget(&b);
    assert_eq!(
        amounts(&got, Some(FileKind::Creator)),
        vec![(label.to_string(), expected)]
    );
}

#[test]
fn a_deliverable_without_quantity_counts_once() {
    let mut b = bare();
    let c = creator(&mut b);
    c.deliverables = vec![Deliverable::default(), Deliverable::default()];
    c.compensation.basis = Some(CreatorBasis::PerAsset);
    c.compensation.rate = n(100.0);
    assert_eq!(budget(&b).subtotal(Some(FileKind::Creator)), 200.0);
}

#[test]
fn creator_partner_fee_replaces_base_pay_but_not_add_ons() {
    let mut b = bare();
    let c = creator(&mut b);
    c.compensation.basis = Some(CreatorBasis::Package);
    c.compensation.rate = n(1000.0);
    c.compensation.usage_fee = n(200.0);
    c.compensation.raw_footage_fee = n(50.0);
    c.compensation.kill_fee_pct = n(25.0);
    c.partners = vec![
        crate::brief::CreatorPartner {
            handle: Some("@a".into()),
            fee: n(1500.0),
            ..Default::default()
        },
        crate::brief::CreatorPartner {
            name: Some("Bo".into()),
            ..Default::default()
        },
    ];
    let got = budget(&b);
    let a: Vec<_> = got
        .lines
        .iter()
        .filter(|l| l.partner.as_deref() == Some("@a"))
        .collect();
    assert_eq!(a.iter().map(|l| l.amount).sum::<f64>(), 1750.0);
    let bo: f64 = got
        .lines
        .iter()
        .filter(|l| l.partner.as_deref() == Some("Bo"))
        .map(|l| l.amount)
        .sum();
    assert_eq!(bo, 1250.0);
    assert_eq!(got.total, 3000.0, "kill fee is not counted");
}

fn influencer_with(basis: InfluencerBasis, setup: impl FnOnce(&mut InfluencerBrief)) -> Budget {
    let mut b = bare();
    creator(&mut b).deliverables.clear();
    let i = influencer(&mut b);
    i.compensation.basis = Some(basis);
    setup(i);
    budget(&b)
}

#[rstest]
#[case::flat(InfluencerBasis::Flat, 500.0)]
#[case::cpm_uses_impressions(InfluencerBasis::Cpm, 500.0 + 10.0 * 150.0)]
#[case::cpe(InfluencerBasis::Cpe, 500.0 + 10.0 * 3500.0)]
#[case::cpa(InfluencerBasis::Cpa, 500.0 + 10.0 * 300.0)]
#[case::retainer(InfluencerBasis::Retainer, 500.0 + 10.0 * 3.0)]
fn influencer_basis(#[case] basis: InfluencerBasis, #[case] expected: f64) {
    let got = influencer_with(basis, |i| {
        i.compensation.fee = n(500.0);
        i.compensation.rate = n(10.0);
        i.compensation.units = n(3.0);
    });
    assert_eq!(
        got.subtotal(Some(FileKind::Influencer)),
        expected,
        "{:?}",
        got.lines
    );
}

#[test]
fn cpm_falls_back_to_reach() {
    let got = influencer_with(InfluencerBasis::Cpm, |i| {
        i.compensation.rate = n(10.0);
        i.targets.impressions = None;
    });
    assert_eq!(got.subtotal(Some(FileKind::Influencer)), 1000.0);
    let first = got
        .lines
        .iter()
        .find(|l| l.brief == Some(FileKind::Influencer))
        .unwrap();
    assert!(first.label.contains("people reached"));
}

#[test]
fn affiliate_pays_commission_on_expected_sales() {
    let got = influencer_with(InfluencerBasis::Affiliate, |i| {
        i.compensation.commission_pct = n(10.0);
    });
    // 300 conversions × 40 average order × 10 %
    assert_eq!(got.subtotal(Some(FileKind::Influencer)), 1200.0);
}

#[test]
fn gifted_counts_the_product_value() {
    let got = influencer_with(InfluencerBasis::Gifted, |i| {
        i.compensation.product_value = n(60.0);
        i.partners = vec![InfluencerPartner::default(), InfluencerPartner::default()];
    });
    assert_eq!(
        got.subtotal(Some(FileKind::Influencer)),
        120.0,
        "each partner gets one"
    );
}

#[test]
fn targets_are_shared_across_partners_and_cap_applies_per_partner() {
    let got = influencer_with(InfluencerBasis::Cpa, |i| {
        i.compensation.rate = n(10.0);
        i.compensation.cap = n(1000.0);
        i.compensation.bonus = n(100.0);
        i.compensation.usage_fee = n(50.0);
        i.partners = vec![
            InfluencerPartner {
                handle: Some("@one".into()),
                ..Default::default()
            },
            InfluencerPartner {
                handle: Some("@two".into()),
                fee: n(700.0),
                ..Default::default()
            },
        ];
    });
    let one: Vec<_> = got
        .lines
        .iter()
        .filter(|l| l.partner.as_deref() == Some("@one"))
        .collect();
    // 150 conversions × 10 = 1500, capped at 1000, plus bonus and usage fee
    assert_eq!(one.iter().map(|l| l.amount).sum::<f64>(), 1150.0);
    assert!(
        one.iter()
            .any(|l| l.label == "capped at 1,000" && l.amount == -500.0)
    );
    let two: f64 = got
        .lines
        .iter()
        .filter(|l| l.partner.as_deref() == Some("@two"))
        .map(|l| l.amount)
        .sum();
    // 700 own fee (replacing the flat part) + 1500 expected, capped at 1000, + bonus + usage.
    assert_eq!(
        two, 1850.0,
        "own fee replaces the flat part; variable pay, cap, bonus and add-ons still apply"
    );
}

#[test]
fn variable_pay_without_inputs_shows_a_zero_line_that_says_why() {
    let got = influencer_with(InfluencerBasis::Cpa, |i| {
        i.compensation.rate = n(10.0);
        i.targets.conversions = None;
    });
    let lines: Vec<_> = got
        .lines
        .iter()
        .filter(|l| l.brief == Some(FileKind::Influencer))
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].amount, 0.0);
    assert!(lines[0].label.contains("no conversions target"));
}

#[test]
fn a_partner_with_no_pay_still_shows() {
    let got = influencer_with(InfluencerBasis::Flat, |i| {
        i.compensation = Default::default();
        i.partners = vec![InfluencerPartner {
            handle: Some("@tom".into()),
            ..Default::default()
        }];
    });
    assert!(
        got.lines
            .iter()
            .any(|l| l.partner.as_deref() == Some("@tom")
                && l.label == "no pay set yet"
                && l.amount == 0.0)
    );
}

#[test]
fn unused_briefs_are_not_counted_and_over_budget_shows() {
    let mut b = sample::clean();
    b.campaign.partnership = Some(Partnership::DistributionFirst);
    b.campaign.budget = n(500.0);
    let got = budget(&b);
    assert!(
        got.lines
            .iter()
            .all(|l| l.brief == Some(FileKind::Influencer))
    );
    assert_eq!(got.total, 800.0);
    assert_eq!(got.over_by(), Some(300.0));
}

#[test]
fn serializes_brief_names() {
    let json = serde_json::to_value(budget(&sample::clean())).unwrap();
    assert_eq!(json["lines"][0]["brief"], "creator");
    assert_eq!(json["lines"][0]["partner"], "@maya.makes");
    let last = json["lines"]
        .as_array()
        .and_then(|l| l.last())
        .cloned()
        .unwrap();
    assert!(last["brief"].is_null());
    assert_eq!(json["total"], 4500.0);
}

#[rstest]
#[case(4500.0, Some("EUR"), "4,500 EUR")]
#[case(1234567.5, None, "1,234,567.50")]
#[case(12.346, Some("GBP"), "12.35 GBP")]
#[case(-500.0, None, "-500")]
#[case(0.0, None, "0")]
#[case(999.999, None, "1,000")]
fn money_reads_well(#[case] amount: f64, #[case] currency: Option<&str>, #[case] text: &str) {
    assert_eq!(format_money(amount, currency), text);
}

#[test]
fn large_totals_show_whole_and_never_saturate() {
    assert_eq!(format_money(1e15, None), "1,000,000,000,000,000");
    assert_eq!(
        format_money(999_999_999_999_999.0, Some("EUR")),
        "999,999,999,999,999 EUR"
    );
    // Past 2^53 a float is no longer whole-exact, but it never stops at a ceiling.
    let huge = format_money(4_294_967_295.0 * 1e15, None);
    assert!(huge.starts_with("4,294,967,295,000,000,"), "{huge}");
    assert_eq!(huge.len(), "4,294,967,295,000,000,000,000,000".len());
}

#[test]
fn a_worked_line_is_marked_but_the_json_keeps_its_shape() {
    let mut b = bare();
    let c = creator(&mut b);
    c.deliverables.clear();
    c.deliverables.push(Deliverable {
        quantity: Some(6),
        ..Default::default()
    });
    c.compensation.basis = Some(CreatorBasis::PerAsset);
    c.compensation.rate = n(250.0);
    let got = budget(&b);
    let line = &got.lines[0];
    assert!(line.worked);
    assert_eq!(line.joined(&line.label, "1,500"), "6 assets × 250 = 1,500");
    let json = serde_json::to_value(line).unwrap();
    let keys: Vec<&String> = json.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["amount", "brief", "label", "partner"]);
}
