//! Market and category facts (DESIGN §7, §8.4) as data in one place: disclosure words accepted
//! per country, ambiguous words, the audience share that must be of drinking age, the claim
//! and product words of each regulated category, platforms that bar a category, and the UK
//! rules for crypto promotions.
//!
//! The defaults, with their sources, are the one table in `market/defaults.rs`. The config file may add to them
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

mod countries;
mod defaults;
mod policies;

use std::collections::BTreeMap;

use crate::brief::{Category, Platform, country_code};
use crate::practice::words::Text;
use countries::COUNTRY_NAMES;
use defaults::DEFAULTS;
use policies::{CRYPTO_INCENTIVES, FCA_CRYPTO_WARNING, PLATFORM_BANS};

/// The category as a marketer reads it ("Supplements and health").
pub(crate) fn category_name(category: Category) -> &'static str {
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

/// The country an `audience_location` starts with ("DE 80%", "Germany 80%", "UK"): a
/// two-letter code written in capitals, or a country name.
pub(crate) fn audience_country(location: &str) -> Option<String> {
    let text = location.trim();
    let first: String = text.chars().take_while(|c| c.is_alphabetic()).collect();
    if first.len() == 2 && first.chars().all(|c| c.is_ascii_uppercase()) {
        return country_code(&first);
    }
    let folded = deunicode::deunicode(text).to_lowercase();
    COUNTRY_NAMES
        .iter()
        .filter(|(name, _)| {
            folded.starts_with(name)
                && !folded[name.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
        })
        .max_by_key(|(name, _)| name.len())
        .map(|(_, code)| (*code).to_string())
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
    banned_claims: BTreeMap<Category, Vec<String>>,
    claim_topics: BTreeMap<Category, Vec<String>>,
    product_words: BTreeMap<Category, Vec<String>>,
    /// Days before a grant ends that `rights-expiring` warns (config `rights_warning_days`).
    pub rights_warning_days: u32,
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
            banned_claims: by_key(d.banned_claims),
            claim_topics: by_key(d.claim_topics),
            product_words: by_key(d.product_words),
            rights_warning_days: 30,
        }
    }
}

impl MarketData {
    /// The disclosure words a market accepts (another market's words if it has none of its own).
    pub(crate) fn accepted_labels(&self, market: &str) -> &[String] {
        self.labels.get(market).unwrap_or(&self.other_labels)
    }

    /// Words that leave an ad unclear in a market: those unclear everywhere, then its own.
    pub(crate) fn ambiguous_words(&self, market: &str) -> Vec<&str> {
        let own = self.ambiguous_in.get(market).into_iter().flatten();
        self.ambiguous
            .iter()
            .chain(own)
            .map(String::as_str)
            .collect()
    }

    /// Share (percent) of an alcohol partner's audience that must be of legal drinking age.
    pub(crate) fn legal_age_pct(&self, market: &str) -> f64 {
        self.legal_age_pct
            .get(market)
            .copied()
            .unwrap_or(self.legal_age_other)
    }

    /// Words that make a claim partners must not make unchecked for this category: those an
    /// approver may clear with evidence, then those no approver can allow.
    pub(crate) fn claim_words(&self, category: Category) -> Vec<&str> {
        let own = self.claim_words.get(&category).into_iter().flatten();
        let banned = self.banned_claims.get(&category).into_iter().flatten();
        let mut out: Vec<&str> = Vec::new();
        for word in own.chain(banned) {
            if !out.iter().any(|w| w.eq_ignore_ascii_case(word)) {
                out.push(word);
            }
        }
        out
    }

    /// Whether no approver can allow this claim in the category: it has to go.
    pub(crate) fn claim_must_go(&self, category: Category, word: &str) -> bool {
        self.banned_claims
            .get(&category)
            .is_some_and(|list| list.iter().any(|w| w.eq_ignore_ascii_case(word)))
    }

