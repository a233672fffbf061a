//! What some steps show besides fields: the diagnosis's recommendation, the budget lines, the
//! results chart, and the review (checklist, findings, save and export).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Borders, Paragraph};

use crate::form::StepKind;
use crate::path::KeyPath;
use crate::tui::rules::{Mark, Severity};
use crate::tui::text::{truncate, wrap};
use crate::tui::theme::Theme;
use crate::tui::wizard::Wizard;

const CHART_HEIGHT: u16 = 8;

fn panel_lines(w: &Wizard, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let checks = &w.derived.checks;
    match w.current_step().kind {
        StepKind::Diagnosis => {
            let Some(advice) = &checks.advice else {
                return vec![Line::styled("The recommendation appears here as you answer.", theme.dim())];
            };
            let mut lines = match advice.recommended {
                Some(p) => vec![Line::from(vec![
                    Span::styled("Recommended: ", theme.title()),
                    Span::styled(p.as_str().to_string(), theme.ok().add_modifier(ratatui::style::Modifier::BOLD)),
                    Span::styled("  (Enter accepts; pick another type below to override)", theme.dim()),
                ])],
                None => vec![Line::styled("Answer at least one question with yes to get a recommendation.", theme.dim())],
            };
            for reason in advice.reasons.iter().chain(&advice.notes) {
                lines.extend(wrap(&format!("• {reason}"), width).into_iter().map(Line::raw));
            }
            lines.truncate(7);
            lines
        }
        StepKind::Pay => match &checks.budget {
            Some(budget) => budget_lines(budget, w, width, theme),
            None => vec![Line::styled("Budget lines appear here as you set pay.", theme.dim())],
        },
        StepKind::Results if checks.results.iter().any(|r| r.planned.is_some() || r.actual.is_some()) => Vec::new(),
        StepKind::Results => vec![Line::styled("Targets against results appear here as a chart once set.", theme.dim())],
        _ => Vec::new(),
    }
}

fn budget_lines(budget: &crate::tui::rules::BudgetView, w: &Wizard, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let currency = w.derived.bundle.as_ref().and_then(|b| b.campaign.currency.clone()).unwrap_or_default();
    let money = |n: f64| format!("{} {currency}", crate::brief::Number((n * 100.0).round() / 100.0)).trim().to_string();
    let mut lines: Vec<Line> = budget
        .rows
        .iter()
        .take(5)
        .map(|r| {
            let amount = money(r.amount);
            let label = truncate(&r.label, width.saturating_sub(amount.len() + 2));
            let gap = width.saturating_sub(crate::tui::text::width(&label) + amount.len());
            Line::raw(format!("{label}{}{amount}", " ".repeat(gap)))
        })
        .collect();
    if budget.rows.len() > 5 {
        lines.push(Line::styled(format!("… and {} more lines", budget.rows.len() - 5), theme.dim()));
    }
    let total = match budget.budget {
        Some(b) if budget.total > b + 0.005 => Line::styled(
            format!("Total {} — over the budget of {} by {}", money(budget.total), money(b), money(budget.total - b)),
            theme.error(),
        ),
        Some(b) => Line::styled(format!("Total {} of a {} budget", money(budget.total), money(b)), theme.ok()),
        None => Line::styled(format!("Total {} (no budget set in step 1)", money(budget.total)), theme.title()),
    };
    lines.push(total);
    lines
}

/// Lines the step's panel takes above the fields (0 when it has none).
pub fn panel_height(w: &Wizard, area: Rect) -> u16 {
    let kind = w.current_step().kind;
    let charted = kind == StepKind::Results && w.derived.checks.results.iter().any(|r| r.planned.is_some() || r.actual.is_some());
    let lines = if charted { CHART_HEIGHT } else { panel_lines(w, area.width as usize, Theme { color: false }).len() as u16 };
    if lines == 0 { 0 } else { lines + 1 }
}

/// Draws the step's panel.
pub fn draw_panel(frame: &mut Frame, w: &Wizard, area: Rect, theme: Theme) {
    if area.height == 0 {
        return;
    }
    let area = Rect { height: area.height.saturating_sub(1), ..area };
    let lines = panel_lines(w, area.width as usize, theme);
    if w.current_step().kind == StepKind::Results && lines.is_empty() {
        draw_chart(frame, w, area, theme);
    } else {
        frame.render_widget(Paragraph::new(lines), area);
    }
}

