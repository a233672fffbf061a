//! creator.toml: the production brief (assets the brand will use).

use serde::{Deserialize, Serialize};

use super::{
    Asset, AudioSource, Channel, CreatorBasis, Date, DeliverableStatus, Disclosure, Guidelines,
    Metric, Number, Results, Schedule, Style, UsageRights, is_default,
};

/// creator.toml.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreatorBrief {
    /// File format version (1).
    pub version: i64,
    /// Always `"creator"`.
    pub kind: String,
    /// Creators (`partners`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<CreatorPartner>,
    /// `content` in the file.
    #[serde(default, skip_serializing_if = "is_default")]
    pub content: CreatorContent,
    /// `deliverables` in the file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deliverables: Vec<Deliverable>,
    /// `schedule` in the file.
    #[serde(default, skip_serializing_if = "is_default")]
    pub schedule: Schedule,
    /// `usage_rights` in the file.
    #[serde(default, skip_serializing_if = "is_default")]
    pub usage_rights: UsageRights,
    /// `guidelines` in the file.
    #[serde(default, skip_serializing_if = "is_default")]
    pub guidelines: Guidelines,
    /// `disclosure` in the file.
    #[serde(default, skip_serializing_if = "is_default")]
    pub disclosure: Disclosure,
    /// `compensation` in the file.
    #[serde(default, skip_serializing_if = "is_default")]
    pub compensation: CreatorPay,
    /// `success` in the file.
    #[serde(default, skip_serializing_if = "is_default")]
    pub success: Success,
    /// `test_plan` in the file.
    #[serde(default, skip_serializing_if = "is_default")]
    pub test_plan: TestPlan,
    /// `feedback` in the file.
    #[serde(default, skip_serializing_if = "is_default")]
    pub feedback: CreatorFeedback,
    /// `results` in the file.
    #[serde(default, skip_serializing_if = "is_default")]
    pub results: Results,
}

impl CreatorBrief {
    /// An empty brief of the current format version.
    pub fn empty() -> CreatorBrief {
        CreatorBrief {
            version: super::FORMAT_VERSION,
            kind: "creator".into(),
            partners: Vec::new(),
            content: CreatorContent::default(),
            deliverables: Vec::new(),
            schedule: Schedule::default(),
            usage_rights: UsageRights::default(),
            guidelines: Guidelines::default(),
            disclosure: Disclosure::default(),
            compensation: CreatorPay::default(),
            success: Success::default(),
            test_plan: TestPlan::default(),
            feedback: CreatorFeedback::default(),
            results: Results::default(),
        }
    }

    /// Whether any deliverable is placed on paid social (the small paid test then applies).
    pub(crate) fn has_paid_social(&self) -> bool {
        self.deliverables
            .iter()
            .any(|d| d.placements.contains(&Channel::PaidSocial))
    }
}

/// A creator who gets this brief.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreatorPartner {
    /// Campaign name (`name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `handle` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handle: Option<String>,
    /// `email` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `portfolio` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portfolio: Option<String>,
    /// `specialty` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub specialty: Option<String>,
    /// Replaces the brief's base pay for this partner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee: Option<Number>,
    /// This creator's disclosure label, else the brief's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// `[content]` of the creator brief.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreatorContent {
    /// `hooks` in the file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hooks: Vec<String>,
    /// `key_messages` in the file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub key_messages: Vec<String>,
    /// Story beats (`beats`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub beats: Vec<String>,
    /// `references` in the file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<String>,
}

/// One `[[deliverables]]` row.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Deliverable {
    /// `asset` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asset: Option<Asset>,
    /// `style` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub style: Option<Style>,
    /// `quantity` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<u32>,
    /// `placements` in the file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub placements: Vec<Channel>,
    /// `languages` in the file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// `aspect_ratio` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aspect_ratio: Option<String>,
    /// `duration_seconds` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_seconds: Option<u32>,
    /// The longest it may run when the length is a range (`duration_max_seconds`):
    /// `duration_seconds` is then the shortest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_max_seconds: Option<u32>,
    /// Cuts of one asset, included in its price.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variations: Option<u32>,
    /// `audio` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio: Option<AudioSource>,
    /// `captions` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub captions: Option<bool>,
    /// Success notes (`notes`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Handles (else names) of the creators who make this row; empty = every creator.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<String>,
    /// Where the row stands after the brief went out (internal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DeliverableStatus>,
    /// The day the final files arrived.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered_on: Option<Date>,
}

/// `[compensation]` of the creator brief: pay by volume, complexity and usage.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreatorPay {
    /// Creator pay basis (`basis`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<CreatorBasis>,
    /// Per asset, day, package or month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate: Option<Number>,
    /// Days or months, for day-rate and retainer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub units: Option<Number>,
    /// `usage_fee` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage_fee: Option<Number>,
    /// `whitelisting_fee` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub whitelisting_fee: Option<Number>,
    /// `exclusivity_fee` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclusivity_fee: Option<Number>,
    /// `raw_footage_fee` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw_footage_fee: Option<Number>,
    /// Kill fee (%) (`kill_fee_pct`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kill_fee_pct: Option<Number>,
    /// Creator payment terms (`payment_terms`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_terms: Option<String>,
}

/// `[success]`: how the creator's work is judged (production metrics, not reach).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Success {
    /// Judge the content by (`metrics`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metrics: Vec<Metric>,
    /// Success notes (`notes`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// `[test_plan]`: a small paid test of the creator content before scaling.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TestPlan {
    /// Test channel (`channel`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// Test budget (`budget`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Number>,
    /// Test length (days) (`duration_days`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_days: Option<u32>,
    /// Test metric (`metric`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<Metric>,
    /// In the metric's unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<Number>,
    /// `scale_rule` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale_rule: Option<String>,
}

/// `[feedback]` of the creator brief.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreatorFeedback {
    /// Creator review date (`review_date`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_date: Option<Date>,
    /// You share with creators (`brand_shares`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub brand_shares: Vec<String>,
    /// Creators share with you (`partner_shares`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partner_shares: Vec<String>,
}
