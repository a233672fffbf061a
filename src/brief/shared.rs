//! Tables both briefs have. Keys only one brief may use (e.g. `raw_footage`, `repost`) are
//! optional here; the key table in `path` reports them as unknown in the other brief.

use serde::{Deserialize, Serialize};

use super::{
    Channel, CreativeFreedom, Date, DisclosurePlacement, Number, Ownership, Region, TermStarts,
};

/// `[guidelines]`: the brand's rules and how much room the partner has.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Guidelines {
    /// `tone` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tone: Option<String>,
    /// `mandatories` in the file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mandatories: Vec<String>,
    /// `dos` in the file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dos: Vec<String>,
    /// `donts` in the file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub donts: Vec<String>,
    /// `claims_allowed` in the file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub claims_allowed: Vec<String>,
    /// `claims_banned` in the file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub claims_banned: Vec<String>,
    /// `creative_freedom` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creative_freedom: Option<CreativeFreedom>,
    /// Who approves, and how.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<String>,
}

/// `[usage_rights]`: where, how long and how the brand may use the content.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UsageRights {
    /// `channels` in the file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
    /// `paid_amplification` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_amplification: Option<bool>,
    /// `whitelisting` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub whitelisting: Option<bool>,
    /// `partnership_ads` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partnership_ads: Option<bool>,
    /// The ad-access window, its own period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub whitelisting_days: Option<u32>,
    /// Test length (days) (`duration_days`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_days: Option<u32>,
    /// `perpetual` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub perpetual: Option<bool>,
    /// `term_starts` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term_starts: Option<TermStarts>,
    /// `territory` in the file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub territory: Vec<Region>,
    /// `edits_allowed` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edits_allowed: Option<bool>,
    /// `exclusivity_days` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclusivity_days: Option<u32>,
    /// `exclusivity_category` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclusivity_category: Option<String>,
    /// `competitors` in the file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub competitors: Vec<String>,
    /// Creator only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw_footage: Option<bool>,
    /// Creator only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ownership: Option<Ownership>,
    /// Influencer only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repost: Option<bool>,
}

impl UsageRights {
    /// Whether ad access on the partner's handle is granted (whitelisting or partnership ads).
    pub(crate) fn ad_access(&self) -> bool {
        self.whitelisting == Some(true) || self.partnership_ads == Some(true)
    }

    /// Whether any use is granted at all.
    pub(crate) fn grants_use(&self) -> bool {
        !self.channels.is_empty()
            || self.paid_amplification == Some(true)
            || self.repost == Some(true)
    }

    /// Whether the licence has a set length (days > 0) or never ends (perpetual, or a
    /// buyout: the brand owns the content).
    pub(crate) fn has_duration(&self) -> bool {
        self.duration_days.is_some_and(|d| d > 0)
            || self.perpetual == Some(true)
            || self.is_buyout()
    }

    /// Whether the brand buys the content outright (creator briefs only).
    pub(crate) fn is_buyout(&self) -> bool {
        self.ownership == Some(Ownership::Buyout)
    }
}

/// `[disclosure]`: how the partnership is labelled.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Disclosure {
    /// `required` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// `label` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// `placement` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement: Option<DisclosurePlacement>,
    /// The platform's own paid-partnership label is switched on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_tool: Option<bool>,
}

/// `[schedule]`: the dates of the brief.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Schedule {
    /// `brief_sent` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brief_sent: Option<Date>,
    /// `draft_due` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft_due: Option<Date>,
    /// `final_due` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_due: Option<Date>,
    /// `revision_rounds` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision_rounds: Option<u32>,
    /// The brand's review turnaround in days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback_days: Option<u32>,
    /// Creator only: when the product reaches them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_ships: Option<Date>,
}

/// `[results]`: what happened, filled after the campaign.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Results {
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
    /// `spend` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spend: Option<Number>,
    /// `best_hook` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub best_hook: Option<String>,
    /// `best_format` in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub best_format: Option<String>,
    /// A handle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub best_partner: Option<String>,
    /// Success notes (`notes`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}
