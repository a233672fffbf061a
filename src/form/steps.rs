//! The table of steps and their fields, in the order of DESIGN §4. Tables both briefs share
//! (guidelines, usage rights, disclosure, schedule, results) are written once as macros.

use super::{Applies, Field, Marker, Step, StepKind};

/// A field that always applies.
pub(super) const fn f(path: &'static str, label: &'static str, hint: &'static str) -> Field {
    Field {
        path,
        label,
        hint,
        marker: None,
        applies: Applies::Always,
    }
}

impl Field {
    /// This field with a marker.
    pub(super) const fn marked(mut self, marker: Marker) -> Field {
        self.marker = Some(marker);
        self
    }

    /// This field with a condition.
    pub(super) const fn when(mut self, applies: Applies) -> Field {
        self.applies = applies;
        self
    }
}

#[rustfmt::skip]
macro_rules! schedule {
    ($file:literal, $who:literal) => {
        [
            f(concat!($file, ".schedule.brief_sent"), "Brief sent", concat!("The day the brief goes to the ", $who, "s (2026-03-01).")),
            f(concat!($file, ".schedule.draft_due"), "Draft due", "When the first draft reaches you for review."),
            f(concat!($file, ".schedule.final_due"), "Final due", "When the approved, final version is due."),
            f(concat!($file, ".schedule.revision_rounds"), "Revision rounds", "How many rounds of changes the fee includes (0 = none)."),
            f(concat!($file, ".schedule.feedback_days"), "Your feedback within (days)", "How many days you take to send feedback on a draft."),
        ]
    };
}

#[rustfmt::skip]
macro_rules! rights {
    ($file:literal, $who:literal) => {
        [
            f(concat!($file, ".usage_rights.channels"), "Channels you may use it on", "Where the brand may publish the content. Space ticks a channel."),
            f(concat!($file, ".usage_rights.paid_amplification"), "Paid amplification", "May the brand put ad money behind it?"),
            f(concat!($file, ".usage_rights.whitelisting"), "Whitelisting", concat!("May the brand run ads from the ", $who, "'s own handle?")),
            f(concat!($file, ".usage_rights.partnership_ads"), "Partnership ads", "May the brand run the platform's partnership ads with them?"),
            f(concat!($file, ".usage_rights.whitelisting_days"), "Ad access window (days)", "How long the brand may run ads from their handle. Its own period.")
                .when(Applies::AdAccess),
            f(concat!($file, ".usage_rights.duration_days"), "Usage period (days)", "How long the brand may use the content. Leave empty if perpetual."),
            f(concat!($file, ".usage_rights.perpetual"), "Perpetual", "The brand may use it forever (usually costs more)."),
            f(concat!($file, ".usage_rights.term_starts"), "Period starts", "Does the usage period start at delivery or at first use?"),
            f(concat!($file, ".usage_rights.territory"), "Territory", "Country codes where it may run (US, GB, DE), or worldwide."),
            f(concat!($file, ".usage_rights.edits_allowed"), "Edits allowed", "May the brand cut, crop or re-edit the content?"),
            f(concat!($file, ".usage_rights.exclusivity_days"), "Exclusivity (days)", "Days they may not work with competitors; 0 means none, empty means not decided."),
            f(concat!($file, ".usage_rights.exclusivity_category"), "Exclusive in", "The product category the exclusivity covers (\"sunscreen\").")
                .when(Applies::Exclusivity),
            f(concat!($file, ".usage_rights.competitors"), "Named competitors", "Brands they may not work with during the exclusivity.")
                .when(Applies::Exclusivity),
        ]
    };
}

#[rustfmt::skip]
macro_rules! disclosure {
    ($file:literal, $applies:expr) => {
        [
            f(concat!($file, ".disclosure.required"), "Disclosure required", "Must the post say it is an ad? For paid or gifted posts: yes.")
                .when($applies),
            f(concat!($file, ".disclosure.label"), "Disclosure label", "The exact words, e.g. #ad or \"Anzeige\" (per market).")
                .when(Applies::Disclosed(&$applies)),
            f(concat!($file, ".disclosure.placement"), "Where the label goes", "Start of the caption or in the video itself; never hidden at the end.")
                .when(Applies::Disclosed(&$applies)),
            f(concat!($file, ".disclosure.platform_tool"), "Platform's paid-partnership label", "Turn on the platform's own \"paid partnership\" tag?")
                .when(Applies::Disclosed(&$applies)),
        ]
    };
}

