//! Keys and the mouse on the home screen. The list, the selection, the filter and the
//! message are the screen's own; opening, creating, deleting and the other screens are
//! asked of the app as requests.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

use super::layout::Layout;
use super::{Home, RowKind};
use crate::tui::keymap::{self, Action};
use crate::tui::request::{Doomed, Request};

/// Handles a key on the home screen.
pub fn update(home: &mut Home, key: KeyEvent) -> Request {
    let action = keymap::lookup(&home.contexts(), &key);
    if home.filtering {
        return filter_key(home, action, key);
    }
    let Some(action) = action else {
        return Request::Nothing;
    };
    home.message = None;
    match action {
        Action::New => Request::NewCampaign,
        Action::NewFromTemplate => Request::Templates,
        Action::Open => open(home),
        Action::Filter => {
            home.filtering = true;
            Request::Redraw
        }
        Action::Duplicate | Action::Export => match selected_slug(home) {
            Some(slug) if action == Action::Duplicate => Request::Duplicate(slug),
            Some(slug) => Request::Export(slug),
            None => nothing_selected(home),
        },
        Action::Delete => ask_delete(home),
        Action::Restore => Request::Restore,
        Action::Learnings => {
            // Gathered in the background: keys still work meanwhile.
            home.gathering = true;
            home.message = Some(("Gathering the learnings of every campaign…".into(), false));
            Request::Learnings
        }
        Action::Agenda => {
            home.agenda = !home.agenda;
            Request::Redraw
        }
        Action::Up => {
            home.move_by(-1);
            Request::Redraw
        }
        Action::Down => {
            home.move_by(1);
            Request::Redraw
        }
        Action::Help => Request::Help,
        Action::Quit => Request::Quit,
        _ => Request::Nothing,
    }
}

/// A click selects the row under it (as the layout placed the table); the wheel moves the
/// selection.
pub fn mouse(home: &mut Home, mouse: MouseEvent, at: &Layout) -> Request {
    match mouse.kind {
        MouseEventKind::ScrollDown => home.move_by(1),
        MouseEventKind::ScrollUp => home.move_by(-1),
        MouseEventKind::Down(MouseButton::Left) if mouse.row >= at.first_row() && !home.agenda => {
            if let Some(index) = at.row_at(mouse.row, home.visible_len(), home.selected) {
                home.selected = index;
            }
        }
        _ => return Request::Nothing,
    }
    Request::Redraw
}

/// x: asks before a campaign goes to the trash (or unsaved work is discarded).
fn ask_delete(home: &mut Home) -> Request {
    let doomed = match home.current().map(|r| (&r.kind, r.name.clone())) {
        Some((RowKind::Unsaved(d), name)) => Some((Doomed::Draft(d.key.clone()), name)),
        Some((RowKind::Campaign { slug, .. } | RowKind::Broken { slug, .. }, name)) => {
            Some((Doomed::Campaign(slug.clone()), name))
        }
        _ => None,
    };
    match doomed {
        Some((doomed, name)) => Request::AskDelete { name, doomed },
        None => nothing_selected(home),
    }
}

fn selected_slug(home: &Home) -> Option<String> {
    match home.current().map(|r| &r.kind) {
        Some(RowKind::Campaign { slug, .. }) => Some(slug.clone()),
        _ => None,
    }
}

fn nothing_selected(home: &mut Home) -> Request {
    home.message = Some(("Select a campaign first (↑/↓).".into(), true));
    Request::Redraw
}

fn open(home: &mut Home) -> Request {
    let kind = home.current().map(|r| r.kind.clone());
    match kind {
        Some(RowKind::Campaign { slug, .. }) => Request::Open(slug),
        Some(RowKind::Unsaved(draft)) => Request::Continue(draft),
        Some(RowKind::Broken { error, .. }) => {
            home.message = Some((format!("Fix the file first: {error}"), true));
            Request::Redraw
        }
        Some(RowKind::NotCampaign) => {
            home.message = Some((
                "That folder is not a campaign (it has no campaign.toml).".into(),
                true,
            ));
            Request::Redraw
        }
        None => Request::Redraw,
    }
}

fn filter_key(home: &mut Home, action: Option<Action>, key: KeyEvent) -> Request {
    match action {
        Some(Action::Done) => home.filtering = false,
        Some(Action::Cancel) => {
            home.set_filter(String::new());
            home.filtering = false;
        }
        Some(Action::Up) => home.move_by(-1),
        Some(Action::Down) => home.move_by(1),
        Some(Action::Help) => return Request::Help,
        Some(Action::Quit) => return Request::Quit,
        _ => match key.code {
            KeyCode::Backspace => {
                let mut text = home.filter().to_string();
                text.pop();
                home.set_filter(text);
            }
            KeyCode::Char(c)
                if !key
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                let text = format!("{}{c}", home.filter());
                home.set_filter(text);
            }
            _ => return Request::Nothing,
        },
    }
    Request::Redraw
}
