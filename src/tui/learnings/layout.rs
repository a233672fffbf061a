//! Where each part of the learnings screen is.

use ratatui::layout::{Constraint, Layout as Split, Rect};

/// Where each part of the learnings screen is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// The title.
    pub title: Rect,
    /// The learnings, scrolled.
    pub body: Rect,
    /// The hint line.
    pub hints: Rect,
}

/// The learnings screen's layout in `area`.
pub(crate) fn layout(area: Rect) -> Layout {
    let [title, body, hints] = Split::vertical([
        Constraint::Length(2),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    Layout { title, body, hints }
}
