//! Rules for regulated categories (alcohol, supplements and health, finance, crypto, gambling,
//! cosmetics): claims guidance that names the category's claims, claim words in any copy
//! (by stem, not after a negation), a category left unset, and drinking-age audiences.
//! UK financial promotions live in `fin_promo`, platform and market rules in `local`.

use super::copy::{COPY_KEYS, copy_fields};
use super::{Ctx, Finding, Rule, Severity, partner_label};
use crate::brief::{Category, FileKind, Number};
use crate::path::KeyPath;
use crate::practice::market::{audience_country, category_name};
use crate::practice::words::Text;

/// The rules of this theme, in table order.
pub(crate) const RULES: &[Rule] = &[
    Rule {
        id: "regulated-without-claims-guidance",
        severity: Severity::Error,
        keys: &[
            "creator.guidelines.claims_banned",
            "influencer.guidelines.claims_banned",
            "campaign.category",
            "creator.guidelines.donts",
            "influencer.guidelines.donts",
        ],
        check: without_claims_guidance,
    },
    Rule {
        id: "regulated-claim-in-copy",
        severity: Severity::Warning,
        keys: COPY_KEYS,
        check: claim_in_copy,
    },
    Rule {
        id: "regulated-not-flagged",
        severity: Severity::Warning,
        keys: &[
            "campaign.category",
            "campaign.product",
            "campaign.name",
            "campaign.brand",
        ],
        check: not_flagged,
    },
    Rule {
        id: "alcohol-audience-age",
        severity: Severity::Error,
        keys: &[
            "influencer.partners[].audience_legal_age_pct",
            "campaign.markets",
        ],
        check: alcohol_audience_age,
    },
];

fn without_claims_guidance(ctx: &Ctx) -> Vec<Finding> {
    let Some(category) = ctx.regulated() else {
        return vec![];
    };
    let topics = ctx.market.claim_topics(category);
    ctx.briefs()
        .iter()
        .filter(|b| {
            let g = b.guidelines;
            !g.donts.iter().chain(&g.claims_banned).any(|line| {
                !Text::new(line)
                    .found_forms(topics.iter().copied())
                    .is_empty()
            })
        })
        .map(|b| {
            let example = example_ban(category);
            Finding::at(
                b.path(&["guidelines", "claims_banned"]),
                format!(
                    "{} is regulated, but no don't or banned claim in the {} brief names the \
                     claims partners must not make.",
                    category_name(category),
                    b.who()
                ),
                format!("Add a banned claim such as \"{example}\"."),
            )
        })
        .collect()
}

/// A banned claim worth copying, per category.
fn example_ban(category: Category) -> &'static str {
    match category {
        Category::Alcohol => {
            "No suggestion that drinking brings health, strength, confidence or social success"
        }
        Category::SupplementsHealth => "No claim that it prevents, treats or cures any disease",
        Category::Cosmetics => "No medical claims: it does not treat, heal or cure the skin",
        Category::Finance | Category::Crypto => "No promise of returns; never say it is risk-free",
        Category::Gambling => "No promise of a win, and never a way out of money worries",
        Category::General => "",
    }
}

fn claim_in_copy(ctx: &Ctx) -> Vec<Finding> {
    let Some(category) = ctx.regulated() else {
        return vec![];
    };
    let words = ctx.market.claim_words(category);
    let harmless = ctx.market.harmless_phrases();
    let mut out = Vec::new();
    for field in copy_fields(ctx) {
        let mut found: Vec<&str> = Vec::new();
        for line in &field.lines {
            for word in Text::new(line).asserted(words.iter().copied(), harmless) {
                if !found.contains(&word) {
                    found.push(word);
                }
            }
        }
        if found.is_empty() {
            continue;
        }
        let must_go = found.iter().any(|w| ctx.market.claim_must_go(category, w));
        let (claim, it, this) = match found.len() {
            1 => ("a claim", "it", "this claim"),
            _ => ("claims", "them", "such claims"),
        };
        let fix = if must_go {
            format!("Remove {it}: no approver can make {this} legal for the category.")
        } else {
            format!("Reword {it}, or keep {it} only if your approver has the evidence.")
        };
        out.push(Finding::at(
            field.key,
            format!(
                "The {} say \"{}\", {claim} {} ads should not make.",
                field.label,
                found.join("\", \""),
                category_name(category).to_lowercase()
            ),
            fix,
        ));
    }
    out
}

fn not_flagged(ctx: &Ctx) -> Vec<Finding> {
    let campaign = ctx.campaign();
    if campaign.category.is_some_and(|c| c.is_regulated()) {
        return vec![];
    }
    let parts = [
        campaign.product.as_deref(),
        Some(campaign.name.as_str()),
        campaign.brand.as_deref(),
    ];
    let text = Text::new(&parts.into_iter().flatten().collect::<Vec<_>>().join("\n"));
    let mut out = Vec::new();
    for category in Category::ALL.iter().copied().filter(|c| c.is_regulated()) {
        let found = ctx.market.product_words_in(category, &text);
        let Some(word) = found.first() else { continue };
        let current = campaign.category.map_or("not set", |c| c.as_str());
        out.push(Finding::at(
            KeyPath::of(FileKind::Campaign, &["category"]),
            format!(
                "The campaign mentions \"{word}\", which sounds like {}, but the category is {current}.",
                category_name(category).to_lowercase()
            ),
            format!(
                "Set the category to {} so the right checks run, if that is what you sell.",
                category.as_str()
            ),
        ));
    }
    out
}

fn alcohol_audience_age(ctx: &Ctx) -> Vec<Finding> {
    if ctx.regulated() != Some(Category::Alcohol) {
        return vec![];
    }
    let Some(i) = ctx.influencer else {
        return vec![];
    };
    let mut markets = ctx.markets();
    if markets.is_empty() {
        markets.push("");
    }
    let campaign_needs = markets
        .iter()
        .map(|m| ctx.market.legal_age_pct(m))
        .fold(0.0, f64::max);
    let mut out = Vec::new();
    for (row, p) in i.partners.iter().enumerate() {
        // A partner whose audience sits in one country is held to that country's threshold.
        let needed = p
            .audience_location
            .as_deref()
            .and_then(audience_country)
            .map_or(campaign_needs, |c| ctx.market.legal_age_pct(&c));
        let needed_text = Number(needed);
        let who = partner_label(p.handle.as_deref(), p.name.as_deref());
        let name = who
            .clone()
            .unwrap_or_else(|| format!("partner {}", row + 1));
        let message = match p.audience_legal_age_pct {
            None => format!("We don't know how much of {name}'s audience is of drinking age."),
            Some(pct) if pct.0 < needed => format!(
                "Only {pct}% of {name}'s audience is of drinking age; {needed_text}% is needed."
            ),
            Some(_) => continue,
        };
        out.push(
            Finding::at(
                KeyPath::of(FileKind::Influencer, &["partners"])
                    .row(row)
                    .child("audience_legal_age_pct"),
                message,
                format!(
                    "Get their audience age data; book only accounts with at least {needed_text}% \
                     of legal age."
                ),
            )
            .about(who),
        );
    }
    out
}

#[cfg(test)]
mod tests;
