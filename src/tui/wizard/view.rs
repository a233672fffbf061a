//! Drawing the wizard: header with "step n of m", the step list with marks and the coverage
//! gauge, the fields of the step (or the open row), a live preview of the file, the status
//! line and the hint line. Pure functions of the state; the layout is shared with `update`
//! (scrolling, mouse) so both agree on what is where.

mod fields;
mod panels;
mod preview;
mod review;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, LineGauge, Paragraph};

use super::{Status as StatusLine, Wizard};
use crate::form::{STEPS, StepKind};
use crate::practice::{Severity, Status};
use crate::tui::rules::{self, Checks};
use crate::tui::theme::Theme;
use crate::tui::{text, view};

pub use fields::field_block;
pub use review::{ReviewTarget, review_lines, review_target};

/// Where each part of the wizard is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    /// The title line.
    pub header: Rect,
    /// The step list.
    pub steps: Rect,
    /// The step's fields.
    pub pane: Rect,
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
pub fn areas(w: &Wizard, area: Rect) -> Areas {
    let line = |y: u16| Rect {
        y,
        height: 1,
        ..area
    };
    let bottom = area.y + area.height;
    let header = line(area.y);
    // A long note (the folder an export went to) wraps onto up to three lines.
    let status_lines = wrapped_lines(&status_text(w), area.width).clamp(1, 3);
    let status = Rect {
        y: bottom.saturating_sub(1 + status_lines),
        height: status_lines,
        ..area
    };
    let hints = line(bottom.saturating_sub(1));
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
    let steps = Rect {
        width: list,
        ..body
    };
    let pane = Rect {
        x: body.x + list,
        width: pane_width,
        ..body
    };
    let preview = w.preview.shown.then_some(Rect {
        x: pane.x + pane_width,
        width: preview_width,
        ..body
    });
    Areas {
        header,
        steps,
        pane,
        preview,
        status,
        hints,
        compact,
    }
}

/// The fields pane inside its margin.
fn pane_inner(pane: Rect) -> Rect {
    Rect {
        x: pane.x + 1,
        width: pane.width.saturating_sub(2),
        ..pane
    }
}

/// Lines above the fields: the step's title and intro, a blank, and the step's panel.
fn top_lines(w: &Wizard, inner: Rect) -> u16 {
    if w.row.is_some() {
        return 3;
    }
    let intro = text::wrap(w.current_step().intro, inner.width as usize).len() as u16;
    1 + intro + 1 + panels::panel_height(w, inner)
}

/// Adjusts the scroll so the focused field is visible in a window of `size`.
pub fn keep_visible(w: &mut Wizard, size: (u16, u16)) {
    let area = Rect::new(0, 0, size.0, size.1);
    let inner = pane_inner(areas(w, area).pane);
    let room = inner.height.saturating_sub(top_lines(w, inner)) as usize;
    let (fields, focus) = w.pane_fields();
    let row = w.row.map(|r| r.index);
    let heights: Vec<usize> = fields
        .iter()
        .enumerate()
        .map(|(i, f)| {
            field_block(w, f, row, i == focus, inner.width, Theme { color: false })
                .lines
                .len()
        })
        .collect();
    if focus < w.scroll {
        w.scroll = focus;
    }
    while w.scroll < focus
        && heights[w.scroll..=focus.min(heights.len().saturating_sub(1))]
            .iter()
            .sum::<usize>()
            > room
    {
        w.scroll += 1;
    }
}

/// The step a click at `(column, row)` lands on, if any.
pub fn step_at(w: &Wizard, size: (u16, u16), column: u16, row: u16) -> Option<usize> {
    let steps = areas(w, Rect::new(0, 0, size.0, size.1)).steps;
    let first = steps.y + 1;
    let inside = column >= steps.x && column < steps.x + steps.width;
    (inside && row >= first)
        .then(|| (row - first) as usize)
        .filter(|i| *i < STEPS.len())
}

/// Whether `(column, row)` is over the fields pane.
pub fn over_pane(w: &Wizard, size: (u16, u16), column: u16, row: u16) -> bool {
    let pane = areas(w, Rect::new(0, 0, size.0, size.1)).pane;
    column >= pane.x && column < pane.x + pane.width && row >= pane.y && row < pane.y + pane.height
}

