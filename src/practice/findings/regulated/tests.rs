//! Regulated-category rule tests: each fires on the bad case and is silent once fixed.

use rstest::rstest;

use crate::brief::{Category, Country, InfluencerPartner, Number};
use crate::practice::findings::{fired, none, one};
use crate::practice::sample::{clean, creator, influencer};

fn with_category(category: Category) -> crate::brief::Bundle {
    let mut b = clean();
    b.campaign.category = Some(category);
    b
}

#[test]
fn regulated_without_claims_guidance() {
    let mut b = with_category(Category::SupplementsHealth);
    none(&b, "regulated-without-claims-guidance");
    creator(&mut b).guidelines.donts.clear();
    let f = one(&b, "regulated-without-claims-guidance");
    assert_eq!(f.key.to_string(), "creator.guidelines.claims_banned");
    assert!(f.message.starts_with("Supplements and health is regulated"));
    creator(&mut b).guidelines.claims_banned = vec!["cures".into()];
    none(&b, "regulated-without-claims-guidance");
    b.campaign.category = Some(Category::General);
    creator(&mut b).guidelines.claims_banned.clear();
    none(&b, "regulated-without-claims-guidance");
}

#[rstest]
#[case::cosmetics_hook(Category::Cosmetics, "It erases fine lines", true)]
#[case::cosmetics_phrase(Category::Cosmetics, "Clinically proven calm", true)]
#[case::not_a_whole_word(Category::Cosmetics, "A treatment-room feel", false)]
#[case::finance(Category::Finance, "Guaranteed returns, every month", true)]
#[case::crypto_apostrophe(Category::Crypto, "You can’t lose with this", true)]
#[case::alcohol(Category::Alcohol, "Gives you confidence", true)]
#[case::gambling_has_no_claim_words(Category::Gambling, "Guaranteed fun", false)]
#[case::general_is_not_checked(Category::General, "It cures everything", false)]
fn regulated_claim_in_copy(#[case] category: Category, #[case] hook: &str, #[case] fires: bool) {
    let mut b = with_category(category);
    creator(&mut b).content.hooks = vec!["Three drops".into(), hook.into()];
    let found = fired(&b, "regulated-claim-in-copy");
    assert_eq!(found.len(), usize::from(fires), "{found:#?}");
    if fires {
        assert_eq!(found[0].key.to_string(), "creator.content.hooks");
    }
}

#[test]
fn regulated_claim_in_talking_points() {
    let mut b = with_category(Category::Cosmetics);
    influencer(&mut b).content.talking_points = vec!["How it heals dry patches".into()];
    let f = one(&b, "regulated-claim-in-copy");
    assert_eq!(f.key.to_string(), "influencer.content.talking_points");
    assert!(f.message.contains("\"heals\""));
    influencer(&mut b).content.talking_points = vec!["How it feels on dry patches".into()];
    none(&b, "regulated-claim-in-copy");
}

#[rstest]
#[case::gin_under_general("Juniper small-batch gin", None, Some(Category::General), true)]
#[case::gin_when_unset("Juniper gin", None, None, true)]
#[case::gin_under_alcohol("Juniper gin", None, Some(Category::Alcohol), false)]
#[case::brand_name(
    "Daily face cream",
    Some("Bitcoin Bros"),
    Some(Category::General),
    true
)]
#[case::word_inside_word("Original ginger tea", None, Some(Category::General), false)]
#[case::upper_case_word("Stocks and Shares ISA guide", None, Some(Category::General), true)]
fn regulated_not_flagged(
    #[case] product: &str,
    #[case] brand: Option<&str>,
    #[case] category: Option<Category>,
    #[case] fires: bool,
) {
    let mut b = clean();
    b.campaign.product = Some(product.into());
    if let Some(brand) = brand {
        b.campaign.brand = Some(brand.into());
    }
    b.campaign.category = category;
    let found = fired(&b, "regulated-not-flagged");
    assert_eq!(found.len(), usize::from(fires), "{found:#?}");
    if let Some(f) = found.first() {
        assert_eq!(f.key.to_string(), "campaign.category");
    }
}

#[test]
fn alcohol_audience_age() {
    let mut b = with_category(Category::Alcohol);
    b.campaign.markets = vec![Country::parse("US").unwrap()];
    let i = influencer(&mut b);
    i.partners[0].audience_legal_age_pct = Some(Number(72.0));
    i.partners.push(InfluencerPartner {
        name: Some("Bo".into()),
        ..Default::default()
    });
    let found = fired(&b, "alcohol-audience-age");
    assert_eq!(found.len(), 2);
    assert_eq!(
        found[0].key.to_string(),
        "influencer.partners[0].audience_legal_age_pct"
    );
    assert_eq!(found[0].partner.as_deref(), Some("@ana.daily"));
    assert!(
        found[0].message.contains("73.8% is needed"),
        "{}",
        found[0].message
    );
    assert_eq!(found[1].partner.as_deref(), Some("Bo"));
    let i = influencer(&mut b);
    i.partners[0].audience_legal_age_pct = Some(Number(74.0));
    i.partners[1].audience_legal_age_pct = Some(Number(90.0));
    none(&b, "alcohol-audience-age");
    b.campaign.markets.push(Country::parse("GB").unwrap());
    assert!(
        one(&b, "alcohol-audience-age")
            .message
            .contains("75% is needed")
    );
}

#[test]
fn fin_promo_without_approval() {
    let mut b = with_category(Category::Crypto);
    let f = one(&b, "fin-promo-without-approval");
    assert_eq!(f.key.to_string(), "campaign.approver");
    b.campaign.approver = Some("Sam Lee, compliance".into());
    none(&b, "fin-promo-without-approval");
    b.campaign.approver = None;
    b.campaign.markets = vec![Country::parse("US").unwrap()];
    none(&b, "fin-promo-without-approval");
}
