//! Briefs an expert in influencer regulation would write, in `tests/fixtures/regulated`: four
//! campaigns with the violations regulators catch (a UK lager, a US supplement, a UK crypto
//! app, a fashion brand gifting in Germany and France), a clean version of each, and ordinary
//! briefs in Italy, Spain, the Netherlands and France. Each must raise exactly the finding ids
//! listed, checked on a fixed day so the test never depends on today's date.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a failed unwrap is a failed test"
)]

use std::collections::BTreeSet;
use std::path::Path;

use splitbrief::brief::Date;
use splitbrief::practice::{Finding, MarketData, check};

/// The day the fixtures are checked on: after the US supplement's start, before the rest.
fn today() -> Date {
    Date::parse("2027-01-15").expect("a valid date")
}

fn findings(slug: &str) -> Vec<Finding> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/regulated")
        .join(slug);
    // Locks and journals go to a temporary data folder, never into the fixtures.
    let data = tempfile::TempDir::new().expect("a temporary folder");
    let places = splitbrief::store::Places::under(data.path());
    let loaded = match splitbrief::store::read_campaign(&places, &dir) {
        Ok(loaded) => loaded,
        Err(e) => panic!("{slug} does not load: {e}"),
    };
    check(&loaded.bundle, &MarketData::default(), today())
}

fn ids(slug: &str) -> BTreeSet<&'static str> {
    findings(slug).iter().map(|f| f.id).collect()
}

fn assert_ids(slug: &str, expected: &[&str]) {
    let found = ids(slug);
    let expected: BTreeSet<&str> = expected.iter().copied().collect();
    assert_eq!(found, expected, "{slug}: {:#?}", findings(slug));
}

#[test]
fn uk_lager() {
    assert_ids(
        "uk-lager",
        &[
            "ad-window-longer-than-licence",
            "alcohol-audience-age",
            "alcohol-presenter-age",
            "plan-above-max-cost",
            "pretend-experience",
            "regulated-claim-in-copy",
            "regulated-without-claims-guidance",
            "restricted-on-platform",
        ],
    );
    let found = findings("uk-lager");
    let hooks = found
        .iter()
        .find(|f| f.key.to_string() == "creator.content.hooks")
        .expect("the calorie hook is a claim");
    assert!(hooks.fix.starts_with("Remove them"), "{}", hooks.fix);
    let age = found
        .iter()
        .find(|f| f.id == "alcohol-audience-age")
        .expect("an under-age audience");
    assert_eq!(age.partner.as_deref(), Some("@priyacooks"));
}

#[test]
fn us_supplement() {
    assert_ids(
        "us-supplement",
        &[
            "dates-in-past",
            "disclosure-label-ambiguous",
            "pretend-experience",
            "regulated-claim-in-copy",
            "regulated-without-claims-guidance",
        ],
    );
    let claims: Vec<String> = findings("us-supplement")
        .iter()
        .filter(|f| f.id == "regulated-claim-in-copy")
        .map(|f| f.key.to_string())
        .collect();
    assert_eq!(
        claims,
        [
            "influencer.content.key_messages",
            "influencer.content.talking_points"
        ]
    );
}

#[test]
fn uk_crypto() {
    assert_ids(
        "uk-crypto",
        &[
            "fin-promo-incentive",
            "fin-promo-risk-warning-missing",
            "fin-promo-without-approval",
            "regulated-claim-in-copy",
            "regulated-without-claims-guidance",
            "restricted-on-platform",
        ],
    );
}

#[test]
fn gifted_de_fr() {
    assert_ids(
        "gifted-de-fr",
        &[
            "disclosure-label-wrong-market",
            "fr-image-labels",
            "gifted-with-posting-obligation",
            "rights-without-fee",
            "video-disclosure-not-in-video",
        ],
    );
    let found = findings("gifted-de-fr");
    let labels: Vec<(Option<&str>, &str)> = found
        .iter()
        .filter(|f| f.id == "disclosure-label-wrong-market")
        .map(|f| (f.partner.as_deref(), f.fix.as_str()))
        .collect();
    assert_eq!(labels.len(), 2, "{labels:#?}");
    assert_eq!(labels[0].0, Some("@lena.slowstyle"));
    assert!(labels[0].1.contains("Werbung"), "{}", labels[0].1);
    assert_eq!(labels[1].0, Some("@camille.lin"));
    assert!(labels[1].1.contains("publicité"), "{}", labels[1].1);
    let gift = found
        .iter()
        .find(|f| f.id == "gifted-with-posting-obligation")
        .expect("a gift that must be posted");
    assert!(
        gift.fix.contains("Werbung")
            && gift.fix.contains("publicité")
            && !gift.fix.contains("\"Ad\""),
        "{}",
        gift.fix
    );
}

#[test]
fn clean_versions_raise_nothing() {
    for slug in [
        "uk-lager-clean",
        "us-supplement-clean",
        "uk-crypto-clean",
        "gifted-de-fr-clean",
    ] {
        assert_ids(slug, &[]);
    }
}

#[test]
fn local_labels_in_italy_spain_the_netherlands_and_france_are_accepted() {
    for slug in ["legit-it", "legit-es", "legit-nl", "legit-fr"] {
        let found = ids(slug);
        assert!(
            !found.iter().any(|id| id.starts_with("disclosure-")),
            "{slug}: {found:?}"
        );
        assert_ids(slug, &[]);
    }
}