/// Draws the wizard.
pub fn draw(frame: &mut Frame, w: &Wizard, theme: Theme) {
    let a = areas(w, frame.area());
    draw_header(frame, w, a.header, theme);
    draw_steps(frame, w, a.steps, a.compact, theme);
    let inner = pane_inner(a.pane);
    if w.current_step().kind == StepKind::Review && w.row.is_none() {
        review::draw_review(frame, w, inner, theme);
    } else {
        fields::draw_pane(frame, w, inner, top_lines(w, inner), theme);
    }
    if let Some(area) = a.preview {
        preview::draw(frame, w, area, theme);
    }
    draw_status(frame, w, a.status, theme);
    view::draw_hints(frame, a.hints, &w.contexts(), theme);
}

fn draw_header(frame: &mut Frame, w: &Wizard, area: Rect, theme: Theme) {
    let name = crate::safe_text::terminal(&w.name()).into_owned();
    let name = if name.trim().is_empty() {
        "New campaign".to_string()
    } else {
        name
    };
    let partnership = w
        .derived
        .bundle
        .as_ref()
        .map(|b| b.partnership().as_str())
        .unwrap_or("hybrid");
    let step = w.current_step();
    // The step's full title when there is room, else its short one.
    let mut right = format!("step {} of {} · {} ", w.step + 1, STEPS.len(), step.title);
    let fixed = " splitbrief › ".len() + 3 + partnership.len() + 2;
    if (area.width as usize) < text::width(&right) + fixed + 16 {
        right = format!("step {} of {} · {} ", w.step + 1, STEPS.len(), step.short);
    }
    let room = (area.width as usize).saturating_sub(text::width(&right) + fixed);
    let left = Line::from(vec![
        Span::styled(" splitbrief ", theme.title()),
        Span::styled("› ", theme.dim()),
        Span::styled(text::truncate(&name, room), theme.title()),
        Span::styled(format!(" · {partnership}"), theme.dim()),
    ]);
    frame.render_widget(Paragraph::new(left), area);
    let right_area = Rect {
        x: area.x + area.width.saturating_sub(text::width(&right) as u16),
        width: (text::width(&right) as u16).min(area.width),
        ..area
    };
    frame.render_widget(
        Paragraph::new(Span::styled(right, theme.title())),
        right_area,
    );
}

fn draw_steps(frame: &mut Frame, w: &Wizard, area: Rect, compact: bool, theme: Theme) {
    let block = Block::new()
        .borders(Borders::RIGHT)
        .border_style(theme.border());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut lines = vec![Line::styled(
        if compact { " Step" } else { " Steps" },
        theme.dim(),
    )];
    for (i, step) in STEPS.iter().enumerate() {
        let mark = w.derived.marks.get(i).copied().unwrap_or(Status::Missing);
        let mark_style = panels::status_style(mark, theme);
        let current = i == w.step;
        let pointer = if current { "▶" } else { " " };
        let flag = w.derived.checks.as_ref().and_then(|c| c.step_flag(i));
        let room = inner
            .width
            .saturating_sub(if flag.is_some() { 6 } else { 4 });
        let label = if compact {
            format!("{:>2}", i + 1)
        } else {
            text::truncate(&format!("{:>2} {}", i + 1, step.short), room as usize)
        };
        let style = if current { theme.focus() } else { theme.text() };
        let flag = match flag {
            Some(severity) => Span::styled(
                format!(" {}", rules::severity_symbol(severity)),
                if severity == Severity::Error {
                    theme.error()
                } else {
                    theme.warn()
                },
            ),
            None => Span::raw(""),
        };
        lines.push(Line::from(vec![
            Span::raw(pointer),
            Span::styled(rules::symbol(mark), mark_style),
            Span::raw(" "),
            Span::styled(label, style),
            flag,
        ]));
    }
    frame.render_widget(Paragraph::new(lines), inner);
    draw_gauge(frame, w, inner, compact, theme);
}

