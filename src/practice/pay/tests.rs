//! Pay model tests: every basis with cap, bonus, a partner's own fee and gifted value, and
//! rows that belong to partners.

use rstest::rstest;

use super::*;
use crate::brief::{CreatorPartner, InfluencerPartner};
use crate::practice::budget::budget;
use crate::practice::sample::{self, creator, influencer};

fn n(x: f64) -> Option<Number> {
    Some(Number(x))
}

fn influencer_brief(basis: InfluencerBasis) -> InfluencerBrief {
    let mut b = InfluencerBrief::empty();
    b.compensation.basis = Some(basis);
    b.targets.reach = Some(100_000);
    b.targets.impressions = Some(200_000);
    b.targets.engagement_rate = Some(Number(4.0));
    b.targets.conversions = Some(400);
    b.partners = vec![
        InfluencerPartner {
            handle: Some("@one".into()),
            ..Default::default()
        },
        InfluencerPartner {
            handle: Some("@two".into()),
            ..Default::default()
        },
    ];
    b
}

#[rstest]
// 200,000 impressions ÷ 2 partners × 12 per 1,000 = 1,200, capped at 1,000, + flat 500 + bonus 100
#[case::cpm(InfluencerBasis::Cpm, 12.0, 1000.0, 500.0 + 1000.0 + 100.0)]
// 100,000 reach ÷ 2 × 4 % = 2,000 engagements × 0.4 = 800 (under the cap)
#[case::cpe(InfluencerBasis::Cpe, 0.4, 1000.0, 500.0 + 800.0 + 100.0)]
// 400 conversions ÷ 2 × 9 = 1,800, capped at 1,000
#[case::cpa(InfluencerBasis::Cpa, 9.0, 1000.0, 500.0 + 1000.0 + 100.0)]
fn cap_limits_the_variable_part_only(
    #[case] basis: InfluencerBasis,
    #[case] rate: f64,
    #[case] cap: f64,
    #[case] total: f64,
) {
    let mut b = influencer_brief(basis);
    b.compensation.fee = n(500.0);
    b.compensation.rate = n(rate);
    b.compensation.cap = n(cap);
    b.compensation.bonus = n(100.0);
    b.compensation.bonus_condition = Some("over 50,000 views in 14 days".into());
    let pay = influencer_pay(&b, Some(0), None);
    assert_eq!(pay.base, Some(Base::Flat(500.0)));
    assert!((pay.total() - total).abs() < 1e-9, "{pay:?}");
    assert_eq!(
        pay.bonus,
        Some((100.0, Some("over 50,000 views in 14 days".into())))
    );
}

#[test]
fn affiliate_commission_is_capped_but_the_flat_fee_is_not() {
    let mut b = influencer_brief(InfluencerBasis::Affiliate);
    b.compensation.fee = n(3000.0);
    b.compensation.commission_pct = n(10.0);
    b.compensation.cap = n(1500.0);
    // 200 conversions × 80 = 16,000 in sales × 10 % = 1,600, capped at 1,500
    let pay = influencer_pay(&b, Some(1), Some(80.0));
    let v = pay.variable.unwrap();
    assert_eq!(v.uncapped(), Some(1600.0));
    assert_eq!(v.expected(), Some(1500.0));
    assert!(v.is_capped());
    assert_eq!(pay.total(), 4500.0, "fee + min(commission, cap)");
}

#[test]
fn own_fee_replaces_the_flat_part_and_keeps_bonus_and_add_ons() {
    let mut b = influencer_brief(InfluencerBasis::Cpa);
    b.compensation.fee = n(500.0);
    b.compensation.rate = n(1.0);
    b.compensation.bonus = n(250.0);
    b.compensation.usage_fee = n(300.0);
    b.compensation.whitelisting_fee = n(200.0);
    b.partners[1].fee = n(3200.0);
    let pay = influencer_pay(&b, Some(1), None);
    assert_eq!(pay.base, Some(Base::OwnFee(3200.0)));
    // 3,200 + 200 conversions × 1 + 250 bonus + 300 + 200 add-ons
    assert_eq!(pay.total(), 4150.0);
    assert_eq!(pay.add_ons.len(), 2);
    let other = influencer_pay(&b, Some(0), None);
    assert_eq!(other.base, Some(Base::Flat(500.0)));
}

#[test]
fn own_fee_replaces_the_flat_fee_and_the_retainer_stays() {
    let mut b = influencer_brief(InfluencerBasis::Retainer);
    b.compensation.fee = n(200.0);
    b.compensation.rate = n(1000.0);
    b.compensation.units = n(3.0);
    assert_eq!(influencer_pay(&b, Some(0), None).total(), 3200.0);
    b.partners[0].fee = n(500.0);
    assert_eq!(influencer_pay(&b, Some(0), None).total(), 3500.0);
}

