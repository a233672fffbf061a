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
    // "No filters" and "No before-and-after photos" are don'ts, but not about health claims.
    let found = fired(&b, "regulated-without-claims-guidance");
    assert_eq!(found.len(), 2, "{found:#?}");
    let f = &found[0];
    assert_eq!(f.key.to_string(), "creator.guidelines.claims_banned");
    assert!(f.message.starts_with("Supplements and health is regulated"));
    assert!(f.fix.contains("disease"), "{}", f.fix);
    creator(&mut b).guidelines.claims_banned = vec!["Never say it cures anything".into()];
    influencer(&mut b).guidelines.donts = vec!["No medical claims".into()];
    none(&b, "regulated-without-claims-guidance");
    b.campaign.category = Some(Category::General);
    creator(&mut b).guidelines.claims_banned.clear();
    none(&b, "regulated-without-claims-guidance");
}

#[test]
fn claims_guidance_must_name_a_claim_of_its_own_category() {
    let mut b = with_category(Category::Alcohol);
    creator(&mut b).guidelines.donts = vec!["No competitor brands in frame".into()];
    influencer(&mut b).guidelines.donts =
        vec!["Never suggest drinking brings confidence or social success".into()];
    let f = one(&b, "regulated-without-claims-guidance");
    assert_eq!(f.key.to_string(), "creator.guidelines.claims_banned");
    creator(&mut b).guidelines.claims_banned = vec!["No promise of returns".into()];
    one(&b, "regulated-without-claims-guidance");
    creator(&mut b).guidelines.claims_banned = vec!["No health claims".into()];
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
#[case::gambling_cap_16(Category::Gambling, "A sure thing every Saturday", true)]
#[case::stem(Category::SupplementsHealth, "This cured my bloating", true)]
#[case::stem_healed(Category::SupplementsHealth, "It healed my gut", true)]
#[case::negated(Category::SupplementsHealth, "Never say it cures anything", false)]
#[case::alcohol_have_another(Category::Alcohol, "Only 89 calories, so have another", true)]
#[case::crypto_returns(Category::Crypto, "Double your money by spring", true)]
#[case::harmless(Category::Cosmetics, "Treat yourself this spring", false)]
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
    assert!(f.message.contains("\"heal\""), "{}", f.message);
    assert!(f.fix.starts_with("Remove it"), "{}", f.fix);
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
    // An audience in the US is held to the US threshold, even in a US and UK campaign.
    influencer(&mut b).partners[0].audience_location = Some("US 88%".into());
    none(&b, "alcohol-audience-age");
}

#[test]
fn claims_are_read_in_every_copy_field_but_not_in_donts() {
    let mut b = with_category(Category::SupplementsHealth);
    creator(&mut b).guidelines.claims_banned = vec!["No claim it cures anything".into()];
    influencer(&mut b).guidelines.donts = vec!["Don't say it heals".into(), "No cures".into()];
    none(&b, "regulated-claim-in-copy");
    creator(&mut b).content.beats = vec!["Hook, then how it healed my skin".into()];
    creator(&mut b).deliverables[0].notes = Some("Mention it prevents colds".into());
    influencer(&mut b).guidelines.mandatories = vec!["Say it is clinically proven".into()];
    let keys: Vec<String> = fired(&b, "regulated-claim-in-copy")
        .iter()
        .map(|f| f.key.to_string())
        .collect();
    assert_eq!(
        keys,
        [
            "creator.content.beats",
            "creator.deliverables[0].notes",
            "influencer.guidelines.mandatories"
        ]
    );
}

#[test]
fn fix_says_remove_only_where_no_approver_can_allow_it() {
    let mut b = with_category(Category::SupplementsHealth);
    creator(&mut b).content.hooks = vec!["A detox for busy weeks".into()];
    let f = one(&b, "regulated-claim-in-copy");
    assert!(f.fix.starts_with("Reword it"), "{}", f.fix);
    creator(&mut b).content.hooks = vec!["It treated my eczema".into()];
    let f = one(&b, "regulated-claim-in-copy");
    assert!(f.fix.starts_with("Remove them"), "{}", f.fix);
    assert!(
        f.message.contains("\"treat\", \"eczema\", claims"),
        "{}",
        f.message
    );
}

#[rstest]
#[case::lager("Northbank lager", true)]
#[case::abv("Northbank Pale, 4% ABV", true)]
#[case::vol("Pale ale 4.5% vol", true)]
#[case::ipa("Hazy IPA", true)]
#[case::ginger_ale("Ginger ale", false)]
#[case::champagne("Champagne silk scarf", false)]
#[case::ethereum("Ethereum wallet", true)]
#[case::btc("Buy BTC in minutes", true)]
fn new_product_words(#[case] product: &str, #[case] fires: bool) {
    let mut b = clean();
    b.campaign.product = Some(product.into());
    assert_eq!(
        fired(&b, "regulated-not-flagged").len(),
        usize::from(fires),
        "{product}"
    );
}

#[test]
fn not_flagged_only_when_the_category_is_unset_or_general() {
    let mut b = with_category(Category::Cosmetics);
    b.campaign.product = Some("Vitamin C brightening serum".into());
    none(&b, "regulated-not-flagged");
    b.campaign.category = Some(Category::Alcohol);
    b.campaign.product = Some("Gin with a vitamin boost".into());
    none(&b, "regulated-not-flagged");
    b.campaign.category = Some(Category::General);
    b.campaign.product = Some("Vitamin C brightening serum".into());
    none(&b, "regulated-not-flagged");
}
