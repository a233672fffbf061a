//! influencer.toml: the distribution brief (posts to the partner's audience).

use serde::{Deserialize, Serialize};

use super::{
    Date, Disclosure, Guidelines, InfluencerBasis, Metric, Number, Platform, PostFormat,
    PostStatus, Proof, Results, Schedule, Tier, UsageRights, is_default,
};

/// influencer.toml.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InfluencerBrief {
    /// File format version (1).
    pub version: i64,
    /// Always `"influencer"`.
    pub kind: String,
    /// Influencers (`partners`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<InfluencerPartner>,
    /// `content` in the file.
    #[serde(default, skip_serializing_if = "is_default")]
    pub content: InfluencerContent,
    /// `posts` in the file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub posts: Vec<Post>,
    /// `schedule` in the file.
    #[serde(default, skip_serializing_if = "is_default")]
    pub schedule: Schedule,
    /// `guidelines` in the file.
    #[serde(default, skip_serializing_if = "is_default")]
    pub guidelines: Guidelines,
    /// `disclosure` in the file.
    #[serde(default, skip_serializing_if = "is_default")]
    pub disclosure: Disclosure,
    /// `tracking` in the file.
    #[serde(default, skip_serializing_if = "is_default")]
    pub tracking: Tracking,
    /// `targets` in the file.
    #[serde(default, skip_serializing_if = "is_default")]
    pub targets: Targets,
    /// `usage_rights` in the file.
    #[serde(default, skip_serializing_if = "is_default")]
    pub usage_rights: UsageRights,
    /// `compensation` in the file.
    #[serde(default, skip_serializing_if = "is_default")]
    pub compensation: InfluencerPay,
    /// `feedback` in the file.
    #[serde(default, skip_serializing_if = "is_default")]
    pub feedback: InfluencerFeedback,
    /// `results` in the file.
    #[serde(default, skip_serializing_if = "is_default")]
    pub results: Results,
}

impl InfluencerBrief {
    /// An empty brief of the current format version.
    pub fn empty() -> InfluencerBrief {
        InfluencerBrief {
            version: super::FORMAT_VERSION,
            kind: "influencer".into(),
            partners: Vec::new(),
            content: InfluencerContent::default(),
            posts: Vec::new(),
            schedule: Schedule::default(),
            guidelines: Guidelines::default(),
            disclosure: Disclosure::default(),
            tracking: Tracking::default(),
            targets: Targets::default(),
            usage_rights: UsageRights::default(),
            compensation: InfluencerPay::default(),
            feedback: InfluencerFeedback::default(),
            results: Results::default(),
        }
    }

    /// Whether the brief or any partner has a link or a promo code to count sales with.
    pub(crate) fn has_link_or_code(&self) -> bool {
        let set = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
        set(&self.tracking.link)
            || set(&self.tracking.promo_code)
            || self.partners.iter().any(|p| set(&p.promo_code))
    }
}

/// An influencer who gets this brief.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InfluencerPartner {
    /// Campaign name (`name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `handle` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handle: Option<String>,
    /// `email` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `tier` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<Tier>,
    /// `followers` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub followers: Option<u64>,
    /// Engagement rate target (%) (`engagement_rate`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engagement_rate: Option<Number>,
    /// `niche` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub niche: Option<String>,
    /// `audience_location` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience_location: Option<String>,
    /// Share of the audience old enough for the product, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience_legal_age_pct: Option<Number>,
    /// Replaces the brief's base pay for this partner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee: Option<Number>,
    /// `promo_code` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promo_code: Option<String>,
    /// `utm_content` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utm_content: Option<String>,
    /// This influencer's disclosure label, else the brief's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// `[content]` of the influencer brief.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InfluencerContent {
    /// `key_messages` in the file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub key_messages: Vec<String>,
    /// `talking_points` in the file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub talking_points: Vec<String>,
    /// The posts use the creators' assets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uses_creator_assets: Option<bool>,
}

/// One `[[posts]]` row.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Post {
    /// `platform` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    /// `format` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<PostFormat>,
    /// `quantity` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<u32>,
    /// `window_start` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window_start: Option<Date>,
    /// `window_end` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window_end: Option<Date>,
    /// `keep_live_days` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep_live_days: Option<u32>,
    /// Handles (else names) of the influencers who make this post; empty = every influencer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<String>,
    /// Where the post stands after the brief went out (internal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<PostStatus>,
    /// The live post's address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The day it went live.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub live_on: Option<Date>,
}

/// `[tracking]`: how posts are counted.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Tracking {
    /// Tracking link (`link`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// `utm_source` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utm_source: Option<String>,
    /// `utm_medium` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utm_medium: Option<String>,
    /// `utm_campaign` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utm_campaign: Option<String>,
    /// `utm_content` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utm_content: Option<String>,
    /// `promo_code` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promo_code: Option<String>,
    /// `code_expires` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_expires: Option<Date>,
    /// e.g. "20% off".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount: Option<String>,
    /// `hashtags` in the file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hashtags: Vec<String>,
    /// `mentions` in the file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<String>,
    /// What counts conversions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
}

/// `[targets]`: campaign totals, shared across partners.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Targets {
    /// Reach target (`reach`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reach: Option<u64>,
    /// Impressions target (`impressions`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impressions: Option<u64>,
    /// Engagement rate target (%) (`engagement_rate`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engagement_rate: Option<Number>,
    /// Clicks target (`clicks`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clicks: Option<u64>,
    /// Conversions target (`conversions`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversions: Option<u64>,
    /// `conversion_proxy` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversion_proxy: Option<String>,
    /// Max cost per 1,000 views (`max_cpm`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_cpm: Option<Number>,
    /// Max cost per engagement (`max_cpe`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_cpe: Option<Number>,
    /// Max cost per sale (`max_cpa`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_cpa: Option<Number>,
}

/// `[compensation]` of the influencer brief: pay by reach, engagement and impact.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InfluencerPay {
    /// Influencer pay basis (`basis`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<InfluencerBasis>,
    /// The flat part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee: Option<Number>,
    /// Per thousand, per engagement or per acquisition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate: Option<Number>,
    /// Months, for retainer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub units: Option<Number>,
    /// Commission (%) (`commission_pct`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commission_pct: Option<Number>,
    /// `bonus` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bonus: Option<Number>,
    /// What earns the bonus ("over 50,000 views in 14 days").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bonus_condition: Option<String>,
    /// `cap` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap: Option<Number>,
    /// `product_value` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_value: Option<Number>,
    /// `posting_required` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub posting_required: Option<bool>,
    /// `usage_fee` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage_fee: Option<Number>,
    /// `whitelisting_fee` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub whitelisting_fee: Option<Number>,
    /// `exclusivity_fee` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclusivity_fee: Option<Number>,
    /// Kill fee (%) (`kill_fee_pct`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kill_fee_pct: Option<Number>,
    /// Influencer payment terms (`payment_terms`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_terms: Option<String>,
}

/// `[feedback]` of the influencer brief.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InfluencerFeedback {
    /// `report_due` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_due: Option<Date>,
    /// Metrics they report (`metrics_requested`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metrics_requested: Vec<Metric>,
    /// Measure after (days) (`measurement_days`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measurement_days: Option<u32>,
    /// `proof` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof: Option<Proof>,
    /// You share with influencers (`brand_shares`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub brand_shares: Vec<String>,
    /// Influencer review date (`review_date`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_date: Option<Date>,
}