#[rustfmt::skip]
macro_rules! guidelines {
    ($file:literal) => {
        [
            f(concat!($file, ".guidelines.tone"), "Tone", "How it should sound, in a few words (\"warm, plain, a bit funny\")."),
            f(concat!($file, ".guidelines.mandatories"), "Must include", "Things every piece has to show or say (logo, link, product shot)."),
            f(concat!($file, ".guidelines.dos"), "Do", "Things you would like to see."),
            f(concat!($file, ".guidelines.donts"), "Don't", "Things to avoid (competitors, swearing, before/after shots)."),
            f(concat!($file, ".guidelines.claims_allowed"), "Claims they may make", "Product claims you can back up, word for word."),
            f(concat!($file, ".guidelines.claims_banned"), "Claims they must not make", "Claims that are not allowed (\"cures acne\")."),
            f(concat!($file, ".guidelines.creative_freedom"), "Creative freedom", "scripted: your words; guided: your points; open: their idea."),
            f(concat!($file, ".guidelines.approval"), "Who approves", "Who signs off and how (\"Ana, by email, within 2 days\")."),
        ]
    };
}

#[rustfmt::skip]
macro_rules! results {
    ($file:literal, $who:literal) => {
        [
            f(concat!($file, ".results.reach"), "Reach", "People reached, from the platform's insights.").marked(Marker::Internal),
            f(concat!($file, ".results.impressions"), "Impressions", "Times the content was shown.").marked(Marker::Internal),
            f(concat!($file, ".results.engagement_rate"), "Engagement rate (%)", "Engagements ÷ reach, in percent (3.5).").marked(Marker::Internal),
            f(concat!($file, ".results.clicks"), "Clicks", "Link clicks.").marked(Marker::Internal),
            f(concat!($file, ".results.conversions"), "Conversions", "Sales, sign-ups or installs you can attribute.").marked(Marker::Internal),
            f(concat!($file, ".results.spend"), "Spend", "What this brief actually cost, fees and ads included.").marked(Marker::Internal),
            f(concat!($file, ".results.best_hook"), "Best hook", "The opening that worked best.").marked(Marker::Internal),
            f(concat!($file, ".results.best_format"), "Best format", "The format that worked best (\"15 s demo reel\").").marked(Marker::Internal),
            f(concat!($file, ".results.best_partner"), concat!("Best ", $who), "Handle of the partner who did best.").marked(Marker::Internal),
            f(concat!($file, ".results.notes"), "Notes", "Anything else worth remembering.").marked(Marker::Internal),
        ]
    };
}

/// Joins arrays of fields into one constant slice.
macro_rules! fields {
    ($($part:expr),* $(,)?) => {{
        const N: usize = 0 $(+ $part.len())*;
        const ALL: [Field; N] = {
            let mut out = [f("", "", ""); N];
            let mut at = 0;
            $(
                let part = $part;
                let mut i = 0;
                while i < part.len() {
                    out[at] = part[i];
                    at += 1;
                    i += 1;
                }
            )*
            out
        };
        &ALL
    }};
}

