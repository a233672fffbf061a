//! Market and category facts (DESIGN §7) as data in one place: disclosure words accepted per
//! country, ambiguous words, the audience share that must be of drinking age, and the claim
//! and product words of each regulated category.
//!
//! The defaults are the one table `DEFAULTS` in this file. The config file may add to them
//! with a `[market]` table; [`MarketData::extend_from`] takes that table:
//!
//! ```toml
//! [market.labels]          # words a market accepts, added to what it accepts today
//! IE = ["ad", "#ad"]
//! [market.ambiguous]       # unclear words; `all` for every market, or a country code
//! all = ["#gifted"]
//! GB = ["ambassador"]
//! [market.claim_words]     # by category value
//! cosmetics = ["anti-ageing"]
//! [market.product_words]
//! alcohol = ["mezcal"]
//! [market.legal_age_pct]   # replaces the threshold of a market
//! IE = 75
//! ```
//!
//! Country codes are read as in the files (`UK` is GB). Extending never removes a default.

use std::collections::BTreeMap;

use crate::brief::{Category, country_code};

/// The built-in facts, written once.
struct Defaults {
    /// Accepted disclosure words per country.
    labels: &'static [(&'static str, &'static [&'static str])],
    /// The country whose words every other market accepts.
    other_markets_like: &'static str,
    /// Words that do not make an ad clear anywhere.
    ambiguous: &'static [&'static str],
    /// Words that are unclear in one market on their own.
    ambiguous_in: &'static [(&'static str, &'static [&'static str])],
    /// Share of an alcohol partner's audience that must be of legal age, per country.
    legal_age_pct: &'static [(&'static str, f64)],
    /// The threshold for every other market.
    legal_age_other: f64,
    /// Words that make a health, money or drinking claim, per category.
    claim_words: &'static [(Category, &'static [&'static str])],
    /// Words that name a product of a regulated category.
    product_words: &'static [(Category, &'static [&'static str])],
}

const HEALTH_CLAIMS: &[&str] = &[
    "cure",
    "cures",
    "treat",
    "treats",
    "heal",
    "heals",
    "prevent",
    "prevents",
    "miracle",
    "detox",
    "clinically proven",
    "medical-grade",
    "erase",
    "erases",
];
const MONEY_CLAIMS: &[&str] = &[
    "guaranteed",
    "risk-free",
    "no risk",
    "can't lose",
    "get rich",
    "double your money",
];

/// The market data of DESIGN §7.
const DEFAULTS: Defaults = Defaults {
    labels: &[
        (
            "US",
            &[
                "#ad",
                "#sponsored",
                "ad",
                "advertisement",
                "sponsored",
                "paid partnership",
            ],
        ),
        (
            "GB",
            &[
                "ad",
                "#ad",
                "advert",
                "advertisement",
                "advertising",
                "advertisement feature",
            ],
        ),
        ("DE", &["Werbung", "Anzeige"]),
        ("AT", &["Werbung", "Anzeige"]),
        ("FR", &["publicité", "collaboration commerciale"]),
    ],
    other_markets_like: "US",
    ambiguous: &[
        "#sp",
        "#spon",
        "#collab",
        "#partner",
        "#ambassador",
        "#thanks",
        "thanks to",
        "in collaboration with",
    ],
    ambiguous_in: &[("GB", &["gifted", "sponsored", "affiliate"])],
    legal_age_pct: &[("US", 73.8), ("GB", 75.0)],
    legal_age_other: 75.0,
    claim_words: &[
        (Category::SupplementsHealth, HEALTH_CLAIMS),
        (Category::Cosmetics, HEALTH_CLAIMS),
        (Category::Finance, MONEY_CLAIMS),
        (Category::Crypto, MONEY_CLAIMS),
        (
            Category::Alcohol,
            &["healthy", "energy", "performance", "confidence", "slimming"],
        ),
    ],
    product_words: &[
        (
            Category::Alcohol,
            &[
                "beer", "wine", "gin", "vodka", "whisky", "whiskey", "rum", "tequila", "cider",
                "spirits", "liqueur", "seltzer",
            ],
        ),
        (
            Category::SupplementsHealth,
            &[
                "supplement",
                "vitamin",
                "CBD",
                "collagen",
                "probiotic",
                "protein powder",
            ],
        ),
        (
            Category::Finance,
            &[
                "loan",
                "credit",
                "mortgage",
                "ISA",
                "invest",
                "investing",
                "trading",
                "insurance",
                "pension",
            ],
        ),
        (
            Category::Crypto,
            &["crypto", "bitcoin", "token", "NFT", "DeFi"],
        ),
        (
            Category::Gambling,
            &["bet", "betting", "casino", "poker", "odds", "sportsbook"],
        ),
    ],
};

/// The category as a marketer reads it ("Supplements and health").
pub fn category_name(category: Category) -> &'static str {
    match category {
        Category::General => "General",
        Category::Alcohol => "Alcohol",
        Category::SupplementsHealth => "Supplements and health",
        Category::Finance => "Finance",
        Category::Crypto => "Crypto",
        Category::Gambling => "Gambling",
        Category::Cosmetics => "Cosmetics",
    }
}

