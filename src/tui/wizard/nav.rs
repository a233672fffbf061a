//! Moving around: fields (Tab), steps (Ctrl-N/P), rows, and jumping to the field a finding
//! is about. Leaving a field always stores it first, so nothing typed is lost, and a value
//! that does not fit never traps the cursor.

use super::{RowEdit, Wizard};
use crate::form::{self, Field, STEPS};
use crate::path::KeyPath;
use crate::tui::clock::Now;

impl Wizard {
    /// The fields the pane lists: the open row's columns, else the step's fields.
    pub(crate) fn pane_fields(&self) -> (&'static [Field], usize) {
        let fields = self.current_step().fields;
        match self.row {
            Some(row) => match fields.get(row.field) {
                Some(f) => (f.columns(), row.column),
                None => (fields, self.focus),
            },
            None => (fields, self.focus),
        }
    }

    /// Finishes and stores the focused field (errors shown).
    pub(super) fn leave_field(&mut self, now: &Now) {
        self.input.finish();
        self.store(now, true);
    }

    pub(super) fn editable(&self, field: &Field) -> bool {
        self.applicability(field).editable()
    }

    /// Whether Tab stops on a field: editable and not n/a as things stand.
    fn tab_stop(&self, field: &Field) -> bool {
        matches!(self.applicability(field), form::Applicability::Applies)
    }

    /// Whether no field of step `step` applies to the campaign as it stands (a brief it does
    /// not use, or a condition not met, whatever the step's kind): the step keys pass over
    /// it (a click still opens it).
    pub(crate) fn step_not_applicable(&self, step: usize) -> bool {
        STEPS.get(step).is_some_and(|s| {
            !s.fields.is_empty() && !s.fields.iter().any(|f| self.applicability(f).applies())
        })
    }

    /// The next step the step keys stop on after (or before, `back`) the current one.
    pub(super) fn step_after(&self, back: bool) -> Option<usize> {
        if back {
            (0..self.step).rev().find(|s| !self.step_not_applicable(*s))
        } else {
            (self.step + 1..STEPS.len()).find(|s| !self.step_not_applicable(*s))
        }
    }

    /// Focuses field `index` of the step (closing any open row).
    pub(super) fn focus_field(&mut self, index: usize) {
        self.focus = index;
        self.row = None;
        self.after_focus();
    }

    fn after_focus(&mut self) {
        let at = self.focused().map(|f| f.path.to_string());
        if self
            .finding
            .as_ref()
            .is_some_and(|f| Some(&f.at) != at.as_ref())
        {
            self.finding = None;
        }
        self.load_input();
        if let Some(focus) = self.focused() {
            self.preview.file = focus.path.file;
        }
    }

    /// The next (or previous) column of the open row that Tab stops on, wrapping; n/a
    /// columns are passed over like n/a fields.
    fn step_column(&mut self, forward: bool) {
        let Some(row) = self.row else { return };
        let all = STEPS[self.step].fields[row.field].columns();
        let count = all.len().max(1);
        let next = (1..=count)
            .map(|k| {
                if forward {
                    (row.column + k) % count
                } else {
                    (row.column + count * k - k) % count
                }
            })
            .find(|c| all.get(*c).is_none_or(|f| self.tab_stop(f)))
            .unwrap_or(row.column);
        if let Some(open) = &mut self.row {
            open.column = next;
        }
        self.after_focus();
    }

    /// Tab: the next column of an open row (wrapping), else the next field, else the next
    /// step's first field.
    pub(super) fn next_field(&mut self, now: &Now) {
        self.leave_field(now);
        if self.row.is_some() {
            self.step_column(true);
            return;
        }
        let fields = self.current_step().fields;
        match (self.focus + 1..fields.len()).find(|i| self.tab_stop(&fields[*i])) {
            Some(next) => self.focus_field(next),
            None => {
                if let Some(step) = self.step_after(false) {
                    self.go_step(step, false);
                }
            }
        }
    }

    /// Shift-Tab: the previous column or field, else the previous step's last field.
    pub(super) fn prev_field(&mut self, now: &Now) {
        self.leave_field(now);
        if self.row.is_some() {
            self.step_column(false);
            return;
        }
        let fields = self.current_step().fields;
        match (0..self.focus).rev().find(|i| self.tab_stop(&fields[*i])) {
            Some(prev) => self.focus_field(prev),
            None => {
                if let Some(step) = self.step_after(true) {
                    self.go_step(step, true);
                }
            }
        }
    }

    /// Goes to a step, on its first editable field (or its last with `at_end`).
    pub(super) fn go_step(&mut self, step: usize, at_end: bool) {
        self.step = step.min(STEPS.len() - 1);
        self.scroll = 0;
        self.review = 0;
        self.review_scroll = 0;
        let fields = self.current_step().fields;
        let mut order: Vec<usize> = (0..fields.len()).collect();
        if at_end {
            order.reverse();
        }
        let first = order
            .iter()
            .copied()
            .find(|i| self.tab_stop(&fields[*i]))
            .or_else(|| order.iter().copied().find(|i| self.editable(&fields[*i])));
        self.focus_field(first.unwrap_or(0));
        self.draft_due = true;
    }

    /// Opens row `index` of the focused rows field on column `column`.
    pub(super) fn open_row(&mut self, index: usize, column: usize) {
        self.row = Some(RowEdit {
            field: self.focus,
            index,
            column,
        });
        self.scroll = 0;
        self.after_focus();
    }

    /// Closes the open row, back on its line in the list of rows.
    pub(super) fn close_row(&mut self, now: &Now) {
        self.leave_field(now);
        let Some(row) = self.row.take() else { return };
        self.scroll = 0;
        self.after_focus();
        if let super::Input::Rows { cursor, count } = &mut self.input {
            *cursor = row.index.min(*count);
        }
    }

    /// The fields holding typed text that does not fit, in step order.
    pub(crate) fn to_fix(&self) -> Vec<crate::tui::popup::ToFix> {
        let mut out: Vec<crate::tui::popup::ToFix> = self
            .invalid
            .keys()
            .filter_map(|key| {
                let path = KeyPath::parse(key).ok()?;
                let place = form::locate(&path)?;
                let field = &form::STEPS.get(place.step)?.fields[place.field];
                let label = match place.row {
                    Some((row, column)) => format!(
                        "{} {} › {}",
                        field.label,
                        row + 1,
                        field.columns().get(column).map_or("", |c| c.label)
                    ),
                    None => field.label.to_string(),
                };
                Some(crate::tui::popup::ToFix {
                    label,
                    step: place.step,
                    path,
                })
            })
            .collect();
        out.sort_by_key(|f| f.step);
        out
    }

    /// Goes to the field that edits `path` (a finding's key), opening its row if needed.
    pub(crate) fn jump(&mut self, path: &KeyPath, now: &Now) -> bool {
        let Some(place) = form::locate(path) else {
            return false;
        };
        self.leave_field(now);
        self.go_step(place.step, false);
        self.focus_field(place.field);
        if let Some((row, column)) = place.row {
            let rows = self.rows(&self.current_step().fields[place.field]);
            self.open_row(row.min(rows), column);
        }
        true
    }
}
