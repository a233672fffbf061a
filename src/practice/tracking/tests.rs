//! Tracking tests: UTM links, bad links, suggested codes and labels for several markets.

use rstest::rstest;

use super::*;
use crate::brief::{Country, Partnership, Platform};
use crate::practice::sample::{clean, influencer};

fn links(bundle: &Bundle) -> Vec<PartnerLink> {
    match partner_links(bundle) {
        Ok(links) => links,
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn link_keeps_query_and_fragment_and_adds_utm_tags() {
    let mut b = clean();
    influencer(&mut b).tracking.link = Some("https://glow.example/cream?ref=bio#buy".into());
    let got = links(&b);
    assert_eq!(
        got[0].url.as_deref(),
        Some(
            "https://glow.example/cream?ref=bio&utm_source=instagram&utm_medium=influencer\
             &utm_campaign=glow-spring&utm_content=ana.daily#buy"
        )
    );
}

#[test]
fn explicit_tags_win_but_the_platform_names_the_source_and_old_utm_tags_are_replaced() {
    let mut b = clean();
    let i = influencer(&mut b);
    i.tracking.link = Some("https://glow.example/?utm_source=old&x=1".into());
    i.tracking.utm_source = Some("ig".into());
    i.tracking.utm_medium = Some("social".into());
    i.tracking.utm_campaign = Some("spring 27".into());
    i.partners[0].utm_content = Some("ana-reel".into());
    let url = links(&b)[0].url.clone().unwrap_or_default();
    assert_eq!(
        url,
        "https://glow.example/?x=1&utm_source=instagram&utm_medium=social&utm_campaign=spring+27\
         &utm_content=ana-reel"
    );
    influencer(&mut b).posts.clear();
    let url = links(&b)[0].url.clone().unwrap_or_default();
    assert!(
        url.contains("utm_source=ig&"),
        "no platform: the brief's source, {url}"
    );
}

#[test]
fn one_link_per_platform_the_partner_posts_on() {
    let mut b = clean();
    let i = influencer(&mut b);
    let mut tiktok = i.posts[0].clone();
    tiktok.platform = Some(Platform::Tiktok);
    i.posts.push(tiktok.clone());
    // A post only somebody else makes does not give this partner a link.
    let mut youtube = tiktok;
    youtube.platform = Some(Platform::Youtube);
    youtube.partners = vec!["@someone.else".into()];
    i.posts.push(youtube);
    let got = links(&b);
    let sources: Vec<(Option<Platform>, bool)> = got[0]
        .links
        .iter()
        .map(|(p, url)| {
            let tag = format!("utm_source={}&", p.map_or("social", |p| p.as_str()));
            (*p, url.contains(&tag))
        })
        .collect();
    assert_eq!(
        sources,
        vec![
            (Some(Platform::Instagram), true),
            (Some(Platform::Tiktok), true)
        ]
    );
}

#[test]
fn no_partner_no_post_uses_fallbacks() {
    let mut b = clean();
    let i = influencer(&mut b);
    i.partners.clear();
    i.posts.clear();
    let got = links(&b);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].row, None);
    assert_eq!(
        got[0].url.as_deref(),
        Some(
            "https://glow.example/cream?utm_source=social&utm_medium=influencer&utm_campaign=glow-spring"
        )
    );
    assert_eq!(got[0].code.as_deref(), Some("GLOW15"), "the brief's code");
}

#[rstest]
#[case::not_a_url("glow.example/cream", "not a web address")]
#[case::not_a_page("mailto:hi@glow.example", "not a web page")]
#[case::garbage("https://", "not a web address")]
fn bad_links_are_errors_not_panics(#[case] link: &str, #[case] says: &str) {
    let mut b = clean();
    influencer(&mut b).tracking.link = Some(link.into());
    let err = partner_links(&b).unwrap_err();
    assert_eq!(err.key.to_string(), "influencer.tracking.link");
    assert!(err.message.contains(says), "{}", err.message);
    assert!(err.fix.contains("https://"));
}

