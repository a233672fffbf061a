//! Rules for ad disclosure: a label at all, a label people understand in every market (each
//! influencer partner's audience on its own where known), where it sits, labels inside videos,
//! and the platforms' own paid-partnership switch.

mod labels;

use super::{BriefView, Ctx, Finding, Rule, Severity, filled};
use crate::brief::{DisclosurePlacement, FileKind, InfluencerBasis, Platform};
use crate::path::KeyPath;
pub(super) use labels::suggestion;
use labels::{audiences, in_markets, read_label, suggestion_for};

/// The rules of this theme, in table order.
pub(crate) const RULES: &[Rule] = &[
    Rule {
        id: "missing-disclosure",
        severity: Severity::Error,
        keys: &[
            "creator.disclosure.required",
            "creator.disclosure.label",
            "influencer.disclosure.required",
            "influencer.disclosure.label",
        ],
        check: missing_disclosure,
    },
    Rule {
        id: "disclosure-label-ambiguous",
        severity: Severity::Error,
        keys: &[
            "creator.disclosure.label",
            "influencer.disclosure.label",
            "campaign.markets",
        ],
        check: label_ambiguous,
    },
    Rule {
        id: "disclosure-label-wrong-market",
        severity: Severity::Warning,
        keys: &[
            "creator.disclosure.label",
            "influencer.disclosure.label",
            "campaign.markets",
        ],
        check: label_wrong_market,
    },
    Rule {
        id: "disclosure-placement-weak",
        severity: Severity::Error,
        keys: &[
            "creator.disclosure.placement",
            "influencer.disclosure.placement",
        ],
        check: placement_weak,
    },
    Rule {
        id: "video-disclosure-not-in-video",
        severity: Severity::Warning,
        keys: &[
            "influencer.disclosure.placement",
            "influencer.posts[].format",
        ],
        check: video_not_in_video,
    },
    Rule {
        id: "platform-tool-not-used",
        severity: Severity::Info,
        keys: &[
            "influencer.disclosure.platform_tool",
            "influencer.posts[].platform",
        ],
        check: platform_tool_not_used,
    },
];

/// Whether the brief's content goes out as the partner's own post or ad.
fn posted_by_partner(ctx: &Ctx, brief: &BriefView) -> bool {
    match brief.kind {
        FileKind::Influencer => ctx.influencer.is_some_and(|i| !i.posts.is_empty()),
        _ => brief.rights.ad_access(),
    }
}

fn missing_disclosure(ctx: &Ctx) -> Vec<Finding> {
    let gifted = ctx
        .influencer
        .is_some_and(|i| i.compensation.basis == Some(InfluencerBasis::Gifted));
    let mut out = Vec::new();
    for b in ctx.briefs().iter().filter(|b| posted_by_partner(ctx, b)) {
        let d = b.disclosure;
        let key = if d.required == Some(false) {
            "required"
        } else if !filled(d.label.as_deref()) {
            "label"
        } else {
            continue;
        };
        let message = match b.kind {
            FileKind::Influencer if gifted => {
                "Gifted posts go out without an ad label; gifts need one too."
            }
            FileKind::Influencer => "Posts go out without an ad label.",
            _ => "Ads run from the creator's handle without an ad label.",
        };
        out.push(Finding::at(
            b.path(&["disclosure", key]),
            message,
            format!(
                "Require disclosure and set a label your markets read as an ad: \"{}\".",
                suggestion(ctx)
            ),
        ));
    }
    out
}

fn label_ambiguous(ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    for b in ctx
        .briefs()
        .into_iter()
        .filter(|b| posted_by_partner(ctx, b))
    {
        for audience in audiences(ctx, &b) {
            let Some(reading) = read_label(ctx, &audience).filter(|r| !r.unclear_in.is_empty())
            else {
                continue;
            };
            out.push(
                Finding::at(
                    b.path(&["disclosure", "label"]),
                    format!(
                        "\"{}\" doesn't make it clear this is an ad{}: \"{}\" is not enough.",
                        reading.label,
                        in_markets(&reading.unclear_in, audience.partner.as_deref()),
                        reading.ambiguous.join("\", \"")
                    ),
                    format!(
                        "Use a clear label, such as \"{}\".",
                        suggestion_for(ctx, &audience.markets)
                    ),
                )
                .about(audience.partner.clone()),
            );
        }
    }
    out
}

