//! Keys in popups. A popup changes only itself; what it decides (save, leave, delete,
//! recover, a template, a reason) goes back to the app as a request, and a request other
//! than `Nothing` and `Redraw` closes it.

use crossterm::event::{KeyCode, KeyEvent, MouseEvent, MouseEventKind};

use super::{Doomed, Popup};
use crate::store::Template;
use crate::tui::keymap::{self, Action};
use crate::tui::request::Request;

/// Handles a key in a popup.
pub fn update(popup: &mut Popup, key: KeyEvent) -> Request {
    let action = keymap::lookup(&[popup.context()], &key);
    match popup {
        Popup::Help { scroll, contexts } => help(scroll, contexts, action),
        Popup::Leave(to) => match action {
            Some(Action::Save) => Request::SaveAndLeave(*to),
            Some(Action::Discard) => Request::LeaveNow(*to),
            Some(Action::Keep) => Request::LeaveKeeping(*to),
            Some(Action::Cancel) => Request::Close,
            _ => Request::Nothing,
        },
        Popup::FixFirst { to, fields } => match (action, fields.first()) {
            (Some(Action::Accept), Some(first)) => Request::GoTo(first.path.clone()),
            (Some(Action::Keep), _) => Request::LeaveKeeping(*to),
            (Some(Action::Cancel), _) => Request::Close,
            _ => Request::Nothing,
        },
        Popup::Delete { name, doomed } => match (action, doomed) {
            (Some(Action::Yes), Doomed::Campaign(slug)) => Request::Trash(slug.clone()),
            (Some(Action::Yes), Doomed::Draft(key)) => Request::Discard {
                key: key.clone(),
                name: name.clone(),
            },
            (Some(Action::No), _) => Request::Close,
            _ => Request::Nothing,
        },
        Popup::Templates { list, cursor } => templates(list, cursor, action),
        Popup::Recover(draft) => match action {
            Some(Action::Recover) => Request::Recover(draft.clone()),
            Some(Action::Discard) => Request::DropDraft(draft.key.clone()),
            Some(Action::Cancel) => Request::UseSaved,
            _ => Request::Nothing,
        },
        Popup::Conflict(conflicts) => conflict(conflicts, action),
        Popup::Reason { input, .. } => match action {
            Some(Action::Done) => Request::SetReason(input.lines().join(" ").trim().to_string()),
            Some(Action::Cancel) => Request::Close,
            _ => {
                if key.code != KeyCode::Enter {
                    input.input(key);
                }
                Request::Redraw
            }
        },
    }
}

/// Lines PgUp and PgDn scroll help: most of the smallest window's help box.
const HELP_PAGE: u16 = 15;

/// Help scrolls three lines an arrow, a page a PgUp or PgDn; Esc closes it.
fn help(scroll: &mut u16, contexts: &[keymap::Context], action: Option<Action>) -> Request {
    match action {
        Some(Action::Back) => return Request::Close,
        Some(Action::Up) => *scroll = scroll.saturating_sub(3),
        Some(Action::Down) => *scroll = scroll.saturating_add(3),
        Some(Action::PageUp) => *scroll = scroll.saturating_sub(HELP_PAGE),
        Some(Action::PageDown) => *scroll = scroll.saturating_add(HELP_PAGE),
        _ => {}
    }
    // Never past the last line, so a key back up moves at once (the view clamps to its box).
    let lines: usize = keymap::help(contexts)
        .iter()
        .map(|(_, keys)| keys.len() + 2)
        .sum();
    *scroll = (*scroll).min(u16::try_from(lines).unwrap_or(u16::MAX));
    Request::Redraw
}

/// The template picker: Enter starts a campaign from the highlighted template.
fn templates(list: &[Template], cursor: &mut usize, action: Option<Action>) -> Request {
    match action {
        Some(Action::Up) => *cursor = cursor.saturating_sub(1),
        Some(Action::Down) => *cursor = (*cursor + 1).min(list.len().saturating_sub(1)),
        Some(Action::Cancel) => return Request::Close,
        Some(Action::Accept) => {
            return match list.get(*cursor) {
                Some(template) => Request::FromTemplate(Box::new(template.clone())),
                None => Request::Close,
            };
        }
        _ => return Request::Nothing,
    }
    Request::Redraw
}

/// The wheel scrolls help two lines a notch; other popups take no mouse.
pub fn mouse(popup: &mut Popup, mouse: MouseEvent) -> Request {
    let Popup::Help { scroll, .. } = popup else {
        return Request::Nothing;
    };
    *scroll = match mouse.kind {
        MouseEventKind::ScrollDown => scroll.saturating_add(2),
        MouseEventKind::ScrollUp => scroll.saturating_sub(2),
        _ => return Request::Nothing,
    };
    Request::Redraw
}

/// One key changed on both sides: keep the file's value or take the unsaved one; Esc keeps
/// the file's for all that are left. The popup is finished once none is left.
fn conflict(conflicts: &mut Vec<crate::doc::Conflict>, action: Option<Action>) -> Request {
    match action {
        Some(Action::Yes) if !conflicts.is_empty() => {
            Request::TakeUnsaved(Box::new(conflicts.remove(0)))
        }
        Some(Action::No) if !conflicts.is_empty() => {
            conflicts.remove(0);
            Request::Redraw
        }
        Some(Action::Cancel) => Request::Close,
        _ if conflicts.is_empty() => Request::Close,
        _ => Request::Nothing,
    }
}
