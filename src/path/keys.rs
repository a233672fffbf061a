//! The key table: every key of the three files with its kind, in the order the files are
//! written (DESIGN §3). One table serves key paths, load checks, the CLI and the wizard.

use crate::brief::{
    Asset, AudioSource, Category, Channel, CreativeFreedom, CreatorBasis, DeliverableStatus,
    DisclosurePlacement, FunnelStage, InfluencerBasis, Metric, Objective, Ownership, Partnership,
    Platform, PostFormat, PostStatus, Proof, Style, TermStarts, Tier,
};

/// What a key holds, and so how text is read into it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    /// One line of text.
    Text,
    /// A social handle: typed bare ("maya"), it gets its "@".
    Handle,
    /// A list of social handles, each with its "@".
    Handles,
    /// A list of language codes (`en`, `de`): several typed in one item are split.
    Languages,
    /// Several lines of text.
    LongText,
    /// An e-mail address.
    Email,
    /// A web address.
    Url,
    /// A whole number, zero or more (days, quantities, counts).
    Count,
    /// An amount in the campaign's currency.
    Money,
    /// A number in percent (`3.5`).
    Percent,
    /// Any number (a threshold in its metric's unit).
    Number,
    /// A calendar date (`2026-03-01`).
    Date,
    /// A date and time with offset (only `created_at`).
    DateTime,
    /// Yes or no.
    Bool,
    /// One value of a set.
    OneOf(&'static [&'static str]),
    /// Several values of a set.
    ManyOf(&'static [&'static str]),
    /// A list of lines of text.
    TextList,
    /// A list of the brief's partners by handle, else name (a row's own people).
    Assignees,
    /// A list of ISO 3166-1 alpha-2 codes.
    Countries,
    /// A list of country codes or `worldwide`.
    Regions,
    /// An ISO 4217 currency code.
    Currency,
    /// A table of keys.
    Table(&'static [Key]),
    /// Repeated rows (`[[partners]]`), each a table of keys.
    Rows(&'static [Key]),
}

impl Kind {
    /// A short description of what the value must look like, for error messages.
    pub(crate) fn describe(self) -> &'static str {
        match self {
            Kind::Text | Kind::LongText => "text",
            Kind::Handle => "a handle like @name",
            Kind::Handles => "a list of handles like @name",
            Kind::Languages => "a list of language codes (en, de…)",
            Kind::Email => "an e-mail address",
            Kind::Url => "a web address (https://…)",
            Kind::Count => "a whole number (0 or more)",
            Kind::Money => "an amount (a number)",
            Kind::Percent => "a percentage (a number, e.g. 3.5)",
            Kind::Number => "a number",
            Kind::Date => "a date like 2026-03-01",
            Kind::DateTime => "a date and time like 2026-03-01T09:00:00Z",
            Kind::Bool => "true or false",
            Kind::OneOf(_) => "one of the listed values",
            Kind::ManyOf(_) => "a list of the listed values",
            Kind::TextList => "a list of text",
            Kind::Assignees => "a list of partner handles or names",
            Kind::Countries => "a list of two-letter country codes",
            Kind::Regions => "a list of country codes or \"worldwide\"",
            Kind::Currency => "a three-letter currency code (ISO 4217, e.g. EUR)",
            Kind::Table(_) => "a table",
            Kind::Rows(_) => "rows",
        }
    }
}

/// One key of a file or table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Key {
    /// The key as written in the file.
    pub name: &'static str,
    /// What it holds.
    pub kind: Kind,
    /// Required keys cannot be cleared.
    pub required: bool,
    /// Written by the app only (`version`, `kind`, `slug`, `created_at`).
    pub managed: bool,
}

const fn k(name: &'static str, kind: Kind) -> Key {
    Key {
        name,
        kind,
        required: false,
        managed: false,
    }
}

const fn required(name: &'static str, kind: Kind) -> Key {
    Key {
        name,
        kind,
        required: true,
        managed: false,
    }
}

const fn managed(name: &'static str, kind: Kind) -> Key {
    Key {
        name,
        kind,
        required: true,
        managed: true,
    }
}