fn label_wrong_market(ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    for b in ctx
        .briefs()
        .into_iter()
        .filter(|b| posted_by_partner(ctx, b))
    {
        for audience in audiences(ctx, &b) {
            if audience.markets.is_empty() {
                continue;
            }
            let Some(reading) =
                read_label(ctx, &audience).filter(|r| !r.unrecognised_in.is_empty())
            else {
                continue;
            };
            out.push(
                Finding::at(
                    b.path(&["disclosure", "label"]),
                    format!(
                        "\"{}\" is not an ad label people recognise{}.",
                        reading.label,
                        in_markets(&reading.unrecognised_in, audience.partner.as_deref())
                    ),
                    format!(
                        "One label can carry several words: try \"{}\".",
                        suggestion_for(ctx, &audience.markets)
                    ),
                )
                .about(audience.partner.clone()),
            );
        }
    }
    out
}

const WEAK: [DisclosurePlacement; 4] = [
    DisclosurePlacement::EndOfCaption,
    DisclosurePlacement::Comments,
    DisclosurePlacement::Bio,
    DisclosurePlacement::Hashtags,
];

fn placement_weak(ctx: &Ctx) -> Vec<Finding> {
    ctx.briefs()
        .iter()
        .filter(|b| posted_by_partner(ctx, b))
        .filter_map(|b| {
            let placement = b.disclosure.placement.filter(|p| WEAK.contains(p))?;
            let place = match placement {
                DisclosurePlacement::EndOfCaption => "at the end of the caption",
                DisclosurePlacement::Comments => "in the comments",
                DisclosurePlacement::Bio => "in the bio",
                _ => "among the hashtags",
            };
            Some(Finding::at(
                b.path(&["disclosure", "placement"]),
                format!(
                    "The {} brief puts the ad label {place}, where people miss it.",
                    b.who()
                ),
                "Put it at the start of the caption, and on screen and spoken in videos.",
            ))
        })
        .collect()
}

fn video_not_in_video(ctx: &Ctx) -> Vec<Finding> {
    let Some(i) = ctx.influencer else {
        return vec![];
    };
    let notes: Vec<&str> = ctx
        .markets()
        .iter()
        .filter_map(|m| ctx.market.video_label_note(m))
        .collect();
    let caption_only = matches!(
        i.disclosure.placement,
        Some(
            DisclosurePlacement::CaptionStart
                | DisclosurePlacement::Caption
                | DisclosurePlacement::EndOfCaption
                | DisclosurePlacement::Hashtags
        )
    );
    // Where a market wants the label on screen for the whole video, saying it is not enough.
    let spoken_only =
        !notes.is_empty() && i.disclosure.placement == Some(DisclosurePlacement::Spoken);
    let mut formats: Vec<&str> = i
        .posts
        .iter()
        .filter_map(|p| p.format.filter(|f| f.is_video()))
        .map(|f| f.as_str())
        .collect();
    formats.dedup();
    if !(caption_only || spoken_only) || formats.is_empty() {
        return vec![];
    }
    let fix = match notes.is_empty() {
        true => "Show the label on screen and say it in the video as well.".to_string(),
        false => format!(
            "Show the label on screen and say it in the video as well; {}.",
            notes.join("; ")
        ),
    };
    let where_ = match spoken_only {
        true => "only out loud, never on screen",
        false => "only in the caption, which viewers may never open",
    };
    vec![Finding::at(
        KeyPath::of(FileKind::Influencer, &["disclosure", "placement"]),
        format!(
            "Video posts ({}) are labelled {where_}.",
            formats.join(", ")
        ),
        fix,
    )]
}

fn platform_tool_not_used(ctx: &Ctx) -> Vec<Finding> {
    let Some(i) = ctx.influencer else {
        return vec![];
    };
    if i.disclosure.platform_tool == Some(true) {
        return vec![];
    }
    let mut platforms: Vec<Platform> = i
        .posts
        .iter()
        .filter_map(|p| p.platform.filter(|p| p.has_partnership_tool()))
        .collect();
    platforms.sort();
    platforms.dedup();
    if platforms.is_empty() {
        return vec![];
    }
    let names: Vec<&str> = platforms.iter().map(|p| p.as_str()).collect();
    vec![Finding::at(
        KeyPath::of(FileKind::Influencer, &["disclosure", "platform_tool"]),
        format!(
            "The built-in paid-partnership label on {} is not switched on.",
            names.join(", ")
        ),
        "Ask partners to switch on the platform's paid-partnership label as well.",
    )]
}

#[cfg(test)]
mod tests;
