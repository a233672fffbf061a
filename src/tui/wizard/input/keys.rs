//! What keys do to the focused field's editor: typing, pasting, and the field keys of the
//! keymap (choices, ticks, numbers and dates by Up/Down, list items, rows).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::TextArea;

use super::{Input, Outcome, line_area};
use crate::brief::{Date, Number};
use crate::path::Kind;
use crate::tui::keymap::Action;

impl Input {
    /// Pasted text goes where typing goes.
    pub(crate) fn paste(&mut self, text: &str) -> Outcome {
        let area = match self {
            Input::Line { area, .. } => area,
            Input::List {
                editing: Some((_, area)),
                ..
            } => area,
            Input::Lines(area) => {
                area.insert_str(text.replace('\r', ""));
                return Outcome::Changed;
            }
            _ => return Outcome::Same,
        };
        area.insert_str(text.replace(['\n', '\r'], " "));
        Outcome::Changed
    }

    /// A key the keymap gave no intent: typed into the text editor, or a letter that picks
    /// a choice, or the first letter of a new list item.
    pub(crate) fn type_key(&mut self, key: KeyEvent) -> Outcome {
        match self {
            Input::Line { area, .. }
            | Input::List {
                editing: Some((_, area)),
                ..
            } => {
                if matches!(key.code, KeyCode::Enter | KeyCode::Up | KeyCode::Down) {
                    return Outcome::Same;
                }
                changed(area.input(key))
            }
            Input::Lines(area) => changed(area.input(key)),
            Input::Choice {
                options, selected, ..
            } => match plain_char(&key).and_then(|c| next_starting(options, *selected, c)) {
                Some(i) => {
                    *selected = Some(i);
                    Outcome::Changed
                }
                None => Outcome::Same,
            },
            // A letter moves to the next choice starting with it; Space ticks.
            Input::Many {
                options, cursor, ..
            } => match plain_char(&key).and_then(|c| next_starting(options, Some(*cursor), c)) {
                Some(i) => {
                    *cursor = i;
                    Outcome::Moved
                }
                None => Outcome::Same,
            },
            Input::List {
                editing: editing @ None,
                cursor,
                items,
            } => match plain_char(&key) {
                Some(c) => {
                    let mut area = line_area("");
                    area.insert_char(c);
                    *cursor = items.len();
                    *editing = Some((items.len(), area));
                    Outcome::Changed
                }
                None => Outcome::Same,
            },
            _ => Outcome::Same,
        }
    }

    /// Handles a field key the keymap mapped to `action`; `today` seeds an empty date.
    pub fn act(&mut self, action: Action, today: Date) -> Outcome {
        match self {
            Input::Line { area, kind } => step_line(area, *kind, action, today),
            Input::Choice {
                options, selected, ..
            } => {
                let n = options.len();
                *selected = match (action, *selected) {
                    (Action::Clear, _) => None,
                    (Action::Up, None) => Some(n - 1),
                    (Action::Up, Some(i)) => Some((i + n - 1) % n),
                    (Action::Down, None) => Some(0),
                    (Action::Down, Some(i)) => Some((i + 1) % n),
                    _ => return Outcome::Same,
                };
                Outcome::Changed
            }
            Input::Many {
                options,
                ticked,
                cursor,
            } => match action {
                Action::Up if !options.is_empty() => {
                    *cursor = (*cursor + options.len() - 1) % options.len();
                    Outcome::Moved
                }
                Action::Down if !options.is_empty() => {
                    *cursor = (*cursor + 1) % options.len();
                    Outcome::Moved
                }
                Action::Toggle => {
                    if let Some(t) = ticked.get_mut(*cursor) {
                        *t = !*t;
                    }
                    Outcome::Changed
                }
                _ => Outcome::Same,
            },
            Input::List { .. } => self.act_list(action),
            Input::Rows { count, cursor } => act_rows(*count, cursor, action),
            Input::Lines(_) | Input::Inert => Outcome::Same,
        }
    }

    #[expect(clippy::too_many_lines, reason = "one arm per list key")]
    fn act_list(&mut self, action: Action) -> Outcome {
        let Input::List {
            items,
            cursor,
            editing,
        } = self
        else {
            return Outcome::Same;
        };
        match (action, editing.is_some()) {
            (Action::Up, false) => {
                *cursor = cursor.saturating_sub(1);
                Outcome::Moved
            }
            (Action::Down, false) => {
                *cursor = (*cursor + 1).min(items.len());
                Outcome::Moved
            }
            (Action::Edit, false) if *cursor < items.len() => {
                *editing = Some((*cursor, line_area(&items[*cursor])));
                Outcome::Moved
            }
            (Action::Edit | Action::Add, false) => {
                *cursor = items.len();
                *editing = Some((items.len(), line_area("")));
                Outcome::Moved
            }
            (Action::Remove, false) if *cursor < items.len() => {
                items.remove(*cursor);
                *cursor = (*cursor).min(items.len());
                Outcome::Changed
            }
            (Action::MoveUp, false) if *cursor > 0 && *cursor < items.len() => {
                items.swap(*cursor, *cursor - 1);
                *cursor -= 1;
                Outcome::Changed
            }
            (Action::MoveDown, false) if *cursor + 1 < items.len() => {
                items.swap(*cursor, *cursor + 1);
                *cursor += 1;
                Outcome::Changed
            }
            (Action::Cancel, true) => {
                // Esc reverts an edit of an existing item, but a new item the user typed is
                // kept: typed text is never thrown away silently.
                let new_with_text = editing
                    .as_ref()
                    .is_some_and(|(at, area)| *at >= items.len() && !area.is_empty());
                if new_with_text {
                    self.finish();
                } else {
                    *editing = None;
                }
                Outcome::Changed
            }
            (Action::Done, true) => {
                let was_new = editing.as_ref().is_some_and(|(at, _)| *at >= items.len());
                let typed = editing.as_ref().is_some_and(|(_, a)| !a.is_empty());
                self.finish();
                if let Input::List {
                    items,
                    cursor,
                    editing,
                } = self
                    && was_new
                    && typed
                {
                    // Keep typing: Enter after an item starts the next one.
                    *cursor = items.len();
                    *editing = Some((items.len(), line_area("")));
                }
                Outcome::Changed
            }
            _ => Outcome::Same,
        }
    }
}

