//! Exports: a Markdown brief a partner can read as is (internal details left out), one per
//! partner on request, and complete JSON for scripts. Pure text out; the CLI writes files.

mod creator;
mod document;
mod influencer;
mod json;
mod sections;

pub use creator::creator_doc;
pub use document::Doc;
pub use influencer::influencer_doc;
pub use json::{bundle_json, item_json};

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
pub fn partner_file_part(handle: Option<&str>, name: Option<&str>, index: usize) -> String {
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
