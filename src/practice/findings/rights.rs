//! Rules for usage rights: how long, where, ad access from the partner's handle (and not past
//! the licence), the paid test,
//! evergreen assets, exclusivity, posts kept up as long as the ads run, and music for ads.

use super::{Ctx, Finding, Rule, Severity, filled};
use crate::brief::{AudioSource, Channel, FileKind, Objective, Ownership, PostFormat};
use crate::path::KeyPath;

/// The rules of this theme, in table order.
pub(crate) const RULES: &[Rule] = &[
    Rule {
        id: "rights-without-duration",
        severity: Severity::Error,
        keys: &[
            "creator.usage_rights.duration_days",
            "influencer.usage_rights.duration_days",
        ],
        check: rights_without_duration,
    },
    Rule {
        id: "whitelisting-without-window",
        severity: Severity::Error,
        keys: &[
            "creator.usage_rights.whitelisting_days",
            "influencer.usage_rights.whitelisting_days",
        ],
        check: whitelisting_without_window,
    },
    Rule {
        id: "ad-window-longer-than-licence",
        severity: Severity::Warning,
        keys: &[
            "creator.usage_rights.whitelisting_days",
            "influencer.usage_rights.whitelisting_days",
        ],
        check: ad_window_longer_than_licence,
    },
    Rule {
        id: "usage-channels-mismatch",
        severity: Severity::Error,
        keys: &[
            "creator.deliverables[].placements",
            "creator.usage_rights.paid_amplification",
            "creator.usage_rights.channels",
        ],
        check: usage_channels_mismatch,
    },
    Rule {
        id: "test-plan-exceeds-rights",
        severity: Severity::Error,
        keys: &[
            "creator.test_plan.duration_days",
            "creator.usage_rights.paid_amplification",
            "creator.usage_rights.duration_days",
        ],
        check: test_plan_exceeds_rights,
    },
    Rule {
        id: "evergreen-rights-expire",
        severity: Severity::Warning,
        keys: &[
            "creator.usage_rights.perpetual",
            "campaign.objective",
            "creator.deliverables[].placements",
            "creator.usage_rights.channels",
            "creator.usage_rights.ownership",
        ],
        check: evergreen_rights_expire,
    },
    Rule {
        id: "exclusivity-without-scope",
        severity: Severity::Error,
        keys: &[
            "creator.usage_rights.exclusivity_category",
            "influencer.usage_rights.exclusivity_category",
        ],
        check: exclusivity_without_scope,
    },
    Rule {
        id: "keep-live-shorter-than-ads",
        severity: Severity::Warning,
        keys: &[
            "influencer.posts[].keep_live_days",
            "influencer.usage_rights.whitelisting_days",
        ],
        check: keep_live_shorter_than_ads,
    },
    Rule {
        id: "audio-not-cleared",
        severity: Severity::Warning,
        keys: &["creator.deliverables[].audio"],
        check: audio_not_cleared,
    },
];

fn rights_without_duration(ctx: &Ctx) -> Vec<Finding> {
    ctx.briefs()
        .iter()
        .filter(|b| b.rights.grants_use() && !b.rights.has_duration())
        .map(|b| {
            Finding::at(
                b.path(&["usage_rights", "duration_days"]),
                format!(
                    "The {} brief grants use of the content with no end date.",
                    b.who()
                ),
                "Set how many days the licence lasts, or mark it perpetual.",
            )
        })
        .collect()
}

fn whitelisting_without_window(ctx: &Ctx) -> Vec<Finding> {
    ctx.briefs()
        .iter()
        .filter(|b| b.rights.ad_access() && b.rights.whitelisting_days.is_none_or(|d| d == 0))
        .map(|b| {
            Finding::at(
                b.path(&["usage_rights", "whitelisting_days"]),
                format!(
                    "You may run ads from the {}'s handle, but for how long is not set.",
                    b.who()
                ),
                "Set the ad-access window in days; a perpetual licence does not cover it.",
            )
        })
        .collect()
}

fn ad_window_longer_than_licence(ctx: &Ctx) -> Vec<Finding> {
    ctx.briefs()
        .iter()
        .filter_map(|b| {
            let r = b.rights;
            if r.perpetual == Some(true) || r.is_buyout() {
                return None;
            }
            let window = r.whitelisting_days.filter(|d| *d > 0)?;
            let licence = r.duration_days.filter(|d| *d > 0 && window > *d)?;
            Some(Finding::at(
                b.path(&["usage_rights", "whitelisting_days"]),
                format!(
                    "The {} brief lets you run ads from their handle for {window} days, but the \
                     licence ends after {licence}.",
                    b.who()
                ),
                format!("Cut the ad-access window to {licence} days, or extend the licence."),
            ))
        })
        .collect()
}

fn usage_channels_mismatch(ctx: &Ctx) -> Vec<Finding> {
    let Some(c) = ctx.creator else { return vec![] };
    let rights = &c.usage_rights;
    if rights.is_buyout() {
        // The brand owns the content outright: every channel, paid use included.
        return vec![];
    }
    let mut out = Vec::new();
    let mut paid_rows = Vec::new();
    for (row, d) in c.deliverables.iter().enumerate() {
        let uncovered: Vec<&str> = d
            .placements
            .iter()
            .filter(|p| !rights.channels.contains(p))
            .map(|p| p.as_str())
            .collect();
        if !uncovered.is_empty() {
            let list = uncovered.join(", ");
            out.push(Finding::at(
                KeyPath::of(FileKind::Creator, &["deliverables"])
                    .row(row)
                    .child("placements"),
                format!(
                    "Deliverable {} is placed on {list}, which the usage rights don't cover.",
                    row + 1
                ),
                format!("Add {list} to the usage rights, or take it off the deliverable."),
            ));
        }
        if d.placements.contains(&Channel::PaidSocial) {
            paid_rows.push((row + 1).to_string());
        }
    }
    if !paid_rows.is_empty() && rights.paid_amplification != Some(true) {
        out.push(Finding::at(
            KeyPath::of(FileKind::Creator, &["usage_rights", "paid_amplification"]),
            format!(
                "Deliverable {} runs on paid social, but paid amplification isn't granted.",
                paid_rows.join(", ")
            ),
            "Grant paid amplification in the creator's usage rights, and agree its fee.",
        ));
    }
    out
}

