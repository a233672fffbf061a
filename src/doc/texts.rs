//! The text of each of a campaign's three files, by file: as read, as saved, as a draft
//! holds them, as a template ships them.

use crate::brief::FileKind;

/// The text of campaign.toml, creator.toml and influencer.toml; `None` where a file does not
/// exist (or was not read).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Texts {
    /// campaign.toml
    pub campaign: Option<String>,
    /// creator.toml
    pub creator: Option<String>,
    /// influencer.toml
    pub influencer: Option<String>,
}

impl Texts {
    /// Each file's text from `text(file)`.
    pub(crate) fn from_fn(mut text: impl FnMut(FileKind) -> Option<String>) -> Texts {
        Texts {
            campaign: text(FileKind::Campaign),
            creator: text(FileKind::Creator),
            influencer: text(FileKind::Influencer),
        }
    }

    /// The text of one file.
    pub fn get(&self, file: FileKind) -> Option<&str> {
        self.slot(file).as_deref()
    }

    /// The slot of one file, to read or replace.
    pub(crate) fn slot(&self, file: FileKind) -> &Option<String> {
        match file {
            FileKind::Campaign => &self.campaign,
            FileKind::Creator => &self.creator,
            FileKind::Influencer => &self.influencer,
        }
    }

    /// The slot of one file, to replace.
    pub(crate) fn slot_mut(&mut self, file: FileKind) -> &mut Option<String> {
        match file {
            FileKind::Campaign => &mut self.campaign,
            FileKind::Creator => &mut self.creator,
            FileKind::Influencer => &mut self.influencer,
        }
    }

    /// Each file with its text, in the order files are shown.
    pub fn iter(&self) -> impl Iterator<Item = (FileKind, Option<&str>)> {
        FileKind::ALL.into_iter().map(|f| (f, self.get(f)))
    }
}
