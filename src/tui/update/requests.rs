//! What each request becomes: effects for the terminal loop to perform, another screen, a
//! popup. The one place where a screen's wish reaches the disk, the terminal or another
//! screen.

use super::super::app::{App, Effect, Screen};
use super::super::keymap::Context;
use super::super::popup::Popup;
use super::super::request::{Leave, Request};
use super::super::wizard::{self, Status, Wizard};
use crate::path::KeyPath;
use crate::store::{Draft, Template, shift_dates};

/// Days between today and a template's earliest date.
const TEMPLATE_LEAD_DAYS: i64 = 14;

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
    Context::StatusRows,
    Context::RowEditor,
    Context::Diagnosis,
    Context::Suggestions,
    Context::Review,
];

/// Turns a request into effects and screen changes.
pub fn perform(app: &mut App, request: Request) -> Vec<Effect> {
    match request {
        Request::Nothing => {
            app.redraw = false;
            Vec::new()
        }
        Request::Redraw | Request::Close => Vec::new(),
        Request::Quit => match app.screen {
            Screen::Wizard(_) => leave(app, Leave::Quit),
            _ => {
                app.quit = true;
                Vec::new()
            }
        },
        Request::Help => {
            app.popup = Some(Popup::Help {
                contexts: help_contexts(&app.screen),
                scroll: 0,
            });
            Vec::new()
        }
        Request::Save => save(app),
        Request::Leave(to) => leave(app, to),
        Request::SaveAndLeave(to) => match app.wizard().map(Wizard::to_fix) {
            Some(fields) if !fields.is_empty() => {
                app.popup = Some(Popup::FixFirst { to, fields });
                Vec::new()
            }
            _ => {
                app.after_save = Some(to);
                save(app)
            }
        },
        Request::LeaveNow(to) => leave_now(app, to),
        Request::LeaveKeeping(to) => leave_keeping(app, to),
        Request::Editor(text) => vec![Effect::Editor(text)],
        Request::Reason {
            chosen,
            recommended,
        } => {
            app.popup = Some(Popup::reason(chosen, recommended));
            Vec::new()
        }
        Request::ExportOpen => export_open(app),
        request => wizard_request(app, request).unwrap_or_else(|r| home_request(app, r)),
    }
}

/// The requests that change the wizard's campaign; any other comes back.
fn wizard_request(app: &mut App, request: Request) -> Result<Vec<Effect>, Request> {
    let now = app.now.clone();
    let Screen::Wizard(w) = &mut app.screen else {
        return match request {
            Request::Recover(_)
            | Request::UseSaved
            | Request::TakeUnsaved(_)
            | Request::SetReason(_)
            | Request::GoTo(_) => Ok(Vec::new()),
            other => Err(other),
        };
    };
    match request {
        Request::UseSaved => {
            w.draft_set_aside = true;
            w.status = Status::Note(
                "The saved version is open; the unsaved work stays offered until you change something."
                    .into(),
            );
            Ok(Vec::new())
        }
        Request::Recover(draft) => {
            match w.recover(&draft, &now) {
                Ok(conflicts) if conflicts.is_empty() => {
                    w.status = Status::Note(format!(
                        "Recovered the unsaved work from {} onto the files as they are now.",
                        draft.written
                    ));
                }
                Ok(conflicts) => {
                    w.status = Status::Note(format!(
                        "Recovered the unsaved work from {}; {} changed on both sides.",
                        draft.written,
                        conflicts.len()
                    ));
                    app.popup = Some(Popup::Conflict(conflicts));
                }
                Err(e) => w.status = Status::Error(e),
            }
            Ok(Vec::new())
        }
        Request::TakeUnsaved(conflict) => {
            w.take_unsaved(&conflict, &now);
            Ok(Vec::new())
        }
        Request::GoTo(path) => {
            // At a field to fix, its text is selected: typing replaces it, an arrow keeps it.
            if w.jump(&path, &now) && w.invalid.contains_key(&path.to_string()) {
                w.input.select_all();
            }
            Ok(Vec::new())
        }
        Request::SetReason(reason) => {
            wizard::update::set_reason(w, &reason, &now);
            Ok(Vec::new())
        }
        other => Err(other),
    }
}

