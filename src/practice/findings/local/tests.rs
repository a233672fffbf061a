//! Platform and market rule tests: TikTok's category bans, alcohol presenters, French image
//! labels.

use rstest::rstest;

use crate::brief::{Category, Country, Platform};
use crate::practice::findings::{fired, none, one};
use crate::practice::sample::{clean, creator, influencer};

fn markets(codes: &[&str]) -> Vec<Country> {
    codes.iter().filter_map(|c| Country::parse(c)).collect()
}

#[rstest]
#[case::alcohol_everywhere(Category::Alcohol, &["US"], true)]
#[case::crypto_everywhere(Category::Crypto, &["US"], true)]
#[case::gambling_everywhere(Category::Gambling, &["CA"], true)]
#[case::supplements_in_the_uk(Category::SupplementsHealth, &["US", "GB"], true)]
#[case::finance_in_the_eea(Category::Finance, &["DE"], true)]
#[case::finance_in_switzerland(Category::Finance, &["CH"], true)]
#[case::supplements_in_the_us(Category::SupplementsHealth, &["US"], false)]
#[case::cosmetics(Category::Cosmetics, &["GB"], false)]
#[case::general(Category::General, &["GB"], false)]
fn restricted_on_platform(#[case] category: Category, #[case] codes: &[&str], #[case] fires: bool) {
    let mut b = clean();
    b.campaign.category = Some(category);
    b.campaign.markets = markets(codes);
    influencer(&mut b).posts[0].platform = Some(Platform::Tiktok);
    let found = fired(&b, "restricted-on-platform");
    assert_eq!(found.len(), usize::from(fires), "{found:#?}");
    if let Some(f) = found.first() {
        assert_eq!(f.key.to_string(), "influencer.posts[0].platform");
    }
    influencer(&mut b).posts[0].platform = Some(Platform::Instagram);
    none(&b, "restricted-on-platform");
}

#[test]
fn alcohol_presenter_age() {
    let mut b = clean();
    b.campaign.category = Some(Category::Alcohol);
    let found = fired(&b, "alcohol-presenter-age");
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].key.to_string(), "creator.guidelines.mandatories");
    creator(&mut b).guidelines.mandatories =
        vec!["Everyone on screen is 25 or over and looks it".into()];
    influencer(&mut b).guidelines.dos = vec!["Only friends aged 25+ in shot".into()];
    none(&b, "alcohol-presenter-age");
    influencer(&mut b).guidelines.dos = vec!["Post 25 stories".into()];
    one(&b, "alcohol-presenter-age");
    b.campaign.category = Some(Category::Cosmetics);
    none(&b, "alcohol-presenter-age");
}

#[test]
fn fr_image_labels() {
    let mut b = clean();
    none(&b, "fr-image-labels");
    b.campaign.markets = markets(&["FR"]);
    let found = fired(&b, "fr-image-labels");
    assert_eq!(found.len(), 2);
    assert!(found[0].fix.contains("Image retouchée"), "{}", found[0].fix);
    creator(&mut b).guidelines.mandatories =
        vec!["Mention « Images retouchées » on any retouched photo".into()];
    influencer(&mut b).guidelines.donts = vec!["No retouching of faces or bodies".into()];
    none(&b, "fr-image-labels");
    creator(&mut b).guidelines.mandatories = vec!["Add « Image virtuelle » to AI images".into()];
    none(&b, "fr-image-labels");
}