#[rustfmt::skip]
const BASICS: &[Field] = &[
    f("campaign.name", "Campaign name", "What you and your team call it (\"Spring launch\").").marked(Marker::Required),
    f("campaign.brand", "Brand", "The brand the partners work for."),
    f("campaign.product", "Product", "What the campaign sells or shows."),
    f("campaign.brand_website", "Brand website", "The brand's site, starting with https://."),
    f("campaign.audience", "Audience", "Who the content must reach, in one sentence."),
    f("campaign.cta", "Call to action", "The exact words you want people to act on (\"Try it free for 14 days\")."),
    f("campaign.contact", "Contact for partners", "Who partners write to with drafts and questions: name and email (\"Sam Lee, sam@brand.com\")."),
    f("campaign.objective", "Objective", "The one thing this campaign is for."),
    f("campaign.funnel_stage", "Funnel stage", "Where the audience stands: discovering, comparing, buying or staying."),
    f("campaign.category", "Category", "Alcohol, health, finance, crypto, gambling and cosmetics have extra rules."),
    f("campaign.learnings.niche", "Niche", "The market it is in (\"vegan skincare\"); past campaigns in the same niche offer their hooks."),
    f("campaign.approver", "Claims approver", "Who signs off regulated claims (for finance in the UK: an authorised person).")
        .marked(Marker::Internal)
        .when(Applies::Regulated),
    f("campaign.markets", "Markets", "Country codes where it runs (US, GB, DE). Disclosure labels depend on them."),
    f("campaign.start_date", "Start date", "First day of the campaign (2026-03-01)."),
    f("campaign.end_date", "End date", "Last day of the campaign."),
    f("campaign.currency", "Currency", "Three letters: EUR, USD, GBP…").marked(Marker::Internal),
    f("campaign.budget", "Budget", "The most you will spend on both briefs, in the currency above.").marked(Marker::Internal),
    f("campaign.avg_order_value", "Average order value", "What one sale is worth; used to estimate affiliate pay.").marked(Marker::Internal),
    f("campaign.owner", "Campaign owner", "Who runs the campaign on your side.").marked(Marker::Internal),
    f("campaign.owner_email", "Owner's email", "How your team reaches the owner.").marked(Marker::Internal),
];

#[rustfmt::skip]
const DIAGNOSIS: &[Field] = &[
    f("campaign.diagnosis.many_variations", "Many variations to test?", "Do you need lots of ad or landing-page versions to test?"),
    f("campaign.diagnosis.own_ads", "Runs on your own channels or ads?", "Will the brand publish the content itself or put it in ads?"),
    f("campaign.diagnosis.evergreen", "Evergreen education?", "Tutorials, onboarding or how-tos that stay useful for months?"),
    f("campaign.diagnosis.awareness_or_trust", "Awareness or trust?", "Is the goal awareness, social proof or community trust?"),
    f("campaign.diagnosis.borrowed_audience", "Needs someone else's audience?", "Do you need people the brand does not reach today?"),
    f("campaign.diagnosis.time_limited", "Time-limited?", "A limited offer, a drop, or a story that lives on social right now?"),
    f("campaign.diagnosis.launch", "A product launch?", "Is this the launch of a product?"),
    f("campaign.partnership", "Partnership type", "production-first: creators make assets; distribution-first: influencers post; hybrid: both."),
    f("campaign.partnership_picked", "Type picked by you", "yes: your pick stays whatever the answers say; no: the type follows the diagnosis."),
    f("campaign.partnership_reason", "Why this type", "One or two sentences on why, especially if you chose differently from the advice.")
        .marked(Marker::Internal),
];

#[rustfmt::skip]
const PARTNERS: &[Field] = &[
    f("creator.partners", "Creators", "The people who make the content. Each gets the creator brief."),
    f("influencer.partners", "Influencers", "The people who post to their audience. Each gets the influencer brief."),
];

#[rustfmt::skip]
const CREATOR_WORK: &[Field] = fields![
    [
        f("creator.content.hooks", "Hooks", "Opening lines or first seconds to try (\"I stopped buying…\")."),
        f("creator.content.key_messages", "Key messages", "What the content must get across; three at most."),
        f("creator.content.beats", "Story beats", "The order of the piece: hook, problem, demo, call to action…"),
        f("creator.content.references", "References", "Links or descriptions of examples you like."),
        f("creator.deliverables", "Deliverables", "Each asset you order: what, how many, where it will run."),
    ],
    schedule!("creator", "creator"),
    [
        f("creator.schedule.product_ships", "Product ships", "When the creator gets the product or access to it (a week before a testimonial)."),
        f("creator.success.metrics", "Judge the content by", "Production metrics (hook rate, hold rate, CTR…), not their reach."),
        f("creator.success.notes", "Success notes", "Anything else that makes the content a success."),
    ],
];

