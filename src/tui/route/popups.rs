//! Keys in popups. A popup is taken out of the app while its key is handled and put back
//! unless the key closes it.

use crossterm::event::{KeyCode, KeyEvent};

use super::{finish_leave, idle, save};
use crate::store::{Draft, shift_dates};
use crate::tui::app::{App, Effect, Screen};
use crate::tui::keymap::{self, Action};
use crate::tui::popup::{Doomed, Popup};
use crate::tui::wizard::{self, Wizard};

/// Days between today and a template's earliest date.
const TEMPLATE_LEAD_DAYS: i64 = 14;

pub(super) fn key(app: &mut App, popup: Popup, key: KeyEvent) -> Vec<Effect> {
    let action = keymap::lookup(&[popup.context()], &key);
    match popup {
        Popup::Help { contexts, scroll } => {
            let scroll = match action {
                Some(Action::Back) => return Vec::new(),
                Some(Action::Up) => scroll.saturating_sub(3),
                Some(Action::Down) => scroll.saturating_add(3),
                _ => scroll,
            };
            app.popup = Some(Popup::Help { contexts, scroll });
            Vec::new()
        }
        Popup::Leave(to) => match action {
            Some(Action::Save) => {
                app.after_save = Some(to);
                save(app)
            }
            Some(Action::Discard) => finish_leave(app, to),
            Some(Action::Cancel) => Vec::new(),
            _ => keep(app, Popup::Leave(to)),
        },
        Popup::Delete { name, doomed } => delete(app, name, doomed, action),
        Popup::Templates { list, cursor } => templates(app, list, cursor, action),
        Popup::Recover(draft) => recover(app, draft, action),
        Popup::Conflict(conflicts) => conflict(app, conflicts, action),
        Popup::Reason {
            chosen,
            recommended,
            input,
        } => reason(
            app,
            Popup::Reason {
                chosen,
                recommended,
                input,
            },
            action,
            key,
        ),
    }
}

fn delete(app: &mut App, name: String, doomed: Doomed, action: Option<Action>) -> Vec<Effect> {
    match (action, doomed) {
        (Some(Action::Yes), Doomed::Campaign(slug)) => vec![Effect::Trash(slug)],
        (Some(Action::Yes), Doomed::Draft(key)) => {
            app.home.message = Some((format!("Discarded the unsaved work on “{name}”."), false));
            vec![Effect::RemoveDraft(key), Effect::List]
        }
        (Some(Action::No), _) => Vec::new(),
        (_, doomed) => keep(app, Popup::Delete { name, doomed }),
    }
}

fn recover(app: &mut App, draft: Box<Draft>, action: Option<Action>) -> Vec<Effect> {
    let now = app.now.clone();
    match (action, &mut app.screen) {
        (Some(Action::Recover), Screen::Wizard(w)) => {
            match w.recover(&draft, &now) {
                Ok(conflicts) if conflicts.is_empty() => {
                    w.status = wizard::Status::Note(format!(
                        "Recovered the unsaved work from {} onto the files as they are now.",
                        draft.written
                    ));
                }
                Ok(conflicts) => {
                    w.status = wizard::Status::Note(format!(
                        "Recovered the unsaved work from {}; {} changed on both sides.",
                        draft.written,
                        conflicts.len()
                    ));
                    app.popup = Some(Popup::Conflict(conflicts));
                }
                Err(e) => w.status = wizard::Status::Error(e),
            }
            Vec::new()
        }
        (Some(Action::Discard), _) => vec![Effect::RemoveDraft(draft.key.clone())],
        (Some(Action::Cancel), _) => Vec::new(),
        _ => keep(app, Popup::Recover(draft)),
    }
}

/// One key changed on both sides: keep the file's value or take the unsaved one; Esc keeps
/// the file's for all that are left.
fn conflict(
    app: &mut App,
    mut conflicts: Vec<crate::doc::Conflict>,
    action: Option<Action>,
) -> Vec<Effect> {
    let now = app.now.clone();
    match action {
        Some(Action::Yes) => {
            if let (Screen::Wizard(w), false) = (&mut app.screen, conflicts.is_empty()) {
                let taken = conflicts.remove(0);
                w.take_unsaved(&taken, &now);
            }
        }
        Some(Action::No) if !conflicts.is_empty() => {
            conflicts.remove(0);
        }
        Some(Action::Cancel) => conflicts.clear(),
        _ => {}
    }
    if conflicts.is_empty() {
        return Vec::new();
    }
    keep(app, Popup::Conflict(conflicts))
}

/// The reason popup: Enter keeps the typed reason, Esc skips, other keys are typed.
fn reason(app: &mut App, popup: Popup, action: Option<Action>, key: KeyEvent) -> Vec<Effect> {
    let Popup::Reason {
        chosen,
        recommended,
        mut input,
    } = popup
    else {
        return Vec::new();
    };
    let now = app.now.clone();
    match action {
        Some(Action::Done) => {
            let text = input.lines().join(" ");
            if let Screen::Wizard(w) = &mut app.screen {
                wizard::update::set_reason(w, text.trim(), &now);
            }
        }
        Some(Action::Cancel) => {}
        _ => {
            if key.code != KeyCode::Enter {
                input.input(key);
            }
            app.popup = Some(Popup::Reason {
                chosen,
                recommended,
                input,
            });
        }
    }
    Vec::new()
}

fn keep(app: &mut App, popup: Popup) -> Vec<Effect> {
    app.popup = Some(popup);
    idle(app)
}

fn templates(
    app: &mut App,
    list: Vec<crate::store::Template>,
    cursor: usize,
    action: Option<Action>,
) -> Vec<Effect> {
    let last = list.len().saturating_sub(1);
    match action {
        Some(Action::Up) => {
            app.popup = Some(Popup::Templates {
                list,
                cursor: cursor.saturating_sub(1),
            })
        }
        Some(Action::Down) => {
            app.popup = Some(Popup::Templates {
                list,
                cursor: (cursor + 1).min(last),
            })
        }
        Some(Action::Cancel) => {}
        Some(Action::Accept) => {
            let Some(template) = list.get(cursor) else {
                return Vec::new();
            };
            match template.docs() {
                Ok(mut docs) => {
                    shift_dates(&mut docs, app.now.today().plus_days(TEMPLATE_LEAD_DAYS));
                    docs.campaign
                        .insert("created_at", toml_edit::value(app.now.created_at()));
                    let wizard =
                        Wizard::new_campaign(&app.now, Some(docs), app.wide(), app.market.clone());
                    app.screen = Screen::Wizard(Box::new(wizard));
                }
                Err(e) => app.home.message = Some((e.to_string(), true)),
            }
        }
        _ => return keep(app, Popup::Templates { list, cursor }),
    }
    Vec::new()
}
