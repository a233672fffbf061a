//! Rules for ad disclosure: a label at all, a label people understand in every market (each
//! influencer partner's audience on its own where known), where it sits, labels inside videos,
//! and the platforms' own paid-partnership switch.

use super::{BriefView, Ctx, Finding, Rule, Severity, filled, partner_label};
use crate::brief::{
    Country, DisclosurePlacement, FileKind, InfluencerBasis, InfluencerPartner, Platform,
};
use crate::path::KeyPath;
use crate::practice::market::audience_country;
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
            format!(
                "Require disclosure and set a label your markets read as an ad: \"{}\".",
                suggestion(ctx)
            ),
        ));
    }
    out
}

/// Who sees one label: a partner with an audience or label of their own, or everyone else.
struct Audience<'a> {
    /// The label they post with.
    label: Option<&'a str>,
    /// The markets it must work in (empty: none named).
    markets: Vec<String>,
    /// The partner, when the audience is theirs alone.
    partner: Option<String>,
}

/// A partner's own disclosure label, when the brief gives them one.
// TODO: read `[[partners]] label` (DESIGN §8.1) once the model has it; until then every
// partner posts with the brief's label.
fn partner_label_override(_partner: &InfluencerPartner) -> Option<&str> {
    None
}

/// The audiences of a brief's label (DESIGN §8.3): each influencer partner with an
/// `audience_location` country or a label of their own is checked on their own; everyone
/// else against the brief's label and the campaign's markets.
fn audiences<'a>(ctx: &Ctx<'a>, b: &BriefView<'a>) -> Vec<Audience<'a>> {
    let markets: Vec<String> = ctx.markets().iter().map(|m| (*m).to_string()).collect();
    let label = b.disclosure.label.as_deref();
    let partners = match (b.kind, ctx.influencer) {
        (FileKind::Influencer, Some(i)) => &i.partners[..],
        _ => &[],
    };
    // Partners who read the brief's label in the campaign's markets form one audience; each
    // other place or label is checked once, naming its partners.
    let mut rest = partners.is_empty();
    let mut own: Vec<Audience> = Vec::new();
    for p in partners {
        let country = p.audience_location.as_deref().and_then(audience_country);
        let their_label = partner_label_override(p).or(label);
        let their_markets = country.map_or_else(|| markets.clone(), |c| vec![c]);
        if their_label == label && their_markets == markets {
            rest = true;
            continue;
        }
        let who = partner_label(p.handle.as_deref(), p.name.as_deref());
        match own
            .iter_mut()
            .find(|a| a.label == their_label && a.markets == their_markets)
        {
            Some(a) => {
                let names = [a.partner.take(), who].into_iter().flatten();
                a.partner = Some(names.collect::<Vec<_>>().join(", "));
            }
            None => own.push(Audience {
                label: their_label,
                markets: their_markets,
                partner: who,
            }),
        }
    }
    if rest {
        own.insert(
            0,
            Audience {
                label,
                markets,
                partner: None,
            },
        );
    }
    own
}

/// How a label reads in each market. A market without any of its accepted words is either
/// unclear (the label leans on an ambiguous word there) or simply not served.
struct LabelReading<'a> {
    label: String,
    /// Markets where the label has no accepted word but an ambiguous one.
    unclear_in: Vec<String>,
    /// The ambiguous words behind `unclear_in`.
    ambiguous: Vec<&'a str>,
    /// Markets where the label has no accepted word and no ambiguous one.
    unrecognised_in: Vec<String>,
}

fn read_label<'a>(ctx: &Ctx<'a>, audience: &Audience) -> Option<LabelReading<'a>> {
    let label = audience.label.map(str::trim).filter(|l| !l.is_empty())?;
    let text = Text::new(label);
    let mut markets: Vec<&str> = audience.markets.iter().map(String::as_str).collect();
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
        // A market's own words win over the ambiguous list ("#spon" is fine in NL).
        if ctx.market.accepted_labels(m).iter().any(|w| text.has(w)) {
            continue;
        }
        let found = text.found(ctx.market.ambiguous_words(m));
        if found.is_empty() {
            reading.unrecognised_in.push(m.to_string());
            continue;
        }
        reading.unclear_in.push(m.to_string());
        for word in found {
            if !reading.ambiguous.contains(&word) {
                reading.ambiguous.push(word);
            }
        }
    }
    Some(reading)
}

/// " in GB, DE", or nothing when no market is named; with the partner's audience named.
fn in_markets(markets: &[String], partner: Option<&str>) -> String {
    let named: Vec<&str> = markets
        .iter()
        .map(String::as_str)
        .filter(|m| !m.is_empty())
        .collect();
    let place = match named.is_empty() {
        true => String::new(),
        false => format!(" in {}", named.join(", ")),
    };
    match partner {
        Some(p) => format!("{place} ({p}'s audience)"),
        None => place,
    }
}

/// One label that works in these markets, for the brief's platforms.
fn suggestion_for(ctx: &Ctx, markets: &[String]) -> String {
    let platforms: Vec<Platform> = ctx
        .influencer
        .map(|i| i.posts.iter().filter_map(|p| p.platform).collect())
        .unwrap_or_default();
    let countries: Vec<Country> = markets.iter().filter_map(|m| Country::parse(m)).collect();
    labels_needed(&countries, &platforms, ctx.market).label
}

/// One label that works in every market of the campaign.
pub(super) fn suggestion(ctx: &Ctx) -> String {
    let markets: Vec<String> = ctx.markets().iter().map(|m| (*m).to_string()).collect();
    suggestion_for(ctx, &markets)
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
    let notes: Vec<&str> = ctx
        .markets()
        .iter()
        .filter_map(|m| ctx.market.video_label_note(m))
        .collect();
    let fix = match notes.is_empty() {
        true => "Show the label on screen and say it in the video as well.".to_string(),
        false => format!(
            "Show the label on screen and say it in the video as well; {}.",
            notes.join("; ")
        ),
    };
    vec![Finding::at(
        KeyPath::of(FileKind::Influencer, &["disclosure", "placement"]),
        format!(
            "Video posts ({}) are labelled only in the caption, which viewers may never open.",
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