/// The home screen's requests, and the popups it asks for.
fn home_request(app: &mut App, request: Request) -> Vec<Effect> {
    match request {
        Request::NewCampaign => {
            new_campaign(app);
            Vec::new()
        }
        Request::Templates => vec![Effect::LoadTemplates],
        Request::Open(slug) => vec![Effect::Open(slug)],
        Request::Continue(draft) => {
            continue_draft(app, &draft);
            Vec::new()
        }
        Request::Duplicate(slug) => vec![Effect::Duplicate(slug)],
        Request::Export(slug) => vec![Effect::Export(slug)],
        Request::AskDelete { name, doomed } => {
            app.popup = Some(Popup::Delete { name, doomed });
            Vec::new()
        }
        Request::Trash(slug) => vec![Effect::Trash(slug)],
        Request::Discard { key, name } => {
            app.home.message = Some((format!("Discarded the unsaved work on “{name}”."), false));
            vec![Effect::RemoveDraft(key), Effect::List]
        }
        Request::DropDraft(key) => vec![Effect::RemoveDraft(key)],
        Request::Restore => vec![Effect::RestoreLast],
        Request::Learnings => vec![Effect::Learnings],
        Request::Home => {
            app.screen = Screen::Home;
            Vec::new()
        }
        Request::FromTemplate(template) => {
            from_template(app, &template);
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// The contexts whose keys help lists for the screen.
fn help_contexts(screen: &Screen) -> Vec<Context> {
    match screen {
        Screen::Home => vec![Context::Home, Context::Filter],
        Screen::Wizard(_) => WIZARD_HELP.to_vec(),
        Screen::Learnings(_) => vec![Context::Learnings],
    }
}

/// A new, blank campaign in the wizard (`n` on the list, and `splitbrief new`).
fn new_campaign(app: &mut App) {
    let wizard = Wizard::new_campaign(&app.now, None, app.wide(), app.market.clone());
    app.screen = Screen::Wizard(Box::new(wizard));
}

/// Goes on with a new campaign's unsaved work.
fn continue_draft(app: &mut App, draft: &Draft) {
    match Wizard::from_draft(draft, &app.now, app.wide(), app.market.clone()) {
        Ok(wizard) => app.screen = Screen::Wizard(Box::new(wizard)),
        Err(e) => app.home.message = Some((e, true)),
    }
}

/// A new campaign from a template, its dates moved to start soon.
fn from_template(app: &mut App, template: &Template) {
    match template.docs() {
        Ok(mut docs) => {
            shift_dates(&mut docs, app.now.today().plus_days(TEMPLATE_LEAD_DAYS));
            docs.campaign
                .insert("created_at", toml_edit::value(app.now.created_at()));
            let wizard = Wizard::new_campaign(&app.now, Some(docs), app.wide(), app.market.clone());
            app.screen = Screen::Wizard(Box::new(wizard));
        }
        Err(e) => app.home.message = Some((e.to_string(), true)),
    }
}

/// Exports the wizard's campaign once it is saved.
fn export_open(app: &mut App) -> Vec<Effect> {
    match &mut app.screen {
        Screen::Wizard(w) if w.slug.is_some() && !w.dirty() => {
            w.slug.clone().map(Effect::Export).into_iter().collect()
        }
        Screen::Wizard(w) => {
            w.status = Status::Note("Save first (Ctrl-S), then export.".into());
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// Saves the wizard's campaign; a campaign without a name is sent to its name field.
fn save(app: &mut App) -> Vec<Effect> {
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
fn leave(app: &mut App, to: Leave) -> Vec<Effect> {
    match app.wizard() {
        Some(w) if w.dirty() && !w.read_only => {
            app.popup = Some(Popup::Leave(to));
            Vec::new()
        }
        _ => leave_now(app, to),
    }
}

/// Leaves the wizard with its unsaved work written to the draft, to be offered back.
fn leave_keeping(app: &mut App, to: Leave) -> Vec<Effect> {
    let now = app.now.clone();
    let mut effects = Vec::new();
    if let Screen::Wizard(w) = &mut app.screen
        && w.has_unsaved_work()
    {
        w.draft_due = false;
        effects.push(Effect::WriteDraft(Box::new(w.draft(&now))));
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

/// Leaves the wizard now (the draft goes: it is saved, or discarded).
pub(super) fn leave_now(app: &mut App, to: Leave) -> Vec<Effect> {
    let mut effects = Vec::new();
    if let Some(w) = app.wizard()
        && (!w.draft_set_aside || w.dirty())
    {
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
