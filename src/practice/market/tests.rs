//! Market data tests: the defaults of DESIGN §7 and what the config may add.

use super::*;

fn table(text: &str) -> toml::Table {
    text.parse::<toml::Table>().unwrap()
}

#[test]
fn defaults_follow_the_design() {
    let m = MarketData::default();
    assert!(m.accepted_labels("DE").iter().any(|w| w == "Anzeige"));
    assert_eq!(m.accepted_labels("IE"), m.accepted_labels("GB"));
    assert_eq!(m.accepted_labels("JP"), m.accepted_labels("US"));
    assert!(m.ambiguous_words("GB").contains(&"gifted"));
    assert!(!m.ambiguous_words("US").contains(&"gifted"));
    assert_eq!(m.legal_age_pct("US"), 73.8);
    assert_eq!(m.legal_age_pct("FR"), 75.0);
    assert!(m.claim_words(Category::Cosmetics).contains(&"detox"));
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
    assert!(m.claim_words(Category::Cosmetics).contains(&"anti-ageing"));
    assert!(m.claim_words(Category::Cosmetics).contains(&"cure"));
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

#[test]
fn second_wave_markets_and_words() {
    let m = MarketData::default();
    for (market, word) in [
        ("IT", "pubblicità"),
        ("IT", "#adv"),
        ("ES", "publi"),
        ("NL", "#spon"),
        ("BE", "reclame"),
        ("BE", "publicité"),
    ] {
        assert!(
            m.accepted_labels(market).iter().any(|w| w == word),
            "{market} {word}"
        );
    }
    assert!(m.claim_must_go(Category::SupplementsHealth, "cure"));
    assert!(!m.claim_must_go(Category::SupplementsHealth, "detox"));
    assert!(m.claim_must_go(Category::Alcohol, "confidence"));
    assert!(m.claim_must_go(Category::Gambling, "sure thing"));
    let text = Text::new("Brightening vitamin C serum");
    assert!(
        m.product_words_in(Category::SupplementsHealth, &text)
            .is_empty()
    );
    let text = Text::new("Daily vitamin D gummies");
    assert_eq!(
        m.product_words_in(Category::SupplementsHealth, &text),
        ["vitamin"]
    );
    assert_eq!(
        m.platform_bars(Platform::Tiktok, Category::Alcohol, &["US"]),
        Some(vec![])
    );
    assert_eq!(
        m.platform_bars(Platform::Tiktok, Category::Finance, &["US", "GB"]),
        Some(vec!["GB".to_string()])
    );
    assert_eq!(
        m.platform_bars(Platform::Tiktok, Category::Finance, &["US"]),
        None
    );
    assert_eq!(
        m.platform_bars(Platform::Instagram, Category::Alcohol, &["GB"]),
        None
    );
}

#[test]
fn audience_country_reads_codes_and_names() {
    for (text, code) in [
        ("DE", Some("DE")),
        ("DE 80%", Some("DE")),
        ("Germany 80%, Austria 10%", Some("DE")),
        ("UK 83%", Some("GB")),
        ("United Kingdom", Some("GB")),
        ("España 70%", Some("ES")),
        ("the Netherlands", Some("NL")),
        ("in the UK mostly", None),
        ("it depends", None),
        ("Global", None),
    ] {
        assert_eq!(audience_country(text).as_deref(), code, "{text}");
    }
}
