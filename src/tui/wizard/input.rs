//! The editor of the focused field, one kind per field kind: a line of text (also numbers,
//! dates, addresses), several lines, a choice, several choices, a list of text, or rows.
//! It holds what is being typed; the wizard turns its text into a value by key path.

mod keys;

use ratatui::style::Style;
use ratatui_textarea::{CursorMove, TextArea};
use toml_edit::Item;

use crate::path::Kind;
use crate::tui::keymap::Context;

/// The focused field's editor.
#[derive(Debug, Clone)]
pub enum Input {
    /// Nothing to edit (a field of an unused brief, or a step without fields).
    Inert,
    /// One line: text, e-mail, web address, currency, number or date.
    Line {
        /// The text being edited.
        area: TextArea<'static>,
        /// What the value must be.
        kind: Kind,
    },
    /// Several lines of text.
    Lines(TextArea<'static>),
    /// One of a set of values (yes/no included); `None` is not decided.
    Choice {
        /// The values to choose from.
        options: &'static [&'static str],
        /// The chosen one, if any.
        selected: Option<usize>,
        /// Whether the choice is yes or no (a boolean).
        yes_no: bool,
    },
    /// Several of a set of values (never empty: a set with no values is edited as a list).
    Many {
        /// The values to choose from.
        options: Vec<String>,
        /// Which options are ticked.
        ticked: Vec<bool>,
        /// The highlighted line.
        cursor: usize,
    },
    /// A list of text; the cursor may sit on the "add" line after the last item.
    List {
        /// The items.
        items: Vec<String>,
        /// The highlighted line.
        cursor: usize,
        /// The item being edited and its text.
        editing: Option<(usize, TextArea<'static>)>,
    },
    /// Rows; the cursor may sit on the "add" line after the last row.
    Rows {
        /// How many rows there are.
        count: usize,
        /// The highlighted line.
        cursor: usize,
    },
}

const YES_NO: &[&str] = &["yes", "no"];

/// What a key did to the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing changed.
    Same,
    /// The text or the selection changed: the value may be stored.
    Changed,
    /// The cursor moved (redraw only).
    Moved,
    /// Open row `n` for editing (one past the last adds a row).
    EditRow(usize),
    /// Remove row `n`.
    RemoveRow(usize),
    /// Swap rows `a` and `b`.
    SwapRows(usize, usize),
    /// Move row `n` one status on (`true`) or back.
    RowStatus(usize, bool),
}

/// A single-line text area holding `text`, cursor at the end.
pub(crate) fn line_area(text: &str) -> TextArea<'static> {
    let mut area = TextArea::new(vec![text.replace(['\n', '\r'], " ")]);
    area.set_cursor_line_style(Style::new());
    area.move_cursor(CursorMove::End);
    area
}

fn lines_area(text: &str) -> TextArea<'static> {
    let lines: Vec<String> = text.lines().map(str::to_string).collect();
    let mut area = TextArea::new(lines);
    area.set_cursor_line_style(Style::new());
    area.set_wrap_mode(ratatui_textarea::WrapMode::Word);
    area.move_cursor(CursorMove::Bottom);
    area.move_cursor(CursorMove::End);
    area
}

