//! The top level of the app's state machine: `update(&mut App, Msg) -> Vec<Effect>` is pure
//! (no disk, no terminal, no clock: the time arrives in `App::now`). A message goes to the
//! popup first, then the screen; each answers with a `Request`, and this module alone turns
//! requests into effects and screen changes.

mod requests;

use crossterm::event::{KeyEvent, KeyEventKind, MouseEvent};
use ratatui::layout::Rect;

use super::app::{App, Effect, Listing, Msg, Saved, Screen};
use super::keymap::{self, Action, Context};
use super::learnings::Learnings;
use super::popup::{self, Popup};
use super::request::Request;
use super::{home, learnings, wizard};
use crate::store::{Draft, Loaded};

pub(crate) use requests::perform;

/// Handles one message.
pub fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
    // Another window owns a read-only campaign and its draft: nothing is written from here,
    // not even on the way out.
    let read_only = app.wizard().is_some_and(|w| w.read_only);
    let mut effects = dispatch(app, msg);
    ask_past_hooks(app, &mut effects);
    // A listing asked for is under way from now: the loop keeps reading its mailbox (the
    // listing says it started from another thread, possibly after the loop went to sleep,
    // and a campaign just saved then stayed off the list until the next key).
    if effects.iter().any(|e| matches!(e, Effect::List)) {
        app.home.loading = true;
    }
    if read_only {
        let before = effects.len();
        effects.retain(|e| {
            !matches!(
                e,
                Effect::Save { .. } | Effect::WriteDraft(_) | Effect::RemoveDraft(_)
            )
        });
        if let Screen::Wizard(w) = &mut app.screen
            && w.read_only
        {
            w.draft_due = false;
            if effects.len() < before {
                w.status = wizard::Status::Error(wizard::READ_ONLY.into());
                app.after_save = None;
            }
        }
    }
    effects
}

/// A content list with a niche but no past hooks for it yet asks for them once.
fn ask_past_hooks(app: &mut App, effects: &mut Vec<Effect>) {
    if let Screen::Wizard(w) = &mut app.screen
        && let Some(niche) = w.hooks_wanted()
    {
        w.past = Some(wizard::PastHooks {
            niche: niche.clone(),
            list: Vec::new(),
        });
        effects.push(Effect::PastHooks {
            niche,
            except: w.slug.clone(),
        });
    }
}

fn dispatch(app: &mut App, msg: Msg) -> Vec<Effect> {
    app.redraw = true;
    match msg {
        Msg::Key(key) if key.kind == KeyEventKind::Release => {
            app.redraw = false;
            Vec::new()
        }
        Msg::Key(key) => self::key(app, key),
        Msg::Mouse(mouse) => self::mouse(app, mouse),
        Msg::Resize(w, h) => {
            app.size = (w, h);
            let area = area(app);
            if let Screen::Wizard(wizard) = &mut app.screen {
                wizard::update::keep_visible(wizard, area);
            }
            Vec::new()
        }
        Msg::Paste(text) => paste(app, &text),
        Msg::Tick => tick(app),
        Msg::Listed { entries, drafts } => {
            app.home.fill(entries, drafts, &app.now, &app.market);
            Vec::new()
        }
        Msg::Sent(snapshot) => {
            if let Screen::Wizard(w) = &mut app.screen {
                w.sent = snapshot;
            }
            Vec::new()
        }
        Msg::Listing(part) => {
            listing(app, part);
            Vec::new()
        }
        Msg::Learned(result) => {
            learned(app, result);
            Vec::new()
        }
        Msg::PastHooks { niche, found } => {
            if let Screen::Wizard(w) = &mut app.screen {
                w.took_past_hooks(niche, found);
            }
            Vec::new()
        }
        Msg::Opened(result) => opened(app, result),
        Msg::OpenedReadOnly(loaded) => opened_read_only(app, *loaded),
        Msg::Saved(result) => saved(app, result),
        Msg::Did(result) => did(app, result),
        Msg::Templates(list) => {
            app.popup = Some(Popup::Templates { list, cursor: 0 });
            Vec::new()
        }
        Msg::Edited(result) => edited(app, result),
    }
}

