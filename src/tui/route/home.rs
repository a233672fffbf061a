//! Keys and mouse on the home screen and the learnings screen.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

use super::{help_contexts, idle};
use crate::tui::app::{App, Effect, Screen};
use crate::tui::home::{RowKind, view::FIRST_ROW};
use crate::tui::keymap::{self, Action, Context};
use crate::tui::popup::{Doomed, Popup};
use crate::tui::wizard::Wizard;

pub(super) fn key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let contexts = crate::tui::home::view::contexts(&app.home);
    let action = keymap::lookup(&contexts, &key);
    if app.home.filtering {
        return filter_key(app, action, key);
    }
    let Some(action) = action else {
        return idle(app);
    };
    app.home.message = None;
    match action {
        Action::New => {
            let wizard = Wizard::new_campaign(&app.now, None, app.wide(), app.market.clone());
            app.screen = Screen::Wizard(Box::new(wizard));
            Vec::new()
        }
        Action::NewFromTemplate => vec![Effect::LoadTemplates],
        Action::Open => open(app),
        Action::Filter => {
            app.home.filtering = true;
            Vec::new()
        }
        Action::Duplicate | Action::Export => match selected_slug(app) {
            Some(slug) if action == Action::Duplicate => vec![Effect::Duplicate(slug)],
            Some(slug) => vec![Effect::Export(slug)],
            None => nothing_selected(app),
        },
        Action::Delete => ask_delete(app),
        Action::Restore => vec![Effect::RestoreLast],
        Action::Learnings => {
            // Gathered in the background: keys still work meanwhile.
            app.home.gathering = true;
            app.home.message = Some(("Gathering the learnings of every campaign…".into(), false));
            vec![Effect::Learnings]
        }
        Action::Up => {
            app.home.move_by(-1);
            Vec::new()
        }
        Action::Down => {
            app.home.move_by(1);
            Vec::new()
        }
        Action::Help => {
            app.popup = Some(Popup::Help {
                contexts: help_contexts(app),
                scroll: 0,
            });
            Vec::new()
        }
        Action::Quit => {
            app.quit = true;
            Vec::new()
        }
        _ => idle(app),
    }
}

/// x: asks before a campaign goes to the trash (or unsaved work is discarded).
fn ask_delete(app: &mut App) -> Vec<Effect> {
    let doomed = match app.home.current().map(|r| (&r.kind, r.name.clone())) {
        Some((RowKind::Unsaved(d), name)) => Some((Doomed::Draft(d.key.clone()), name)),
        Some((RowKind::Campaign { slug, .. } | RowKind::Broken { slug, .. }, name)) => {
            Some((Doomed::Campaign(slug.clone()), name))
        }
        _ => None,
    };
    match doomed {
        Some((doomed, name)) => {
            app.popup = Some(Popup::Delete { name, doomed });
            Vec::new()
        }
        None => nothing_selected(app),
    }
}

fn selected_slug(app: &App) -> Option<String> {
    match app.home.current().map(|r| &r.kind) {
        Some(RowKind::Campaign { slug, .. }) => Some(slug.clone()),
        _ => None,
    }
}

fn nothing_selected(app: &mut App) -> Vec<Effect> {
    app.home.message = Some(("Select a campaign first (↑/↓).".into(), true));
    Vec::new()
}

fn open(app: &mut App) -> Vec<Effect> {
    let kind = app.home.current().map(|r| r.kind.clone());
    match kind {
        Some(RowKind::Campaign { slug, .. }) => vec![Effect::Open(slug)],
        Some(RowKind::Unsaved(draft)) => {
            let mut wizard = Wizard::new_campaign(&app.now, None, app.wide(), app.market.clone());
            wizard.draft_key = draft.key.clone();
            match wizard.recover(&draft, &app.now) {
                Ok(()) => {
                    wizard.saved = [None, None, None];
                    app.screen = Screen::Wizard(Box::new(wizard));
                }
                Err(e) => app.home.message = Some((e, true)),
            }
            Vec::new()
        }
        Some(RowKind::Broken { error, .. }) => {
            app.home.message = Some((format!("Fix the file first: {error}"), true));
            Vec::new()
        }
        Some(RowKind::NotCampaign) => {
            app.home.message = Some((
                "That folder is not a campaign (it has no campaign.toml).".into(),
                true,
            ));
            Vec::new()
        }
        None => Vec::new(),
    }
}

fn filter_key(app: &mut App, action: Option<Action>, key: KeyEvent) -> Vec<Effect> {
    let home = &mut app.home;
    match action {
        Some(Action::Done) => home.filtering = false,
        Some(Action::Cancel) => {
            home.set_filter(String::new());
            home.filtering = false;
        }
        Some(Action::Up) => home.move_by(-1),
        Some(Action::Down) => home.move_by(1),
        Some(Action::Help) => {
            app.popup = Some(Popup::Help {
                contexts: help_contexts(app),
                scroll: 0,
            })
        }
        Some(Action::Quit) => app.quit = true,
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
            _ => return idle(app),
        },
    }
    Vec::new()
}

pub(super) fn mouse(app: &mut App, mouse: MouseEvent) -> Vec<Effect> {
    match mouse.kind {
        MouseEventKind::ScrollDown => app.home.move_by(1),
        MouseEventKind::ScrollUp => app.home.move_by(-1),
        MouseEventKind::Down(MouseButton::Left) if mouse.row >= FIRST_ROW => {
            // The list may be scrolled: the row is found as the frame drew it.
            if let Some(index) = crate::tui::home::view::row_at(&app.home, app.size, mouse.row) {
                app.home.selected = index;
            }
        }
        _ => return idle(app),
    }
    Vec::new()
}

pub(super) fn learnings_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let Screen::Learnings { scroll, .. } = &mut app.screen else {
        return Vec::new();
    };
    match keymap::lookup(&[Context::Learnings], &key) {
        Some(Action::Back) => app.screen = Screen::Home,
        Some(Action::Up) => *scroll = scroll.saturating_sub(1),
        Some(Action::Down) => *scroll = scroll.saturating_add(1),
        Some(Action::Help) => {
            app.popup = Some(Popup::Help {
                contexts: help_contexts(app),
                scroll: 0,
            })
        }
        Some(Action::Quit) => app.quit = true,
        _ => return idle(app),
    }
    Vec::new()
}
