//! The one keymap table: every key of every screen, the intent it maps to, the words shown in
//! help (F1) and, for the main keys, the words on the hint line. Handling, the hint line and
//! help all read this table, so they cannot disagree.

mod bindings;

pub(crate) use bindings::BINDINGS;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeySpec {
    /// The key.
    pub code: KeyCode,
    /// Ctrl, Alt and Shift (Shift only for non-character keys).
    pub mods: KeyModifiers,
}

impl KeySpec {
    /// Whether a key event is this key.
    pub fn matches(&self, event: &KeyEvent) -> bool {
        let (code, mods) = normalize(event);
        code == self.code && mods == self.mods
    }

    /// How the key is written in help and on the hint line ("Ctrl-S", "Alt-↑").
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::F(n) => format!("F{n}"),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Insert => "Insert".into(),
            KeyCode::Delete => "Delete".into(),
            KeyCode::Backspace => "Backspace".into(),
            _ => "?".into(),
        };
        // A letter reads as a capital after a modifier ("Ctrl-S"); a named key as named.
        let base = match self.code {
            KeyCode::Char(_) if !self.mods.is_empty() => base.to_uppercase(),
            _ => base,
        };
        let mut out = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            out.push_str("Ctrl-");
            return out + &base;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            out.push_str("Alt-");
            return out + &base;
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            out.push_str("Shift-");
        }
        out + &base
    }
}

/// The key and modifiers that matter: Shift is part of a character, BackTab implies Shift,
/// and a Ctrl letter is compared in lower case.
fn normalize(event: &KeyEvent) -> (KeyCode, KeyModifiers) {
    let mut mods =
        event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
    let code = match event.code {
        KeyCode::Char(c) => {
            mods.remove(KeyModifiers::SHIFT);
            if mods.contains(KeyModifiers::CONTROL) {
                KeyCode::Char(c.to_ascii_lowercase())
            } else {
                KeyCode::Char(c)
            }
        }
        KeyCode::BackTab => {
            mods.remove(KeyModifiers::SHIFT);
            KeyCode::BackTab
        }
        other => other,
    };
    (code, mods)
}

/// Where a key is read: a screen, a popup, or the kind of the focused field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// The list of campaigns.
    Home,
    /// Filter the list.
    Filter,
    /// The wizard, whatever field has focus.
    Wizard,
    /// A text field (the editor's own keys).
    Text,
    /// A multi-line text field.
    LongText,
    /// A number field.
    Number,
    /// A date field.
    Date,
    /// A one-of choice or yes/no.
    Choice,
    /// A many-of choice.
    ManyOf,
    /// A list of text, not editing an item.
    List,
    /// Editing one item of a list.
    ListItem,
    /// Rows (partners, deliverables, posts), not editing a row.
    Rows,
    /// Deliverables or posts, not editing a row: they have a status.
    StatusRows,
    /// Editing one row.
    RowEditor,
    /// The diagnosis step.
    Diagnosis,
    /// Past hooks offered beside a content list.
    Suggestions,
    /// The review step.
    Review,
    /// Save, discard or cancel.
    LeavePrompt,
    /// Fields whose typed text does not fit, before a save that leaves.
    FixFirst,
    /// Yes or no.
    Confirm,
    /// Picking a template.
    Picker,
    /// Recover the unsaved work.
    Recover,
    /// A key changed both in the file and in the unsaved work.
    Conflict,
    /// Typing the reason for overriding the recommendation.
    Reason,
    /// Show every key of the screen.
    Help,
    /// Show the learnings.
    Learnings,
    /// The window is too small.
    TooSmall,
}