fn changed(modified: bool) -> Outcome {
    if modified {
        Outcome::Changed
    } else {
        Outcome::Moved
    }
}

/// The next option after `from` (the first when none) that starts with the letter `c`.
fn next_starting<S: AsRef<str>>(options: &[S], from: Option<usize>, c: char) -> Option<usize> {
    let start = from.map_or(0, |s| s + 1);
    (0..options.len())
        .map(|i| (start + i) % options.len())
        .find(|i| options[*i].as_ref().starts_with(c.to_ascii_lowercase()))
}

fn plain_char(key: &KeyEvent) -> Option<char> {
    match key.code {
        KeyCode::Char(c)
            if !key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(c)
        }
        _ => None,
    }
}

fn act_rows(count: usize, cursor: &mut usize, action: Action) -> Outcome {
    match action {
        Action::Up => {
            *cursor = cursor.saturating_sub(1);
            Outcome::Moved
        }
        Action::Down => {
            *cursor = (*cursor + 1).min(count);
            Outcome::Moved
        }
        Action::Edit => Outcome::EditRow((*cursor).min(count)),
        Action::Add => Outcome::EditRow(count),
        Action::Remove if *cursor < count => Outcome::RemoveRow(*cursor),
        Action::MoveUp if *cursor > 0 && *cursor < count => {
            *cursor -= 1;
            Outcome::SwapRows(*cursor, *cursor + 1)
        }
        Action::MoveDown if *cursor + 1 < count => {
            *cursor += 1;
            Outcome::SwapRows(*cursor - 1, *cursor)
        }
        Action::NextStatus if *cursor < count => Outcome::RowStatus(*cursor, true),
        Action::PrevStatus if *cursor < count => Outcome::RowStatus(*cursor, false),
        _ => Outcome::Same,
    }
}

/// Up/Down on a number (by a step that suits its kind) or a date (by a day).
fn step_line(area: &mut TextArea<'static>, kind: Kind, action: Action, today: Date) -> Outcome {
    let up = match action {
        Action::Increase => true,
        Action::Decrease => false,
        _ => return Outcome::Same,
    };
    let text = area.lines().join("").trim().to_string();
    let next = match kind {
        Kind::Date => match Date::parse(&text) {
            Some(d) => d.plus_days(if up { 1 } else { -1 }).to_string(),
            None if text.is_empty() => today.to_string(),
            None => return Outcome::Same,
        },
        _ => {
            let step = match kind {
                Kind::Money => 10.0,
                Kind::Percent => 0.5,
                _ => 1.0,
            };
            let current = if text.is_empty() {
                0.0
            } else {
                match text.replace([',', '_', '%'], "").parse::<f64>() {
                    Ok(n) => n,
                    Err(_) => return Outcome::Same,
                }
            };
            let mut n = if up { current + step } else { current - step };
            if kind != Kind::Number {
                n = n.max(0.0);
            }
            Number(n).to_string()
        }
    };
    *area = line_area(&next);
    Outcome::Changed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
    }

    #[test]
    fn a_list_takes_items_one_after_another() {
        let mut input = Input::new(Kind::TextList, None, None, 0);
        input.type_key(key('a'));
        input.act(Action::Done, Date::parse("2026-01-01").unwrap());
        input.type_key(key('b'));
        assert_eq!(input.text().unwrap(), r#"["a", "b"]"#);
        input.finish();
        assert!(!input.is_typing());
        assert_eq!(input.text().unwrap(), r#"["a", "b"]"#);
    }

    #[test]
    fn numbers_and_dates_step() {
        let today = Date::parse("2026-03-01").unwrap();
        let mut money = Input::new(Kind::Money, None, Some("95"), 0);
        money.act(Action::Increase, today);
        assert_eq!(money.text().unwrap(), "105");
        let mut date = Input::new(Kind::Date, None, None, 0);
        date.act(Action::Increase, today);
        assert_eq!(date.text().unwrap(), "2026-03-01");
        date.act(Action::Decrease, today);
        assert_eq!(date.text().unwrap(), "2026-02-28");
        let mut count = Input::new(Kind::Count, None, Some("0"), 0);
        count.act(Action::Decrease, today);
        assert_eq!(count.text().unwrap(), "0");
    }

    #[test]
    fn yes_no_by_letter() {
        let mut choice = Input::new(Kind::Bool, None, None, 0);
        assert_eq!(choice.text().unwrap(), "");
        choice.type_key(key('n'));
        assert_eq!(choice.text().unwrap(), "false");
        choice.act(Action::Clear, Date::parse("2026-01-01").unwrap());
        assert_eq!(choice.text().unwrap(), "");
    }
}
