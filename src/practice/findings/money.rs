//! Rules for money: rights given away without a fee, pay without terms, a plan over budget or
//! over the user's own cost ceilings, performance pay nobody can count, and gifts that are
//! really paid ads.

use super::{Ctx, Finding, Rule, Severity, filled};
use crate::brief::{
    CreatorBrief, FileKind, InfluencerBasis, InfluencerBrief, Metric, Number, Ownership,
};
use crate::path::KeyPath;
use crate::practice::budget::{budget, format_money};
use crate::practice::cost::planned_costs_of;
use crate::practice::pay::{PartnerPay, creator_pay, influencer_pay};

/// The rules of this theme, in table order.
pub(crate) const RULES: &[Rule] = &[
    Rule {
        id: "rights-without-fee",
        severity: Severity::Warning,
        keys: &[
            "creator.compensation.usage_fee",
            "creator.compensation.whitelisting_fee",
            "creator.compensation.exclusivity_fee",
            "influencer.compensation.usage_fee",
            "influencer.compensation.whitelisting_fee",
            "influencer.compensation.exclusivity_fee",
        ],
        check: rights_without_fee,
    },
    Rule {
        id: "payment-terms-missing",
        severity: Severity::Warning,
        keys: &[
            "creator.compensation.payment_terms",
            "influencer.compensation.payment_terms",
        ],
        check: payment_terms_missing,
    },
    Rule {
        id: "budget-exceeded",
        severity: Severity::Warning,
        keys: &["campaign.budget"],
        check: budget_exceeded,
    },
    Rule {
        id: "plan-above-max-cost",
        severity: Severity::Warning,
        keys: &[
            "influencer.targets.max_cpm",
            "influencer.targets.max_cpe",
            "influencer.targets.max_cpa",
        ],
        check: plan_above_max_cost,
    },
    Rule {
        id: "performance-pay-without-tracking",
        severity: Severity::Error,
        keys: &[
            "influencer.tracking.link",
            "influencer.compensation.basis",
            "influencer.tracking.promo_code",
            "influencer.partners[].promo_code",
            "influencer.feedback.metrics_requested",
        ],
        check: performance_pay_without_tracking,
    },
    Rule {
        id: "gifted-with-posting-obligation",
        severity: Severity::Warning,
        keys: &[
            "influencer.compensation.posting_required",
            "influencer.compensation.basis",
        ],
        check: gifted_with_posting_obligation,
    },
];

fn positive(n: Option<Number>) -> bool {
    n.is_some_and(|n| n.0 > 0.0)
}

/// Whether the creator brief pays anything (a rate, a partner fee or an add-on fee above 0).
pub(crate) fn creator_has_pay(c: &CreatorBrief) -> bool {
    let p = &c.compensation;
    [
        p.rate,
        p.usage_fee,
        p.whitelisting_fee,
        p.exclusivity_fee,
        p.raw_footage_fee,
    ]
    .into_iter()
    .chain(c.partners.iter().map(|x| x.fee))
    .any(positive)
}

/// The influencer brief's amounts; `with_gift` adds the product value of a gift.
fn influencer_amounts(
    i: &InfluencerBrief,
    with_gift: bool,
) -> impl Iterator<Item = Option<Number>> {
    let p = &i.compensation;
    [
        p.fee,
        p.rate,
        p.commission_pct,
        p.product_value.filter(|_| with_gift),
        p.bonus,
        p.usage_fee,
        p.whitelisting_fee,
        p.exclusivity_fee,
    ]
    .into_iter()
    .chain(i.partners.iter().map(|x| x.fee))
}

/// Whether the influencer brief pays money (a gift of product alone pays nothing).
fn pays_money(i: &InfluencerBrief) -> bool {
    influencer_amounts(i, false).any(positive)
}

/// Whether the influencer brief pays anything, gifts and commission included.
pub(crate) fn influencer_has_pay(i: &InfluencerBrief) -> bool {
    influencer_amounts(i, true).any(positive)
}

#[expect(
    clippy::too_many_lines,
    reason = "one rule: each grant checked against who is paid money"
)]
fn rights_without_fee(ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    for b in ctx.briefs() {
        let r = b.rights;
        let mut usage = Vec::new();
        if r.paid_amplification == Some(true) {
            usage.push("paid use");
        }
        if r.ownership == Some(Ownership::Buyout) {
            usage.push("a buyout");
        }
        let ad_access = r.ad_access();
        let exclusive = r.exclusivity_days.is_some_and(|d| d > 0);
        let checks = [
            (
                !usage.is_empty(),
                b.fees.usage,
                "usage_fee",
                usage.join(" and "),
            ),
            (
                ad_access,
                b.fees.whitelisting,
                "whitelisting_fee",
                "ads from their handle".into(),
            ),
            (
                exclusive,
                b.fees.exclusivity,
                "exclusivity_fee",
                "exclusivity".into(),
            ),
        ];
        for (granted, fee, key, what) in checks {
            if !granted || positive(fee) {
                continue;
            }
            let path = b.path(&["compensation", key]);
            if fee.is_none() {
                out.push(Finding::at(
                    path,
                    format!("The {} brief grants {what} with no fee for it.", b.who()),
                    "Agree a fee for it, or set 0 if the base pay already covers it.",
                ));
                continue;
            }
            // A fee of 0 is "covered by the base pay", which only money can do.
            for partner in unpaid(ctx, b.kind) {
                let who = partner
                    .clone()
                    .unwrap_or_else(|| format!("The {}", b.who()));
                out.push(
                    Finding::at(
                        path.clone(),
                        format!(
                            "{who} is not paid money, yet the {} brief grants {what} for a fee of 0.",
                            b.who()
                        ),
                        format!("Agree a fee for {what}; a gift or unpaid post does not pay for it."),
                    )
                    .about(partner),
                );
            }
        }
    }
    out
}

