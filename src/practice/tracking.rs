//! Practice 6 helpers: a tracking link with UTM tags per influencer, a suggested promo code
//! per partner, and which disclosure words work in every market of a campaign.
//!
//! UTM tags on a partner's link: `utm_source` is the platform the link is for (DESIGN §8: one
//! link per platform), else `tracking.utm_source`, else `social`; `utm_medium` is `tracking.utm_medium`, else `influencer`;
//! `utm_campaign` is `tracking.utm_campaign`, else the slug; `utm_content` is the partner's
//! `utm_content`, else its handle without `@`, else its name, else `tracking.utm_content`.
//! The link's own query and `#fragment` are kept; UTM tags already in it are replaced.
//!
//! Suggested codes: the brand's first word (up to 8 letters or digits), the handle's first part
//! (before `.`, `_` or `-`, up to 8), and the first number in `tracking.discount` (up to 3
//! digits), in upper-case ASCII: brand "Glow", handle "@maya.makes", "15% off" → `GLOWMAYA15`.

use serde::Serialize;
use url::Url;

use super::market::MarketData;
use super::partner_label;
use super::words::has_term;
use crate::brief::{Bundle, Country, FileKind, InfluencerBrief, InfluencerPartner, Platform};
use crate::path::KeyPath;

/// A tracking link that cannot be built, told like a finding.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct LinkError {
    /// The field to fix.
    pub key: KeyPath,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub fix: String,
}

/// One partner's link and code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartnerLink {
    /// The row in `[[partners]]`; `None` when the brief has no partners yet.
    pub row: Option<usize>,
    /// Handle, else name.
    pub partner: Option<String>,
    /// The link with UTM tags, when the brief has a link (the first of `links`).
    pub url: Option<String>,
    /// One tagged link per platform the partner posts on (`utm_source` = that platform);
    /// one link without a platform when they have no posts with a platform.
    pub links: Vec<(Option<Platform>, String)>,
    /// The partner's code, else the brief's, else a suggested one.
    pub code: Option<String>,
    /// Whether `code` is only a suggestion.
    pub code_suggested: bool,
}

/// Links and codes for every influencer partner (one planned partner when there are none).
pub(crate) fn partner_links(bundle: &Bundle) -> Result<Vec<PartnerLink>, LinkError> {
    let Some(brief) = bundle.used_influencer() else {
        return Ok(Vec::new());
    };
    let brand = bundle.campaign.brand.as_deref().unwrap_or_default();
    let discount = brief.tracking.discount.as_deref();
    let mut out = Vec::new();
    let rows: Vec<Option<(usize, &InfluencerPartner)>> = if brief.partners.is_empty() {
        vec![None]
    } else {
        brief.partners.iter().enumerate().map(Some).collect()
    };
    for row in rows {
        let partner = row.map(|(_, p)| p);
        let mut links = Vec::new();
        for platform in platforms_of(brief, row.map(|(i, _)| i)) {
            if let Some(url) = tracking_link(bundle, brief, partner, platform)? {
                links.push((platform, String::from(url)));
            }
        }
        let url = links.first().map(|(_, u)| u.clone());
        let own = partner
            .and_then(|p| p.promo_code.clone())
            .or_else(|| brief.tracking.promo_code.clone())
            .filter(|c| !c.trim().is_empty());
        let who = partner.and_then(|p| p.handle.as_deref().or(p.name.as_deref()));
        let suggested = who.map(|w| suggested_code(brand, w, discount));
        out.push(PartnerLink {
            row: row.map(|(i, _)| i),
            partner: partner.and_then(|p| partner_label(p.handle.as_deref(), p.name.as_deref())),
            code_suggested: own.is_none() && suggested.as_ref().is_some_and(|s| !s.is_empty()),
            code: own.or(suggested.filter(|s| !s.is_empty())),
            url,
            links,
        });
    }
    Ok(out)
}

/// The brief's link tagged for one partner (or for the brief, with no partner); `None` when
/// the brief has no link.
pub(crate) fn tracking_link(
    bundle: &Bundle,
    brief: &InfluencerBrief,
    partner: Option<&InfluencerPartner>,
    platform: Option<Platform>,
) -> Result<Option<Url>, LinkError> {
    let t = &brief.tracking;
    let Some(text) = t.link.as_deref().map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    let key = KeyPath::of(FileKind::Influencer, &["tracking", "link"]);
    let mut url = Url::parse(text).map_err(|_| LinkError {
        key: key.clone(),
        message: format!("The tracking link \"{text}\" is not a web address."),
        fix: "Write the full address, starting with https://".into(),
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(LinkError {
            key,
            message: format!("The tracking link \"{text}\" is not a web page."),
            fix: "Use a link that starts with https://".into(),
        });
    }
    let tags = utm_tags(bundle, brief, partner, platform);
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(k, _)| !tags.iter().any(|(tag, _)| tag == k))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    url.set_query(None);
    {
        let mut query = url.query_pairs_mut();
        for (k, v) in &kept {
            query.append_pair(k, v);
        }
        for (k, v) in &tags {
            query.append_pair(k, v);
        }
    }
    Ok(Some(url))
}

/// The platforms partner `row` posts on, in post order, without repeats; one `None` when
/// there is none (the link then falls back to `utm_source` or "social").
pub(crate) fn platforms_of(brief: &InfluencerBrief, row: Option<usize>) -> Vec<Option<Platform>> {
    let mut out: Vec<Option<Platform>> = Vec::new();
    for (_, post) in super::pay::posts_for(brief, row) {
        if let Some(p) = post.platform
            && !out.contains(&Some(p))
        {
            out.push(Some(p));
        }
    }
    if out.is_empty() {
        out.push(None);
    }
    out
}