fn draw_chart(frame: &mut Frame, w: &Wizard, area: Rect, theme: Theme) {
    let results = &w.derived.checks.results;
    // Bars are scaled to 0–100 per measure so reach and clicks fit on one chart.
    let groups: Vec<BarGroup> = results
        .iter()
        .map(|r| {
            let scale = r.planned.into_iter().chain(r.actual).fold(0.0_f64, f64::max).max(1.0);
            let bar = |v: Option<f64>, label: &str, style| {
                let value = v.map_or(0, |v| (v / scale * 100.0).round() as u64);
                let text = v.map_or("—".to_string(), |v| crate::brief::Number(v.round()).to_string());
                Bar::default().value(value).text_value(text).label(Line::raw(label.to_string())).style(style)
            };
            BarGroup::default()
                .label(Line::raw(r.label.clone()))
                .bars(&[bar(r.planned, "plan", theme.dim()), bar(r.actual, "real", theme.ok())])
        })
        .collect();
    let mut chart = BarChart::default()
        .block(Block::new().borders(Borders::NONE).title(Line::styled("Planned against actual", theme.title())))
        .bar_width(6)
        .bar_gap(1)
        .group_gap(3)
        .max(100);
    for group in groups {
        chart = chart.data(group);
    }
    frame.render_widget(chart, area);
}

/// What a line of the review does on Enter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewTarget {
    /// Go to the field a finding is about.
    Field(KeyPath),
    /// Save now.
    Save,
    /// Export the briefs to Markdown.
    Export,
}

fn targets(w: &Wizard) -> Vec<ReviewTarget> {
    let mut out: Vec<ReviewTarget> = w.derived.checks.findings.iter().map(|f| ReviewTarget::Field(f.key.clone())).collect();
    out.push(ReviewTarget::Save);
    out.push(ReviewTarget::Export);
    out
}

/// How many lines of the review can be selected.
pub fn review_lines(w: &Wizard) -> usize {
    targets(w).len()
}

/// The selected review line's target.
pub fn review_target(w: &Wizard) -> Option<ReviewTarget> {
    targets(w).into_iter().nth(w.review)
}

/// Draws the review: the checklist, the findings and the two actions.
pub fn draw_review(frame: &mut Frame, w: &Wizard, area: Rect, theme: Theme) {
    let width = area.width as usize;
    let checks = &w.derived.checks;
    let mut lines = vec![Line::styled("13 Review", theme.title())];
    let coverage = checks.coverage().map_or("—".to_string(), |(d, a)| format!("{d}/{a}"));
    lines.push(Line::styled(format!("Checklist: {coverage} practices done"), theme.title()));
    if checks.practices.is_empty() {
        lines.push(Line::styled("  The checklist is not available in this build.", theme.dim()));
    }
    for p in &checks.practices {
        let style = match p.mark {
            Mark::Done => theme.ok(),
            Mark::Partly => theme.warn(),
            Mark::Missing => theme.text(),
            Mark::NotApplicable => theme.dim(),
        };
        let head = format!("{:>2} {}", p.number, p.title);
        lines.push(Line::from(vec![
            Span::styled(format!(" {} ", p.mark.symbol()), style),
            Span::raw(truncate(&head, width.saturating_sub(10))),
            Span::styled(format!("  {}", p.mark.word()), style),
        ]));
        if !p.missing.is_empty() && p.mark != Mark::Done {
            let text = format!("missing: {}", p.missing.join("; "));
            lines.push(Line::styled(format!("     {}", truncate(&text, width.saturating_sub(5))), theme.dim()));
        }
    }
    lines.push(Line::raw(""));
    let (e, wn, i) = (checks.count(Severity::Error), checks.count(Severity::Warning), checks.count(Severity::Info));
    lines.push(Line::styled(format!("Findings: {e} errors, {wn} warnings, {i} advice — Enter goes to the field"), theme.title()));
    let mut selected_line = 0;
    for (n, f) in checks.findings.iter().enumerate() {
        let style = match f.severity {
            Severity::Error => theme.error(),
            Severity::Warning => theme.warn(),
            Severity::Info => theme.dim(),
        };
        let selected = n == w.review;
        if selected {
            selected_line = lines.len();
        }
        let pointer = if selected { "▶" } else { " " };
        let message = truncate(&f.message, width.saturating_sub(12));
        lines.push(Line::from(vec![
            Span::raw(pointer),
            Span::styled(format!("{} {:<7} ", f.severity.symbol(), f.severity.word()), style),
            Span::styled(message, if selected { theme.focus() } else { theme.text() }),
        ]));
        lines.push(Line::styled(format!("    {}", truncate(&format!("{} — {}", f.fix, f.key), width.saturating_sub(4))), theme.dim()));
    }
    if checks.findings.is_empty() {
        lines.push(Line::styled("  No findings.", theme.dim()));
    }
    lines.push(Line::raw(""));
    let n = checks.findings.len();
    for (k, label) in ["Save now (Ctrl-S)", "Export to Markdown (in the current folder)"].iter().enumerate() {
        let selected = w.review == n + k;
        if selected {
            selected_line = lines.len();
        }
        let style = if selected { theme.focus() } else { theme.text() };
        lines.push(Line::from(vec![Span::raw(if selected { "▶ " } else { "  " }), Span::styled(format!("[ {label} ]"), style)]));
    }
    let height = area.height as usize;
    let offset = (selected_line + 2).saturating_sub(height);
    frame.render_widget(Paragraph::new(lines).scroll((offset as u16, 0)), area);
}
