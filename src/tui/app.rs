//! The app's types: its state (`App`, the `Screen` below any popup), the messages that
//! reach it (`Msg`) and the effects it asks for (`Effect`). The top-level `update` turns
//! messages into state changes and effects; the terminal loop performs the effects and
//! feeds their results back as messages.

use std::sync::Arc;
use std::time::Duration;

use crossterm::event::{KeyEvent, MouseEvent};

use crate::doc::Docs;
use crate::practice::MarketData;
use crate::store::{Draft, Entry, Loaded, Template, Texts};
use crate::tui::clock::Now;
use crate::tui::home::Home;
use crate::tui::learnings::Learnings;
use crate::tui::popup::Popup;
use crate::tui::request::Leave;
use crate::tui::theme::Theme;
use crate::tui::wizard::Wizard;

/// The smallest window the app draws in.
pub(crate) const MIN_SIZE: (u16, u16) = (80, 24);

/// How long after an edit (the first since the last draft) unsaved work is written to the
/// draft: typing on never holds it back longer.
pub(crate) const DRAFT_DELAY: Duration = Duration::from_millis(500);

/// The screen below any popup.
#[derive(Debug, Clone)]
pub enum Screen {
    /// The campaigns.
    Home,
    /// One campaign, step by step.
    Wizard(Box<Wizard>),
    /// Learnings from past campaigns, gathered when the screen opens.
    Learnings(Learnings),
}

/// Everything the app knows.
#[derive(Debug, Clone)]
pub struct App {
    /// The screen.
    pub screen: Screen,
    /// The campaigns (kept while another screen is open).
    pub home: Home,
    /// A popup over the screen.
    pub popup: Option<Popup>,
    /// The window size.
    pub size: (u16, u16),
    /// The time, set before each message.
    pub now: Now,
    /// Colours or not.
    pub theme: Theme,
    /// Set when the app should end.
    pub quit: bool,
    /// Set when the screen must be drawn again.
    pub redraw: bool,
    /// Where to go once the save in flight succeeds.
    pub after_save: Option<Leave>,
    /// Market facts the findings use (defaults plus the config's).
    pub market: Arc<MarketData>,
}

/// Something that happened.
#[derive(Debug)]
pub enum Msg {
    /// A key was pressed.
    Key(KeyEvent),
    /// The mouse clicked or scrolled.
    Mouse(MouseEvent),
    /// The window changed size.
    Resize(u16, u16),
    /// Text was pasted.
    Paste(String),
    /// Time passed (the draft timer).
    Tick,
    /// The campaigns and unsaved new campaigns were read.
    Listed {
        /// The root's folders.
        entries: Vec<Entry>,
        /// Unsaved new campaigns.
        drafts: Vec<Draft>,
    },
    /// A campaign was opened, with its unsaved work if any.
    Opened(Result<(Box<Loaded>, Option<Draft>), String>),
    /// A campaign was opened that another window has open: it is shown read-only.
    OpenedReadOnly(Box<Loaded>),
    /// A save ended.
    Saved(Result<Saved, String>),
    /// Duplicate, delete, restore or export ended.
    Did(Result<Done, String>),
    /// The templates were read.
    Templates(Vec<Template>),
    /// What was last sent of the open campaign (`None`: never sent).
    Sent(Option<Box<crate::store::Snapshot>>),
    /// The external editor closed with this text.
    Edited(Result<String, String>),
    /// Part of a listing read in the background arrived.
    Listing(Listing),
    /// The learnings were gathered (or why not).
    Learned(Result<Vec<crate::practice::NicheLearnings>, String>),
    /// The past hooks of a niche were gathered (none when they could not be read).
    PastHooks {
        /// The niche asked for.
        niche: String,
        /// Newest first.
        found: Vec<crate::practice::Suggestion>,
    },
}

