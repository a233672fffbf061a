//! The results step's chart as lines: one metric a line, its result as a share of the plan
//! drawn as a ten-block bar, the share in words and both numbers ("I Reach ████████░░ 82%
//! of plan 41,000 / 50,000"). Every plan is its own scale, so a small plan shows as well as
//! a large one, and nothing is drawn over the bars.

use ratatui::text::{Line, Span};

use crate::brief::{FileKind, Metric};
use crate::practice::Comparison;
use crate::practice::budget::format_money;
use crate::tui::text::{truncate, width as text_width, wrap};
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
    let mut lines: Vec<Line<'static>> = wrap(
        "% of plan (of max for costs) · result / plan · ✓ met · C creator, I influencer",
        width,
    )
    .into_iter()
    .map(|l| Line::styled(l, theme.title()))
    .collect();
    let label_width = results
        .iter()
        .map(|r| text_width(&label(r.metric)))
        .max()
        .unwrap_or(0)
        .min(LABEL);
    let long = long_words(results, label_width, width, theme);
    for r in results {
        lines.extend(metric_lines(r, label_width, width, long, theme));
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

/// What follows a metric's numbers: % for rates, × for return on ad spend.
fn unit(metric: Metric) -> &'static str {
    match metric.as_str() {
        "engagement-rate" | "ctr" | "hook-rate" | "hold-rate" | "thumb-stop-rate" => "%",
        "roas" => "×",
        _ => "",
    }
}

/// A metric's parts: the bar, its share in words (long and short), the numbers, the style.
struct Parts {
    lead: String,
    bar: String,
    long: String,
    short: String,
    numbers: String,
    style: ratatui::style::Style,
}

fn parts(r: &Comparison, label_width: usize, theme: Theme) -> Parts {
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
    // A cost's plan is a ceiling: under it is good. A met plan is ticked, colour or not.
    let ceiling = crate::practice::results::lower_is_better(r.metric);
    let tick = if r.met() == Some(true) { " ✓" } else { "" };
    let (bar, long, short) = match share {
        Some(s) => {
            let percent = format!("{:.0}%", s * 100.0);
            let of = if ceiling { "of max" } else { "of plan" };
            (
                bar(s),
                format!("{percent} {of}{tick}"),
                format!("{percent}{tick}"),
            )
        }
        None if r.actual.is_none() => ("░".repeat(BAR), "no result yet".into(), "no result".into()),
        None => ("░".repeat(BAR), "no plan set".into(), "no plan".into()),
    };
    let unit = unit(r.metric);
    let number = |v: Option<f64>| {
        v.map_or("—".to_string(), |v| {
            format!("{}{unit}", format_money(v, None))
        })
    };
    Parts {
        lead: format!("{side} {name}{pad} "),
        bar,
        long,
        short,
        numbers: format!("{} / {}", number(r.actual), number(r.planned)),
        style,
    }
}

impl Parts {
    /// The width of the metric on one line, with the long or short words.
    fn one_line(&self, long: bool) -> usize {
        let words = if long { &self.long } else { &self.short };
        text_width(&self.lead) + BAR + 1 + text_width(words) + 2 + text_width(&self.numbers)
    }
}

/// The words every metric of the chart uses: the long ones when all fit on a line.
fn long_words(results: &[Comparison], label_width: usize, width: usize, theme: Theme) -> bool {
    results
        .iter()
        .all(|r| parts(r, label_width, theme).one_line(true) <= width)
}

/// One metric: its bar and share, and the numbers on the same line when they fit, else on
/// the next.
fn metric_lines(
    r: &Comparison,
    label_width: usize,
    width: usize,
    long: bool,
    theme: Theme,
) -> Vec<Line<'static>> {
    let p = parts(r, label_width, theme);
    let words = if long { &p.long } else { &p.short };
    let mut spans = vec![
        Span::raw(p.lead.clone()),
        Span::styled(p.bar.clone(), p.style),
        Span::styled(format!(" {words}"), p.style),
    ];
    if p.one_line(long) <= width {
        spans.push(Span::styled(format!("  {}", p.numbers), theme.dim()));
        return vec![Line::from(spans)];
    }
    let indent = " ".repeat(2 + label_width + 1);
    vec![
        Line::from(spans),
        Line::styled(
            truncate(&format!("{indent}{}", p.numbers), width),
            theme.dim(),
        ),
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