/// Market and category facts, the defaults plus whatever the config adds.
#[derive(Debug, Clone, PartialEq)]
pub struct MarketData {
    labels: BTreeMap<String, Vec<String>>,
    other_labels: Vec<String>,
    ambiguous: Vec<String>,
    ambiguous_in: BTreeMap<String, Vec<String>>,
    legal_age_pct: BTreeMap<String, f64>,
    legal_age_other: f64,
    claim_words: BTreeMap<Category, Vec<String>>,
    product_words: BTreeMap<Category, Vec<String>>,
}

fn owned(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| (*w).to_string()).collect()
}

fn by_key<K: Ord + Clone>(rows: &[(K, &[&str])]) -> BTreeMap<K, Vec<String>> {
    rows.iter().map(|(k, w)| (k.clone(), owned(w))).collect()
}

impl Default for MarketData {
    fn default() -> MarketData {
        let d = DEFAULTS;
        let labels: BTreeMap<String, Vec<String>> = d
            .labels
            .iter()
            .map(|(k, w)| ((*k).to_string(), owned(w)))
            .collect();
        let other_labels = labels
            .get(d.other_markets_like)
            .cloned()
            .unwrap_or_default();
        MarketData {
            labels,
            other_labels,
            ambiguous: owned(d.ambiguous),
            ambiguous_in: d
                .ambiguous_in
                .iter()
                .map(|(k, w)| ((*k).to_string(), owned(w)))
                .collect(),
            legal_age_pct: d
                .legal_age_pct
                .iter()
                .map(|(k, v)| ((*k).to_string(), *v))
                .collect(),
            legal_age_other: d.legal_age_other,
            claim_words: by_key(d.claim_words),
            product_words: by_key(d.product_words),
        }
    }
}

impl MarketData {
    /// The disclosure words a market accepts (another market's words if it has none of its own).
    pub fn accepted_labels(&self, market: &str) -> &[String] {
        self.labels.get(market).unwrap_or(&self.other_labels)
    }

    /// Words that leave an ad unclear in a market: those unclear everywhere, then its own.
    pub fn ambiguous_words(&self, market: &str) -> Vec<&str> {
        let own = self.ambiguous_in.get(market).into_iter().flatten();
        self.ambiguous
            .iter()
            .chain(own)
            .map(String::as_str)
            .collect()
    }

    /// Share (percent) of an alcohol partner's audience that must be of legal drinking age.
    pub fn legal_age_pct(&self, market: &str) -> f64 {
        self.legal_age_pct
            .get(market)
            .copied()
            .unwrap_or(self.legal_age_other)
    }

    /// Words that make a claim partners must not make for this category.
    pub fn claim_words(&self, category: Category) -> &[String] {
        self.claim_words.get(&category).map_or(&[], Vec::as_slice)
    }

    /// Words that name a product of this category.
    pub fn product_words(&self, category: Category) -> &[String] {
        self.product_words.get(&category).map_or(&[], Vec::as_slice)
    }