impl Context {
    /// The heading of this context's keys in help.
    pub fn title(self) -> &'static str {
        match self {
            Context::Home => "Campaigns",
            Context::Filter => "Filter",
            Context::Wizard => "Wizard",
            Context::Text => "Text field",
            Context::LongText => "Long text field",
            Context::Number => "Number field",
            Context::Date => "Date field",
            Context::Choice => "Choice",
            Context::ManyOf => "Several choices",
            Context::List => "List",
            Context::ListItem => "List item",
            Context::Rows => "Rows",
            Context::StatusRows => "Deliverables and posts",
            Context::RowEditor => "Row",
            Context::Diagnosis => "Diagnosis",
            Context::Suggestions => "Past hooks",
            Context::Review => "Review",
            Context::LeavePrompt => "Unsaved changes",
            Context::FixFirst => "Fields to fix",
            Context::Confirm => "Confirm",
            Context::Picker => "Templates",
            Context::Recover => "Unsaved work",
            Context::Conflict => "Changed on both sides",
            Context::Reason => "Reason",
            Context::Help => "Help",
            Context::Learnings => "Learnings",
            Context::TooSmall => "Too small",
        }
    }
}

/// What a key asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Quit (asks when unsaved).
    Quit,
    /// Show every key of the screen.
    Help,
    /// Back: close or go home.
    Back,
    /// A new campaign.
    New,
    /// A new campaign from a template.
    NewFromTemplate,
    /// Open the selected campaign.
    Open,
    /// Filter the list.
    Filter,
    /// Copy the selected campaign.
    Duplicate,
    /// Delete the selected campaign (asks).
    Delete,
    /// Bring back the last deleted campaign.
    Restore,
    /// Export the briefs as Markdown.
    Export,
    /// Show the learnings.
    Learnings,
    /// Show or hide what is due across campaigns.
    Agenda,
    /// Move up.
    Up,
    /// Move down.
    Down,
    /// Move left.
    Left,
    /// Move right.
    Right,
    /// A page up.
    PageUp,
    /// A page down.
    PageDown,
    /// The next field.
    NextField,
    /// The previous field.
    PrevField,
    /// The next step.
    NextStep,
    /// The previous step.
    PrevStep,
    /// Save.
    Save,
    /// Show or hide the preview.
    TogglePreview,
    /// Preview the next file.
    SwitchPreview,
    /// Edit the text in the external editor.
    ExternalEditor,
    /// One more.
    Increase,
    /// One less.
    Decrease,
    /// Tick or untick.
    Toggle,
    /// Clear the value.
    Clear,
    /// Edit the selected item.
    Edit,
    /// Add an item.
    Add,
    /// Remove the selected item.
    Remove,
    /// Move the selected item up.
    MoveUp,
    /// Move the selected item down.
    MoveDown,
    /// Move the selected row to its next status (briefed, draft received…).
    NextStatus,
    /// Move the selected row back to its previous status.
    PrevStatus,
    /// Finish editing.
    Done,
    /// Cancel.
    Cancel,
    /// Accept (the recommendation, the selection).
    Accept,
    /// Act on the selected line.
    Activate,
    /// The next past hook.
    NextSuggestion,
    /// Add the selected past hook to the list.
    InsertSuggestion,
    /// Discard the unsaved work.
    Discard,
    /// Keep the unsaved work as a draft.
    Keep,
    /// Yes.
    Yes,
    /// No.
    No,
    /// Recover the unsaved work.
    Recover,
    /// A key the focused text editor handles itself (listed for help).
    Text,
}

/// One line of the keymap.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// Where it applies.
    pub context: Context,
    /// The keys.
    pub keys: &'static [KeySpec],
    /// The intent.
    pub action: Action,
    /// What help says it does.
    pub help: &'static str,
    /// The short words on the hint line, for the main keys.
    pub hint: Option<&'static str>,
    /// How the hint line writes the keys, when not by the first key ("↑/↓").
    pub hint_keys: Option<&'static str>,
}

/// The intent of a key in the active contexts (searched in order), if any.
pub(crate) fn lookup(contexts: &[Context], event: &KeyEvent) -> Option<Action> {
    contexts.iter().find_map(|context| {
        BINDINGS
            .iter()
            .filter(|b| b.context == *context)
            .find(|b| b.keys.iter().any(|k| k.matches(event)))
            .map(|b| b.action)
    })
}

