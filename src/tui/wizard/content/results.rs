//! The results step's chart as lines: one metric a line, its result as a share of the plan
//! drawn as a ten-block bar, the share in words and both numbers ("I Reach ████████░░ 82%
//! of plan 41,000 / 50,000"). Every plan is its own scale, so a small plan shows as well as
//! a large one, and nothing is drawn over the bars.

use ratatui::text::{Line, Span};

use crate::brief::{FileKind, Metric};
use crate::practice::Comparison;
use crate::practice::budget::format_money;
use crate::tui::text::{truncate, width as text_width};
use crate::tui::theme::Theme;

/// Blocks in a full bar (the plan).
const BAR: usize = 10;
/// The widest metric label before it is cut.
const LABEL: usize = 16;

/// The chart's lines for `width` columns.
pub(crate) fn results_lines(
    results: &[Comparison],
    width: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(
        truncate("Result against plan · C creator, I influencer", width),
        theme.title(),
    )];
    let label_width = results
        .iter()
        .map(|r| text_width(&label(r.metric)))
        .max()
        .unwrap_or(0)
        .min(LABEL);
    for r in results {
        lines.extend(metric_lines(r, label_width, width, theme));
    }
    lines
}

/// A metric's name as a marketer says it ("Engagement rate", "CPA").
fn label(metric: Metric) -> String {
    let id = metric.as_str();
    if matches!(id, "cpa" | "cpm" | "cpe" | "ctr" | "roas") {
        return id.to_uppercase();
    }
    let words = id.replace('-', " ");
    let mut chars = words.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}

/// One metric: its bar and share, and the numbers on the same line when they fit, else on
/// the next.
fn metric_lines(
    r: &Comparison,
    label_width: usize,
    width: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    let side = if r.brief == FileKind::Creator {
        "C"
    } else {
        "I"
    };
    let name = truncate(&label(r.metric), label_width);
    let pad = " ".repeat(label_width.saturating_sub(text_width(&name)));
    let share = match (r.planned, r.actual) {
        (Some(p), Some(a)) if p > 0.0 => Some(a / p),
        _ => None,
    };
    let style = match r.met() {
        Some(true) => theme.ok(),
        Some(false) => theme.warn(),
        None => theme.dim(),
    };
    let (bar, words) = match share {
        Some(s) => (bar(s), format!("{:.0}% of plan", s * 100.0)),
        None if r.actual.is_none() => ("░".repeat(BAR), "no result yet".to_string()),
        None => ("░".repeat(BAR), "no plan set".to_string()),
    };
    let number = |v: Option<f64>| v.map_or("—".to_string(), |v| format_money(v, None));
    let numbers = format!("{} / {}", number(r.actual), number(r.planned));
    let head = vec![
        Span::raw(format!("{side} {name}{pad} ")),
        Span::styled(bar, style),
        Span::styled(format!(" {words}"), style),
    ];
    let used: usize = head.iter().map(|s| text_width(&s.content)).sum();
    if used + 2 + text_width(&numbers) <= width {
        let mut spans = head;
        spans.push(Span::styled(format!("  {numbers}"), theme.dim()));
        return vec![Line::from(spans)];
    }
    let indent = " ".repeat(2 + label_width + 1);
    vec![
        Line::from(head),
        Line::styled(truncate(&format!("{indent}{numbers}"), width), theme.dim()),
    ]
}

/// The share of the plan as blocks: full at the plan or above, at least one block for any
/// result above nothing.
fn bar(share: f64) -> String {
    let filled = ((share * BAR as f64).round() as usize).min(BAR);
    let filled = if share > 0.0 { filled.max(1) } else { 0 };
    format!("{}{}", "█".repeat(filled), "░".repeat(BAR - filled))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_share_still_shows_and_a_big_one_stops_at_full() {
        assert_eq!(bar(0.01), "█░░░░░░░░░");
        assert_eq!(bar(0.82), "████████░░");
        assert_eq!(bar(3.0), "██████████");
        assert_eq!(bar(0.0), "░░░░░░░░░░");
    }

    #[test]
    fn labels_read_as_words() {
        assert_eq!(label(Metric::EngagementRate), "Engagement rate");
        assert_eq!(label(Metric::Cpa), "CPA");
    }
}