#[rustfmt::skip]
const INFLUENCER_WORK: &[Field] = fields![
    [
        f("influencer.content.key_messages", "Key messages", "What every post must get across; three at most."),
        f("influencer.content.talking_points", "Talking points", "Ideas they can put in their own words."),
        f("influencer.content.uses_creator_assets", "Posts the creators' assets", "Will influencers post content the creators made?")
            .when(Applies::CreatorBrief),
        f("influencer.posts", "Posts", "Each post you book: platform, format, how many, when."),
    ],
    schedule!("influencer", "influencer"),
    [
        f("influencer.schedule.product_ships", "Product ships", "When influencers get the product or access to it; leave time to use it before posting."),
        f("influencer.targets.reach", "Reach target", "People you expect the posts to reach, all partners together."),
        f("influencer.targets.impressions", "Impressions target", "Times you expect the posts to be shown."),
        f("influencer.targets.engagement_rate", "Engagement rate target (%)", "Engagements ÷ reach you expect, in percent."),
        f("influencer.targets.clicks", "Clicks target", "Link clicks you expect."),
        f("influencer.targets.conversions", "Conversions target", "Sales or sign-ups you expect; needs a link or code to count."),
        f("influencer.targets.conversion_proxy", "Conversion proxy", "What stands in for sales at awareness stage (\"saves\", \"profile visits\")."),
        f("influencer.targets.max_cpm", "Max cost per 1,000 views", "The most you will pay per thousand impressions.").marked(Marker::Internal),
        f("influencer.targets.max_cpe", "Max cost per engagement", "The most you will pay per engagement.").marked(Marker::Internal),
        f("influencer.targets.max_cpa", "Max cost per sale", "The most you will pay per conversion.").marked(Marker::Internal),
    ],
];

#[rustfmt::skip]
const RIGHTS: &[Field] = fields![
    rights!("creator", "creator"),
    [
        f("creator.usage_rights.raw_footage", "Raw footage", "Do you get the unedited footage too?"),
        f("creator.usage_rights.ownership", "Ownership", "license: you may use it as agreed; buyout: you own it."),
    ],
    rights!("influencer", "influencer"),
    [f("influencer.usage_rights.repost", "Repost", "May the brand repost their post on its own accounts?")],
];

#[rustfmt::skip]
const TRACKING: &[Field] = fields![
    [
        f("influencer.tracking.link", "Tracking link", "The landing page, starting with https://."),
        f("influencer.tracking.utm_source", "UTM source", "Only for links with no platform: each platform's link names its own source."),
        f("influencer.tracking.utm_medium", "UTM medium", "The kind of traffic (\"influencer\")."),
        f("influencer.tracking.utm_campaign", "UTM campaign", "The campaign's name in your analytics."),
        f("influencer.tracking.utm_content", "UTM content", "Tells posts apart; a partner's own value goes on their row."),
        f("influencer.tracking.promo_code", "Promo code", "One shared code; a partner's own code goes on their row."),
        f("influencer.tracking.code_expires", "Code expires", "Last day the code works; after the last posting window."),
        f("influencer.tracking.discount", "Discount", "What the code gives (\"20% off\")."),
        f("influencer.tracking.hashtags", "Hashtags", "Hashtags every post must carry (#brandname)."),
        f("influencer.tracking.mentions", "Mentions", "Accounts every post must tag (@brand)."),
        f("influencer.tracking.attribution", "Attribution", "What counts a conversion (\"code use or link click within 7 days\")."),
    ],
    disclosure!("influencer", Applies::Always),
    disclosure!("creator", Applies::AdAccess),
];

#[rustfmt::skip]
const TEST_PLAN: &[Field] = &[
    f("creator.test_plan.channel", "Test channel", "Where you test the content with a small budget first (paid-social).")
        .when(Applies::PaidSocial),
    f("creator.test_plan.budget", "Test budget", "A small amount to learn which asset works.")
        .marked(Marker::Internal)
        .when(Applies::PaidSocial),
    f("creator.test_plan.duration_days", "Test length (days)", "How long the test runs; within the usage period.").when(Applies::PaidSocial),
    f("creator.test_plan.metric", "Test metric", "The number that decides (hook-rate, ctr, cpa…).").when(Applies::PaidSocial),
    f("creator.test_plan.threshold", "Threshold", "The value that counts as a win, in the metric's unit.").when(Applies::PaidSocial),
    f("creator.test_plan.scale_rule", "Scale rule", "What you do when it wins (\"double the budget on the top two\").")
        .when(Applies::PaidSocial),
];