fn draw_gauge(frame: &mut Frame, w: &Wizard, inner: Rect, compact: bool, theme: Theme) {
    let top = inner.y + STEPS.len() as u16 + 2;
    if top + 2 > inner.y + inner.height {
        return;
    }
    let (label, ratio) = match w.derived.checks.as_ref().map(Checks::coverage) {
        Some((done, all)) => (
            format!("{done}/{all}"),
            if all == 0 {
                0.0
            } else {
                done as f64 / all as f64
            },
        ),
        None => ("—".to_string(), 0.0),
    };
    let title = if compact {
        label.clone()
    } else {
        format!("Coverage {label}")
    };
    frame.render_widget(
        Paragraph::new(Line::styled(format!(" {title}"), theme.title())),
        Rect {
            y: top,
            height: 1,
            ..inner
        },
    );
    let gauge = LineGauge::default()
        .ratio(ratio)
        .label("")
        .filled_style(theme.ok())
        .unfilled_style(theme.dim());
    let area = Rect {
        x: inner.x + 1,
        y: top + 1,
        width: inner.width.saturating_sub(2),
        height: 1,
    };
    frame.render_widget(gauge, area);
    draw_legend(
        frame,
        Rect {
            y: top + 3,
            height: 2,
            ..inner
        },
        compact,
        theme,
    );
}

/// What the step marks mean, when there is room.
fn draw_legend(frame: &mut Frame, area: Rect, compact: bool, theme: Theme) {
    if compact || area.y + 2 > frame.area().height.saturating_sub(2) {
        return;
    }
    let mark = |m: Status| {
        vec![
            Span::styled(rules::symbol(m), panels::status_style(m, theme)),
            Span::styled(format!(" {:<8}", rules::word(m)), theme.dim()),
        ]
    };
    let row = |a: Status, b: Status| Line::from([vec![Span::raw(" ")], mark(a), mark(b)].concat());
    let lines = vec![
        row(Status::Done, Status::Partly),
        row(Status::Missing, Status::NotApplicable),
    ];
    frame.render_widget(Paragraph::new(lines), area);
}

/// Lines `text` takes when wrapped at `width` (word wrap may take a little more; the caller
/// caps it).
pub(crate) fn wrapped_lines(text: &str, width: u16) -> u16 {
    let width = usize::from(width.max(1));
    let chars = unicode_width::UnicodeWidthStr::width(text);
    u16::try_from(chars.div_ceil(width)).unwrap_or(u16::MAX)
}

/// The status line's text without styles, to size its area.
fn status_text(w: &Wizard) -> String {
    let mut text = match &w.status {
        StatusLine::Error(e) => format!(" ✗ {e}"),
        StatusLine::Note(n) => format!(" {n}"),
        _ => " ● Unsaved changes (last saved at 00:00)".to_string(),
    };
    if matches!(w.status, StatusLine::Note(_) | StatusLine::Error(_)) && w.dirty() {
        text.push_str("  ● unsaved");
    }
    if !w.invalid.is_empty() {
        text.push_str("  ✗ 99 fields need fixing");
    }
    text
}

fn draw_status(frame: &mut Frame, w: &Wizard, area: Rect, theme: Theme) {
    let mut spans = vec![Span::raw(" ")];
    let (text, style): (String, Style) = match &w.status {
        StatusLine::Error(e) => (format!("✗ {e}"), theme.error()),
        StatusLine::Note(n) => (n.clone(), theme.text()),
        StatusLine::Saved(at) if !w.dirty() => (format!("✓ Saved at {at}"), theme.ok()),
        StatusLine::Saved(at) => (
            format!("● Unsaved changes (last saved at {at})"),
            theme.warn(),
        ),
        StatusLine::Quiet if w.slug.is_none() => {
            ("● Not saved yet — Ctrl-S saves".into(), theme.warn())
        }
        StatusLine::Quiet if w.dirty() => ("● Unsaved changes".into(), theme.warn()),
        StatusLine::Quiet => ("No changes".into(), theme.dim()),
    };
    spans.push(Span::styled(text, style));
    if matches!(w.status, StatusLine::Note(_) | StatusLine::Error(_)) && w.dirty() {
        spans.push(Span::styled("  ● unsaved", theme.warn()));
    }
    if !w.invalid.is_empty() {
        let n = w.invalid.len();
        let word = if n == 1 { "field needs" } else { "fields need" };
        spans.push(Span::styled(
            format!("  ✗ {n} {word} fixing"),
            theme.error(),
        ));
    }
    frame.render_widget(
        Paragraph::new(Line::from(spans)).wrap(ratatui::widgets::Wrap { trim: false }),
        area,
    );
}
