//! Where each part of the home screen is: the view draws into these areas and a click picks
//! the row under it from the same layout.

use ratatui::layout::{Constraint, Layout as Split, Rect};

use super::Home;
use crate::tui::text;

/// Where each part of the home screen is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// The title line.
    pub title: Rect,
    /// The table of campaigns (its header on the first line).
    pub table: Rect,
    /// The selected campaign's details.
    pub details: Rect,
    /// The last thing that happened.
    pub message: Rect,
    /// The filter line.
    pub filter: Rect,
    /// The hint line.
    pub hints: Rect,
}

/// The home screen's layout in `area`.
pub(crate) fn layout(area: Rect, home: &Home) -> Layout {
    let message_lines = home.message.as_ref().map_or(1, |(text, _)| {
        text::wrapped_lines(&format!(" ✓ {text}"), area.width).clamp(1, 3)
    });
    let [title, _, table, details, message, filter, hints] = Split::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(2),
        Constraint::Length(message_lines),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    Layout {
        title,
        table,
        details,
        message,
        filter,
        hints,
    }
}

impl Layout {
    /// The line on screen of the table's first row (below its header).
    pub(crate) fn first_row(&self) -> u16 {
        self.table.y + 1
    }

    /// The visible row a click on screen line `row` lands on, if any, as the view drew the
    /// list (scrolled so that `selected` shows).
    pub(crate) fn row_at(&self, row: u16, rows: usize, selected: usize) -> Option<usize> {
        let line = usize::from(row.checked_sub(self.first_row())?);
        let room = usize::from(self.table.height.saturating_sub(1)).max(1);
        (line < room)
            .then(|| super::view::first_shown(selected, room) + line)
            .filter(|i| *i < rows)
    }
}