/// The UTM tags of a link: the platform it is posted on names the source (so each
/// platform's traffic is told apart), else the brief's `utm_source`, else "social".
fn utm_tags(
    bundle: &Bundle,
    brief: &InfluencerBrief,
    partner: Option<&InfluencerPartner>,
    platform: Option<Platform>,
) -> Vec<(&'static str, String)> {
    let t = &brief.tracking;
    let set = |v: Option<&str>| {
        v.map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let source = platform
        .map(|p| p.as_str().to_string())
        .or(set(t.utm_source.as_deref()))
        .unwrap_or("social".into());
    let medium = set(t.utm_medium.as_deref()).unwrap_or("influencer".into());
    let campaign = set(t.utm_campaign.as_deref()).unwrap_or(bundle.campaign.slug.clone());
    let content = partner
        .and_then(|p| {
            set(p.utm_content.as_deref())
                .or(set(p
                    .handle
                    .as_deref()
                    .map(|h| h.trim().trim_start_matches('@'))))
                .or(set(p.name.as_deref()))
        })
        .or(set(t.utm_content.as_deref()));
    let mut tags = vec![
        ("utm_source", source),
        ("utm_medium", medium),
        ("utm_campaign", campaign),
    ];
    if let Some(content) = content {
        tags.push(("utm_content", content));
    }
    tags
}

/// A promo code from the brand, the partner's handle (or name) and the discount.
pub fn suggested_code(brand: &str, handle: &str, discount: Option<&str>) -> String {
    let brand = deunicode::deunicode(brand);
    let brand_part = brand.split_whitespace().next().unwrap_or_default();
    let handle = deunicode::deunicode(handle.trim().trim_start_matches('@'));
    let handle_part = handle
        .split(['.', '_', '-', ' '])
        .find(|s| s.chars().any(|c| c.is_ascii_alphanumeric()))
        .unwrap_or_default();
    let number: String = discount
        .unwrap_or_default()
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .take(3)
        .collect();
    let mut code = code_part(brand_part);
    code.push_str(&code_part(handle_part));
    code.push_str(&number);
    code
}

fn code_part(text: &str) -> String {
    text.chars()
        .filter(char::is_ascii_alphanumeric)
        .take(8)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Which disclosure words work where, and one label that covers every market.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LabelAdvice {
    /// Words every market accepts on their own.
    pub everywhere: Vec<String>,
    /// One label that every market accepts ("Werbung #ad").
    pub label: String,
    /// The accepted words of each market.
    pub by_market: Vec<(String, Vec<String>)>,
    /// Platforms where the built-in paid-partnership label should be switched on too.
    pub platform_tool: Vec<Platform>,
}

/// The disclosure words that work for every market (no markets: the default ones).
pub(crate) fn labels_needed(
    markets: &[Country],
    platforms: &[Platform],
    data: &MarketData,
) -> LabelAdvice {
    let mut codes: Vec<&str> = Vec::new();
    for code in markets.iter().map(Country::as_str) {
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    if codes.is_empty() {
        codes.push("");
    }
    let set = MarketSet { codes, data };
    let mut tools: Vec<Platform> = platforms
        .iter()
        .copied()
        .filter(|p| p.has_partnership_tool())
        .collect();
    tools.sort();
    tools.dedup();
    LabelAdvice {
        everywhere: set.everywhere(),
        label: set.one_label(platforms.contains(&Platform::Podcast)),
        by_market: markets
            .iter()
            .map(|m| (m.to_string(), data.accepted_labels(m.as_str()).to_vec()))
            .collect(),
        platform_tool: tools,
    }
}

/// The campaign's markets with their accepted words.
struct MarketSet<'a> {
    codes: Vec<&'a str>,
    data: &'a MarketData,
}

impl MarketSet<'_> {
    /// Whether a label text holds a word the market accepts.
    fn accepts(&self, code: &str, text: &str) -> bool {
        let words = self.data.accepted_labels(code);
        words.iter().any(|word| has_term(text, word))
    }

    /// Accepted words that work in every market on their own.
    fn everywhere(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for code in &self.codes {
            for word in self.data.accepted_labels(code) {
                let all = self.codes.iter().all(|c| self.accepts(c, word));
                if all && !out.iter().any(|w| w.eq_ignore_ascii_case(word)) {
                    out.push(word.clone());
                }
            }
        }
        out
    }

    /// Few words that together cover every market, words before hashtags ("Werbung #ad").
    /// Each step takes the first market not yet covered and the word of its list that covers
    /// the most open markets (the earliest on ties); spoken formats avoid hashtags.
    fn one_label(&self, spoken: bool) -> String {
        let mut picked: Vec<String> = Vec::new();
        let mut open = self.codes.clone();
        while let Some(first) = open.first().copied() {
            let words = self.data.accepted_labels(first);
            let fits = |w: &&String| !(spoken && w.starts_with('#'));
            let candidates: Vec<&String> = match words.iter().filter(fits).count() {
                0 => words.iter().collect(),
                _ => words.iter().filter(fits).collect(),
            };
            let covers = |w: &str| open.iter().filter(|c| self.accepts(c, w)).count();
            let best = candidates.iter().rev().max_by_key(|w| covers(w));
            open.retain(|c| *c != first && best.is_none_or(|b| !self.accepts(c, b)));
            picked.extend(best.map(|b| (*b).clone()));
        }
        picked.sort_by_key(|w| w.starts_with('#'));
        picked.join(" ")
    }
}

#[cfg(test)]
mod tests;