fn test_plan_exceeds_rights(ctx: &Ctx) -> Vec<Finding> {
    let Some(c) = ctx.creator else { return vec![] };
    let (plan, rights) = (&c.test_plan, &c.usage_rights);
    let mut out = Vec::new();
    let licence = rights
        .duration_days
        .filter(|d| *d > 0 && rights.perpetual != Some(true));
    if let (Some(test), Some(licence)) = (plan.duration_days, licence)
        && test > licence
    {
        out.push(Finding::at(
            KeyPath::of(FileKind::Creator, &["test_plan", "duration_days"]),
            format!("The paid test runs {test} days, longer than the {licence}-day licence."),
            "Shorten the test, or extend the usage rights.",
        ));
    }
    let paid = plan.channel == Some(Channel::PaidSocial) || plan.budget.is_some_and(|b| b.0 > 0.0);
    if paid && rights.paid_amplification != Some(true) {
        out.push(Finding::at(
            KeyPath::of(FileKind::Creator, &["usage_rights", "paid_amplification"]),
            "The paid test needs paid amplification, which the usage rights don't grant.",
            "Grant paid amplification in the creator's usage rights.",
        ));
    }
    out
}

fn evergreen_rights_expire(ctx: &Ctx) -> Vec<Finding> {
    let Some(c) = ctx.creator else { return vec![] };
    let evergreen = matches!(
        ctx.campaign().objective,
        Some(Objective::Education | Objective::AssetLibrary)
    );
    let owned = [Channel::Website, Channel::LandingPage, Channel::Email];
    let r = &c.usage_rights;
    let on_owned = r.channels.iter().any(|p| owned.contains(p))
        || c.deliverables
            .iter()
            .any(|d| d.placements.iter().any(|p| owned.contains(p)));
    let ends = r.perpetual != Some(true) && r.ownership != Some(Ownership::Buyout);
    let Some(days) = r
        .duration_days
        .filter(|d| *d > 0 && evergreen && on_owned && ends)
    else {
        return vec![];
    };
    vec![Finding::at(
        KeyPath::of(FileKind::Creator, &["usage_rights", "perpetual"]),
        format!("Lasting assets for your website or emails are licensed for only {days} days."),
        "Ask for a perpetual licence or a buyout, or plan to replace them when it ends.",
    )]
}

fn exclusivity_without_scope(ctx: &Ctx) -> Vec<Finding> {
    ctx.briefs()
        .iter()
        .filter_map(|b| {
            let r = b.rights;
            let days = r.exclusivity_days.filter(|d| *d > 0)?;
            let scoped = filled(r.exclusivity_category.as_deref())
                || r.competitors.iter().any(|c| !c.trim().is_empty());
            (!scoped).then(|| {
                Finding::at(
                    b.path(&["usage_rights", "exclusivity_category"]),
                    format!(
                        "The {} brief asks for {days} days of exclusivity without saying from \
                         whom.",
                        b.who()
                    ),
                    "Name the product category they may not promote, or list the competitors.",
                )
            })
        })
        .collect()
}

fn keep_live_shorter_than_ads(ctx: &Ctx) -> Vec<Finding> {
    let Some(i) = ctx.influencer else {
        return vec![];
    };
    let r = &i.usage_rights;
    let Some(window) = r.whitelisting_days.filter(|d| *d > 0 && r.ad_access()) else {
        return vec![];
    };
    i.posts
        .iter()
        .enumerate()
        .filter(|(_, p)| !matches!(p.format, Some(PostFormat::Live | PostFormat::Story)))
        .filter_map(|(row, p)| {
            let kept = p.keep_live_days.filter(|k| *k < window)?;
            Some(Finding::at(
                KeyPath::of(FileKind::Influencer, &["posts"])
                    .row(row)
                    .child("keep_live_days"),
                format!(
                    "Post {} stays up {kept} day{}, but you may run ads from it for {window}.",
                    row + 1,
                    if kept == 1 { "" } else { "s" }
                ),
                format!(
                    "Ask for the post to stay up at least {window} days, or shorten ad access."
                ),
            ))
        })
        .collect()
}

fn audio_not_cleared(ctx: &Ctx) -> Vec<Finding> {
    let Some(c) = ctx.creator else { return vec![] };
    let paid_use = c.usage_rights.paid_amplification == Some(true);
    c.deliverables
        .iter()
        .enumerate()
        .filter_map(|(row, d)| {
            let video = d.asset.is_some_and(|a| a.is_video());
            let paid = paid_use || d.placements.contains(&Channel::PaidSocial);
            let problem = match d.audio {
                None => "no music source set",
                Some(AudioSource::TrendingSound) => {
                    "a trending sound, which is rarely cleared for ads"
                }
                Some(_) => return None,
            };
            (video && paid).then(|| {
                Finding::at(
                    KeyPath::of(FileKind::Creator, &["deliverables"])
                        .row(row)
                        .child("audio"),
                    format!(
                        "Deliverable {} is a video for paid use with {problem}.",
                        row + 1
                    ),
                    "Use original sound, licensed music or a commercial library track.",
                )
            })
        })
        .collect()
}

#[cfg(test)]
mod tests;