#[test]
fn no_link_means_no_url_and_unused_brief_means_nothing() {
    let mut b = clean();
    influencer(&mut b).tracking.link = None;
    assert_eq!(links(&b)[0].url, None);
    b.campaign.partnership = Some(Partnership::ProductionFirst);
    assert!(links(&b).is_empty());
}

#[test]
fn codes_prefer_partner_then_brief_then_a_suggestion() {
    let mut b = clean();
    assert_eq!(links(&b)[0].code.as_deref(), Some("GLOW15"));
    assert!(!links(&b)[0].code_suggested);
    influencer(&mut b).partners[0].promo_code = Some("ANA20".into());
    assert_eq!(links(&b)[0].code.as_deref(), Some("ANA20"));
    let i = influencer(&mut b);
    i.partners[0].promo_code = None;
    i.tracking.promo_code = None;
    let got = links(&b);
    assert_eq!(got[0].code.as_deref(), Some("GLOWANA15"));
    assert!(got[0].code_suggested);
}

#[rstest]
#[case::design_example("Glow", "@maya", Some("15% off"), "GLOWMAYA15")]
#[case::handle_first_part("Glow", "@maya.makes", Some("15% off"), "GLOWMAYA15")]
#[case::accents_and_currency("Café Noir", "@élodie_b", Some("£10 off"), "CAFEELODIE10")]
#[case::long_parts_cut(
    "Fernhollow",
    "@aoifesskinnotes",
    Some("save 15% today"),
    "FERNHOLLAOIFESSK15"
)]
#[case::no_discount_number("Glow", "Jas Kaur", Some("free shipping"), "GLOWJAS")]
#[case::no_brand("", "@leah", None, "LEAH")]
#[case::digits_capped("Glow", "@x", Some("12345 off"), "GLOWX123")]
fn suggested_codes(
    #[case] brand: &str,
    #[case] handle: &str,
    #[case] discount: Option<&str>,
    #[case] code: &str,
) {
    assert_eq!(suggested_code(brand, handle, discount), code);
}

fn countries(codes: &[&str]) -> Vec<Country> {
    codes.iter().filter_map(|c| Country::parse(c)).collect()
}

#[rstest]
#[case::us_and_gb(&["US", "GB"], &[], "#ad")]
#[case::germany_and_us(&["DE", "US"], &[], "Werbung #ad")]
#[case::german_speaking(&["DE", "AT"], &[], "Werbung")]
#[case::france_spoken(&["FR"], &[Platform::Podcast], "publicité")]
#[case::us_spoken(&["US"], &[Platform::Podcast], "ad")]
#[case::ireland_like_gb(&["IE", "GB"], &[Platform::Instagram], "ad")]
#[case::italy_and_spain(&["IT", "ES"], &[Platform::Instagram], "pubblicità publicidad")]
#[case::no_markets(&[], &[], "#ad")]
fn one_label_for_every_market(
    #[case] markets: &[&str],
    #[case] platforms: &[Platform],
    #[case] label: &str,
) {
    let advice = labels_needed(&countries(markets), platforms, &MarketData::default());
    assert_eq!(advice.label, label);
    let text = crate::practice::words::Text::new(&advice.label);
    for m in countries(markets) {
        let ok = MarketData::default()
            .accepted_labels(m.as_str())
            .iter()
            .any(|w| text.has(w));
        assert!(ok, "{label} must work in {m}");
    }
}

#[test]
fn words_that_work_everywhere_and_platform_tools() {
    let advice = labels_needed(
        &countries(&["US", "GB"]),
        &[
            Platform::Instagram,
            Platform::Podcast,
            Platform::Instagram,
            Platform::Tiktok,
        ],
        &MarketData::default(),
    );
    assert!(advice.everywhere.iter().any(|w| w == "#ad"));
    assert!(advice.everywhere.iter().any(|w| w == "advertisement"));
    assert!(!advice.everywhere.iter().any(|w| w == "#sponsored"));
    assert_eq!(
        advice.platform_tool,
        vec![Platform::Instagram, Platform::Tiktok]
    );
    assert_eq!(advice.by_market.len(), 2);
    let none = labels_needed(&countries(&["DE", "FR"]), &[], &MarketData::default());
    assert!(none.everywhere.is_empty());
}