/// The keys of campaign.toml.
pub(crate) const CAMPAIGN: &[Key] = &[
    managed("version", Kind::Count),
    managed("kind", Kind::Text),
    required("name", Kind::Text),
    managed("slug", Kind::Text),
    k("brand", Kind::Text),
    k("brand_website", Kind::Url),
    k("product", Kind::Text),
    k("audience", Kind::LongText),
    k("cta", Kind::Text),
    k("contact", Kind::Text),
    k("objective", Kind::OneOf(Objective::VALUES)),
    k("funnel_stage", Kind::OneOf(FunnelStage::VALUES)),
    k("partnership", Kind::OneOf(Partnership::VALUES)),
    k("partnership_picked", Kind::Bool),
    k("partnership_reason", Kind::LongText),
    k("category", Kind::OneOf(Category::VALUES)),
    k("approver", Kind::Text),
    k("markets", Kind::Countries),
    k("start_date", Kind::Date),
    k("end_date", Kind::Date),
    k("currency", Kind::Currency),
    k("budget", Kind::Money),
    k("avg_order_value", Kind::Money),
    k("owner", Kind::Text),
    k("owner_email", Kind::Email),
    managed("created_at", Kind::DateTime),
    k("diagnosis", Kind::Table(DIAGNOSIS)),
    k("learnings", Kind::Table(LEARNINGS)),
];

/// The diagnosis answers, in the order they are asked.
pub const DIAGNOSIS: &[Key] = &[
    k("many_variations", Kind::Bool),
    k("own_ads", Kind::Bool),
    k("evergreen", Kind::Bool),
    k("awareness_or_trust", Kind::Bool),
    k("borrowed_audience", Kind::Bool),
    k("time_limited", Kind::Bool),
    k("launch", Kind::Bool),
];

const LEARNINGS: &[Key] = &[
    k("niche", Kind::Text),
    k("notes", Kind::TextList),
    k("rebook", Kind::Handles),
];

const GUIDELINES: &[Key] = &[
    k("tone", Kind::Text),
    k("mandatories", Kind::TextList),
    k("dos", Kind::TextList),
    k("donts", Kind::TextList),
    k("claims_allowed", Kind::TextList),
    k("claims_banned", Kind::TextList),
    k("creative_freedom", Kind::OneOf(CreativeFreedom::VALUES)),
    k("approval", Kind::Text),
];

macro_rules! usage_rights {
    ($($extra:expr),* $(,)?) => {
        &[
            k("channels", Kind::ManyOf(Channel::VALUES)),
            k("paid_amplification", Kind::Bool),
            k("whitelisting", Kind::Bool),
            k("partnership_ads", Kind::Bool),
            k("whitelisting_days", Kind::Count),
            k("duration_days", Kind::Count),
            k("perpetual", Kind::Bool),
            k("term_starts", Kind::OneOf(TermStarts::VALUES)),
            k("territory", Kind::Regions),
            k("edits_allowed", Kind::Bool),
            k("exclusivity_days", Kind::Count),
            k("exclusivity_category", Kind::Text),
            k("competitors", Kind::TextList),
            $($extra),*
        ]
    };
}

const CREATOR_RIGHTS: &[Key] = usage_rights![
    k("raw_footage", Kind::Bool),
    k("ownership", Kind::OneOf(Ownership::VALUES)),
];
const INFLUENCER_RIGHTS: &[Key] = usage_rights![k("repost", Kind::Bool)];

const DISCLOSURE: &[Key] = &[
    k("required", Kind::Bool),
    k("label", Kind::Text),
    k("placement", Kind::OneOf(DisclosurePlacement::VALUES)),
    k("platform_tool", Kind::Bool),
];

macro_rules! schedule {
    ($($extra:expr),* $(,)?) => {
        &[
            k("brief_sent", Kind::Date),
            k("draft_due", Kind::Date),
            k("final_due", Kind::Date),
            k("revision_rounds", Kind::Count),
            k("feedback_days", Kind::Count),
            $($extra),*
        ]
    };
}

const CREATOR_SCHEDULE: &[Key] = schedule![k("product_ships", Kind::Date)];
const INFLUENCER_SCHEDULE: &[Key] = schedule![k("product_ships", Kind::Date)];