#[rustfmt::skip]
const GUIDELINES: &[Field] = fields![guidelines!("creator"), guidelines!("influencer")];

const CREATOR_BASES_WITH_UNITS: &[&str] = &["day-rate", "retainer"];
const INFLUENCER_RATE: &[&str] = &["cpm", "cpe", "cpa", "retainer"];

#[rustfmt::skip]
const PAY: &[Field] = &[
    f("creator.compensation.basis", "Creator pay basis", "per-asset, day-rate, package or retainer: by volume and complexity."),
    f("creator.compensation.rate", "Creator rate", "Per asset, per day, per package or per month, by the basis."),
    f("creator.compensation.units", "Days or months", "How many days (day-rate) or months (retainer).")
        .when(Applies::CreatorBasis(CREATOR_BASES_WITH_UNITS)),
    f("creator.compensation.usage_fee", "Usage fee", "Extra for the usage rights (channels, period)."),
    f("creator.compensation.whitelisting_fee", "Whitelisting fee", "Extra for ads from their handle.").when(Applies::AdAccess),
    f("creator.compensation.exclusivity_fee", "Exclusivity fee", "Extra for not working with competitors.")
        .when(Applies::Exclusivity),
    f("creator.compensation.raw_footage_fee", "Raw footage fee", "Extra for the unedited footage."),
    f("creator.compensation.kill_fee_pct", "Kill fee (%)", "Share of the fee paid if you cancel after they start."),
    f("creator.compensation.payment_terms", "Creator payment terms", "When and how they are paid (\"50% upfront, rest on delivery, 30 days\")."),
    f("influencer.compensation.basis", "Influencer pay basis", "flat, cpm, cpe, cpa, affiliate, gifted or retainer: by reach and impact."),
    f("influencer.compensation.fee", "Flat fee", "The fixed part of the pay, per influencer."),
    f("influencer.compensation.rate", "Influencer rate", "Per thousand views (cpm), per engagement (cpe), per sale (cpa) or per month.")
        .when(Applies::InfluencerBasis(INFLUENCER_RATE)),
    f("influencer.compensation.units", "Months", "How many months of retainer.").when(Applies::InfluencerBasis(&["retainer"])),
    f("influencer.compensation.commission_pct", "Commission (%)", "Share of each sale they bring.").when(Applies::InfluencerBasis(&["affiliate"])),
    f("influencer.compensation.bonus", "Bonus", "Extra paid when the condition below is met."),
    f("influencer.compensation.bonus_condition", "Bonus condition", "What earns the bonus, measurable (\"over 50,000 views within 14 days\")."),
    f("influencer.compensation.cap", "Cap", "The most the variable pay (commission, per view, per sale) can reach; never cuts the flat fee."),
    f("influencer.compensation.product_value", "Product value", "What the gifted product is worth.").when(Applies::InfluencerBasis(&["gifted"])),
    f("influencer.compensation.posting_required", "Posting required", "Must they post to keep a gift? Then it is a paid ad.")
        .when(Applies::InfluencerBasis(&["gifted"])),
    f("influencer.compensation.usage_fee", "Usage fee", "Extra for reusing their posts."),
    f("influencer.compensation.whitelisting_fee", "Whitelisting fee", "Extra for ads from their handle.").when(Applies::AdAccess),
    f("influencer.compensation.exclusivity_fee", "Exclusivity fee", "Extra for not working with competitors.")
        .when(Applies::Exclusivity),
    f("influencer.compensation.kill_fee_pct", "Kill fee (%)", "Share of the fee paid if you cancel."),
    f("influencer.compensation.payment_terms", "Influencer payment terms", "When and how they are paid (\"on posting, 30 days\")."),
];

#[rustfmt::skip]
const FEEDBACK: &[Field] = &[
    f("creator.feedback.review_date", "Creator review date", "When you tell the creators how their content performed."),
    f("creator.feedback.brand_shares", "You share with creators", "What you report back (hook rate per asset, best cut…)."),
    f("creator.feedback.partner_shares", "Creators share with you", "What they send back (raw files, notes on what they tried)."),
    f("influencer.feedback.report_due", "Report due", "When influencers send their numbers."),
    f("influencer.feedback.metrics_requested", "Metrics they report", "The numbers you need from them."),
    f("influencer.feedback.measurement_days", "Measure after (days)", "Days after posting the numbers are taken."),
    f("influencer.feedback.proof", "Proof", "Screenshots or access to their insights."),
    f("influencer.feedback.brand_shares", "You share with influencers", "What you report back (clicks, sales from their code)."),
    f("influencer.feedback.review_date", "Influencer review date", "When you talk through results with them."),
];