/// A listing read in the background, in parts, so home answers keys meanwhile.
#[derive(Debug)]
pub enum Listing {
    /// A listing started: how many folders it will read, and the unsaved new campaigns.
    Started {
        /// Which listing.
        job: u64,
        /// Folders in the root.
        folders: usize,
        /// Unsaved new campaigns.
        drafts: Vec<Draft>,
    },
    /// Rows ready.
    Rows {
        /// Which listing.
        job: u64,
        /// The rows, in no particular order.
        rows: Vec<crate::store::index::Row>,
    },
    /// The listing ended.
    Ended {
        /// Which listing.
        job: u64,
        /// Why it failed, if it did.
        error: Option<String>,
    },
}

/// A successful save.
#[derive(Debug, Clone)]
pub struct Saved {
    /// The campaign's slug (new on the first save).
    pub slug: String,
    /// The documents as written (the slug filled in).
    pub docs: Box<Docs>,
}

/// A finished action on the home screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Done {
    /// What happened, in a sentence.
    pub message: String,
    /// A campaign to select afterwards.
    pub select: Option<String>,
    /// The campaign as now on disk, when the action changed its files (an export sets
    /// `brief_sent`), for a wizard that has it open.
    pub reloaded: Option<crate::doc::Texts>,
}

/// What the app asks the outside world to do.
#[derive(Debug, Clone)]
pub enum Effect {
    /// Read the campaigns and unsaved new campaigns (in the background, in parts).
    List,
    /// Gather the learnings of every campaign (in the background).
    Learnings,
    /// Gather the past hooks, formats and notes of other campaigns in `niche`.
    PastHooks {
        /// The niche.
        niche: String,
        /// The campaign being written, left out.
        except: Option<String>,
    },
    /// Load a campaign and its unsaved work.
    Open(String),
    /// Save a campaign (create it when it has no slug yet).
    Save {
        /// The slug, `None` for a campaign never saved.
        slug: Option<String>,
        /// The documents to write.
        docs: Box<Docs>,
        /// The texts as last read, to refuse overwriting outside edits.
        read: Option<Texts>,
    },
    /// Copy a campaign.
    Duplicate(String),
    /// Move a campaign to the trash.
    Trash(String),
    /// Bring back the last deleted campaign.
    RestoreLast,
    /// Write a campaign's briefs as Markdown in the current folder.
    Export(String),
    /// Read the templates.
    LoadTemplates,
    /// Read what was last sent of a campaign (for the review's "changed since sent").
    LoadSent(String),
    /// Write unsaved work.
    WriteDraft(Box<Draft>),
    /// Remove unsaved work.
    RemoveDraft(String),
    /// Edit text in `$VISUAL` / `$EDITOR`.
    Editor(String),
}

impl App {
    /// A new app on the home screen (the list loads after the first frame).
    pub fn new(
        home: Home,
        now: Now,
        theme: Theme,
        size: (u16, u16),
        market: Arc<MarketData>,
    ) -> App {
        App {
            screen: Screen::Home,
            home,
            popup: None,
            size,
            now,
            theme,
            quit: false,
            redraw: true,
            after_save: None,
            market,
        }
    }

    /// Whether the window is too small to draw in.
    pub(crate) fn too_small(&self) -> bool {
        self.size.0 < MIN_SIZE.0 || self.size.1 < MIN_SIZE.1
    }

    /// How long the loop may wait before sending `Tick` (`None`: wait for input only).
    pub fn tick_after(&self) -> Option<Duration> {
        match &self.screen {
            Screen::Wizard(w) if w.draft_due => Some(DRAFT_DELAY),
            _ => None,
        }
    }

    /// The unsaved work to write at once when the process is told to stop (`None`: nothing
    /// unsaved, or the campaign is another window's).
    pub(crate) fn draft_now(&self) -> Option<Draft> {
        match &self.screen {
            Screen::Wizard(w) if w.has_unsaved_work() => Some(w.draft(&self.now)),
            _ => None,
        }
    }

    /// Whether the preview starts shown (wide windows).
    pub(crate) fn wide(&self) -> bool {
        self.size.0 >= 120
    }

    /// The wizard, when it is the screen.
    pub fn wizard(&self) -> Option<&Wizard> {
        match &self.screen {
            Screen::Wizard(w) => Some(w),
            _ => None,
        }
    }
}
