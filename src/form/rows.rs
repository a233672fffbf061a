//! The columns of the rows fields (partners, deliverables, posts): what one row asks.

use super::steps::f;
use super::{Applies, Field, Marker};

#[rustfmt::skip]
const CREATOR_PARTNER: &[Field] = &[
    f("creator.partners[].name", "Name", "The creator's name."),
    f("creator.partners[].handle", "Handle", "Their handle, with @ (\"@maya.makes\")."),
    f("creator.partners[].email", "Email", "Where the brief goes."),
    f("creator.partners[].portfolio", "Portfolio", "A link to their work, starting with https://."),
    f("creator.partners[].specialty", "Specialty", "What they are best at (\"product demos\", \"voiceovers\")."),
    f("creator.partners[].fee", "Own fee", "Only if this creator's fee differs from the brief's rate.")
        .marked(Marker::Internal),
    f("creator.partners[].label", "Own disclosure label", "Only if this creator's label differs from the brief's (another market)."),
];

#[rustfmt::skip]
const INFLUENCER_PARTNER: &[Field] = &[
    f("influencer.partners[].name", "Name", "The influencer's name."),
    f("influencer.partners[].handle", "Handle", "Their handle, with @."),
    f("influencer.partners[].email", "Email", "Where the brief goes."),
    f("influencer.partners[].tier", "Tier", "From Followers unless picked: nano 1k–10k, micro –100k, mid –500k, macro –1M, mega 1M+."),
    f("influencer.partners[].followers", "Followers", "Followers on the platform they post on (42000, 42k or 1.2M)."),
    f("influencer.partners[].engagement_rate", "Engagement rate (%)", "Their usual engagement rate, in percent."),
    f("influencer.partners[].niche", "Niche", "What their audience follows them for."),
    f("influencer.partners[].audience_location", "Audience location", "Where most of their audience lives (\"US 60%, CA 20%\")."),
    f("influencer.partners[].audience_legal_age_pct", "Audience of legal age (%)", "Share of their audience old enough for the product (alcohol).")
        .when(Applies::Alcohol),
    f("influencer.partners[].fee", "Own fee", "Only if this influencer's fee differs from the brief's.").marked(Marker::Internal),
    f("influencer.partners[].promo_code", "Own promo code", "A code only this influencer shares."),
    f("influencer.partners[].utm_content", "Own UTM content", "Tells this influencer's clicks apart."),
    f("influencer.partners[].label", "Own disclosure label", "Only if their audience's market needs other words (\"Werbung\" for Germany)."),
];

#[rustfmt::skip]
const DELIVERABLE: &[Field] = &[
    f("creator.deliverables[].asset", "Asset", "What they make: photo, short video, script, design…"),
    f("creator.deliverables[].style", "Style", "demo, testimonial, unboxing, tutorial, skit or voiceover."),
    f("creator.deliverables[].quantity", "Quantity", "How many of this asset."),
    f("creator.deliverables[].placements", "Placements", "Where it will run; rights must cover these channels."),
    f("creator.deliverables[].languages", "Languages", "Languages of voice or captions (en, de…)."),
    f("creator.deliverables[].aspect_ratio", "Aspect ratio", "9:16 for stories and reels, 1:1 or 4:5 for feeds, 16:9 for YouTube."),
    f("creator.deliverables[].duration_seconds", "Length (seconds)", "For video and audio: one length (30) or a range (20-30), which also fills Longest."),
    f("creator.deliverables[].duration_max_seconds", "Longest (seconds)", "When the length is a range, the most it may run; Length is then the shortest."),
    f("creator.deliverables[].variations", "Variations", "Extra cuts of the same asset included in its price (hooks, lengths)."),
    f("creator.deliverables[].audio", "Audio", "Original, licensed or library music; trending sounds are not cleared for ads."),
    f("creator.deliverables[].captions", "Captions", "Burned-in captions?"),
    f("creator.deliverables[].notes", "Notes", "Anything else about this asset."),
    f("creator.deliverables[].partners", "Made by", "Which creators make it; none ticked means every creator. Space ticks one."),
    f("creator.deliverables[].status", "Status", "Where it stands once the brief is out: briefed, draft received, approved, delivered.")
        .marked(Marker::Internal),
    f("creator.deliverables[].delivered_on", "Delivered on", "The day the final files arrived; usage periods that start at delivery count from it.")
        .marked(Marker::Internal),
];

#[rustfmt::skip]
const POST: &[Field] = &[
    f("influencer.posts[].platform", "Platform", "Where they post."),
    f("influencer.posts[].format", "Format", "post, story, reel, short, video, live, carousel or thread."),
    f("influencer.posts[].quantity", "Quantity", "How many of these posts each influencer makes."),
    f("influencer.posts[].window_start", "Window opens", "First day they may post."),
    f("influencer.posts[].window_end", "Window closes", "Last day they may post."),
    f("influencer.posts[].keep_live_days", "Keep live (days)", "How long the post stays up; at least the ad access window."),
    f("influencer.posts[].partners", "Posted by", "Which influencers make this post; none ticked means every influencer. Space ticks one."),
    f("influencer.posts[].status", "Status", "Where it stands once the brief is out: briefed, draft received, approved, live, reported.")
        .marked(Marker::Internal),
    f("influencer.posts[].url", "Live post", "The post's address once it is live.").marked(Marker::Internal),
    f("influencer.posts[].live_on", "Live on", "The day it went live; ad access and usage count from it.").marked(Marker::Internal),
];

/// The columns of a rows field, by its path (`creator.partners`); empty for other fields.
pub(crate) fn row_fields(path: &str) -> &'static [Field] {
    match path {
        "creator.partners" => CREATOR_PARTNER,
        "influencer.partners" => INFLUENCER_PARTNER,
        "creator.deliverables" => DELIVERABLE,
        "influencer.posts" => POST,
        _ => &[],
    }
}