    /// Adds the config's `[market]` table (shape in the module doc); nothing changes on error.
    pub fn extend_from(&mut self, table: &toml::Table) -> Result<(), String> {
        let mut next = self.clone();
        for (name, value) in table {
            let section = value
                .as_table()
                .ok_or_else(|| format!("[market] `{name}` must be a table"))?;
            match name.as_str() {
                "labels" => add_by_country(&mut next.labels, section, "labels", |c| {
                    self.accepted_labels(c).to_vec()
                })?,
                "ambiguous" => next.add_ambiguous(section)?,
                "claim_words" => add_by_category(&mut next.claim_words, section, name)?,
                "product_words" => add_by_category(&mut next.product_words, section, name)?,
                "legal_age_pct" => next.set_legal_age(section)?,
                other => {
                    let known = [
                        "labels",
                        "ambiguous",
                        "claim_words",
                        "product_words",
                        "legal_age_pct",
                    ];
                    let hint = crate::path::nearest(other, known)
                        .map(|k| format!("; did you mean `{k}`?"))
                        .unwrap_or_default();
                    return Err(format!("unknown key `{other}` in [market]{hint}"));
                }
            }
        }
        *self = next;
        Ok(())
    }

    fn add_ambiguous(&mut self, section: &toml::Table) -> Result<(), String> {
        for (key, value) in section {
            let words = word_list(value, "ambiguous", key)?;
            if key == "all" {
                add_words(&mut self.ambiguous, words);
            } else {
                let code = country(key, "ambiguous")?;
                add_words(self.ambiguous_in.entry(code).or_default(), words);
            }
        }
        Ok(())
    }

    fn set_legal_age(&mut self, section: &toml::Table) -> Result<(), String> {
        for (key, value) in section {
            let pct = value
                .as_float()
                .or_else(|| value.as_integer().map(|i| i as f64))
                .filter(|p| (0.0..=100.0).contains(p))
                .ok_or_else(|| {
                    format!("[market.legal_age_pct] {key} must be a percentage from 0 to 100")
                })?;
            self.legal_age_pct
                .insert(country(key, "legal_age_pct")?, pct);
        }
        Ok(())
    }
}

fn add_by_country(
    map: &mut BTreeMap<String, Vec<String>>,
    section: &toml::Table,
    table: &str,
    start: impl Fn(&str) -> Vec<String>,
) -> Result<(), String> {
    for (key, value) in section {
        let words = word_list(value, table, key)?;
        let code = country(key, table)?;
        let list = map.entry(code.clone()).or_insert_with(|| start(&code));
        add_words(list, words);
    }
    Ok(())
}

fn add_by_category(
    map: &mut BTreeMap<Category, Vec<String>>,
    section: &toml::Table,
    table: &str,
) -> Result<(), String> {
    for (key, value) in section {
        let words = word_list(value, table, key)?;
        let category = key
            .parse::<Category>()
            .ok()
            .filter(|c| c.is_regulated())
            .ok_or_else(|| {
                let regulated: Vec<&str> = Category::ALL
                    .iter()
                    .filter(|c| c.is_regulated())
                    .map(|c| c.as_str())
                    .collect();
                format!(
                    "[market.{table}] `{key}` is not a regulated category (one of {})",
                    regulated.join(", ")
                )
            })?;
        add_words(map.entry(category).or_default(), words);
    }
    Ok(())
}

fn country(key: &str, table: &str) -> Result<String, String> {
    country_code(key).ok_or_else(|| {
        format!("[market.{table}] `{key}` is not a two-letter country code (e.g. IE, US)")
    })
}

fn word_list(value: &toml::Value, table: &str, key: &str) -> Result<Vec<String>, String> {
    let bad = || format!("[market.{table}] {key} must be a list of text, like [\"ad\", \"#ad\"]");
    let items = value.as_array().ok_or_else(bad)?;
    items
        .iter()
        .map(|item| {
            item.as_str()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .ok_or_else(bad)
        })
        .collect()
}

fn add_words(list: &mut Vec<String>, words: Vec<String>) {
    for word in words {
        if !list.iter().any(|w| w.eq_ignore_ascii_case(&word)) {
            list.push(word);
        }
    }
}

#[cfg(test)]
mod tests;
