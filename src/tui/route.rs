//! Where a message goes: the popup first, then the screen; and what the wizard's requests
//! (save, leave, help, editor) become. Still pure: effects are returned, not performed.

mod home;
mod popups;

use crossterm::event::{KeyEvent, MouseButton, MouseEvent, MouseEventKind};

use super::app::{App, Effect, Saved, Screen};
use super::keymap::{self, Action, Context};
use super::popup::Popup;
use super::wizard::{self, Leave, Status, Wizard, update::Request};
use crate::path::KeyPath;
use crate::store::{Draft, Loaded};

/// Every context of the wizard screen, for help.
const WIZARD_HELP: &[Context] = &[
    Context::Wizard,
    Context::Text,
    Context::LongText,
    Context::Number,
    Context::Date,
    Context::Choice,
    Context::ManyOf,
    Context::List,
    Context::ListItem,
    Context::Rows,
    Context::RowEditor,
    Context::Diagnosis,
    Context::Review,
];

/// The contexts whose keys help lists for the current screen.
pub(super) fn help_contexts(app: &App) -> Vec<Context> {
    match &app.screen {
        Screen::Home => vec![Context::Home, Context::Filter],
        Screen::Wizard(_) => WIZARD_HELP.to_vec(),
        Screen::Learnings { .. } => vec![Context::Learnings],
    }
}

pub(super) fn key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    if app.too_small() {
        return match keymap::lookup(&[Context::TooSmall], &key) {
            Some(Action::Quit) => quit(app),
            _ => idle(app),
        };
    }
    if let Some(popup) = app.popup.take() {
        return popups::key(app, popup, key);
    }
    let (size, now) = (app.size, app.now.clone());
    match &mut app.screen {
        Screen::Home => home::key(app, key),
        Screen::Learnings { .. } => home::learnings_key(app, key),
        Screen::Wizard(w) => {
            let request = wizard::update(w, key, size, &now);
            request_effects(app, request)
        }
    }
}

fn idle(app: &mut App) -> Vec<Effect> {
    app.redraw = false;
    Vec::new()
}

fn quit(app: &mut App) -> Vec<Effect> {
    match &app.screen {
        Screen::Wizard(_) => leave(app, Leave::Quit),
        _ => {
            app.quit = true;
            Vec::new()
        }
    }
}

/// What a wizard request becomes.
pub(super) fn request_effects(app: &mut App, request: Request) -> Vec<Effect> {
    match request {
        Request::Nothing => idle(app),
        Request::Redraw => Vec::new(),
        Request::Save => save(app),
        Request::Leave(to) => leave(app, to),
        Request::Help => {
            app.popup = Some(Popup::Help {
                contexts: help_contexts(app),
                scroll: 0,
            });
            Vec::new()
        }
        Request::Editor(text) => vec![Effect::Editor(text)],
        Request::Reason {
            chosen,
            recommended,
        } => {
            app.popup = Some(Popup::reason(chosen, recommended));
            Vec::new()
        }
        Request::Export => match app.wizard() {
            Some(w) if w.slug.is_some() && !w.dirty() => {
                w.slug.clone().map(Effect::Export).into_iter().collect()
            }
            _ => {
                set_status(
                    app,
                    Status::Note("Save first (Ctrl-S), then export.".into()),
                );
                Vec::new()
            }
        },
    }
}

fn set_status(app: &mut App, status: Status) {
    if let Screen::Wizard(w) = &mut app.screen {
        w.status = status;
    }
}

/// Saves the wizard's campaign; a campaign without a name is sent to its name field.
pub(super) fn save(app: &mut App) -> Vec<Effect> {
    let now = app.now.clone();
    let Screen::Wizard(w) = &mut app.screen else {
        return Vec::new();
    };
    if w.name().trim().is_empty() {
        app.after_save = None;
        if let Ok(path) = KeyPath::parse("campaign.name") {
            w.jump(&path, &now);
        }
        w.status = Status::Error("Give the campaign a name first; it names the folder.".into());
        return Vec::new();
    }
    vec![Effect::Save {
        slug: w.slug.clone(),
        docs: Box::new(w.docs.clone()),
        read: w.read.clone(),
    }]
}

/// Leaves the wizard, asking first when something is unsaved.
pub(super) fn leave(app: &mut App, to: Leave) -> Vec<Effect> {
    match app.wizard() {
        Some(w) if w.dirty() && !w.read_only => {
            app.popup = Some(Popup::Leave(to));
            Vec::new()
        }
        _ => finish_leave(app, to),
    }
}

/// Leaves the wizard now (the draft goes: it is saved, or discarded).
pub(super) fn finish_leave(app: &mut App, to: Leave) -> Vec<Effect> {
    let mut effects = Vec::new();
    if let Some(w) = app.wizard() {
        effects.push(Effect::RemoveDraft(w.draft_key.clone()));
    }
    match to {
        Leave::Quit => app.quit = true,
        Leave::Home => {
            app.screen = Screen::Home;
            effects.push(Effect::List);
        }
    }
    effects
}