#[test]
fn gifted_counts_the_product_value_but_not_as_money() {
    let mut b = influencer_brief(InfluencerBasis::Gifted);
    b.compensation.product_value = n(120.0);
    b.compensation.usage_fee = n(0.0);
    let pay = influencer_pay(&b, Some(0), None);
    assert_eq!(pay.gifted, Some(Some(120.0)));
    assert_eq!(pay.total(), 120.0);
    assert_eq!(pay.money(), 0.0);
    b.compensation.product_value = None;
    assert_eq!(influencer_pay(&b, Some(0), None).gifted, Some(None));
}

#[test]
fn variable_pay_without_inputs_says_why() {
    let mut b = influencer_brief(InfluencerBasis::Cpa);
    b.targets.conversions = None;
    let v = influencer_pay(&b, Some(0), None).variable.unwrap();
    assert_eq!(v.missing(), Some("rate not set"));
    b.compensation.rate = n(5.0);
    let v = influencer_pay(&b, Some(0), None).variable.unwrap();
    assert_eq!(v.missing(), Some("no conversions target to estimate from"));
    assert_eq!(v.expected(), None);
}

fn photo_and_video() -> CreatorBrief {
    let mut b = CreatorBrief::empty();
    b.compensation.basis = Some(CreatorBasis::PerAsset);
    b.compensation.rate = n(250.0);
    b.compensation.usage_fee = n(400.0);
    b.partners = vec![
        CreatorPartner {
            name: Some("Studio Lumen".into()),
            handle: Some("@studiolumen".into()),
            ..Default::default()
        },
        CreatorPartner {
            name: Some("Maya".into()),
            ..Default::default()
        },
    ];
    b.deliverables = vec![
        Deliverable {
            quantity: Some(8),
            partners: vec!["@StudioLumen".into()],
            ..Default::default()
        },
        Deliverable {
            quantity: Some(4),
            partners: vec!["maya".into()],
            ..Default::default()
        },
        Deliverable {
            quantity: Some(1),
            ..Default::default()
        },
    ];
    b
}

#[test]
fn per_asset_pay_counts_only_the_partners_own_rows() {
    let b = photo_and_video();
    let studio = creator_pay(&b, Some(0));
    assert_eq!(
        studio.base,
        Some(Base::PerAsset {
            assets: 9,
            rate: 250.0
        })
    );
    assert_eq!(studio.total(), 9.0 * 250.0 + 400.0);
    let maya = creator_pay(&b, Some(1));
    assert_eq!(
        maya.total(),
        5.0 * 250.0 + 400.0,
        "add-ons once per partner"
    );
    let rows: Vec<usize> = deliverables_for(&b, Some(1)).iter().map(|r| r.0).collect();
    assert_eq!(rows, vec![1, 2]);
    assert_eq!(deliverables_for(&b, None).len(), 3);
}

#[test]
fn creator_own_fee_replaces_production_pay() {
    let mut b = photo_and_video();
    b.partners[1].fee = n(2000.0);
    assert_eq!(creator_pay(&b, Some(1)).total(), 2400.0);
}

#[rstest]
#[case(&[], Some("@a"), None, true)]
#[case(&["@A"], Some("@a"), None, true)]
#[case(&["a"], Some("@a"), None, true)]
#[case(&["Bo Li"], Some("@bo"), Some("bo li"), true)]
#[case(&["@b"], Some("@a"), Some("A"), false)]
#[case(&["  "], Some("@a"), None, true)]
fn rows_belong_to_the_partners_they_name(
    #[case] assigned: &[&str],
    #[case] handle: Option<&str>,
    #[case] name: Option<&str>,
    #[case] expected: bool,
) {
    let assigned: Vec<String> = assigned.iter().map(|s| s.to_string()).collect();
    assert_eq!(row_is_for(&assigned, handle, name), expected);
}

#[test]
fn the_budget_total_is_the_sum_of_partner_pay() {
    for bundle in [sample::clean(), {
        let mut b = sample::clean();
        let i = influencer(&mut b);
        i.compensation.cap = n(10.0);
        i.compensation.bonus = n(75.0);
        let c = creator(&mut b);
        c.partners.push(CreatorPartner {
            handle: Some("@second".into()),
            fee: n(900.0),
            ..Default::default()
        });
        b
    }] {
        let plan = budget(&bundle);
        let pays: f64 = partner_pays(&bundle).iter().map(PartnerPay::total).sum();
        let test = plan.subtotal(None);
        assert!((plan.total - (pays + test)).abs() < 1e-9, "{plan:?}");
        for pay in partner_pays(&bundle) {
            let lines: f64 = plan
                .lines
                .iter()
                .filter(|l| l.brief == Some(pay.brief) && l.partner == pay.who)
                .map(|l| l.amount)
                .sum();
            assert!((lines - pay.total()).abs() < 1e-9, "{:?}", pay.who);
        }
    }
}
