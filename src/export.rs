//! Exports (DESIGN §8.2): what you send, one document per partner of each used brief, with
//! only their rows, code, links, label and pay in words; `combined` gives one document per
//! brief with no partner's own terms; complete JSON for scripts. Pure text out; the CLI and
//! the app write the files.

pub mod changes;
mod creator;
mod document;
mod influencer;
mod json;
mod sections;
mod words;

pub use creator::creator_doc;
pub use document::Doc;
pub use influencer::influencer_doc;
pub(crate) use json::{bundle_json, item_json};

use crate::brief::{Bundle, CreatorBrief, InfluencerBrief};

/// The creator brief as Markdown.
pub fn creator_markdown(bundle: &Bundle, brief: &CreatorBrief, audience: Audience) -> String {
    creator_doc(bundle, brief, audience).to_markdown()
}

/// The influencer brief as Markdown.
pub fn influencer_markdown(bundle: &Bundle, brief: &InfluencerBrief, audience: Audience) -> String {
    influencer_doc(bundle, brief, audience).to_markdown()
}

/// Who a partner-facing document is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Everyone on the brief: no partner row at all.
    Brief,
    /// One partner, by row index: their own row only.
    Partner(usize),
}

/// A file name piece for a partner: their handle (or name) made safe, else `partner-N`.
pub(crate) fn partner_file_part(handle: Option<&str>, name: Option<&str>, index: usize) -> String {
    let pick = handle
        .map(|h| h.trim_start_matches('@'))
        .filter(|h| !h.trim().is_empty())
        .or(name.filter(|n| !n.trim().is_empty()));
    match pick {
        Some(text) => {
            let slug = crate::store::slugify(text);
            if slug == "campaign" {
                format!("partner-{}", index + 1)
            } else {
                slug
            }
        }
        None => format!("partner-{}", index + 1),
    }
}

/// The documents of the used briefs, by file name without extension: one per partner
/// (`<slug>-<brief>-<handle>`; a brief with no partners gives one `<slug>-<brief>`), or one
/// per brief when `combined`.
pub fn documents(b: &Bundle, slug: &str, combined: bool) -> Vec<(String, Doc)> {
    let mut docs = Vec::new();
    let mut add = |brief: &str,
                   partners: Vec<(Option<&str>, Option<&str>)>,
                   render: &dyn Fn(Audience) -> Doc| {
        if combined || partners.is_empty() {
            docs.push((format!("{slug}-{brief}"), render(Audience::Brief)));
            return;
        }
        let mut taken: Vec<String> = Vec::new();
        for (i, (handle, name)) in partners.into_iter().enumerate() {
            let mut part = partner_file_part(handle, name, i);
            if taken.contains(&part) {
                part = format!("{part}-{}", i + 1);
            }
            taken.push(part.clone());
            docs.push((
                format!("{slug}-{brief}-{part}"),
                render(Audience::Partner(i)),
            ));
        }
    };
    if let Some(c) = b.used_creator() {
        let partners = c
            .partners
            .iter()
            .map(|p| (p.handle.as_deref(), p.name.as_deref()))
            .collect();
        add("creator", partners, &|a| creator_doc(b, c, a));
    }
    if let Some(inf) = b.used_influencer() {
        let partners = inf
            .partners
            .iter()
            .map(|p| (p.handle.as_deref(), p.name.as_deref()))
            .collect();
        add("influencer", partners, &|a| influencer_doc(b, inf, a));
    }
    docs
}
