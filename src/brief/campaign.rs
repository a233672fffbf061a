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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand_website: Option<String>,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objective: Option<Objective>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funnel_stage: Option<FunnelStage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partnership: Option<Partnership>,
    /// The user picked the type; until then it follows the diagnosis (DESIGN §8.8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partnership_picked: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partnership_reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    /// Who signs off regulated claims.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approver: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub markets: Vec<Country>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<Date>,
    /// ISO 4217 code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Number>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_order_value: Option<Number>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_email: Option<String>,
    /// Set once when the campaign is created.
    pub created_at: Datetime,
    #[serde(default, skip_serializing_if = "is_default")]
    pub diagnosis: Diagnosis,
    #[serde(default, skip_serializing_if = "is_default")]
    pub learnings: Learnings,
}

/// The seven diagnosis answers (DESIGN §2); absent means not answered.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Diagnosis {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub many_variations: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own_ads: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evergreen: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub awareness_or_trust: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub borrowed_audience: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_limited: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launch: Option<bool>,
}

/// What the campaign taught, kept for the next one.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Learnings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub niche: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Handles worth booking again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rebook: Vec<String>,
}
