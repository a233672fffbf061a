//! Popups over a screen: help, the unsaved-changes question, delete confirmation, the
//! template picker, recovering unsaved work (and keys changed on both sides), and the reason
//! for overriding the diagnosis.
//! Each is modal: its keys come first and Esc closes it. This file holds the state,
//! `update` the keys, `view` the drawing.

pub(crate) mod update;
pub(crate) mod view;

use ratatui_textarea::TextArea;

use crate::brief::Partnership;
use crate::doc::Conflict;
use crate::path::KeyPath;
use crate::store::{Draft, Template};
use crate::tui::keymap::Context;
pub use crate::tui::request::Doomed;
use crate::tui::request::Leave;

/// A field whose typed text does not fit yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToFix {
    /// The field's label.
    pub label: String,
    /// Its step (0-based).
    pub step: usize,
    /// Its key path.
    pub path: KeyPath,
}

/// A popup.
#[derive(Debug, Clone)]
pub enum Popup {
    /// Every key of the screen below.
    Help {
        /// The keymap contexts whose keys are listed.
        contexts: Vec<Context>,
        /// The first line shown.
        scroll: u16,
    },
    /// Save, discard or cancel before leaving.
    Leave(Leave),
    /// A save on the way out refused: these fields hold typed text that does not fit.
    FixFirst {
        /// Where the user was going.
        to: Leave,
        /// The fields, in step order.
        fields: Vec<ToFix>,
    },
    /// Delete this?
    Delete {
        /// Campaign name (`name`).
        name: String,
        /// What goes.
        doomed: Doomed,
    },
    /// Pick a template.
    Templates {
        /// The templates.
        list: Vec<Template>,
        /// The highlighted template.
        cursor: usize,
    },
    /// Unsaved work found for the campaign just opened.
    Recover(Box<Draft>),
    /// Keys changed both in the files and in the recovered work, first one asked now.
    Conflict(Vec<Conflict>),
    /// Why another type than the recommended one.
    Reason {
        /// The type picked.
        chosen: Partnership,
        /// The type the diagnosis recommends.
        recommended: Partnership,
        /// The reason being typed.
        input: Box<TextArea<'static>>,
    },
}

impl Popup {
    /// The keymap context of this popup.
    pub(crate) fn context(&self) -> Context {
        match self {
            Popup::Help { .. } => Context::Help,
            Popup::Leave(_) => Context::LeavePrompt,
            Popup::FixFirst { .. } => Context::FixFirst,
            Popup::Delete { .. } => Context::Confirm,
            Popup::Templates { .. } => Context::Picker,
            Popup::Recover(_) => Context::Recover,
            Popup::Conflict(_) => Context::Conflict,
            Popup::Reason { .. } => Context::Reason,
        }
    }

    /// Whether the popup has nothing left to ask.
    pub(crate) fn finished(&self) -> bool {
        matches!(self, Popup::Conflict(conflicts) if conflicts.is_empty())
    }

    /// The reason popup with an empty line to type in.
    pub fn reason(chosen: Partnership, recommended: Partnership) -> Popup {
        Popup::Reason {
            chosen,
            recommended,
            input: Box::new(crate::tui::wizard::input::line_area("")),
        }
    }
}
