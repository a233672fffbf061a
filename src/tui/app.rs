//! The whole app as one state machine: `update(&mut App, Msg) -> Vec<Effect>` is pure (no
//! disk, no terminal, no clock: the time arrives in `App::now`), and the terminal loop
//! performs the effects and feeds their results back as messages.

use std::sync::Arc;
use std::time::Duration;

use crossterm::event::{KeyEvent, KeyEventKind, MouseEvent};

use crate::doc::Docs;
use crate::practice::MarketData;
use crate::store::{Draft, Entry, Loaded, Template};
use crate::tui::clock::Now;
use crate::tui::home::Home;
use crate::tui::popup::Popup;
use crate::tui::theme::Theme;
use crate::tui::wizard::Wizard;

/// The smallest window the app draws in.
pub const MIN_SIZE: (u16, u16) = (80, 24);

/// How long after the last edit unsaved work is written to the draft.
pub const DRAFT_DELAY: Duration = Duration::from_millis(1500);

/// The screen below any popup.
#[derive(Debug, Clone)]
pub enum Screen {
    /// The campaigns.
    Home,
    /// One campaign, step by step.
    Wizard(Box<Wizard>),
    /// Learnings from past campaigns, gathered when the screen opens.
    Learnings {
        scroll: u16,
        niches: Vec<crate::practice::NicheLearnings>,
    },
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
    pub after_save: Option<crate::tui::wizard::Leave>,
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
    /// The campaigns and unsaved new campaigns were read, all at once.
    Listed {
        entries: Vec<Entry>,
        drafts: Vec<Draft>,
    },
    /// Part of a listing read in the background arrived.
    Listing(Listing),
    /// The learnings were gathered (or why not).
    Learned(Result<Vec<crate::practice::NicheLearnings>, String>),
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
    /// The external editor closed with this text.
    Edited(Result<String, String>),
}

/// A listing read in the background, in parts, so home answers keys meanwhile.
#[derive(Debug)]
pub enum Listing {
    /// A listing started: how many folders it will read, and the unsaved new campaigns.
    Started {
        job: u64,
        folders: usize,
        drafts: Vec<Draft>,
    },
    /// Rows ready.
    Rows {
        job: u64,
        rows: Vec<crate::store::index::Row>,
    },
    /// The listing ended, with why it failed if it did.
    Ended { job: u64, error: Option<String> },
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
}

/// What the app asks the outside world to do.
#[derive(Debug, Clone)]
pub enum Effect {
    /// Read the campaigns and unsaved new campaigns (in the background, in parts).
    List,
    /// Gather the learnings of every campaign, for the learnings screen.
    Learnings,
    /// Load a campaign and its unsaved work.
    Open(String),
    /// Save a campaign (create it when it has no slug yet).
    Save {
        slug: Option<String>,
        docs: Box<Docs>,
        read: Option<[Option<String>; 3]>,
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
    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_SIZE.0 || self.size.1 < MIN_SIZE.1
    }

    /// How long the loop may wait before sending `Tick` (`None`: wait for input only).
    pub fn tick_after(&self) -> Option<Duration> {
        match &self.screen {
            Screen::Wizard(w) if w.draft_due => Some(DRAFT_DELAY),
            _ => None,
        }
    }

    /// Whether the preview starts shown (wide windows).
    pub fn wide(&self) -> bool {
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

/// Handles one message.
pub fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
    let mut effects = dispatch(app, msg);
    if let Screen::Wizard(w) = &mut app.screen
        && w.read_only
    {
        // Another window owns this campaign and its draft: nothing is written from here.
        let before = effects.len();
        effects.retain(|e| {
            !matches!(
                e,
                Effect::Save { .. } | Effect::WriteDraft(_) | Effect::RemoveDraft(_)
            )
        });
        w.draft_due = false;
        if effects.len() < before {
            w.status = crate::tui::wizard::Status::Error(crate::tui::wizard::READ_ONLY.into());
            app.after_save = None;
        }
    }
    effects
}

fn dispatch(app: &mut App, msg: Msg) -> Vec<Effect> {
    app.redraw = true;
    match msg {
        Msg::Key(key) if key.kind == KeyEventKind::Release => {
            app.redraw = false;
            Vec::new()
        }
        Msg::Key(key) => super::route::key(app, key),
        Msg::Mouse(mouse) => super::route::mouse(app, mouse),
        Msg::Resize(w, h) => {
            app.size = (w, h);
            if let Screen::Wizard(wizard) = &mut app.screen {
                crate::tui::wizard::view::keep_visible(wizard, app.size);
            }
            Vec::new()
        }
        Msg::Paste(text) => super::route::paste(app, &text),
        Msg::Tick => super::route::tick(app),
        Msg::Listed { entries, drafts } => {
            app.home.fill(entries, drafts, &app.now, &app.market);
            Vec::new()
        }
        Msg::Listing(part) => {
            match part {
                Listing::Started {
                    job,
                    folders,
                    drafts,
                } => app.home.listing_started(job, folders, drafts),
                Listing::Rows { job, rows } => app.home.listing_rows(job, &rows, &app.now),
                Listing::Ended { job, error } => app.home.listing_ended(job, error),
            }
            Vec::new()
        }
        Msg::Learned(result) => {
            app.home.gathering = false;
            app.home.message = None;
            match result {
                // Only where the user still is: a screen opened meanwhile is left alone.
                Ok(niches) if matches!(app.screen, Screen::Home) && app.popup.is_none() => {
                    app.screen = Screen::Learnings { scroll: 0, niches };
                }
                Ok(_) => {}
                Err(e) => app.home.message = Some((e, true)),
            }
            Vec::new()
        }
        Msg::Opened(result) => super::route::opened(app, result),
        Msg::OpenedReadOnly(loaded) => super::route::opened_read_only(app, *loaded),
        Msg::Saved(result) => super::route::saved(app, result),
        Msg::Did(result) => {
            // Export from the review answers on the wizard's status line.
            if let Screen::Wizard(w) = &mut app.screen {
                w.status = match result {
                    Ok(done) => crate::tui::wizard::Status::Note(done.message),
                    Err(e) => crate::tui::wizard::Status::Error(e),
                };
                return Vec::new();
            }
            match result {
                Ok(done) => {
                    app.home.message = Some((done.message, false));
                    app.home.select_slug = done.select;
                }
                Err(e) => app.home.message = Some((e, true)),
            }
            vec![Effect::List]
        }
        Msg::Templates(list) => {
            app.popup = Some(Popup::Templates { list, cursor: 0 });
            Vec::new()
        }
        Msg::Edited(result) => super::route::edited(app, result),
    }
}
