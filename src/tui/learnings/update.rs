//! Keys and the wheel on the learnings screen: scrolling is the screen's own; going back,
//! help and quitting are asked of the app.

use crossterm::event::{KeyEvent, MouseEvent, MouseEventKind};

use super::Learnings;
use crate::tui::keymap::{self, Action, Context};
use crate::tui::request::Request;

/// Handles a key on the learnings screen.
pub fn update(state: &mut Learnings, key: KeyEvent) -> Request {
    match keymap::lookup(&[Context::Learnings], &key) {
        Some(Action::Back) => Request::Home,
        Some(Action::Up) => {
            state.scroll = state.scroll.saturating_sub(1);
            Request::Redraw
        }
        Some(Action::Down) => {
            state.scroll = state.scroll.saturating_add(1);
            Request::Redraw
        }
        Some(Action::Help) => Request::Help,
        Some(Action::Quit) => Request::Quit,
        _ => Request::Nothing,
    }
}

/// One wheel notch scrolls two lines down or up.
pub fn mouse(state: &mut Learnings, mouse: MouseEvent) -> Request {
    state.scroll = match mouse.kind {
        MouseEventKind::ScrollDown => state.scroll.saturating_add(2),
        MouseEventKind::ScrollUp => state.scroll.saturating_sub(2),
        _ => return Request::Nothing,
    };
    Request::Redraw
}
