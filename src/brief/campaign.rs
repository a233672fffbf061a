//! campaign.toml: what both briefs share, and what stays internal.

use serde::{Deserialize, Serialize};
use toml::value::Datetime;

use super::{Category, Country, Date, FunnelStage, Number, Objective, Partnership, is_default};

/// campaign.toml.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Campaign {
    /// File format version (1).
    pub version: i64,
    /// Always `"campaign"`.
    pub kind: String,
    /// The campaign's name as people read it.
    pub name: String,
    /// Folder name; never changes after creation.
    pub slug: String,
    /// `brand` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand: Option<String>,
    /// `brand_website` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand_website: Option<String>,
    /// `product` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product: Option<String>,
    /// Who the content must reach, in a sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    /// The exact call to action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cta: Option<String>,
    /// Who partners write to, name and email (partner-facing, unlike the owner).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// `objective` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objective: Option<Objective>,
    /// `funnel_stage` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funnel_stage: Option<FunnelStage>,
    /// Partnership type (`partnership`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partnership: Option<Partnership>,
    /// The user picked the type; until then it follows the diagnosis (DESIGN §8.8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partnership_picked: Option<bool>,
    /// Why this type (`partnership_reason`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partnership_reason: Option<String>,
    /// `category` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    /// Who signs off regulated claims.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approver: Option<String>,
    /// `markets` in the file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub markets: Vec<Country>,
    /// `start_date` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<Date>,
    /// `end_date` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<Date>,
    /// ISO 4217 code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// `budget` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Number>,
    /// Average order value (`avg_order_value`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_order_value: Option<Number>,
    /// Campaign owner (`owner`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// Owner's email (`owner_email`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_email: Option<String>,
    /// Set once when the campaign is created.
    pub created_at: Datetime,
    /// `diagnosis` in the file.
    #[serde(default, skip_serializing_if = "is_default")]
    pub diagnosis: Diagnosis,
    /// `learnings` in the file.
    #[serde(default, skip_serializing_if = "is_default")]
    pub learnings: Learnings,
}

/// The seven diagnosis answers (DESIGN §2); absent means not answered.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Diagnosis {
    /// Many variations to test? (`many_variations`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub many_variations: Option<bool>,
    /// Runs on your own channels or ads? (`own_ads`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own_ads: Option<bool>,
    /// Evergreen education? (`evergreen`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evergreen: Option<bool>,
    /// Awareness or trust? (`awareness_or_trust`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub awareness_or_trust: Option<bool>,
    /// Needs someone else's audience? (`borrowed_audience`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub borrowed_audience: Option<bool>,
    /// Time-limited? (`time_limited`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_limited: Option<bool>,
    /// A product launch? (`launch`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launch: Option<bool>,
}

/// What the campaign taught, kept for the next one.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Learnings {
    /// `niche` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub niche: Option<String>,
    /// Learnings (`notes`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Handles worth booking again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rebook: Vec<String>,
}
