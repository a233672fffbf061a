//! Money rule tests: each fires on the bad case and is silent once fixed.

use crate::brief::{InfluencerBasis, Number, Ownership};
use crate::practice::findings::{fired, none, one};
use crate::practice::sample::{clean, creator, influencer};

#[test]
fn rights_without_fee() {
    let mut b = clean();
    creator(&mut b).compensation.usage_fee = None;
    creator(&mut b).usage_rights.ownership = Some(Ownership::Buyout);
    let f = one(&b, "rights-without-fee");
    assert_eq!(f.key.to_string(), "creator.compensation.usage_fee");
    assert!(f.message.contains("paid use and a buyout"), "{}", f.message);
    creator(&mut b).compensation.usage_fee = Some(Number(0.0));
    none(&b, "rights-without-fee");
    // A fee of 0 on a partner who is paid nothing gives the rights away.
    creator(&mut b).partners[0].fee = Some(Number(0.0));
    let f = one(&b, "rights-without-fee");
    assert_eq!(f.partner.as_deref(), Some("@maya.makes"));
    creator(&mut b).partners[0].fee = Some(Number(2000.0));
    influencer(&mut b).usage_rights.whitelisting = Some(true);
    influencer(&mut b).usage_rights.exclusivity_days = Some(30);
    let keys: Vec<String> = fired(&b, "rights-without-fee")
        .iter()
        .map(|f| f.key.to_string())
        .collect();
    assert_eq!(
        keys,
        [
            "influencer.compensation.whitelisting_fee",
            "influencer.compensation.exclusivity_fee"
        ]
    );
}

#[test]
fn rights_without_fee_for_gifted_partners() {
    let mut b = clean();
    let i = influencer(&mut b);
    i.compensation = Default::default();
    i.compensation.basis = Some(InfluencerBasis::Gifted);
    i.compensation.product_value = Some(Number(60.0));
    i.compensation.usage_fee = Some(Number(0.0));
    i.compensation.payment_terms = Some("On delivery of the product".into());
    i.usage_rights.paid_amplification = Some(true);
    let f = one(&b, "rights-without-fee");
    assert_eq!(f.key.to_string(), "influencer.compensation.usage_fee");
    assert_eq!(f.partner.as_deref(), Some("@ana.daily"));
    assert!(f.message.contains("not paid money"), "{}", f.message);
    // Paid money, a fee of 0 means the base pay covers it.
    influencer(&mut b).partners[0].fee = Some(Number(500.0));
    none(&b, "rights-without-fee");
    // No partners yet: the brief as a whole is unpaid.
    influencer(&mut b).partners.clear();
    assert_eq!(one(&b, "rights-without-fee").partner, None);
    influencer(&mut b).compensation.usage_fee = Some(Number(150.0));
    none(&b, "rights-without-fee");
}

#[test]
fn payment_terms_missing() {
    let mut b = clean();
    influencer(&mut b).compensation.payment_terms = Some(" ".into());
    let f = one(&b, "payment-terms-missing");
    assert_eq!(f.key.to_string(), "influencer.compensation.payment_terms");
    influencer(&mut b).compensation = Default::default();
    none(&b, "payment-terms-missing");
}

#[test]
fn budget_exceeded() {
    let mut b = clean();
    b.campaign.budget = Some(Number(4000.0));
    let f = one(&b, "budget-exceeded");
    assert_eq!(
        f.message,
        "The pay adds up to 4,500 EUR, 500 EUR over the budget of 4,000 EUR."
    );
    b.campaign.budget = Some(Number(4500.0));
    none(&b, "budget-exceeded");
}

#[test]
fn performance_pay_without_tracking() {
    let mut b = clean();
    let i = influencer(&mut b);
    i.compensation.basis = Some(InfluencerBasis::Cpa);
    i.tracking.link = None;
    i.tracking.promo_code = None;
    i.feedback.metrics_requested.clear();
    one(&b, "performance-pay-without-tracking");
    influencer(&mut b).feedback.metrics_requested = vec![crate::brief::Metric::Conversions];
    none(&b, "performance-pay-without-tracking");
    influencer(&mut b).feedback.metrics_requested.clear();
    influencer(&mut b).compensation.basis = Some(InfluencerBasis::Flat);
    none(&b, "performance-pay-without-tracking");
}

#[test]
fn gifted_with_posting_obligation() {
    let mut b = clean();
    let pay = &mut influencer(&mut b).compensation;
    pay.basis = Some(InfluencerBasis::Gifted);
    pay.posting_required = Some(true);
    one(&b, "gifted-with-posting-obligation");
    influencer(&mut b).compensation.posting_required = Some(false);
    none(&b, "gifted-with-posting-obligation");
}
