//! Rules for regulated categories (alcohol, supplements and health, finance, crypto, gambling,
//! cosmetics): claims guidance, claim words in copy, a category left unset, drinking-age
//! audiences and approval of financial promotions.

use super::{Ctx, Finding, Rule, Severity, filled, partner_label};
use crate::brief::{Category, FileKind, Number};
use crate::path::KeyPath;
use crate::practice::market::category_name;
use crate::practice::words::Text;

/// The rules of this theme, in table order.
pub const RULES: &[Rule] = &[
    Rule {
        id: "regulated-without-claims-guidance",
        severity: Severity::Error,
        keys: &[
            "creator.guidelines.claims_banned",
            "influencer.guidelines.claims_banned",
            "campaign.category",
        ],
        check: without_claims_guidance,
    },
    Rule {
        id: "regulated-claim-in-copy",
        severity: Severity::Warning,
        keys: &[
            "creator.content.hooks",
            "creator.content.key_messages",
            "influencer.content.key_messages",
            "influencer.content.talking_points",
        ],
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
    Rule {
        id: "fin-promo-without-approval",
        severity: Severity::Error,
        keys: &["campaign.approver", "campaign.category", "campaign.markets"],
        check: fin_promo_without_approval,
    },
];

fn without_claims_guidance(ctx: &Ctx) -> Vec<Finding> {
    let Some(category) = ctx.regulated() else {
        return vec![];
    };
    ctx.briefs()
        .iter()
        .filter(|b| {
            let g = b.guidelines;
            g.mandatories.is_empty() && g.claims_banned.is_empty() && g.donts.is_empty()
        })
        .map(|b| {
            Finding::at(
                b.path(&["guidelines", "claims_banned"]),
                format!(
                    "{} is regulated, but the {} brief sets no rules on claims: no must-haves, \
                     banned claims or don'ts.",
                    category_name(category),
                    b.who()
                ),
                "List the claims partners must not make and what every piece must include.",
            )
        })
        .collect()
}

fn claim_in_copy(ctx: &Ctx) -> Vec<Finding> {
    let Some(category) = ctx.regulated() else {
        return vec![];
    };
    let words: Vec<&str> = ctx
        .market
        .claim_words(category)
        .iter()
        .map(String::as_str)
        .collect();
    let mut fields: Vec<(FileKind, &str, &str, &[String])> = Vec::new();
    if let Some(c) = ctx.creator {
        fields.push((FileKind::Creator, "hooks", "hooks", &c.content.hooks));
        fields.push((
            FileKind::Creator,
            "key_messages",
            "key messages",
            &c.content.key_messages,
        ));
    }
    if let Some(i) = ctx.influencer {
        fields.push((
            FileKind::Influencer,
            "key_messages",
            "key messages",
            &i.content.key_messages,
        ));
        fields.push((
            FileKind::Influencer,
            "talking_points",
            "talking points",
            &i.content.talking_points,
        ));
    }
    let mut out = Vec::new();
    for (file, key, label, lines) in fields {
        let text = Text::new(&lines.join("\n"));
        let found = text.found(words.iter().copied());
        if found.is_empty() {
            continue;
        }
        out.push(Finding::at(
            KeyPath::of(file, &["content", key]),
            format!(
                "The {file}'s {label} say \"{}\", a claim {} ads should not make.",
                found.join("\", \""),
                category_name(category).to_lowercase()
            ),
            "Reword it, or have your approver confirm the claim is allowed.",
        ));
    }
    out
}

fn not_flagged(ctx: &Ctx) -> Vec<Finding> {
    let campaign = ctx.campaign();
    let parts = [
        campaign.product.as_deref(),
        Some(campaign.name.as_str()),
        campaign.brand.as_deref(),
    ];
    let text = Text::new(&parts.into_iter().flatten().collect::<Vec<_>>().join("\n"));
    let mut out = Vec::new();
    for category in Category::ALL.iter().copied().filter(|c| c.is_regulated()) {
        if campaign.category == Some(category) {
            continue;
        }
        let words = ctx
            .market
            .product_words(category)
            .iter()
            .map(String::as_str);
        let found = text.found(words);
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
    let needed = markets
        .iter()
        .map(|m| ctx.market.legal_age_pct(m))
        .fold(0.0, f64::max);
    let needed_text = Number(needed);
    let mut out = Vec::new();
    for (row, p) in i.partners.iter().enumerate() {
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

fn fin_promo_without_approval(ctx: &Ctx) -> Vec<Finding> {
    let campaign = ctx.campaign();
    let Some(category) = campaign
        .category
        .filter(|c| matches!(c, Category::Finance | Category::Crypto))
    else {
        return vec![];
    };
    if !ctx.markets().contains(&"GB") || filled(campaign.approver.as_deref()) {
        return vec![];
    }
    vec![Finding::at(
        KeyPath::of(FileKind::Campaign, &["approver"]),
        format!(
            "{} posts in the UK are financial promotions and need an authorised approver.",
            category_name(category)
        ),
        "Name the authorised person who signs off every post.",
    )]
}

#[cfg(test)]
mod tests;
