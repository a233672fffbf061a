//! Storing what was typed: the focused editor's text becomes a value at its key path through
//! `Docs` (the one address scheme), or stays as typed with the reason it does not fit. Rows
//! are removed and moved here too.

use toml_edit::{DocumentMut, Item, Value};

use super::{Invalid, Wizard};
use crate::brief::FileKind;
use crate::doc::{Docs, EditError};
use crate::path::{KeyPath, PathError};
use crate::tui::clock::Now;

/// A refused change in plain words, without the key path the field already shows.
pub(crate) fn reason(error: &EditError) -> String {
    match error {
        EditError::Path(PathError::Required { .. }) => {
            "This is required; it cannot be empty.".into()
        }
        EditError::Path(PathError::BadValue { message, .. }) => message.clone(),
        other => other.to_string(),
    }
}

fn doc_mut(docs: &mut Docs, file: FileKind) -> Option<&mut DocumentMut> {
    match file {
        FileKind::Campaign => Some(&mut docs.campaign),
        FileKind::Creator => docs.creator.as_mut(),
        FileKind::Influencer => docs.influencer.as_mut(),
    }
}

impl Wizard {
    /// The focused field's stored value as its editor shows it.
    fn shown_text(&self, focus: &super::Focus) -> Option<String> {
        let item = self.docs.get(&focus.path).ok().flatten();
        let range = self.range_text(&focus.path);
        self.editor(
            focus.field.kind(),
            focus.path.file,
            item,
            range.as_deref(),
            0,
        )
        .text()
    }

    /// Whether the focused field holds typed text that is not stored because it does not fit
    /// (yet): the status line says so rather than "saved".
    pub(crate) fn typing_unstored(&self) -> bool {
        let (Some(focus), Some(text)) = (self.focused(), self.input.text()) else {
            return false;
        };
        if self.shown_text(&focus).as_deref() == Some(text.as_str())
            || !self.applicability(focus.field).editable()
        {
            return false;
        }
        let mut trial = self.docs.clone();
        trial.set_as(&focus.path, &text, Some(false)).is_err()
    }

    /// Stores the focused editor's text. While typing (`leaving` false) a value that does not
    /// fit is kept quietly; when leaving the field its reason is shown under it. Returns
    /// whether the documents changed.
    pub(super) fn store(&mut self, now: &Now, leaving: bool) -> bool {
        let Some(focus) = self.focused() else {
            return false;
        };
        if !self.applicability(focus.field).editable() {
            return false;
        }
        let Some(text) = self.input.text() else {
            return false;
        };
        let key = focus.path.to_string();
        // Unchanged: keep the file's own formatting (a multi-line list stays multi-line).
        if self.shown_text(&focus).as_deref() == Some(text.as_str()) {
            self.invalid.remove(&key);
            return false;
        }
        let rule = self.tier_rule(&focus.path);
        match self.docs.set_as(&focus.path, &text, rule) {
            Ok(()) => {
                self.invalid.remove(&key);
                // The partnership decides which briefs exist: everything is read again.
                let changed = if key == "campaign.partnership" {
                    let before = self.derived.texts.clone();
                    self.refresh(now);
                    before != self.derived.texts
                } else {
                    self.refresh_file(focus.path.file, now)
                };
                self.draft_due |= changed;
                changed
            }
            Err(error) => {
                if leaving || self.invalid.contains_key(&key) {
                    let typed = self.input.typed_text();
                    self.invalid.insert(
                        key,
                        Invalid {
                            text: typed,
                            reason: reason(&error),
                        },
                    );
                    self.draft_due = true;
                }
                // Leaving: what typing stored on the way ("12" of "12k") goes back to the
                // value the field had, so only whole values are ever saved.
                if leaving && let Some(before) = self.focus_value.clone() {
                    let rule = self.tier_rule(&focus.path);
                    let _ = self.docs.set_as(&focus.path, &before, rule);
                    self.refresh(now);
                }
                false
            }
        }
    }

    /// Re-keys typed-but-invalid text of the rows field `path` after rows moved: `to` gives
    /// each old row index its new one, or `None` when the row is gone.
    fn move_invalid(&mut self, path: &KeyPath, to: impl Fn(usize) -> Option<usize>) {
        let prefix = format!("{path}[");
        let moved: Vec<String> = self
            .invalid
            .keys()
            .filter(|k| k.starts_with(&prefix))
            .cloned()
            .collect();
        let mut kept = Vec::new();
        for key in moved {
            let Some(entry) = self.invalid.remove(&key) else {
                continue;
            };
            let rest = &key[prefix.len()..];
            let Some((digits, tail)) = rest.split_once(']') else {
                continue;
            };
            if let Some(new) = digits.parse::<usize>().ok().and_then(&to) {
                kept.push((format!("{prefix}{new}]{tail}"), entry));
            }
        }
        self.invalid.extend(kept);
    }

