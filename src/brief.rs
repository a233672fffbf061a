//! The model: a campaign file and its two briefs, typed, with no terminal and no disk code.
//!
//! The TOML documents are the source of truth on disk; these types are what the rest of the
//! app reasons about (coverage, findings, budget, export).

mod campaign;
mod creator;
mod enums;
mod influencer;
mod shared;
mod status;
mod values;

pub use campaign::{Campaign, Diagnosis, Learnings};
pub use creator::{
    CreatorBrief, CreatorContent, CreatorFeedback, CreatorPartner, CreatorPay, Deliverable,
    Success, TestPlan,
};
pub use enums::*;
pub use influencer::{
    InfluencerBrief, InfluencerContent, InfluencerFeedback, InfluencerPartner, InfluencerPay, Post,
    Targets, Tracking,
};
pub use shared::{Disclosure, Guidelines, Results, Schedule, UsageRights};
pub use status::{Progress, Status};
pub(crate) use values::country_code;
pub use values::{Country, Date, Number, Region};

/// The file format version this build reads and writes.
pub(crate) const FORMAT_VERSION: i64 = 1;

/// Which of the three files of a campaign a key or a finding belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileKind {
    /// `campaign.toml`: what both briefs share, and what stays internal.
    Campaign,
    /// `creator.toml`: the production brief.
    Creator,
    /// `influencer.toml`: the distribution brief.
    Influencer,
}

impl FileKind {
    /// All three, in the order files are shown.
    pub const ALL: [FileKind; 3] = [FileKind::Campaign, FileKind::Creator, FileKind::Influencer];

    /// The name used in key paths and in the `kind` key (`"creator"`).
    pub fn as_str(self) -> &'static str {
        match self {
            FileKind::Campaign => "campaign",
            FileKind::Creator => "creator",
            FileKind::Influencer => "influencer",
        }
    }

    /// The file name inside a campaign folder.
    pub fn file_name(self) -> &'static str {
        match self {
            FileKind::Campaign => "campaign.toml",
            FileKind::Creator => "creator.toml",
            FileKind::Influencer => "influencer.toml",
        }
    }

    /// Parses the first segment of a key path or a `kind` value.
    pub fn parse(text: &str) -> Option<FileKind> {
        FileKind::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

impl std::fmt::Display for FileKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A whole campaign: the shared file and whichever briefs exist on disk.
#[derive(Debug, Clone, PartialEq)]
pub struct Bundle {
    /// campaign.toml
    pub campaign: Campaign,
    /// creator.toml, when it exists.
    pub creator: Option<CreatorBrief>,
    /// influencer.toml, when it exists.
    pub influencer: Option<InfluencerBrief>,
}

impl Bundle {
    /// The partnership type, hybrid when not decided yet (a new campaign starts as hybrid).
    pub fn partnership(&self) -> Partnership {
        self.campaign.partnership.unwrap_or(Partnership::Hybrid)
    }

    /// The creator brief when the partnership type needs it (unused briefs are not checked).
    pub(crate) fn used_creator(&self) -> Option<&CreatorBrief> {
        self.partnership()
            .needs(FileKind::Creator)
            .then_some(self.creator.as_ref())
            .flatten()
    }

    /// The influencer brief when the partnership type needs it.
    pub(crate) fn used_influencer(&self) -> Option<&InfluencerBrief> {
        self.partnership()
            .needs(FileKind::Influencer)
            .then_some(self.influencer.as_ref())
            .flatten()
    }
}

/// serde helper: skip a table or value that holds nothing.
pub(crate) fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}