/// The text a person reads for a stored value (lists one item a line).
pub(crate) fn item_text(item: &Item) -> String {
    match item.as_value() {
        Some(toml_edit::Value::String(s)) => s.value().clone(),
        Some(toml_edit::Value::Boolean(b)) => if *b.value() { "yes" } else { "no" }.to_string(),
        Some(toml_edit::Value::Array(a)) => a
            .iter()
            .map(|v| {
                v.as_str()
                    .map_or_else(|| v.to_string().trim().to_string(), str::to_string)
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Some(v) => v.to_string().trim().to_string(),
        None => String::new(),
    }
}

fn list_items(item: Option<&Item>) -> Vec<String> {
    match item.and_then(Item::as_array) {
        Some(a) => a
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        None => Vec::new(),
    }
}

/// Whether two partner references name the same person (case and a leading `@` aside).
fn same_partner(a: &str, b: &str) -> bool {
    crate::practice::pay::same_partner(a, b)
}

/// A TOML array of strings, as typed text that `parse_value` reads back exactly.
pub(crate) fn array_text(items: &[String]) -> String {
    if items.is_empty() {
        return String::new();
    }
    let mut array = toml_edit::Array::new();
    for item in items {
        array.push(item.as_str());
    }
    array.to_string()
}

impl Input {
    /// The editor of a row's partners: the brief's partners to tick (`choices`), plus any name
    /// the row holds that is no partner (kept ticked so nothing is lost). With no choices at
    /// all it is a plain list.
    pub(crate) fn assignees(item: Option<&Item>, typed: Option<&str>, choices: &[String]) -> Input {
        let chosen = match typed {
            Some(t) => t.lines().map(str::to_string).collect(),
            None => list_items(item),
        };
        let mut options: Vec<String> = choices.to_vec();
        for c in &chosen {
            if !options.iter().any(|o| same_partner(o, c)) {
                options.push(c.clone());
            }
        }
        if options.is_empty() {
            return Input::new(Kind::TextList, item, typed, 0);
        }
        let ticked = options
            .iter()
            .map(|o| chosen.iter().any(|c| same_partner(o, c)))
            .collect();
        Input::Many {
            options,
            ticked,
            cursor: 0,
        }
    }

    /// The editor for a field of `kind` holding `item` (or the text typed before, if it did
    /// not validate), with `rows` rows for a rows field.
    pub fn new(kind: Kind, item: Option<&Item>, typed: Option<&str>, rows: usize) -> Input {
        let text = || typed.map_or_else(|| item.map(item_text).unwrap_or_default(), str::to_string);
        match kind {
            Kind::LongText => Input::Lines(lines_area(&text())),
            Kind::Bool | Kind::OneOf(_) => {
                let (options, yes_no) = match kind {
                    Kind::OneOf(values) => (values, false),
                    _ => (YES_NO, true),
                };
                let current = item.map(item_text).unwrap_or_default();
                let selected = options.iter().position(|o| *o == current);
                Input::Choice {
                    options,
                    selected,
                    yes_no,
                }
            }
            Kind::ManyOf(options) => {
                let chosen = list_items(item);
                let ticked = options
                    .iter()
                    .map(|o| chosen.iter().any(|c| c == o))
                    .collect();
                Input::Many {
                    options: options.iter().map(|o| (*o).to_string()).collect(),
                    ticked,
                    cursor: 0,
                }
            }
            Kind::TextList
            | Kind::Handles
            | Kind::Languages
            | Kind::Assignees
            | Kind::Countries
            | Kind::Regions => {
                let items = match typed {
                    Some(t) => t.lines().map(str::to_string).collect(),
                    None => list_items(item),
                };
                let cursor = items.len();
                Input::List {
                    items,
                    cursor,
                    editing: None,
                }
            }
            Kind::Rows(_) => Input::Rows {
                count: rows,
                cursor: 0,
            },
            Kind::Table(_) | Kind::DateTime => Input::Inert,
            _ => Input::Line {
                area: line_area(&text()),
                kind,
            },
        }
    }

    /// The keymap context of this editor.
    pub(crate) fn context(&self) -> Option<Context> {
        Some(match self {
            Input::Inert => return None,
            Input::Line {
                kind: Kind::Date, ..
            } => Context::Date,
            Input::Line {
                kind: Kind::Count | Kind::Money | Kind::Percent | Kind::Number,
                ..
            } => Context::Number,
            Input::Line { .. } => Context::Text,
            Input::Lines(_) => Context::LongText,
            Input::Choice { .. } => Context::Choice,
            Input::Many { .. } => Context::ManyOf,
            Input::List {
                editing: Some(_), ..
            } => Context::ListItem,
            Input::List { .. } => Context::List,
            Input::Rows { .. } => Context::Rows,
        })
    }

    /// Whether keys are typed into a text editor right now.
    pub(crate) fn is_typing(&self) -> bool {
        matches!(
            self,
            Input::Line { .. }
                | Input::Lines(_)
                | Input::List {
                    editing: Some(_),
                    ..
                }
        )
    }

    /// Whether an item of a list is being typed (its Enter and Esc come first).
    pub(crate) fn is_editing_item(&self) -> bool {
        matches!(
            self,
            Input::List {
                editing: Some(_),
                ..
            }
        )
    }

    /// The value as typed text for `parse_value` (`None` for rows and inert fields).
    pub fn text(&self) -> Option<String> {
        match self {
            Input::Inert | Input::Rows { .. } => None,
            Input::Line { area, .. } => Some(area.lines().join(" ")),
            Input::Lines(area) => Some(area.lines().join("\n")),
            Input::Choice {
                options,
                selected,
                yes_no,
            } => Some(match (selected, yes_no) {
                (None, _) => String::new(),
                (Some(i), true) => (if *i == 0 { "true" } else { "false" }).to_string(),
                (Some(i), false) => options.get(*i).copied().unwrap_or_default().to_string(),
            }),
            Input::Many {
                options, ticked, ..
            } => {
                let items: Vec<String> = options
                    .iter()
                    .zip(ticked)
                    .filter(|(_, t)| **t)
                    .map(|(o, _)| o.clone())
                    .collect();
                Some(array_text(&items))
            }
            Input::List { items, editing, .. } => Some(array_text(&merged(items, editing))),
        }
    }

    /// The text shown while the field keeps a value that did not validate (lists: one a line).
    pub(crate) fn typed_text(&self) -> String {
        match self {
            Input::List { items, editing, .. } => merged(items, editing).join("\n"),
            other => other.text().unwrap_or_default(),
        }
    }

    /// Finishes a list item being typed (when the field loses focus).
    pub(crate) fn finish(&mut self) {
        if let Input::List {
            items,
            editing,
            cursor,
        } = self
        {
            let all = merged(items, &editing.take());
            *cursor = (*cursor).min(all.len());
            *items = all;
        }
    }

    /// The text F4 hands to the external editor, if this field holds text.
    pub(crate) fn editor_text(&self) -> Option<String> {
        match self {
            Input::Line { area, .. } => Some(area.lines().join(" ")),
            Input::Lines(area) => Some(area.lines().join("\n")),
            Input::List { items, editing, .. } => Some(merged(items, editing).join("\n")),
            _ => None,
        }
    }

    /// Selects all of a text field's text, so what is typed next replaces it.
    pub(crate) fn select_all(&mut self) {
        match self {
            Input::Line { area, .. } | Input::Lines(area) => area.select_all(),
            _ => {}
        }
    }

    /// Puts text back from the external editor.
    pub(crate) fn set_editor_text(&mut self, text: &str) {
        let text = text.trim_end_matches(['\n', '\r']);
        match self {
            Input::Line { area, .. } => *area = line_area(text.lines().next().unwrap_or_default()),
            Input::Lines(area) => *area = lines_area(text),
            Input::List {
                items,
                cursor,
                editing,
            } => {
                *items = text
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_string)
                    .collect();
                *cursor = items.len();
                *editing = None;
            }
            _ => {}
        }
    }
}

/// The items of a list with the one being typed put in place (an emptied item removed).
fn merged(items: &[String], editing: &Option<(usize, TextArea<'static>)>) -> Vec<String> {
    let mut items = items.to_vec();
    if let Some((at, area)) = editing {
        let text = area.lines().join(" ").trim().to_string();
        match (*at < items.len(), text.is_empty()) {
            (true, true) => {
                items.remove(*at);
            }
            (true, false) => items[*at] = text,
            (false, false) => items.push(text),
            (false, true) => {}
        }
    }
    items
}