const RESULTS: &[Key] = &[
    k("reach", Kind::Count),
    k("impressions", Kind::Count),
    k("engagement_rate", Kind::Percent),
    k("clicks", Kind::Count),
    k("conversions", Kind::Count),
    k("spend", Kind::Money),
    k("best_hook", Kind::Text),
    k("best_format", Kind::Text),
    k("best_partner", Kind::Handle),
    k("notes", Kind::LongText),
];

/// The keys of creator.toml.
pub(crate) const CREATOR: &[Key] = &[
    managed("version", Kind::Count),
    managed("kind", Kind::Text),
    k("partners", Kind::Rows(CREATOR_PARTNER)),
    k("content", Kind::Table(CREATOR_CONTENT)),
    k("deliverables", Kind::Rows(DELIVERABLE)),
    k("schedule", Kind::Table(CREATOR_SCHEDULE)),
    k("usage_rights", Kind::Table(CREATOR_RIGHTS)),
    k("guidelines", Kind::Table(GUIDELINES)),
    k("disclosure", Kind::Table(DISCLOSURE)),
    k("compensation", Kind::Table(CREATOR_PAY)),
    k("success", Kind::Table(SUCCESS)),
    k("test_plan", Kind::Table(TEST_PLAN)),
    k("feedback", Kind::Table(CREATOR_FEEDBACK)),
    k("results", Kind::Table(RESULTS)),
];

const CREATOR_PARTNER: &[Key] = &[
    k("name", Kind::Text),
    k("handle", Kind::Handle),
    k("email", Kind::Email),
    k("portfolio", Kind::Url),
    k("specialty", Kind::Text),
    k("fee", Kind::Money),
    k("label", Kind::Text),
];

const CREATOR_CONTENT: &[Key] = &[
    k("hooks", Kind::TextList),
    k("key_messages", Kind::TextList),
    k("beats", Kind::TextList),
    k("references", Kind::TextList),
];

const DELIVERABLE: &[Key] = &[
    k("asset", Kind::OneOf(Asset::VALUES)),
    k("style", Kind::OneOf(Style::VALUES)),
    k("quantity", Kind::Count),
    k("placements", Kind::ManyOf(Channel::VALUES)),
    k("languages", Kind::Languages),
    k("aspect_ratio", Kind::Text),
    k("duration_seconds", Kind::Count),
    k("duration_max_seconds", Kind::Count),
    k("variations", Kind::Count),
    k("audio", Kind::OneOf(AudioSource::VALUES)),
    k("captions", Kind::Bool),
    k("notes", Kind::LongText),
    k("partners", Kind::Assignees),
    k("status", Kind::OneOf(DeliverableStatus::VALUES)),
    k("delivered_on", Kind::Date),
];

const CREATOR_PAY: &[Key] = &[
    k("basis", Kind::OneOf(CreatorBasis::VALUES)),
    k("rate", Kind::Money),
    k("units", Kind::Number),
    k("usage_fee", Kind::Money),
    k("whitelisting_fee", Kind::Money),
    k("exclusivity_fee", Kind::Money),
    k("raw_footage_fee", Kind::Money),
    k("kill_fee_pct", Kind::Percent),
    k("payment_terms", Kind::Text),
];

const SUCCESS: &[Key] = &[
    k("metrics", Kind::ManyOf(Metric::VALUES)),
    k("notes", Kind::LongText),
];

const TEST_PLAN: &[Key] = &[
    k("channel", Kind::OneOf(Channel::VALUES)),
    k("budget", Kind::Money),
    k("duration_days", Kind::Count),
    k("metric", Kind::OneOf(Metric::VALUES)),
    k("threshold", Kind::Number),
    k("scale_rule", Kind::Text),
];

const CREATOR_FEEDBACK: &[Key] = &[
    k("review_date", Kind::Date),
    k("brand_shares", Kind::TextList),
    k("partner_shares", Kind::TextList),
];