    /// Removes row `index` of the rows field `path`.
    pub(super) fn remove_row(&mut self, path: &KeyPath, index: usize, now: &Now) {
        match self.docs.clear(&path.row(index)) {
            Ok(()) => {
                // Typed text that did not fit belongs to its row: it goes with a removed row,
                // and moves up with the rows below it.
                self.move_invalid(path, |i| match i.cmp(&index) {
                    std::cmp::Ordering::Less => Some(i),
                    std::cmp::Ordering::Equal => None,
                    std::cmp::Ordering::Greater => Some(i - 1),
                });
                self.refresh(now);
                self.draft_due = true;
            }
            Err(e) => self.status = super::Status::Error(reason(&e)),
        }
    }

    /// Swaps rows `a` and `b` of the rows field `path` (a top-level key of its file).
    pub(super) fn swap_rows(&mut self, path: &KeyPath, a: usize, b: usize, now: &Now) {
        let Some(name) = path.segments.first().map(|s| s.name.clone()) else {
            return;
        };
        let Some(doc) = doc_mut(&mut self.docs, path.file) else {
            return;
        };
        if swap_in(doc, &name, a, b) {
            self.move_invalid(path, |i| {
                Some(if i == a {
                    b
                } else if i == b {
                    a
                } else {
                    i
                })
            });
            self.refresh(now);
            self.draft_due = true;
        }
    }
}

impl Wizard {
    /// Moves row `index` of deliverables or posts one status on (or back), setting the day it
    /// was delivered or went live to today when it reaches that state and has none.
    pub(super) fn step_row_status(
        &mut self,
        path: &KeyPath,
        index: usize,
        forward: bool,
        now: &Now,
    ) {
        let values: &[&str] = match path.to_string().as_str() {
            "creator.deliverables" => crate::brief::DeliverableStatus::VALUES,
            "influencer.posts" => crate::brief::PostStatus::VALUES,
            _ => {
                self.status =
                    super::Status::Note("Only deliverables and posts have a status.".into());
                return;
            }
        };
        let row = path.row(index);
        let status_key = row.child("status");
        let current = self
            .docs
            .get(&status_key)
            .ok()
            .flatten()
            .and_then(|i| i.as_str().map(str::to_string));
        let at = current
            .as_deref()
            .and_then(|c| values.iter().position(|v| *v == c))
            .unwrap_or(0);
        let next = if forward {
            (at + 1).min(values.len() - 1)
        } else {
            at.saturating_sub(1)
        };
        let value = values[next];
        if self.docs.set(&status_key, value).is_err() {
            return;
        }
        let day_key = match value {
            "delivered" => Some(row.child("delivered_on")),
            "live" => Some(row.child("live_on")),
            _ => None,
        };
        if let Some(day) = day_key
            && self.docs.get(&day).ok().flatten().is_none()
        {
            let _ = self.docs.set(&day, &now.today().to_string());
        }
        self.status =
            super::Status::Note(format!("Row {}: {}", index + 1, value.replace('-', " ")));
        self.refresh(now);
        self.draft_due = true;
    }
}

/// Swaps two rows in place; `[[rows]]` tables also swap their place in the file.
fn swap_in(doc: &mut DocumentMut, name: &str, a: usize, b: usize) -> bool {
    match doc.get_mut(name) {
        Some(Item::ArrayOfTables(rows)) => {
            let (Some(ta), Some(tb)) = (rows.get(a).cloned(), rows.get(b).cloned()) else {
                return false;
            };
            let (mut ta, mut tb) = (ta, tb);
            let (pa, pb) = (ta.position(), tb.position());
            ta.set_position(pb);
            tb.set_position(pa);
            let Some(slot) = rows.get_mut(a) else {
                return false;
            };
            *slot = tb;
            let Some(slot) = rows.get_mut(b) else {
                return false;
            };
            *slot = ta;
            true
        }
        Some(Item::Value(Value::Array(array))) => {
            let (Some(va), Some(vb)) = (array.get(a).cloned(), array.get(b).cloned()) else {
                return false;
            };
            array.replace(a, vb);
            array.replace(b, va);
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_swap_with_their_place_in_the_file() {
        let text = "version = 1\nkind = \"creator\"\n\n[[partners]]\nname = \"A\"\n\n[[partners]]\nname = \"B\"\n\n[schedule]\nrevision_rounds = 2\n";
        let mut doc: DocumentMut = text.parse().unwrap();
        assert!(swap_in(&mut doc, "partners", 0, 1));
        let out = doc.to_string();
        assert!(
            out.find("\"B\"").unwrap() < out.find("\"A\"").unwrap(),
            "{out}"
        );
        assert!(
            out.find("\"A\"").unwrap() < out.find("[schedule]").unwrap(),
            "{out}"
        );
        assert!(!swap_in(&mut doc, "partners", 0, 5));
    }
}
