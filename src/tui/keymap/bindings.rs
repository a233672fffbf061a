//! The keymap table itself: every key of every screen, by context, in the order help lists
//! them, one line a binding so it reads as a table.

use crossterm::event::{KeyCode, KeyModifiers};

use super::{Action, Binding, Context, KeySpec};

pub(super) const fn key(code: KeyCode) -> KeySpec {
    KeySpec {
        code,
        mods: KeyModifiers::NONE,
    }
}
const fn ch(c: char) -> KeySpec {
    key(KeyCode::Char(c))
}
pub(super) const fn ctrl(c: char) -> KeySpec {
    KeySpec {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}
pub(super) const fn alt(code: KeyCode) -> KeySpec {
    KeySpec {
        code,
        mods: KeyModifiers::ALT,
    }
}
const fn shift(code: KeyCode) -> KeySpec {
    KeySpec {
        code,
        mods: KeyModifiers::SHIFT,
    }
}
const fn f(n: u8) -> KeySpec {
    key(KeyCode::F(n))
}

const fn b(
    context: Context,
    keys: &'static [KeySpec],
    action: Action,
    help: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        context,
        keys,
        action,
        help,
        hint,
        hint_keys: None,
    }
}

impl Binding {
    /// This binding with its keys written another way on the hint line.
    const fn shown(mut self, keys: &'static str) -> Binding {
        self.hint_keys = Some(keys);
        self
    }
}

use Action as A;
use Context as C;
use KeyCode as K;

const HELP: &[KeySpec] = &[f(1), ch('?')];
const HELP_F1: &[KeySpec] = &[f(1)];
const QUIT_CTRL: &[KeySpec] = &[ctrl('q'), ctrl('c')];
const UP: &[KeySpec] = &[key(K::Up)];
const DOWN: &[KeySpec] = &[key(K::Down)];
const UP_DOWN: &[KeySpec] = &[key(K::Up), key(K::Down)];
const ENTER: &[KeySpec] = &[key(K::Enter)];
const ESC: &[KeySpec] = &[key(K::Esc)];
const ADD: &[KeySpec] = &[key(K::Insert), ch('+')];
const REMOVE: &[KeySpec] = &[key(K::Delete), ch('-')];
const MOVE_UP: &[KeySpec] = &[alt(K::Up)];
const MOVE_DOWN: &[KeySpec] = &[alt(K::Down)];

