//! Rules for UK financial promotions (finance and crypto with GB in the markets): an
//! FCA-authorised approver, the FCA's prescribed crypto risk warning, and no incentive to
//! invest in crypto (FCA PS23/6, COBS 4.12A).

use super::copy::copy_fields;
use super::{Ctx, Finding, Rule, Severity, filled};
use crate::brief::{Category, FileKind};
use crate::path::KeyPath;
use crate::practice::market::category_name;
use crate::practice::words::Text;

/// The rules of this theme, in table order.
pub(crate) const RULES: &[Rule] = &[
    Rule {
        id: "fin-promo-without-approval",
        severity: Severity::Error,
        keys: &["campaign.approver", "campaign.category", "campaign.markets"],
        check: fin_promo_without_approval,
    },
    Rule {
        id: "fin-promo-risk-warning-missing",
        severity: Severity::Error,
        keys: &[
            "creator.guidelines.mandatories",
            "influencer.guidelines.mandatories",
        ],
        check: risk_warning_missing,
    },
    Rule {
        id: "fin-promo-incentive",
        severity: Severity::Error,
        keys: INCENTIVE_KEYS,
        check: incentive,
    },
];

const INCENTIVE_KEYS: &[&str] = &[
    "creator.content.hooks",
    "creator.content.key_messages",
    "creator.content.beats",
    "creator.guidelines.mandatories",
    "creator.guidelines.dos",
    "creator.guidelines.claims_allowed",
    "creator.deliverables[].notes",
    "influencer.content.key_messages",
    "influencer.content.talking_points",
    "influencer.guidelines.mandatories",
    "influencer.guidelines.dos",
    "influencer.guidelines.claims_allowed",
    "influencer.tracking.discount",
];

/// The category when the campaign is a UK financial promotion of `which`.
fn uk_promotion(ctx: &Ctx, which: &[Category]) -> Option<Category> {
    let category = ctx.campaign().category.filter(|c| which.contains(c))?;
    ctx.markets().contains(&"GB").then_some(category)
}

/// Whether the approver is named as FCA-authorised: the text holds "FCA", "authorised" or
/// "authorized" ("FCA-authorised" included).
fn fca_authorised(approver: &str) -> bool {
    let text = approver.to_lowercase();
    ["fca", "authorised", "authorized"]
        .iter()
        .any(|w| text.contains(w))
}

fn fin_promo_without_approval(ctx: &Ctx) -> Vec<Finding> {
    let Some(category) = uk_promotion(ctx, &[Category::Finance, Category::Crypto]) else {
        return vec![];
    };
    let approver = ctx.campaign().approver.as_deref();
    let message = match approver {
        Some(a) if filled(Some(a)) && fca_authorised(a) => return vec![],
        Some(a) if filled(Some(a)) => format!(
            "\"{}\" is not named as FCA-authorised; {} posts in the UK are financial \
             promotions that an authorised firm must approve.",
            a.trim(),
            category_name(category)
        ),
        _ => format!(
            "{} posts in the UK are financial promotions and need an FCA-authorised approver.",
            category_name(category)
        ),
    };
    vec![Finding::at(
        KeyPath::of(FileKind::Campaign, &["approver"]),
        message,
        "Name the FCA-authorised firm that signs off every post, e.g. \"Acme Ltd (FCA \
         authorised)\".",
    )]
}

/// Text folded for comparing a sentence: lower case, plain apostrophes, single spaces, no
/// final stop.
fn sentence(text: &str) -> String {
    let plain = deunicode::deunicode(text).to_lowercase();
    let words: Vec<&str> = plain.split_whitespace().collect();
    words.join(" ").replace("do not", "don't")
}

fn holds_warning(lines: &[String], warning: [&str; 2]) -> bool {
    let all = sentence(&lines.join(" "));
    let first = sentence(warning[0]);
    let second = sentence(warning[1]);
    let first = first.trim_end_matches('.');
    let short_second = "this is a high-risk investment";
    all.contains(first)
        && (all.contains(second.trim_end_matches('.')) || all.contains(short_second))
}

fn risk_warning_missing(ctx: &Ctx) -> Vec<Finding> {
    if uk_promotion(ctx, &[Category::Crypto]).is_none() {
        return vec![];
    }
    let warning = ctx.market.crypto_risk_warning();
    ctx.briefs()
        .iter()
        .filter(|b| !holds_warning(&b.guidelines.mandatories, warning))
        .map(|b| {
            Finding::at(
                b.path(&["guidelines", "mandatories"]),
                format!(
                    "The {} brief's must-haves lack the FCA risk warning every UK crypto post \
                     carries.",
                    b.who()
                ),
                format!(
                    "Add this must-have, word for word: \"{} {}\"",
                    warning[0], warning[1]
                ),
            )
        })
        .collect()
}

/// Whether a line offers something free or extra for signing up or investing: an incentive
/// word ("bonus", "refer a friend"), or "free" next to an amount ("free £20", "£10 free").
fn incentive_in(line: &str, words: &[&str]) -> Option<String> {
    let text = Text::new(line);
    if let Some(word) = text.asserted(words.iter().copied(), &[]).first() {
        return Some((*word).to_string());
    }
    let tokens: Vec<&str> = line.split_whitespace().collect();
    let amount = |t: &str| {
        t.starts_with(['£', '$', '€']) || t.chars().next().is_some_and(|c| c.is_ascii_digit())
    };
    let free = |t: &str| {
        t.trim_matches(|c: char| !c.is_alphanumeric())
            .eq_ignore_ascii_case("free")
    };
    tokens.windows(2).find_map(|pair| {
        let hit = (free(pair[0]) && amount(pair[1])) || (amount(pair[0]) && free(pair[1]));
        hit.then(|| pair.join(" "))
    })
}

fn incentive(ctx: &Ctx) -> Vec<Finding> {
    if uk_promotion(ctx, &[Category::Crypto]).is_none() {
        return vec![];
    }
    let words = ctx.market.crypto_incentives();
    let mut fields: Vec<(KeyPath, String, Vec<&str>)> = copy_fields(ctx)
        .into_iter()
        .map(|f| (f.key, f.label, f.lines))
        .collect();
    if let Some(discount) = ctx.influencer.and_then(|i| i.tracking.discount.as_deref()) {
        fields.push((
            KeyPath::of(FileKind::Influencer, &["tracking", "discount"]),
            "influencer's discount".into(),
            vec![discount],
        ));
    }
    let mut out = Vec::new();
    for (key, label, lines) in fields {
        let Some(offer) = lines.iter().find_map(|l| incentive_in(l, words)) else {
            continue;
        };
        out.push(Finding::at(
            key,
            format!(
                "The {label} offer an incentive to invest (\"{offer}\"), which UK crypto \
                 promotions may not."
            ),
            "Remove the bonus, free crypto or referral reward from the copy and the offer.",
        ));
    }
    out
}

#[cfg(test)]
mod tests;