    /// Words that show a don't or banned claim is about this category's claims: its claim
    /// words and the topics of its codes ("medical", "returns", "sexual success").
    pub(crate) fn claim_topics(&self, category: Category) -> Vec<&str> {
        let topics = self.claim_topics.get(&category).into_iter().flatten();
        let mut out = self.claim_words(category);
        out.extend(topics.map(String::as_str));
        out
    }

    /// Everyday phrases that hold a claim word but make no claim ("treat yourself").
    pub(crate) fn harmless_phrases(&self) -> &'static [&'static str] {
        DEFAULTS.harmless
    }

    /// Product words of `category` found in `text`; supplement words that are also cosmetic
    /// ingredients are skipped when the text names a cosmetic ("vitamin C serum").
    pub(crate) fn product_words_in<'a>(&'a self, category: Category, text: &Text) -> Vec<&'a str> {
        let cosmetic = !text
            .found_forms(DEFAULTS.cosmetic_context.iter().copied())
            .is_empty();
        let words = self.product_words(category).iter().map(String::as_str);
        text.found_forms(words)
            .into_iter()
            .filter(|w| {
                !(cosmetic
                    && category == Category::SupplementsHealth
                    && DEFAULTS
                        .cosmetic_ingredients
                        .iter()
                        .any(|i| i.eq_ignore_ascii_case(w)))
            })
            .collect()
    }

    /// The platforms' branded-content bans that hit `category` on `platform` in these
    /// markets: `Some(markets)` where it is barred (empty: everywhere), else `None`.
    pub(crate) fn platform_bars(
        &self,
        platform: Platform,
        category: Category,
        markets: &[&str],
    ) -> Option<Vec<String>> {
        let mut hit: Option<Vec<String>> = None;
        for ban in PLATFORM_BANS
            .iter()
            .filter(|b| b.platform == platform && b.categories.contains(&category))
        {
            match ban.markets {
                None => return Some(Vec::new()),
                Some(list) => {
                    let here: Vec<String> = markets
                        .iter()
                        .filter(|m| list.contains(m))
                        .map(|m| (*m).to_string())
                        .collect();
                    if !here.is_empty() {
                        hit.get_or_insert_with(Vec::new).extend(here);
                    }
                }
            }
        }
        hit
    }

    /// The FCA's risk warning for UK crypto promotions, sentence by sentence.
    pub(crate) fn crypto_risk_warning(&self) -> [&'static str; 2] {
        FCA_CRYPTO_WARNING
    }

    /// Words that offer an incentive to invest in crypto (banned in UK promotions).
    pub(crate) fn crypto_incentives(&self) -> &'static [&'static str] {
        CRYPTO_INCENTIVES
    }

    /// How labels must show in videos in this market, when it has a rule of its own.
    pub(crate) fn video_label_note(&self, market: &str) -> Option<&'static str> {
        DEFAULTS
            .video_label_note
            .iter()
            .find(|(m, _)| *m == market)
            .map(|(_, note)| *note)
    }

    /// Words that name a product of this category.
    pub(crate) fn product_words(&self, category: Category) -> &[String] {
        self.product_words.get(&category).map_or(&[], Vec::as_slice)
    }

    /// The defaults with the config's additions: its `[market]` table and its
    /// `rights_warning_days`. The error names the table; the caller names the file.
    pub(crate) fn configured(
        table: Option<&toml::Table>,
        rights_warning_days: Option<u32>,
    ) -> Result<MarketData, String> {
        let mut market = MarketData::default();
        if let Some(table) = table {
            market
                .extend_from(table)
                .map_err(|e| format!("[market]: {e}"))?;
        }
        if let Some(days) = rights_warning_days {
            market.rights_warning_days = days;
        }
        Ok(market)
    }

    /// Adds the config's `[market]` table (shape in the module doc); nothing changes on error.
    pub(crate) fn extend_from(&mut self, table: &toml::Table) -> Result<(), String> {
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
