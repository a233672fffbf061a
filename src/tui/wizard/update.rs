//! The wizard's intents: a key becomes an action through the keymap (app keys first), or is
//! typed into the focused editor; a click on the step list goes to that step and the wheel
//! over the fields moves between them. What needs the rest of the app (save, leave, help,
//! the external editor, a question) comes back as a request. The mouse and the scrolling
//! read the wizard's `layout`, the one the view draws with.

use crossterm::event::{KeyEvent, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Rect;

use super::input::{Input, Outcome};
use super::layout::layout;
use super::review::ReviewTarget;
use super::{ShownFinding, Status, Wizard};
use crate::brief::FileKind;
use crate::form::StepKind;
use crate::path::KeyPath;
use crate::practice::Severity;
use crate::tui::clock::Now;
use crate::tui::keymap::{self, Action, Context};
use crate::tui::request::{Leave, Request};
use crate::tui::rules::Checks;

impl Wizard {
    /// The keymap contexts in the order keys are looked up.
    pub(crate) fn contexts(&self) -> Vec<Context> {
        let mut out = Vec::new();
        if self.input.is_editing_item() {
            out.push(Context::ListItem);
        }
        if self.row.is_some() {
            out.push(Context::RowEditor);
        }
        if self.takes_suggestions() && !self.suggestions().is_empty() {
            out.push(Context::Suggestions);
        }
        out.push(Context::Wizard);
        match self.current_step().kind {
            // Enter decides the type: on a question it keeps or frees the recommendation,
            // on the type choice itself it keeps the highlighted type as the pick.
            StepKind::Diagnosis if !matches!(self.input, Input::Lines(_)) => {
                out.push(Context::Diagnosis)
            }
            StepKind::Review => out.push(Context::Review),
            _ => {}
        }
        if let Some(context) = self.input.context()
            && context != Context::ListItem
        {
            out.push(context);
            // Only deliverables and posts move through statuses (briefed, draft in, live…).
            let has_status = self.focused().is_some_and(|f| {
                matches!(
                    f.path.to_string().as_str(),
                    "creator.deliverables" | "influencer.posts"
                )
            });
            if context == Context::Rows && has_status {
                out.push(Context::StatusRows);
            }
        }
        if self.input.is_typing() {
            out.push(Context::Text);
        }
        out
    }
}

/// Handles a key in the wizard drawn in `area`.
pub fn update(w: &mut Wizard, key: KeyEvent, area: Rect, now: &Now) -> Request {
    let request = match keymap::lookup(&w.contexts(), &key) {
        Some(Action::Text) | None => {
            let outcome = w.input.type_key(key);
            let request = apply(w, outcome, now);
            w.unstored = w.typing_unstored();
            // Typing into one line changes no heights, so the scroll stays (the common case).
            if matches!(w.input, Input::Line { .. }) {
                return request;
            }
            request
        }
        Some(action @ (Action::Up | Action::Down)) if w.current_step().kind == StepKind::Review => {
            review_move(w, action == Action::Down, area);
            Request::Redraw
        }
        Some(action) => act(w, action, now),
    };
    w.unstored = w.typing_unstored();
    keep_visible(w, area);
    request
}

/// Lines Up and Down scroll the review past its last action.
const REVIEW_STEP: usize = 3;

/// Up and Down on the review: from finding to finding and the two actions, then on through
/// the checklist and the changes since sent, up to the last line.
fn review_move(w: &mut Wizard, down: bool, area: Rect) {
    let last = w.review_lines().saturating_sub(1);
    if !down {
        if w.review_scroll > 0 {
            w.review_scroll = w.review_scroll.saturating_sub(REVIEW_STEP);
        } else {
            w.review = w.review.saturating_sub(1);
        }
        return;
    }
    if w.review < last {
        w.review += 1;
        return;
    }
    let inner = layout(area, w).inner;
    let theme = crate::tui::theme::Theme { color: false };
    let (lines, selected) = super::content::review_document(w, inner.width as usize, theme);
    let height = inner.height as usize;
    let most = lines.len().saturating_sub(height);
    let now = super::content::review_offset(lines.len(), selected, height, w.review_scroll);
    if now < most {
        w.review_scroll += REVIEW_STEP.min(most - now);
    }
}

/// A click or the wheel in the wizard drawn in `area`: a click on the step list goes to
/// that step, the wheel over the fields moves between them.
pub fn mouse(w: &mut Wizard, mouse: MouseEvent, area: Rect, now: &Now) -> Request {
    let at = layout(area, w);
    let (column, row) = (mouse.column, mouse.row);
    let clicked = matches!(mouse.kind, MouseEventKind::Down(MouseButton::Left));
    if let (true, Some(step)) = (clicked, at.step_at(column, row)) {
        go_to_step(w, step, area, now);
        return Request::Redraw;
    }
    let down = match mouse.kind {
        MouseEventKind::ScrollDown => true,
        MouseEventKind::ScrollUp => false,
        _ => return Request::Nothing,
    };
    if !at.over_pane(column, row) {
        return Request::Nothing;
    }
    scroll_fields(w, down, area, now);
    Request::Redraw
}

/// Adjusts the scroll so the focused field is visible in the wizard drawn in `area`.
pub(crate) fn keep_visible(w: &mut Wizard, area: Rect) {
    let at = layout(area, w);
    let room = at.room();
    let heights = at.field_heights(w);
    let focus = w.pane_fields().1;
    if focus < w.scroll {
        w.scroll = focus;
    }
    while w.scroll < focus
        && heights[w.scroll..=focus.min(heights.len().saturating_sub(1))]
            .iter()
            .sum::<usize>()
            > room
    {
        w.scroll += 1;
    }
}

/// A click on the step list: go to that step.
fn go_to_step(w: &mut Wizard, step: usize, area: Rect, now: &Now) {
    w.leave_field(now);
    w.row = None;
    w.go_step(step, false);
    keep_visible(w, area);
}

/// The mouse wheel over the fields: the next or previous field of this step.
fn scroll_fields(w: &mut Wizard, down: bool, area: Rect, now: &Now) {
    let (fields, focus) = w.pane_fields();
    let next = if down {
        (focus + 1..fields.len()).find(|i| w.editable(&fields[*i]))
    } else {
        (0..focus).rev().find(|i| w.editable(&fields[*i]))
    };
    let Some(next) = next else { return };
    w.leave_field(now);
    match &mut w.row {
        Some(row) => {
            row.column = next;
            w.load_input();
        }
        None => w.focus_field(next),
    }
    keep_visible(w, area);
}

/// Pasted text goes into the focused text editor.
pub(crate) fn paste(w: &mut Wizard, text: &str, now: &Now) -> Request {
    let outcome = w.input.paste(text);
    let request = apply(w, outcome, now);
    w.unstored = w.typing_unstored();
    request
}

/// Text back from the external editor.
pub fn edited(w: &mut Wizard, text: &str, now: &Now) {
    w.input.set_editor_text(text);
    w.store(now, true);
    w.unstored = w.typing_unstored();
}

/// Stores the reason for overriding the recommendation.
pub(crate) fn set_reason(w: &mut Wizard, reason: &str, now: &Now) {
    if let Ok(path) = KeyPath::parse("campaign.partnership_reason") {
        match w.docs.set(&path, reason) {
            Ok(()) => w.refresh(now),
            Err(e) => w.status = Status::Error(e.to_string()),
        }
        w.draft_due = true;
        w.load_input();
    }
}

fn act(w: &mut Wizard, action: Action, now: &Now) -> Request {
    let was_partnership = focused_path(w).as_deref() == Some("campaign.partnership")
        && w.input.text() != w.focus_value;
    let request = match action {
        Action::NextField | Action::PrevField | Action::NextStep | Action::PrevStep => {
            move_focus(w, action, now)
        }
        Action::Save => {
            w.leave_field(now);
            Request::Save
        }
        Action::Back | Action::Quit => {
            w.leave_field(now);
            let to = if action == Action::Quit {
                Leave::Quit
            } else {
                Leave::Home
            };
            Request::Leave(to)
        }
        Action::Help => Request::Help,
        Action::TogglePreview | Action::SwitchPreview | Action::ExternalEditor => show(w, action),
        Action::Done if w.row.is_some() && !w.input.is_editing_item() => {
            w.close_row(now);
            Request::Redraw
        }
        Action::Accept => accept(w, now),
        Action::NextSuggestion => {
            w.next_suggestion();
            Request::Redraw
        }
        Action::InsertSuggestion => {
            w.insert_suggestion(now);
            Request::Redraw
        }
        Action::Activate => activate(w, now),
        other => {
            let outcome = w.input.act(other, now.today());
            apply(w, outcome, now)
        }
    };
    if was_partnership
        && focused_path(w).as_deref() != Some("campaign.partnership")
        && let Some(ask) = reason_needed(w)
    {
        return ask;
    }
    request
}

/// Tab, Shift-Tab and the step keys.
fn move_focus(w: &mut Wizard, action: Action, now: &Now) -> Request {
    match action {
        Action::NextField => w.next_field(now),
        Action::PrevField => w.prev_field(now),
        _ => {
            w.leave_field(now);
            w.row = None;
            if let Some(step) = w.step_after(action != Action::NextStep) {
                w.go_step(step, false);
            }
        }
    }
    Request::Redraw
}

/// F2, F3 and F4: the preview and the external editor.
fn show(w: &mut Wizard, action: Action) -> Request {
    match action {
        Action::TogglePreview => w.preview.shown = !w.preview.shown,
        Action::SwitchPreview => {
            w.preview.file = match w.preview.file {
                FileKind::Campaign => FileKind::Creator,
                FileKind::Creator => FileKind::Influencer,
                FileKind::Influencer => FileKind::Campaign,
            };
            w.preview.shown = true;
        }
        _ => match w.input.editor_text() {
            Some(text) => return Request::Editor(text),
            None => w.status = Status::Note("F4 edits text fields and lists.".into()),
        },
    }
    Request::Redraw
}

fn focused_path(w: &Wizard) -> Option<String> {
    w.focused().map(|f| f.path.to_string())
}

/// What an editor outcome means for the documents.
fn apply(w: &mut Wizard, outcome: Outcome, now: &Now) -> Request {
    let rows_path = || w.focused().map(|f| f.path);
    match outcome {
        Outcome::Same => return Request::Nothing,
        Outcome::Moved => {}
        Outcome::Changed => {
            w.finding = None;
            w.store(now, false);
            if matches!(w.status, Status::Note(_) | Status::Error(_)) {
                w.status = Status::Quiet;
            }
        }
        Outcome::EditRow(index) => w.open_row(index, 0),
        Outcome::RemoveRow(index) => {
            if let Some(path) = rows_path() {
                w.remove_row(&path, index, now);
                reload_rows(w, index);
            }
        }
        Outcome::RowStatus(index, forward) => {
            if let Some(path) = rows_path() {
                w.step_row_status(&path, index, forward, now);
                reload_rows(w, index);
            }
        }
        Outcome::SwapRows(a, b) => {
            if let Some(path) = rows_path() {
                let cursor = if let Input::Rows { cursor, .. } = w.input {
                    cursor
                } else {
                    b
                };
                w.swap_rows(&path, a, b, now);
                reload_rows(w, cursor);
            }
        }
    }
    Request::Redraw
}

fn reload_rows(w: &mut Wizard, cursor_at: usize) {
    w.load_input();
    if let Input::Rows { cursor, count } = &mut w.input {
        *cursor = cursor_at.min(*count);
    }
}

/// Enter on the diagnosis: while the type follows the answers, it keeps the recommended
/// type as the user's pick; once picked, it lets the type follow the answers again.
fn accept(w: &mut Wizard, now: &Now) -> Request {
    let Some(recommended) = w.derived.checks.as_ref().and_then(Checks::recommended) else {
        w.status = Status::Note(crate::practice::diagnosis::ANSWER_ONE.into());
        return Request::Redraw;
    };
    let on_type = focused_path(w).as_deref() == Some("campaign.partnership");
    w.leave_field(now);
    let (picked, current) = w.derived.bundle.as_ref().map_or((false, recommended), |b| {
        (b.campaign.partnership_picked == Some(true), b.partnership())
    });
    let (key, value, note) = if on_type {
        (
            "campaign.partnership",
            current.as_str(),
            format!("Kept {current} as your pick; new answers no longer change it."),
        )
    } else if picked {
        (
            "campaign.partnership_picked",
            "",
            format!("The type follows the diagnosis again: {recommended}."),
        )
    } else {
        (
            "campaign.partnership",
            recommended.as_str(),
            format!("Kept {recommended} as your pick; new answers no longer change it."),
        )
    };
    let Ok(path) = KeyPath::parse(key) else {
        return Request::Nothing;
    };
    match w.docs.set(&path, value) {
        Ok(()) => {
            w.refresh(now);
            w.draft_due = true;
            w.status = Status::Note(note);
        }
        Err(e) => w.status = Status::Error(e.to_string()),
    }
    w.load_input();
    Request::Redraw
}

/// After the partnership field was changed: a type other than the recommended one asks for
/// a reason.
fn reason_needed(w: &Wizard) -> Option<Request> {
    let bundle = w.derived.bundle.as_ref()?;
    let chosen = bundle.campaign.partnership?;
    let recommended = w.derived.checks.as_ref().and_then(Checks::recommended)?;
    let has_reason = bundle
        .campaign
        .partnership_reason
        .as_deref()
        .is_some_and(|r| !r.trim().is_empty());
    (chosen != recommended && !has_reason).then_some(Request::Reason {
        chosen,
        recommended,
    })
}

/// Enter on a review line: go to a finding's field, or save, or export.
fn activate(w: &mut Wizard, now: &Now) -> Request {
    match w.review_target() {
        Some(ReviewTarget::Save) => {
            w.leave_field(now);
            Request::Save
        }
        Some(ReviewTarget::Export) => Request::ExportOpen,
        Some(ReviewTarget::Field(path)) => {
            let finding = w
                .derived
                .checks
                .as_ref()
                .and_then(|c| c.findings.get(w.review))
                .map(|f| {
                    (
                        f.severity == Severity::Error,
                        format!("{} {}", f.message, f.fix),
                    )
                });
            if !w.jump(&path, now) {
                w.status = Status::Note(format!("No field edits {path}; change it in the file."));
            } else if let (Some((error, text)), Some(at)) = (finding, focused_path(w)) {
                w.finding = Some(ShownFinding { at, error, text });
            }
            Request::Redraw
        }
        None => Request::Nothing,
    }
}