#[rustfmt::skip]
const RESULTS: &[Field] = fields![
    results!("creator", "creator"),
    results!("influencer", "influencer"),
    [
        f("campaign.learnings.notes", "Learnings", "What you would repeat or change: formats, hooks, partners."),
        f("campaign.learnings.rebook", "Book again", "Handles worth booking next time."),
    ],
];

const BASICS_DONE: &[&str] = &[
    "campaign.name",
    "campaign.brand",
    "campaign.product",
    "campaign.audience",
    "campaign.cta",
    "campaign.objective",
    "campaign.start_date",
    "campaign.end_date",
];

const PAY_DONE: &[&str] = &[
    "creator.compensation.basis",
    "creator.compensation.payment_terms",
    "influencer.compensation.basis",
    "influencer.compensation.payment_terms",
];

/// The thirteen steps, in order.
#[rustfmt::skip]
pub(crate) const STEPS: &[Step] = &[
    Step { title: "Basics", short: "Basics", intro: "What the campaign is, for whom, when and for how much.", practice: None, kind: StepKind::Fields, fields: BASICS, done_when: BASICS_DONE },
    Step { title: "Partnership diagnosis", short: "Diagnosis", intro: "Seven questions decide: creators who produce, influencers who post, or both.", practice: Some(1), kind: StepKind::Diagnosis, fields: DIAGNOSIS, done_when: &[] },
    Step { title: "Partners", short: "Partners", intro: "Who gets which brief: creators make assets, influencers post.", practice: Some(2), kind: StepKind::Fields, fields: PARTNERS, done_when: &[] },
    Step { title: "Creator work", short: "Creator work", intro: "Formats, hooks, deadlines and revision rounds for the content.", practice: Some(3), kind: StepKind::Fields, fields: CREATOR_WORK, done_when: &[] },
    Step { title: "Influencer posts and targets", short: "Influencer work", intro: "The posts you book and the reach, engagement and conversions you expect.", practice: Some(4), kind: StepKind::Fields, fields: INFLUENCER_WORK, done_when: &[] },
    Step { title: "Usage rights", short: "Usage rights", intro: "Where and for how long you may use the content, and ads from their handle.", practice: Some(5), kind: StepKind::Fields, fields: RIGHTS, done_when: &[] },
    Step { title: "Tracking and disclosure", short: "Tracking", intro: "Links, codes and tags that show what the posts did; how the ad is labelled.", practice: Some(6), kind: StepKind::Tracking, fields: TRACKING, done_when: &[] },
    Step { title: "Test plan", short: "Test plan", intro: "Test the content with a small paid budget before you scale.", practice: Some(7), kind: StepKind::Fields, fields: TEST_PLAN, done_when: &[] },
    Step { title: "Guidelines", short: "Guidelines", intro: "Brand rules with room for the partner's own voice.", practice: Some(8), kind: StepKind::Fields, fields: GUIDELINES, done_when: &[] },
    Step { title: "Pay and budget", short: "Pay and budget", intro: "Creators by volume, complexity and rights; influencers by reach and impact.", practice: None, kind: StepKind::Pay, fields: PAY, done_when: PAY_DONE },
    Step { title: "Feedback", short: "Feedback", intro: "How and when performance is shared both ways.", practice: Some(9), kind: StepKind::Fields, fields: FEEDBACK, done_when: &[] },
    Step { title: "Results and learnings", short: "Results", intro: "What happened and what to keep for the next campaign in this niche.", practice: Some(10), kind: StepKind::Results, fields: RESULTS, done_when: &[] },
    Step { title: "Review", short: "Review", intro: "The checklist, what is missing, and the mistakes to fix before you send.", practice: None, kind: StepKind::Review, fields: &[], done_when: &[] },
];
