//! Drawing the wizard: header with "step n of m", the step list with marks and the checklist
//! gauge, the fields of the step (or the open row), a live preview of the file, the status
//! line and the hint line, into the areas of the wizard's `Layout` (which update reads too,
//! for the mouse and scrolling). Pure functions of the state.

mod fields;
mod panels;
mod preview;
mod review;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, LineGauge, Paragraph};

use super::content::status_style;
use super::layout::Layout;
use super::{Status as StatusLine, Wizard};
use crate::form::{STEPS, StepKind};
use crate::practice::{Severity, Status};
use crate::tui::rules::{self, Checks};
use crate::tui::theme::Theme;
use crate::tui::{hints, text};

/// Draws the wizard.
pub fn draw(frame: &mut Frame, w: &Wizard, a: &Layout, theme: Theme) {
    draw_header(frame, w, a.header, theme);
    draw_steps(frame, w, a.steps, a.compact, theme);
    if w.current_step().kind == StepKind::Review && w.row.is_none() {
        review::draw_review(frame, w, a.inner, theme);
    } else {
        fields::draw_pane(frame, w, a.inner, a.top, theme);
    }
    if let Some(area) = a.preview {
        preview::draw(frame, w, area, theme);
    }
    draw_status(frame, w, a.status, theme);
    hints::draw(frame, a.hints, &w.contexts(), theme);
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
    // Steps holding typed text that does not fit: not done, and flagged as an error.
    let to_fix: Vec<usize> = w.to_fix().iter().map(|f| f.step).collect();
    for (i, step) in STEPS.iter().enumerate() {
        let fix = to_fix.contains(&i);
        let mark = match w.derived.marks.get(i).copied().unwrap_or(Status::Missing) {
            Status::Done if fix => Status::Partly,
            mark => mark,
        };
        let mark_style = status_style(mark, theme);
        let current = i == w.step;
        let pointer = if current { "▶" } else { " " };
        let flag = if fix {
            Some(Severity::Error)
        } else {
            w.derived.flag(i)
        };
        // The pointer, the mark and a space before the label; a space and the flag after it.
        let room = inner
            .width
            .saturating_sub(if flag.is_some() { 5 } else { 3 });
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
        format!("Checklist {label}")
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
            Span::styled(rules::symbol(m), status_style(m, theme)),
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
    if w.unstored {
        spans.push(Span::styled(super::layout::TYPING_UNSTORED, theme.error()));
    }
    frame.render_widget(
        Paragraph::new(Line::from(spans)).wrap(ratatui::widgets::Wrap { trim: false }),
        area,
    );
}
