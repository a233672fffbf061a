//! UK financial promotion rule tests: the approver, the crypto risk warning, incentives.

use crate::brief::{Category, Country};
use crate::practice::findings::{fired, none, one};
use crate::practice::sample::{clean, creator, influencer};

const WARNING: &str = "Don't invest unless you're prepared to lose all the money you invest. \
     This is a high-risk investment and you should not expect to be protected if something \
     goes wrong.";

fn uk_crypto() -> crate::brief::Bundle {
    let mut b = clean();
    b.campaign.category = Some(Category::Crypto);
    b.campaign.approver = Some("Ledgerline Ltd, FCA-authorised".into());
    creator(&mut b).guidelines.mandatories = vec![WARNING.into()];
    influencer(&mut b).guidelines.mandatories = vec![WARNING.into()];
    b
}

#[test]
fn fin_promo_without_approval() {
    let mut b = uk_crypto();
    none(&b, "fin-promo-without-approval");
    b.campaign.approver = None;
    let f = one(&b, "fin-promo-without-approval");
    assert_eq!(f.key.to_string(), "campaign.approver");
    b.campaign.approver = Some("Sam Lee, compliance".into());
    let f = one(&b, "fin-promo-without-approval");
    assert!(
        f.message.contains("not named as FCA-authorised"),
        "{}",
        f.message
    );
    for named in [
        "Acme Ltd (FCA)",
        "approved by an authorised person",
        "Authorized firm",
    ] {
        b.campaign.approver = Some(named.into());
        none(&b, "fin-promo-without-approval");
    }
    b.campaign.approver = None;
    b.campaign.markets = vec![Country::parse("US").unwrap()];
    none(&b, "fin-promo-without-approval");
}

#[test]
fn fin_promo_risk_warning_missing() {
    let mut b = uk_crypto();
    none(&b, "fin-promo-risk-warning-missing");
    influencer(&mut b).guidelines.mandatories =
        vec!["Don't invest unless you're prepared to lose all the money you invest.".into()];
    let f = one(&b, "fin-promo-risk-warning-missing");
    assert_eq!(f.key.to_string(), "influencer.guidelines.mandatories");
    assert!(
        f.fix
            .contains(WARNING.split(". ").next().unwrap_or_default())
    );
    // Curly apostrophes and "do not" read the same.
    influencer(&mut b).guidelines.mandatories = vec![
        "Say it: Don’t invest unless you’re prepared to lose all the money you invest.".into(),
        "This is a high-risk investment and you should not expect to be protected if \
         something goes wrong."
            .into(),
    ];
    none(&b, "fin-promo-risk-warning-missing");
    b.campaign.category = Some(Category::Finance);
    influencer(&mut b).guidelines.mandatories.clear();
    none(&b, "fin-promo-risk-warning-missing");
}

#[test]
fn fin_promo_incentive() {
    let mut b = uk_crypto();
    none(&b, "fin-promo-incentive");
    influencer(&mut b).content.talking_points =
        vec!["Get free £20 of bitcoin when you sign up".into()];
    let f = one(&b, "fin-promo-incentive");
    assert_eq!(f.key.to_string(), "influencer.content.talking_points");
    assert!(f.message.contains("free £20"), "{}", f.message);
    influencer(&mut b).content.talking_points = vec!["Refer a friend and you both earn".into()];
    one(&b, "fin-promo-incentive");
    influencer(&mut b).content.talking_points.clear();
    influencer(&mut b).tracking.discount = Some("£10 free BTC".into());
    assert_eq!(
        one(&b, "fin-promo-incentive").key.to_string(),
        "influencer.tracking.discount"
    );
    influencer(&mut b).tracking.discount = None;
    influencer(&mut b).guidelines.dos = vec!["No bonus or referral offers".into()];
    none(&b, "fin-promo-incentive");
    influencer(&mut b).content.talking_points = vec!["Sign-up bonus for new users".into()];
    b.campaign.markets = vec![Country::parse("US").unwrap()];
    none(&b, "fin-promo-incentive");
    assert!(fired(&b, "fin-promo-risk-warning-missing").is_empty());
}

#[test]
fn waived_fees_are_an_incentive_too() {
    let mut b = uk_crypto();
    influencer(&mut b).tracking.discount = Some("0% fees on your first £500".into());
    one(&b, "fin-promo-incentive");
}