/// A home action or an export ended: the wizard says so on its status line (and reads what
/// was sent again); home shows the message and lists the campaigns again.
fn did(app: &mut App, result: Result<super::app::Done, String>) -> Vec<Effect> {
    if let Screen::Wizard(w) = &mut app.screen {
        let sent = result.is_ok();
        w.status = match result {
            Ok(done) => {
                // The export set brief_sent in the files: the open campaign takes them.
                if let Some(texts) = &done.reloaded
                    && w.slug.is_some()
                    && w.slug == done.select
                {
                    w.reload(texts, &app.now);
                }
                wizard::Status::Note(done.message)
            }
            Err(e) => wizard::Status::Error(e),
        };
        return w
            .slug
            .clone()
            .filter(|_| sent)
            .map(Effect::LoadSent)
            .into_iter()
            .collect();
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

/// Part of a listing read in the background.
fn listing(app: &mut App, part: Listing) {
    match part {
        Listing::Started {
            job,
            folders,
            drafts,
        } => app.home.listing_started(job, folders, drafts),
        Listing::Rows { job, rows } => app.home.listing_rows(job, &rows, &app.now),
        Listing::Ended { job, error } => app.home.listing_ended(job, error),
    }
}

/// The learnings gathered in the background: their screen opens where the user still is
/// (a screen opened meanwhile is left alone).
fn learned(app: &mut App, result: Result<Vec<crate::practice::NicheLearnings>, String>) {
    app.home.gathering = false;
    app.home.message = None;
    match result {
        Ok(niches) if matches!(app.screen, Screen::Home) && app.popup.is_none() => {
            app.screen = Screen::Learnings(Learnings::new(niches));
        }
        Ok(_) => {}
        Err(e) => app.home.message = Some((e, true)),
    }
}

/// The whole window, where the screens are laid out.
fn area(app: &App) -> Rect {
    Rect::new(0, 0, app.size.0, app.size.1)
}

fn key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    if app.too_small() {
        let request = match keymap::lookup(&[Context::TooSmall], &key) {
            Some(Action::Quit) => Request::Quit,
            _ => Request::Nothing,
        };
        return perform(app, request);
    }
    if let Some(popup) = &mut app.popup {
        let request = popup::update::update(popup, key);
        return from_popup(app, request);
    }
    let (area, now) = (area(app), app.now.clone());
    let request = match &mut app.screen {
        Screen::Home => home::update::update(&mut app.home, key),
        Screen::Learnings(state) => learnings::update::update(state, key),
        Screen::Wizard(w) => wizard::update(w, key, area, &now),
    };
    perform(app, request)
}

/// A popup's request: the popup closes when the request says so or nothing is left to ask.
fn from_popup(app: &mut App, request: Request) -> Vec<Effect> {
    let finished = app.popup.as_ref().is_some_and(Popup::finished);
    if request.closes_popup() || finished {
        app.popup = None;
    }
    perform(app, request)
}

fn mouse(app: &mut App, mouse: MouseEvent) -> Vec<Effect> {
    if app.too_small() {
        return perform(app, Request::Nothing);
    }
    let (area, now) = (area(app), app.now.clone());
    let request = match (&mut app.popup, &mut app.screen) {
        (Some(popup), _) => popup::update::mouse(popup, mouse),
        (None, Screen::Home) => {
            let at = home::layout::layout(area, &app.home);
            home::update::mouse(&mut app.home, mouse, &at)
        }
        (None, Screen::Learnings(state)) => learnings::update::mouse(state, mouse),
        (None, Screen::Wizard(w)) => wizard::update::mouse(w, mouse, area, &now),
    };
    perform(app, request)
}

fn paste(app: &mut App, text: &str) -> Vec<Effect> {
    let now = app.now.clone();
    let request = match (&mut app.popup, &mut app.screen) {
        (Some(Popup::Reason { input, .. }), _) => {
            input.insert_str(text.replace(['\n', '\r'], " "));
            Request::Redraw
        }
        (None, Screen::Wizard(w)) => wizard::update::paste(w, text, &now),
        (None, Screen::Home) if app.home.filtering => {
            let text = format!("{}{}", app.home.filter(), text.trim());
            app.home.set_filter(text);
            Request::Redraw
        }
        _ => Request::Nothing,
    };
    perform(app, request)
}

fn tick(app: &mut App) -> Vec<Effect> {
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
        // New unsaved work replaces a draft set aside.
        w.draft_set_aside = false;
        vec![Effect::WriteDraft(Box::new(w.draft(&now)))]
    } else if w.draft_set_aside {
        Vec::new()
    } else {
        vec![Effect::RemoveDraft(w.draft_key.clone())]
    }
}

fn saved(app: &mut App, result: Result<Saved, String>) -> Vec<Effect> {
    let now = app.now.clone();
    let Screen::Wizard(w) = &mut app.screen else {
        return Vec::new();
    };
    let saved = match result {
        Ok(saved) => saved,
        Err(e) => {
            app.after_save = None;
            w.status = wizard::Status::Error(e);
            return Vec::new();
        }
    };
    let old_key = w.apply_saved(saved.slug, *saved.docs, &now);
    let mut effects = vec![Effect::RemoveDraft(old_key)];
    if !w.invalid.is_empty() {
        effects.push(Effect::WriteDraft(Box::new(w.draft(&now))));
        // Say what was not saved: typed text that does not fit stays in its field.
        let fields: Vec<String> = w
            .to_fix()
            .iter()
            .map(|f| format!("{} (step {})", f.label, f.step + 1))
            .collect();
        w.status = wizard::Status::Note(format!(
            "Saved at {}, except {}: fix it to save it; what you typed is kept.",
            now.hhmm(),
            fields.join(", ")
        ));
    }
    if let Some(to) = app.after_save.take() {
        effects.extend(requests::leave_now(app, to));
    }
    effects
}

fn opened(app: &mut App, result: Result<(Box<Loaded>, Option<Draft>), String>) -> Vec<Effect> {
    let (loaded, draft) = match result {
        Ok(found) => found,
        Err(e) => {
            app.home.message = Some((e, true));
            app.screen = Screen::Home;
            return vec![Effect::List];
        }
    };
    let wizard = wizard::Wizard::open(*loaded, app.wide(), &app.now, app.market.clone());
    let mut effects: Vec<Effect> = wizard
        .slug
        .clone()
        .map(Effect::LoadSent)
        .into_iter()
        .collect();
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
fn opened_read_only(app: &mut App, loaded: Loaded) -> Vec<Effect> {
    let mut wizard = wizard::Wizard::open(loaded, app.wide(), &app.now, app.market.clone());
    wizard.read_only = true;
    wizard.status = wizard::Status::Note(wizard::READ_ONLY.into());
    app.screen = Screen::Wizard(Box::new(wizard));
    Vec::new()
}

fn edited(app: &mut App, result: Result<String, String>) -> Vec<Effect> {
    let now = app.now.clone();
    if let Screen::Wizard(w) = &mut app.screen {
        match result {
            Ok(text) => wizard::update::edited(w, &text, &now),
            Err(e) => w.status = wizard::Status::Error(e),
        }
    }
    Vec::new()
}
