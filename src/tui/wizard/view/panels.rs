//! Drawing a step's panel: its lines, or the results chart.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Borders, Paragraph};

use crate::brief::FileKind;
use crate::form::StepKind;
use crate::practice::Comparison;
use crate::practice::budget::format_money;
use crate::tui::theme::Theme;
use crate::tui::wizard::Wizard;
use crate::tui::wizard::content::panel_lines;

/// Draws the step's panel.
pub(crate) fn draw_panel(frame: &mut Frame, w: &Wizard, area: Rect, theme: Theme) {
    if area.height == 0 {
        return;
    }
    let area = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    let lines = panel_lines(w, area.width as usize, theme);
    if w.current_step().kind == StepKind::Results && lines.is_empty() {
        draw_chart(frame, w, area, theme);
    } else {
        frame.render_widget(Paragraph::new(lines), area);
    }
}

fn draw_chart(frame: &mut Frame, w: &Wizard, area: Rect, theme: Theme) {
    let Some(checks) = w.derived.checks.as_ref() else {
        return;
    };
    let results = &checks.results;
    let bar_width =
        ((area.width as usize / results.len().max(1)).saturating_sub(3) / 2).clamp(3, 8);
    let labels = if bar_width >= 4 {
        ("plan", "real")
    } else {
        ("p", "a")
    };
    // Two bars, a gap after each and the gap after the group.
    let fit = ((area.width as usize + 2) / (2 * bar_width + 4)).max(1);
    let mut title = match labels {
        ("plan", _) => "Planned against real · C creator, I influencer".to_string(),
        _ => "Plan (p) vs actual (a) · C creator, I influencer".to_string(),
    };
    if fit < results.len() {
        title.push_str(&format!(" · {} of {}", fit, results.len()));
    }
    let block = Block::new()
        .borders(Borders::NONE)
        .title(Line::styled(title, theme.title()));
    let mut chart = BarChart::default()
        .block(block)
        .bar_width(bar_width as u16)
        .bar_gap(1)
        .group_gap(2)
        .value_style(theme.focus())
        .max(100);
    for r in results.iter().take(fit) {
        chart = chart.data(bar_group(r, labels, theme));
    }
    frame.render_widget(chart, area);
}

/// One metric as two bars, planned and actual, scaled to 0–100 so reach and clicks fit on
/// one chart; the numbers are written on the bars.
fn bar_group(
    r: &Comparison,
    labels: (&'static str, &'static str),
    theme: Theme,
) -> BarGroup<'static> {
    let scale = r
        .planned
        .into_iter()
        .chain(r.actual)
        .fold(0.0_f64, f64::max)
        .max(1.0);
    let bar = |v: Option<f64>, label: &'static str, style| {
        let value = v.map_or(0, |v| (v / scale * 100.0).round() as u64);
        let text = v.map_or("—".to_string(), |v| format_money(v, None));
        Bar::default()
            .value(value)
            .text_value(text)
            .label(Line::raw(label))
            .style(style)
    };
    let side = if r.brief == FileKind::Creator {
        "C"
    } else {
        "I"
    };
    BarGroup::default()
        .label(Line::raw(format!("{side} {}", r.metric)))
        .bars(&[
            bar(r.planned, labels.0, theme.dim()),
            bar(r.actual, labels.1, theme.ok()),
        ])
}
