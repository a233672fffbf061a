//! Rules for ad disclosure: a label at all, a label people understand in every market, where
//! it sits, labels inside videos, and the platforms' own paid-partnership switch.

use super::{BriefView, Ctx, Finding, Rule, Severity, filled};
use crate::brief::{DisclosurePlacement, FileKind, InfluencerBasis, Platform};
use crate::path::KeyPath;
use crate::practice::tracking::labels_needed;
use crate::practice::words::Text;

/// The rules of this theme, in table order.
pub const RULES: &[Rule] = &[
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
            "Require disclosure and set a clear label, such as \"#ad\".",
        ));
    }
    out
}

/// How a label reads in each market. A market without any of its accepted words is either
/// unclear (the label leans on an ambiguous word there) or simply not served.
struct LabelReading<'a> {
    label: String,
    /// Markets where the label has no accepted word but an ambiguous one.
    unclear_in: Vec<&'a str>,
    /// The ambiguous words behind `unclear_in`.
    ambiguous: Vec<&'a str>,
    /// Markets where the label has no accepted word and no ambiguous one.
    unrecognised_in: Vec<&'a str>,
}

fn read_label<'a>(ctx: &Ctx<'a>, b: &BriefView) -> Option<LabelReading<'a>> {
    let label = b.disclosure.label.as_deref().map(str::trim);
    let label = label.filter(|l| !l.is_empty())?;
    let text = Text::new(label);
    let mut markets = ctx.markets();
    if markets.is_empty() {
        markets.push("");
    }
    let mut reading = LabelReading {
        label: label.to_string(),
        unclear_in: Vec::new(),
        ambiguous: Vec::new(),
        unrecognised_in: Vec::new(),
    };
    for m in markets {
        if ctx.market.accepted_labels(m).iter().any(|w| text.has(w)) {
            continue;
        }
        let found = text.found(ctx.market.ambiguous_words(m));
        if found.is_empty() {
            reading.unrecognised_in.push(m);
            continue;
        }
        reading.unclear_in.push(m);
        for word in found {
            if !reading.ambiguous.contains(&word) {
                reading.ambiguous.push(word);
            }
        }
    }
    Some(reading)
}

/// " in GB, DE", or nothing when the campaign names no market.
fn in_markets(markets: &[&str]) -> String {
    let named: Vec<&str> = markets.iter().copied().filter(|m| !m.is_empty()).collect();
    match named.is_empty() {
        true => String::new(),
        false => format!(" in {}", named.join(", ")),
    }
}

fn suggestion(ctx: &Ctx) -> String {
    let platforms: Vec<Platform> = ctx
        .influencer
        .map(|i| i.posts.iter().filter_map(|p| p.platform).collect())
        .unwrap_or_default();
    labels_needed(&ctx.campaign().markets, &platforms, ctx.market).label
}

fn label_ambiguous(ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    for b in ctx
        .briefs()
        .into_iter()
        .filter(|b| posted_by_partner(ctx, b))
    {
        let Some(reading) = read_label(ctx, &b).filter(|r| !r.unclear_in.is_empty()) else {
            continue;
        };
        out.push(Finding::at(
            b.path(&["disclosure", "label"]),
            format!(
                "\"{}\" doesn't make it clear this is an ad{}: \"{}\" is not enough.",
                reading.label,
                in_markets(&reading.unclear_in),
                reading.ambiguous.join("\", \"")
            ),
            format!("Use a clear label, such as \"{}\".", suggestion(ctx)),
        ));
    }
    out
}

fn label_wrong_market(ctx: &Ctx) -> Vec<Finding> {
    if ctx.campaign().markets.is_empty() {
        return vec![];
    }
    let mut out = Vec::new();
    for b in ctx
        .briefs()
        .into_iter()
        .filter(|b| posted_by_partner(ctx, b))
    {
        let Some(reading) = read_label(ctx, &b).filter(|r| !r.unrecognised_in.is_empty()) else {
            continue;
        };
        out.push(Finding::at(
            b.path(&["disclosure", "label"]),
            format!(
                "\"{}\" is not an ad label people recognise{}.",
                reading.label,
                in_markets(&reading.unrecognised_in)
            ),
            format!(
                "One label can carry several words: try \"{}\".",
                suggestion(ctx)
            ),
        ));
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
    let caption_only = matches!(
        i.disclosure.placement,
        Some(
            DisclosurePlacement::CaptionStart
                | DisclosurePlacement::Caption
                | DisclosurePlacement::EndOfCaption
                | DisclosurePlacement::Hashtags
        )
    );
    let mut formats: Vec<&str> = i
        .posts
        .iter()
        .filter_map(|p| p.format.filter(|f| f.is_video()))
        .map(|f| f.as_str())
        .collect();
    formats.dedup();
    if !caption_only || formats.is_empty() {
        return vec![];
    }
    vec![Finding::at(
        KeyPath::of(FileKind::Influencer, &["disclosure", "placement"]),
        format!(
            "Video posts ({}) are labelled only in the caption, which viewers may never open.",
            formats.join(", ")
        ),
        "Show the label on screen and say it in the video as well.",
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
