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

    /// Focuses field `index` of the step (closing any open row).
    pub(super) fn focus_field(&mut self, index: usize) {
        self.focus = index;
        self.row = None;
        self.after_focus();
    }

    fn after_focus(&mut self) {
        self.load_input();
        if let Some(focus) = self.focused() {
            self.preview.file = focus.path.file;
        }
    }

    /// Tab: the next column of an open row (wrapping), else the next field, else the next
    /// step's first field.
    pub(super) fn next_field(&mut self, now: &Now) {
        self.leave_field(now);
        if let Some(row) = &mut self.row {
            let columns = STEPS[self.step].fields[row.field].columns().len().max(1);
            row.column = (row.column + 1) % columns;
            self.after_focus();
            return;
        }
        let fields = self.current_step().fields;
        match (self.focus + 1..fields.len()).find(|i| self.editable(&fields[*i])) {
            Some(next) => self.focus_field(next),
            None if self.step + 1 < STEPS.len() => self.go_step(self.step + 1, false),
            None => {}
        }
    }

    /// Shift-Tab: the previous column or field, else the previous step's last field.
    pub(super) fn prev_field(&mut self, now: &Now) {
        self.leave_field(now);
        if let Some(row) = &mut self.row {
            let columns = STEPS[self.step].fields[row.field].columns().len().max(1);
            row.column = (row.column + columns - 1) % columns;
            self.after_focus();
            return;
        }
        let fields = self.current_step().fields;
        match (0..self.focus).rev().find(|i| self.editable(&fields[*i])) {
            Some(prev) => self.focus_field(prev),
            None if self.step > 0 => self.go_step(self.step - 1, true),
            None => {}
        }
    }

    /// Goes to a step, on its first editable field (or its last with `at_end`).
    pub(super) fn go_step(&mut self, step: usize, at_end: bool) {
        self.step = step.min(STEPS.len() - 1);
        self.scroll = 0;
        self.review = 0;
        let fields = self.current_step().fields;
        let mut order: Vec<usize> = (0..fields.len()).collect();
        if at_end {
            order.reverse();
        }
        let first = order.iter().copied().find(|i| self.editable(&fields[*i]));
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
