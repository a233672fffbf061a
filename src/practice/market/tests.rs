//! Market data tests: the defaults of DESIGN §7 and what the config may add.

use super::*;

fn table(text: &str) -> toml::Table {
    text.parse::<toml::Table>().unwrap()
}

#[test]
fn defaults_follow_the_design() {
    let m = MarketData::default();
    assert!(m.accepted_labels("DE").iter().any(|w| w == "Anzeige"));
    assert_eq!(m.accepted_labels("IE"), m.accepted_labels("US"));
    assert!(m.ambiguous_words("GB").contains(&"gifted"));
    assert!(!m.ambiguous_words("US").contains(&"gifted"));
    assert_eq!(m.legal_age_pct("US"), 73.8);
    assert_eq!(m.legal_age_pct("FR"), 75.0);
    assert!(
        m.claim_words(Category::Cosmetics)
            .iter()
            .any(|w| w == "detox")
    );
    assert!(m.product_words(Category::General).is_empty());
}

#[test]
fn config_adds_words_and_thresholds() {
    let mut m = MarketData::default();
    let config = table(
        r##"
        [labels]
        IE = ["Fógra"]
        uk = ["#advert"]
        [ambiguous]
        all = ["#gifted"]
        [claim_words]
        cosmetics = ["anti-ageing"]
        [product_words]
        alcohol = ["mezcal"]
        [legal_age_pct]
        IE = 80
        "##,
    );
    m.extend_from(&config).unwrap();
    let ie = m.accepted_labels("IE");
    assert!(ie.iter().any(|w| w == "Fógra") && ie.iter().any(|w| w == "#ad"));
    assert!(m.accepted_labels("GB").iter().any(|w| w == "#advert"));
    assert!(m.accepted_labels("GB").iter().any(|w| w == "advert"));
    assert!(m.ambiguous_words("US").contains(&"#gifted"));
    assert!(
        m.claim_words(Category::Cosmetics)
            .iter()
            .any(|w| w == "anti-ageing")
    );
    assert!(
        m.claim_words(Category::Cosmetics)
            .iter()
            .any(|w| w == "cure")
    );
    assert!(
        m.product_words(Category::Alcohol)
            .iter()
            .any(|w| w == "mezcal")
    );
    assert_eq!(m.legal_age_pct("IE"), 80.0);
}

#[test]
fn bad_config_is_refused_and_changes_nothing() {
    let mut m = MarketData::default();
    for (text, expected) in [
        ("[labels]\nXX = [\"ad\"]", "not a two-letter country code"),
        (
            "[claim_words]\ngeneral = [\"x\"]",
            "not a regulated category",
        ),
        ("[labels]\nIE = \"ad\"", "must be a list of text"),
        ("[legal_age_pct]\nIE = 140", "from 0 to 100"),
        ("[lables]\nIE = [\"ad\"]", "did you mean `labels`?"),
        ("labels = 3", "must be a table"),
    ] {
        let err = m.extend_from(&table(text)).unwrap_err();
        assert!(err.contains(expected), "{text}: {err}");
    }
    let mut partial = MarketData::default();
    let err = partial.extend_from(&table("[labels]\nIE = [\"Fógra\"]\nXX = [\"ad\"]"));
    assert!(err.is_err());
    assert_eq!(partial, MarketData::default());
    assert_eq!(m, MarketData::default());
}