/// Every key of the app, by context, in the order help lists them.
#[rustfmt::skip]
pub(crate) const BINDINGS: &[Binding] = &[
    // Home
    b(C::Home, &[ch('n')], A::New, "new campaign", Some("new")),
    b(C::Home, &[ch('t')], A::NewFromTemplate, "new campaign from a template", Some("template")),
    b(C::Home, ENTER, A::Open, "open the selected campaign", Some("open")),
    b(C::Home, &[ch('/')], A::Filter, "filter the list", Some("filter")),
    b(C::Home, &[ch('d')], A::Duplicate, "duplicate the selected campaign", None),
    b(C::Home, &[ch('x')], A::Delete, "delete (asks first; moves it to the trash)", None),
    b(C::Home, &[ch('u')], A::Restore, "restore the last deleted campaign", None),
    b(C::Home, &[ch('e')], A::Export, "export a brief per partner (Markdown) to the current folder", None),
    b(C::Home, &[ch('l')], A::Learnings, "learnings from past campaigns", None),
    b(C::Home, &[ch('a')], A::Agenda, "what is due across campaigns in the next two weeks", Some("agenda")),
    b(C::Home, &[key(K::Up), ch('k')], A::Up, "select the previous campaign", None),
    b(C::Home, &[key(K::Down), ch('j')], A::Down, "select the next campaign", None),
    b(C::Home, HELP, A::Help, "help: every key of this screen", Some("help")),
    b(C::Home, &[ch('q'), ctrl('q'), ctrl('c')], A::Quit, "quit", Some("quit")),
    // Filter
    b(C::Filter, ENTER, A::Done, "keep the filter and go back to the list", Some("done")),
    b(C::Filter, ESC, A::Cancel, "clear the filter", Some("clear")),
    b(C::Filter, UP, A::Up, "select the previous campaign", None),
    b(C::Filter, DOWN, A::Down, "select the next campaign", None),
    b(C::Filter, HELP_F1, A::Help, "help", Some("help")),
    b(C::Filter, QUIT_CTRL, A::Quit, "quit", Some("quit")),
    // Wizard
    b(C::Wizard, &[key(K::Tab)], A::NextField, "next field", Some("next field")),
    b(C::Wizard, &[key(K::BackTab)], A::PrevField, "previous field", None),
    b(C::Wizard, &[ctrl('n'), key(K::PageDown)], A::NextStep, "next step", Some("next step")),
    b(C::Wizard, &[ctrl('p'), key(K::PageUp)], A::PrevStep, "previous step", None),
    b(C::Wizard, &[ctrl('s')], A::Save, "save", Some("save")),
    b(C::Wizard, ESC, A::Back, "back to the campaigns (asks when unsaved)", None),
    b(C::Wizard, HELP_F1, A::Help, "help: every key of this screen", Some("help")),
    b(C::Wizard, &[f(2)], A::TogglePreview, "show or hide the file preview", None),
    b(C::Wizard, &[f(3)], A::SwitchPreview, "preview the next file", None),
    b(C::Wizard, &[f(4)], A::ExternalEditor, "edit the focused text in $VISUAL / $EDITOR", None),
    b(C::Wizard, QUIT_CTRL, A::Quit, "quit (asks when unsaved)", Some("quit")),
    // Text editing (the editor's own keys)
    b(C::Text, &[key(K::Left), key(K::Right)], A::Text, "move the cursor", None),
    b(C::Text, &[key(K::Home), key(K::End), ctrl('a'), ctrl('e')], A::Text, "start / end of the line", None),
    b(C::Text, &[alt(K::Char('b')), alt(K::Char('f'))], A::Text, "word left / right", None),
    b(C::Text, &[shift(K::Left), shift(K::Right)], A::Text, "select text", None),
    b(C::Text, &[ctrl('x'), ctrl('y')], A::Text, "cut / paste", None),
    b(C::Text, &[ctrl('w'), ctrl('k')], A::Text, "delete word before / to end of line", None),
    b(C::Text, &[ctrl('u'), ctrl('r')], A::Text, "undo / redo", None),
    b(C::LongText, ENTER, A::Text, "new line", None),
    b(C::LongText, UP_DOWN, A::Text, "line up / down", None),
    // Numbers and dates
    b(C::Number, UP, A::Increase, "one more", Some("more/less")).shown("↑/↓"),
    b(C::Number, DOWN, A::Decrease, "one less", None),
    b(C::Date, UP, A::Increase, "next day (today when empty)", Some("day")).shown("↑/↓"),
    b(C::Date, DOWN, A::Decrease, "previous day", None),
    // Choices
    b(C::Choice, &[key(K::Up), key(K::Left)], A::Up, "previous choice", Some("choose")).shown("↑/↓"),
    b(C::Choice, &[key(K::Down), key(K::Right)], A::Down, "next choice", None),
    b(C::Choice, &[key(K::Backspace), key(K::Delete)], A::Clear, "clear (not decided)", None),
    b(C::ManyOf, &[key(K::Up), key(K::Left)], A::Up, "previous choice", Some("move")).shown("↑/↓"),
    b(C::ManyOf, &[key(K::Down), key(K::Right)], A::Down, "next choice", None),
    b(C::ManyOf, &[ch(' ')], A::Toggle, "tick or untick (a letter goes to the next choice starting with it)", Some("tick")),
    // Lists
    b(C::List, UP, A::Up, "select the previous item", None),
    b(C::List, DOWN, A::Down, "select the next item", None),
    b(C::List, ENTER, A::Edit, "edit the item", Some("edit")),
    b(C::List, ADD, A::Add, "add an item (or just start typing)", Some("add")),
    b(C::List, REMOVE, A::Remove, "remove the item", None),
    b(C::List, MOVE_UP, A::MoveUp, "move the item up", None),
    b(C::List, MOVE_DOWN, A::MoveDown, "move the item down", None),
    b(C::ListItem, ENTER, A::Done, "keep the item", Some("keep")),
    b(C::ListItem, ESC, A::Cancel, "stop editing the item", None),
    // Rows
    b(C::Rows, UP, A::Up, "select the previous row", None),
    b(C::Rows, DOWN, A::Down, "select the next row", None),
    b(C::Rows, ENTER, A::Edit, "edit the row", Some("edit")),
    b(C::Rows, ADD, A::Add, "add a row", Some("add")),
    b(C::Rows, REMOVE, A::Remove, "remove the row", None),
    b(C::Rows, MOVE_UP, A::MoveUp, "move the row up", None),
    b(C::Rows, MOVE_DOWN, A::MoveDown, "move the row down", None),
    b(C::StatusRows, &[ch('>')], A::NextStatus, "move the row to its next status (briefed, draft in, approved, live…)", Some("status")).shown(">/<"),
    b(C::StatusRows, &[ch('<')], A::PrevStatus, "move the row back a status", None),
    b(C::RowEditor, ESC, A::Done, "back to the list of rows", Some("rows")),
    // Steps with extra keys
    b(C::Suggestions, &[alt(K::Char('h'))], A::NextSuggestion, "the next past idea: hooks on a hooks list, formats and notes on the others", Some("past idea")),
    b(C::Suggestions, &[ctrl('o'), alt(K::Enter)], A::InsertSuggestion, "add the past hook to the list", Some("add it")),
    b(C::Diagnosis, ENTER, A::Accept, "keep the recommended type as your pick; once picked, follow the answers again", Some("keep type")),
    b(C::Review, UP, A::Up, "select the previous line", Some("select")).shown("↑/↓"),
    b(C::Review, DOWN, A::Down, "select the next line", None),
    b(C::Review, ENTER, A::Activate, "go to the finding's field, or save / export", Some("go to")),
    // Popups
    b(C::LeavePrompt, &[ch('s'), key(K::Enter)], A::Save, "save, then leave", Some("save")),
    b(C::LeavePrompt, &[ch('d')], A::Discard, "discard the changes and leave", Some("discard")),
    b(C::LeavePrompt, &[ch('c'), key(K::Esc)], A::Cancel, "cancel: keep editing", Some("cancel")),
    b(C::LeavePrompt, &[ch('k'), ctrl('c'), ctrl('q')], A::Keep, "leave now, keeping the changes as unsaved work (offered back next time)", Some("keep for later")),
    b(C::FixFirst, ENTER, A::Accept, "go to the first field to fix", Some("go there")),
    b(C::FixFirst, &[ch('k'), ctrl('c'), ctrl('q')], A::Keep, "leave, keeping everything as unsaved work (offered back next time)", Some("keep it and leave")),
    b(C::FixFirst, &[ch('c'), key(K::Esc)], A::Cancel, "cancel: keep editing", Some("cancel")),
    b(C::Confirm, &[ch('y'), key(K::Enter)], A::Yes, "yes", Some("yes")),
    b(C::Confirm, &[ch('n'), key(K::Esc)], A::No, "no", Some("no")),
    b(C::Picker, UP, A::Up, "previous template", Some("select")).shown("↑/↓"),
    b(C::Picker, DOWN, A::Down, "next template", None),
    b(C::Picker, ENTER, A::Accept, "start from this template", Some("choose")),
    b(C::Picker, ESC, A::Cancel, "close", Some("close")),
    b(C::Recover, &[ch('r'), key(K::Enter)], A::Recover, "recover the unsaved work", Some("recover")),
    b(C::Recover, &[ch('d')], A::Discard, "discard it", Some("discard")),
    b(C::Recover, ESC, A::Cancel, "open the saved version; the unsaved work is kept until you edit", Some("use the saved version")),
    b(C::Conflict, &[ch('f'), key(K::Enter)], A::No, "keep the value in the file", Some("keep the file's")),
    b(C::Conflict, &[ch('u')], A::Yes, "use the unsaved value instead", Some("use the unsaved")),
    b(C::Conflict, ESC, A::Cancel, "keep the file's values for all that are left", Some("keep all the file's")),
    b(C::Reason, ENTER, A::Done, "keep the reason", Some("keep")),
    b(C::Reason, ESC, A::Cancel, "skip", Some("skip")),
    b(C::Help, &[key(K::Esc), f(1), ch('q'), ch('?')], A::Back, "close help", Some("close")),
    b(C::Help, &[key(K::Up)], A::Up, "scroll up", None),
    b(C::Help, &[key(K::Down)], A::Down, "scroll down", None),
    b(C::Help, &[key(K::PageUp)], A::PageUp, "a page up", None),
    b(C::Help, &[key(K::PageDown)], A::PageDown, "a page down", None),
    b(C::Learnings, &[key(K::Esc), ch('q')], A::Back, "back to the campaigns", Some("back")),
    b(C::Learnings, &[key(K::Up), ch('k')], A::Up, "scroll up", None),
    b(C::Learnings, &[key(K::Down), ch('j')], A::Down, "scroll down", None),
    b(C::Learnings, HELP, A::Help, "help", Some("help")),
    b(C::Learnings, QUIT_CTRL, A::Quit, "quit", Some("quit")),
    b(C::TooSmall, QUIT_CTRL, A::Quit, "quit", Some("quit")),
];