/// The keys of influencer.toml.
pub(crate) const INFLUENCER: &[Key] = &[
    managed("version", Kind::Count),
    managed("kind", Kind::Text),
    k("partners", Kind::Rows(INFLUENCER_PARTNER)),
    k("content", Kind::Table(INFLUENCER_CONTENT)),
    k("posts", Kind::Rows(POST)),
    k("schedule", Kind::Table(INFLUENCER_SCHEDULE)),
    k("guidelines", Kind::Table(GUIDELINES)),
    k("disclosure", Kind::Table(DISCLOSURE)),
    k("tracking", Kind::Table(TRACKING)),
    k("targets", Kind::Table(TARGETS)),
    k("usage_rights", Kind::Table(INFLUENCER_RIGHTS)),
    k("compensation", Kind::Table(INFLUENCER_PAY)),
    k("feedback", Kind::Table(INFLUENCER_FEEDBACK)),
    k("results", Kind::Table(RESULTS)),
];

const INFLUENCER_PARTNER: &[Key] = &[
    k("name", Kind::Text),
    k("handle", Kind::Handle),
    k("email", Kind::Email),
    k("tier", Kind::OneOf(Tier::VALUES)),
    k("followers", Kind::Count),
    k("engagement_rate", Kind::Percent),
    k("niche", Kind::Text),
    k("audience_location", Kind::Text),
    k("audience_legal_age_pct", Kind::Percent),
    k("fee", Kind::Money),
    k("promo_code", Kind::Text),
    k("utm_content", Kind::Text),
    k("label", Kind::Text),
];

const INFLUENCER_CONTENT: &[Key] = &[
    k("key_messages", Kind::TextList),
    k("talking_points", Kind::TextList),
    k("uses_creator_assets", Kind::Bool),
];

const POST: &[Key] = &[
    k("platform", Kind::OneOf(Platform::VALUES)),
    k("format", Kind::OneOf(PostFormat::VALUES)),
    k("quantity", Kind::Count),
    k("window_start", Kind::Date),
    k("window_end", Kind::Date),
    k("keep_live_days", Kind::Count),
    k("partners", Kind::Assignees),
    k("status", Kind::OneOf(PostStatus::VALUES)),
    k("url", Kind::Url),
    k("live_on", Kind::Date),
];

const TRACKING: &[Key] = &[
    k("link", Kind::Url),
    k("utm_source", Kind::Text),
    k("utm_medium", Kind::Text),
    k("utm_campaign", Kind::Text),
    k("utm_content", Kind::Text),
    k("promo_code", Kind::Text),
    k("code_expires", Kind::Date),
    k("discount", Kind::Text),
    k("hashtags", Kind::TextList),
    k("mentions", Kind::Handles),
    k("attribution", Kind::Text),
];

const TARGETS: &[Key] = &[
    k("reach", Kind::Count),
    k("impressions", Kind::Count),
    k("engagement_rate", Kind::Percent),
    k("clicks", Kind::Count),
    k("conversions", Kind::Count),
    k("conversion_proxy", Kind::Text),
    k("max_cpm", Kind::Money),
    k("max_cpe", Kind::Money),
    k("max_cpa", Kind::Money),
];

const INFLUENCER_PAY: &[Key] = &[
    k("basis", Kind::OneOf(InfluencerBasis::VALUES)),
    k("fee", Kind::Money),
    k("rate", Kind::Money),
    k("units", Kind::Number),
    k("commission_pct", Kind::Percent),
    k("bonus", Kind::Money),
    k("bonus_condition", Kind::Text),
    k("cap", Kind::Money),
    k("product_value", Kind::Money),
    k("posting_required", Kind::Bool),
    k("usage_fee", Kind::Money),
    k("whitelisting_fee", Kind::Money),
    k("exclusivity_fee", Kind::Money),
    k("kill_fee_pct", Kind::Percent),
    k("payment_terms", Kind::Text),
];

const INFLUENCER_FEEDBACK: &[Key] = &[
    k("report_due", Kind::Date),
    k("metrics_requested", Kind::ManyOf(Metric::VALUES)),
    k("measurement_days", Kind::Count),
    k("proof", Kind::OneOf(Proof::VALUES)),
    k("brand_shares", Kind::TextList),
    k("review_date", Kind::Date),
];
