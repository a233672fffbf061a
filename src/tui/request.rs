//! What a screen or popup asks of the app. Screens never reach into each other, the disk or
//! the terminal: their `update` returns a request, and the top-level `update` alone turns it
//! into effects and screen changes (as gitui's components push onto its queue).

use crate::brief::Partnership;
use crate::doc::Conflict;
use crate::store::{Draft, Template};

/// Where the user is going when they leave the wizard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leave {
    /// Quit the app.
    Quit,
    /// Back to the campaigns.
    Home,
}

/// What to delete after confirmation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Doomed {
    /// A campaign folder (moved to the trash).
    Campaign(String),
    /// Unsaved work of a new campaign.
    Draft(String),
}

/// What a screen asks of the app.
#[derive(Debug, Clone)]
pub enum Request {
    /// Nothing happened (nothing to draw again).
    Nothing,
    /// Something changed on screen.
    Redraw,
    /// End the app now (nothing unsaved on this screen).
    Quit,
    /// Show every key of the screen.
    Help,
    /// Close the popup.
    Close,

    /// Start a new, blank campaign in the wizard.
    NewCampaign,
    /// Read the templates (the picker opens when they arrive).
    Templates,
    /// Open a saved campaign.
    Open(String),
    /// Go on with a new campaign's unsaved work.
    Continue(Box<Draft>),
    /// Copy a saved campaign.
    Duplicate(String),
    /// Export a saved campaign's briefs as Markdown.
    Export(String),
    /// Ask before deleting.
    AskDelete {
        /// What the question names.
        name: String,
        /// What goes.
        doomed: Doomed,
    },
    /// Move a campaign to the trash.
    Trash(String),
    /// Discard a new campaign's unsaved work (`name` for the message).
    Discard {
        /// The draft's key.
        key: String,
        /// The campaign's name as the list shows it.
        name: String,
    },
    /// Bring back the last deleted campaign.
    Restore,
    /// Show what past campaigns taught.
    Learnings,
    /// Back to the campaigns.
    Home,
    /// Start a new campaign from this template.
    FromTemplate(Box<Template>),

    /// Save the wizard's campaign.
    Save,
    /// Leave the wizard, asking first when something is unsaved.
    Leave(Leave),
    /// Save, then leave once the save succeeded.
    SaveAndLeave(Leave),
    /// Leave the wizard now, unsaved work discarded.
    LeaveNow(Leave),
    /// Leave the wizard now, unsaved work kept in the draft.
    LeaveKeeping(Leave),
    /// Edit this text in the external editor.
    Editor(String),
    /// Ask why the user picked `chosen` over the recommended type.
    Reason {
        /// The type picked.
        chosen: Partnership,
        /// The type the diagnosis recommends.
        recommended: Partnership,
    },
    /// Store the reason for overriding the recommendation.
    SetReason(String),
    /// Go to the field that edits this key.
    GoTo(crate::path::KeyPath),
    /// Export the wizard's campaign (once saved).
    ExportOpen,
    /// Bring the unsaved work back into the wizard.
    Recover(Box<Draft>),
    /// Remove unsaved work (the recovery question's "discard").
    DropDraft(String),
    /// Open the saved version and leave the unsaved work where it is, for next time.
    UseSaved,
    /// Take the unsaved side of a key changed on both sides.
    TakeUnsaved(Box<Conflict>),
}

impl Request {
    /// Whether a popup that asked this is done (the rest keep it open).
    pub(crate) fn closes_popup(&self) -> bool {
        !matches!(
            self,
            Request::Nothing | Request::Redraw | Request::TakeUnsaved(_)
        )
    }
}
