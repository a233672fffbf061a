//! How a disclosure label reads: who sees it (each influencer partner's own audience where
//! known, DESIGN §8.3), which markets accept it, where it is unclear, and one label that works.

use super::super::{BriefView, Ctx, partner_label};
use crate::brief::{Country, FileKind, InfluencerPartner, Platform};
use crate::practice::market::audience_country;
use crate::practice::tracking::labels_needed;
use crate::practice::words::Text;

/// Who sees one label: a partner with an audience or label of their own, or everyone else.
pub(super) struct Audience<'a> {
    /// The label they post with.
    pub label: Option<&'a str>,
    /// The markets it must work in (empty: none named).
    pub markets: Vec<String>,
    /// The partner, when the audience is theirs alone.
    pub partner: Option<String>,
}

/// A partner's own disclosure label (`[[partners]] label`, DESIGN §8.1), when they have one.
fn partner_label_override(partner: &InfluencerPartner) -> Option<&str> {
    partner
        .label
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty())
}

/// The audiences of a brief's label (DESIGN §8.3): each influencer partner with an
/// `audience_location` country or a label of their own is checked on their own; everyone
/// else against the brief's label and the campaign's markets.
pub(super) fn audiences<'a>(ctx: &Ctx<'a>, b: &BriefView<'a>) -> Vec<Audience<'a>> {
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
pub(super) struct LabelReading<'a> {
    pub label: String,
    /// Markets where the label has no accepted word but an ambiguous one.
    pub unclear_in: Vec<String>,
    /// The ambiguous words behind `unclear_in`.
    pub ambiguous: Vec<&'a str>,
    /// Markets where the label has no accepted word and no ambiguous one.
    pub unrecognised_in: Vec<String>,
}

pub(super) fn read_label<'a>(ctx: &Ctx<'a>, audience: &Audience) -> Option<LabelReading<'a>> {
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
pub(super) fn in_markets(markets: &[String], partner: Option<&str>) -> String {
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
pub(super) fn suggestion_for(ctx: &Ctx, markets: &[String]) -> String {
    let platforms: Vec<Platform> = ctx
        .influencer
        .map(|i| i.posts.iter().filter_map(|p| p.platform).collect())
        .unwrap_or_default();
    let countries: Vec<Country> = markets.iter().filter_map(|m| Country::parse(m)).collect();
    labels_needed(&countries, &platforms, ctx.market).label
}

/// One label that works in every market of the campaign.
pub(in crate::practice::findings) fn suggestion(ctx: &Ctx) -> String {
    let markets: Vec<String> = ctx.markets().iter().map(|m| (*m).to_string()).collect();
    suggestion_for(ctx, &markets)
}