pub(super) fn saved(app: &mut App, result: Result<Saved, String>) -> Vec<Effect> {
    let now = app.now.clone();
    let Screen::Wizard(w) = &mut app.screen else {
        return Vec::new();
    };
    let saved = match result {
        Ok(saved) => saved,
        Err(e) => {
            app.after_save = None;
            w.status = Status::Error(e);
            return Vec::new();
        }
    };
    let old_key = std::mem::replace(&mut w.draft_key, saved.slug.clone());
    w.slug = Some(saved.slug);
    w.docs = *saved.docs;
    w.refresh(&now);
    w.read = Some(w.derived.texts.clone());
    w.saved = w.derived.texts.clone();
    w.status = Status::Saved(now.hhmm());
    w.draft_due = false;
    let mut effects = vec![Effect::RemoveDraft(old_key)];
    if !w.invalid.is_empty() {
        effects.push(Effect::WriteDraft(Box::new(draft_of(w, &now))));
    }
    if let Some(to) = app.after_save.take() {
        effects.extend(finish_leave(app, to));
    }
    effects
}

/// The unsaved work of the wizard as a draft.
fn draft_of(w: &Wizard, now: &crate::tui::clock::Now) -> Draft {
    Draft {
        key: w.draft_key.clone(),
        slug: w.slug.clone(),
        written: now.minute(),
        texts: w.derived.texts.clone(),
        pending: w
            .invalid
            .iter()
            .map(|(k, v)| (k.clone(), v.text.clone()))
            .collect(),
    }
}

pub(super) fn tick(app: &mut App) -> Vec<Effect> {
    let now = app.now.clone();
    app.redraw = false;
    let Screen::Wizard(w) = &mut app.screen else {
        return Vec::new();
    };
    if !w.draft_due {
        return Vec::new();
    }
    w.draft_due = false;
    if w.dirty() {
        vec![Effect::WriteDraft(Box::new(draft_of(w, &now)))]
    } else {
        vec![Effect::RemoveDraft(w.draft_key.clone())]
    }
}

pub(super) fn opened(
    app: &mut App,
    result: Result<(Box<Loaded>, Option<Draft>), String>,
) -> Vec<Effect> {
    let (loaded, draft) = match result {
        Ok(found) => found,
        Err(e) => {
            app.home.message = Some((e, true));
            app.screen = Screen::Home;
            return vec![Effect::List];
        }
    };
    let wizard = Wizard::open(*loaded, app.wide(), &app.now, app.market.clone());
    let mut effects = Vec::new();
    match draft {
        Some(d) if d.texts != wizard.derived.texts || !d.pending.is_empty() => {
            app.popup = Some(Popup::Recover(Box::new(d)));
        }
        Some(d) => effects.push(Effect::RemoveDraft(d.key)),
        None => {}
    }
    app.screen = Screen::Wizard(Box::new(wizard));
    effects
}

/// Opens a campaign another window has open: read-only, its draft left to that window.
pub(super) fn opened_read_only(app: &mut App, loaded: Loaded) -> Vec<Effect> {
    let mut wizard = Wizard::open(loaded, app.wide(), &app.now, app.market.clone());
    wizard.read_only = true;
    wizard.status = Status::Note(wizard::READ_ONLY.into());
    app.screen = Screen::Wizard(Box::new(wizard));
    Vec::new()
}

pub(super) fn edited(app: &mut App, result: Result<String, String>) -> Vec<Effect> {
    let now = app.now.clone();
    if let Screen::Wizard(w) = &mut app.screen {
        match result {
            Ok(text) => wizard::update::edited(w, &text, &now),
            Err(e) => w.status = Status::Error(e),
        }
    }
    Vec::new()
}

pub(super) fn paste(app: &mut App, text: &str) -> Vec<Effect> {
    let now = app.now.clone();
    match (&mut app.popup, &mut app.screen) {
        (Some(Popup::Reason { input, .. }), _) => {
            input.insert_str(text.replace(['\n', '\r'], " "));
            Vec::new()
        }
        (None, Screen::Wizard(w)) => {
            let request = wizard::update::paste(w, text, &now);
            request_effects(app, request)
        }
        (None, Screen::Home) if app.home.filtering => {
            let text = format!("{}{}", app.home.filter(), text.trim());
            app.home.set_filter(text);
            Vec::new()
        }
        _ => idle(app),
    }
}

pub(super) fn mouse(app: &mut App, mouse: MouseEvent) -> Vec<Effect> {
    let (size, now) = (app.size, app.now.clone());
    let (col, row) = (mouse.column, mouse.row);
    if app.too_small() {
        return idle(app);
    }
    let down = match mouse.kind {
        MouseEventKind::ScrollDown => Some(true),
        MouseEventKind::ScrollUp => Some(false),
        _ => None,
    };
    match (&mut app.popup, &mut app.screen) {
        (Some(Popup::Help { scroll, .. }), _) => match down {
            Some(d) => wheel(scroll, d),
            None => idle(app),
        },
        (Some(_), _) => idle(app),
        (None, Screen::Home) => home::mouse(app, mouse),
        (None, Screen::Learnings { scroll, .. }) => match down {
            Some(d) => wheel(scroll, d),
            None => idle(app),
        },
        (None, Screen::Wizard(w)) => {
            let clicked = matches!(mouse.kind, MouseEventKind::Down(MouseButton::Left));
            if let (true, Some(step)) = (clicked, wizard::view::step_at(w, size, col, row)) {
                wizard::update::go_to_step(w, step, size, &now);
                return Vec::new();
            }
            match down {
                Some(d) if wizard::view::over_pane(w, size, col, row) => {
                    wizard::update::scroll_fields(w, d, size, &now);
                    Vec::new()
                }
                _ => idle(app),
            }
        }
    }
}

/// One wheel notch: two lines down or up.
fn wheel(scroll: &mut u16, down: bool) -> Vec<Effect> {
    *scroll = if down {
        scroll.saturating_add(2)
    } else {
        scroll.saturating_sub(2)
    };
    Vec::new()
}
