//! Where each part of the wizard is, computed from the state and the window: the view draws
//! into these areas, and update reads the same layout for the mouse and for scrolling, so a
//! change to how the screen is laid out moves both together.

use ratatui::layout::Rect;

use super::content::{field_block, intro_lines, panel_height};
use super::{Status, Wizard};
use crate::form::STEPS;
use crate::tui::text;
use crate::tui::theme::Theme;

/// Where each part of the wizard is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// The title line.
    pub header: Rect,
    /// The step list.
    pub steps: Rect,
    /// The step's fields.
    pub pane: Rect,
    /// The fields pane inside its margin.
    pub inner: Rect,
    /// Lines above the fields in `inner`: the step's title and intro, a blank, its panel.
    pub top: u16,
    /// The file preview, when shown.
    pub preview: Option<Rect>,
    /// The status line.
    pub status: Rect,
    /// The hint line.
    pub hints: Rect,
    /// Whether the step list shows only numbers and marks.
    pub compact: bool,
}

const STEP_LIST: u16 = 24;
const STEP_LIST_COMPACT: u16 = 7;

/// The wizard's layout in `area`. Plain arithmetic: this runs on every keystroke (for
/// scrolling and the mouse too), and a constraint solver here cost more than the rest.
pub(crate) fn layout(area: Rect, w: &Wizard) -> Layout {
    let line = |y: u16| Rect {
        y,
        height: 1,
        ..area
    };
    let bottom = area.y + area.height;
    // A long note (the folder an export went to) wraps onto up to three lines.
    let status_lines = text::wrapped_lines(&status_text(w), area.width).clamp(1, 3);
    let status = Rect {
        y: bottom.saturating_sub(1 + status_lines),
        height: status_lines,
        ..area
    };
    let body = Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(2 + status_lines),
        ..area
    };
    let compact = w.preview.shown && area.width < 110;
    let list = (if compact {
        STEP_LIST_COMPACT
    } else {
        STEP_LIST
    })
    .min(body.width);
    let share = if compact { 45 } else { 40 };
    let preview_width = if w.preview.shown {
        body.width * share / 100
    } else {
        0
    };
    let pane_width = body.width.saturating_sub(list + preview_width);
    let pane = Rect {
        x: body.x + list,
        width: pane_width,
        ..body
    };
    let inner = Rect {
        x: pane.x + 1,
        width: pane.width.saturating_sub(2),
        ..pane
    };
    Layout {
        header: line(area.y),
        steps: Rect {
            width: list,
            ..body
        },
        pane,
        inner,
        top: top_lines(w, inner),
        preview: w.preview.shown.then_some(Rect {
            x: pane.x + pane_width,
            width: preview_width,
            ..body
        }),
        status,
        hints: line(bottom.saturating_sub(1)),
        compact,
    }
}

/// Lines above the fields: the step's title and intro, a blank, and the step's panel.
fn top_lines(w: &Wizard, inner: Rect) -> u16 {
    if w.row.is_some() {
        return 3;
    }
    let intro = intro_lines(w, inner.width as usize).len() as u16;
    1 + intro + 1 + panel_height(w, inner)
}

impl Layout {
    /// The step a click at `(column, row)` lands on, if any.
    pub(crate) fn step_at(&self, column: u16, row: u16) -> Option<usize> {
        let steps = self.steps;
        let first = steps.y + 1;
        let inside = column >= steps.x && column < steps.x + steps.width;
        (inside && row >= first)
            .then(|| (row - first) as usize)
            .filter(|i| *i < STEPS.len())
    }

    /// Whether `(column, row)` is over the fields pane.
    pub(crate) fn over_pane(&self, column: u16, row: u16) -> bool {
        let pane = self.pane;
        column >= pane.x
            && column < pane.x + pane.width
            && row >= pane.y
            && row < pane.y + pane.height
    }

    /// Lines the fields have below the step's title, intro and panel.
    pub(crate) fn room(&self) -> usize {
        self.inner.height.saturating_sub(self.top) as usize
    }

    /// The height of each field of the pane, as the view draws it.
    pub(crate) fn field_heights(&self, w: &Wizard) -> Vec<usize> {
        let (fields, focus) = w.pane_fields();
        let row = w.row.map(|r| r.index);
        fields
            .iter()
            .enumerate()
            .map(|(i, f)| {
                field_block(
                    w,
                    f,
                    row,
                    i == focus,
                    self.inner.width,
                    Theme { color: false },
                )
                .lines
                .len()
            })
            .collect()
    }
}

/// The status line's text without styles, to size its area.
fn status_text(w: &Wizard) -> String {
    let mut text = match &w.status {
        Status::Error(e) => format!(" ✗ {e}"),
        Status::Note(n) => format!(" {n}"),
        _ => " ● Unsaved changes (last saved at 00:00)".to_string(),
    };
    if matches!(w.status, Status::Note(_) | Status::Error(_)) && w.dirty() {
        text.push_str("  ● unsaved");
    }
    if !w.invalid.is_empty() {
        text.push_str("  ✗ 99 fields need fixing");
    }
    if w.unstored {
        text.push_str(TYPING_UNSTORED);
    }
    text
}

/// Said while the focused field holds text that does not fit (it is kept, not stored).
pub(crate) const TYPING_UNSTORED: &str = "  ✗ typed text does not fit yet";