/// The keys of a binding as one label ("Ctrl-N/PgDn").
pub(crate) fn keys_label(binding: &Binding) -> String {
    binding
        .keys
        .iter()
        .map(KeySpec::label)
        .collect::<Vec<_>>()
        .join("/")
}

/// The hint line's items for the active contexts: (keys, words), main keys only, help and
/// quit last so they are never cut off first.
pub(crate) fn hints(contexts: &[Context]) -> Vec<(String, &'static str)> {
    let mut main = Vec::new();
    let mut last = Vec::new();
    for context in contexts {
        for binding in BINDINGS.iter().filter(|b| b.context == *context) {
            let Some(hint) = binding.hint else { continue };
            let label = match binding.hint_keys {
                Some(keys) => keys.to_string(),
                None => binding.keys.first().map(KeySpec::label).unwrap_or_default(),
            };
            let item = (label, hint);
            if matches!(binding.action, Action::Help | Action::Quit) {
                if !last.iter().any(|(_, h)| *h == hint) {
                    last.push(item);
                }
            } else if !main.iter().any(|(k, _): &(String, &str)| *k == item.0) {
                main.push(item);
            }
        }
    }
    main.extend(last);
    main
}

/// Help: each active context with its keys and what they do.
pub fn help(contexts: &[Context]) -> Vec<(Context, Vec<(String, &'static str)>)> {
    contexts
        .iter()
        .map(|context| {
            let keys = BINDINGS
                .iter()
                .filter(|b| b.context == *context)
                .map(|b| (keys_label(b), b.help))
                .collect();
            (*context, keys)
        })
        .filter(|(_, keys): &(Context, Vec<_>)| !keys.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::bindings::{alt, ctrl, key};
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn app_keys_come_before_the_field_keys() {
        let ctx = [Context::Wizard, Context::Text];
        let tab = press(KeyCode::Tab, KeyModifiers::NONE);
        assert_eq!(lookup(&ctx, &tab), Some(Action::NextField));
        let ctrl_n = press(KeyCode::Char('n'), KeyModifiers::CONTROL);
        assert_eq!(lookup(&ctx, &ctrl_n), Some(Action::NextStep));
        let letter = press(KeyCode::Char('n'), KeyModifiers::NONE);
        assert_eq!(lookup(&ctx, &letter), None, "a plain letter is typed");
        let shift_tab = press(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(lookup(&ctx, &shift_tab), Some(Action::PrevField));
        let plus = press(KeyCode::Char('+'), KeyModifiers::SHIFT);
        assert_eq!(lookup(&[Context::Rows], &plus), Some(Action::Add));
        let alt_up = press(KeyCode::Up, KeyModifiers::ALT);
        assert_eq!(lookup(&[Context::List], &alt_up), Some(Action::MoveUp));
    }

    #[test]
    fn every_screen_hints_help_and_quit() {
        for ctx in [
            vec![Context::Home],
            vec![Context::Wizard, Context::Text],
            vec![Context::Wizard, Context::Rows],
            vec![Context::Learnings],
        ] {
            let words: Vec<&str> = hints(&ctx).into_iter().map(|(_, w)| w).collect();
            assert!(
                words.contains(&"help") && words.contains(&"quit"),
                "{ctx:?}: {words:?}"
            );
        }
    }

    #[test]
    fn labels_read_like_keys() {
        assert_eq!(ctrl('s').label(), "Ctrl-S");
        assert_eq!(alt(KeyCode::Up).label(), "Alt-↑");
        assert_eq!(alt(KeyCode::Enter).label(), "Alt-Enter");
        assert_eq!(key(KeyCode::BackTab).label(), "Shift-Tab");
        let wizard: Vec<_> = BINDINGS
            .iter()
            .filter(|b| b.context == Context::Wizard)
            .collect();
        assert_eq!(keys_label(wizard[2]), "Ctrl-N/PgDn");
    }
}