/// Partners of a brief who are paid no money (a gift or nothing); `None` stands for the brief
/// as a whole when it has no partners.
fn unpaid(ctx: &Ctx, kind: FileKind) -> Vec<Option<String>> {
    // The one pay model says who is paid money: a fixed part, a retainer or a rate above 0.
    let paid = |p: &PartnerPay| {
        p.base.is_some_and(|b| b.amount() > 0.0)
            || p.retainer.is_some_and(|b| b.amount() > 0.0)
            || p.variable.is_some_and(|v| v.rate.is_some_and(|r| r > 0.0))
    };
    let pays: Vec<PartnerPay> = match kind {
        FileKind::Creator => ctx.creator.map_or_else(Vec::new, |c| {
            rows(c.partners.len())
                .into_iter()
                .map(|i| creator_pay(c, i))
                .collect()
        }),
        _ => ctx.influencer.map_or_else(Vec::new, |i| {
            rows(i.partners.len())
                .into_iter()
                .map(|n| influencer_pay(i, n, None))
                .collect()
        }),
    };
    pays.iter()
        .filter(|p| !paid(p))
        .map(|p| p.who.clone())
        .collect()
}

fn rows(count: usize) -> Vec<Option<usize>> {
    if count == 0 {
        vec![None]
    } else {
        (0..count).map(Some).collect()
    }
}

fn payment_terms_missing(ctx: &Ctx) -> Vec<Finding> {
    ctx.briefs()
        .iter()
        .filter(|b| b.fees.any && !filled(b.fees.payment_terms))
        .filter(|b| b.kind != FileKind::Influencer || ctx.influencer.is_none_or(pays_money))
        .map(|b| {
            Finding::at(
                b.path(&["compensation", "payment_terms"]),
                format!("The {} brief sets pay but not when it is paid.", b.who()),
                "Add payment terms, e.g. half on signing and half 30 days after delivery.",
            )
        })
        .collect()
}

fn budget_exceeded(ctx: &Ctx) -> Vec<Finding> {
    if !ctx.whole() {
        return vec![];
    }
    let plan = budget(ctx.bundle);
    let (Some(over), Some(limit)) = (plan.over_by(), plan.budget) else {
        return vec![];
    };
    let currency = ctx.campaign().currency.as_deref();
    vec![Finding::at(
        KeyPath::of(FileKind::Campaign, &["budget"]),
        format!(
            "The pay adds up to {}, {} over the budget of {}.",
            format_money(plan.total, currency),
            format_money(over, currency),
            format_money(limit, currency)
        ),
        "Trim a line in the pay step, or raise the budget.",
    )]
}

fn plan_above_max_cost(ctx: &Ctx) -> Vec<Finding> {
    let plan = budget(ctx.bundle);
    let currency = ctx.campaign().currency.as_deref();
    planned_costs_of(ctx.bundle, &plan)
        .into_iter()
        .filter_map(|line| {
            line.over()?;
            let (planned, max) = (line.planned?, line.max?);
            Some(Finding::at(
                KeyPath::of(FileKind::Influencer, &["targets", line.key]),
                format!(
                    "The plan costs {} per {}, above your ceiling of {}.",
                    format_money(planned, currency),
                    line.per,
                    format_money(max, currency)
                ),
                "Lower the influencer pay, raise the targets, or raise the ceiling if it was \
                 too tight.",
            ))
        })
        .collect()
}

fn performance_pay_without_tracking(ctx: &Ctx) -> Vec<Finding> {
    let Some(i) = ctx.influencer else {
        return vec![];
    };
    use Metric::{
        Comments, Conversions, Cpa, Cpe, Cpm, EngagementRate, Impressions, Installs, Likes, Reach,
        Sales, Saves, Shares, Signups, Views,
    };
    let (unit, settles): (&str, &[Metric]) = match i.compensation.basis {
        Some(InfluencerBasis::Cpa) => ("sale", &[Conversions, Sales, Signups, Installs, Cpa]),
        Some(InfluencerBasis::Affiliate) => (
            "sale (commission)",
            &[Conversions, Sales, Signups, Installs, Cpa],
        ),
        Some(InfluencerBasis::Cpm) => ("thousand views", &[Impressions, Reach, Views, Cpm]),
        Some(InfluencerBasis::Cpe) => (
            "engagement",
            &[EngagementRate, Likes, Comments, Shares, Saves, Cpe],
        ),
        _ => return vec![],
    };
    let reported = i
        .feedback
        .metrics_requested
        .iter()
        .any(|m| settles.contains(m));
    if i.has_link_or_code() || reported {
        return vec![];
    }
    vec![Finding::at(
        KeyPath::of(FileKind::Influencer, &["tracking", "link"]),
        format!("Pay is per {unit}, but no link, code or report will count them."),
        "Add a tracking link or promo code, and list the numbers the influencer reports.",
    )]
}

fn gifted_with_posting_obligation(ctx: &Ctx) -> Vec<Finding> {
    let Some(i) = ctx.influencer else {
        return vec![];
    };
    let pay = &i.compensation;
    if pay.basis != Some(InfluencerBasis::Gifted) || pay.posting_required != Some(true) {
        return vec![];
    }
    vec![Finding::at(
        KeyPath::of(FileKind::Influencer, &["compensation", "posting_required"]),
        "A gift that must be posted about is a paid ad.",
        format!(
            "Put the terms in writing and make sure the post is labelled \"{}\".",
            super::disclosure::suggestion(ctx)
        ),
    )]
}

#[cfg(test)]
mod tests;
