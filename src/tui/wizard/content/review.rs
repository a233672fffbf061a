//! The review step's lines (measured by update for scrolling, drawn by the view): the
//! findings (Enter goes to the field a finding is about), save and export, the ten practices
//! with what is missing, and what changed since the briefs were sent.

use ratatui::text::{Line, Span};

use crate::practice::{DISCLAIMER, Finding, Severity, Status};
use crate::tui::rules::{Checks, severity_symbol, symbol, word};
use crate::tui::text::wrap;
use crate::tui::theme::Theme;
use crate::tui::wizard::Wizard;
use crate::tui::wizard::content::status_style;

/// The first line shown: the selected line stays in view, plus `extra` lines scrolled on,
/// never past the end.
pub(crate) fn review_offset(
    total: usize,
    selected_line: usize,
    height: usize,
    extra: usize,
) -> usize {
    let keep_selected = (selected_line + 2).saturating_sub(height);
    (keep_selected + extra).min(total.saturating_sub(height).max(keep_selected))
}

/// Every line of the review at `width`, and the line of the selected finding or action.
pub(crate) fn review_document(
    w: &Wizard,
    width: usize,
    theme: Theme,
) -> (Vec<Line<'static>>, usize) {
    let mut lines = vec![Line::styled("13 Review", theme.title())];
    let checks = w.derived.checks.as_ref();
    let mut selected_line = 0;
    if let Some(checks) = checks {
        selected_line = finding_lines(checks, w.review, width, theme, &mut lines);
    }
    let n = checks.map_or(0, |c| c.findings.len());
    if let Some(at) = action_lines(w.review.checked_sub(n), theme, &mut lines) {
        selected_line = at;
    }
    if let Some(checks) = checks {
        lines.push(Line::raw(""));
        practice_lines(checks, width, theme, &mut lines);
    }
    sent_lines(w, width, theme, &mut lines);
    lines.extend(
        wrap(DISCLAIMER, width)
            .into_iter()
            .map(|l| Line::styled(l, theme.dim())),
    );
    (lines, selected_line)
}

/// Changes since the briefs were last sent, as partners would read them.
fn sent_lines(w: &Wizard, width: usize, theme: Theme, lines: &mut Vec<Line<'static>>) {
    use crate::export::changes::{Version, compare};
    lines.push(Line::raw(""));
    let Some(sent) = &w.sent else {
        let note =
            "Not sent yet: the export records what partners get, and later changes show here.";
        for line in wrap(note, width) {
            lines.push(Line::styled(line, theme.dim()));
        }
        return;
    };
    let t = &w.derived.texts;
    let (Ok(old), Ok(new)) = (
        Version::of_texts(
            Some(&sent.campaign),
            sent.creator.as_deref(),
            sent.influencer.as_deref(),
        ),
        Version::of_texts(
            t.campaign.as_deref(),
            t.creator.as_deref(),
            t.influencer.as_deref(),
        ),
    ) else {
        return;
    };
    let said = compare(&old, &new, false);
    let day = sent.sent_at.get(..10).unwrap_or(&sent.sent_at);
    lines.push(Line::styled(
        format!("Changed since sent ({day}): {}", said.len()),
        theme.title(),
    ));
    const SHOWN: usize = 6;
    for s in said.iter().take(SHOWN) {
        for (k, line) in wrap(&s.sentence, width.saturating_sub(4))
            .into_iter()
            .enumerate()
        {
            let indent = if k == 0 { "  " } else { "    " };
            lines.push(Line::raw(format!("{indent}{line}")));
        }
    }
    if said.len() > SHOWN {
        let slug = w.slug.as_deref().unwrap_or("SLUG");
        lines.push(Line::styled(
            format!(
                "  … and {} more: splitbrief diff {slug} lists them all",
                said.len() - SHOWN
            ),
            theme.dim(),
        ));
    }
}

/// Save and export; returns the line of the selected one.
fn action_lines(
    selected: Option<usize>,
    theme: Theme,
    lines: &mut Vec<Line<'static>>,
) -> Option<usize> {
    lines.push(Line::raw(""));
    let mut at = None;
    let labels = ["Save now (Ctrl-S)", "Export a brief per partner (Markdown)"];
    for (k, label) in labels.iter().enumerate() {
        let is_selected = selected == Some(k);
        if is_selected {
            at = Some(lines.len());
        }
        let style = if is_selected {
            theme.focus()
        } else {
            theme.text()
        };
        lines.push(Line::from(vec![
            Span::raw(if is_selected { "▶ " } else { "  " }),
            Span::styled(format!("[ {label} ]"), style),
        ]));
    }
    at
}

fn practice_lines(checks: &Checks, width: usize, theme: Theme, lines: &mut Vec<Line<'static>>) {
    let (done, all) = checks.coverage();
    lines.push(Line::styled(
        format!("Checklist: {done}/{all} practices done"),
        theme.title(),
    ));
    for p in &checks.coverage.practices {
        let style = status_style(p.status, theme);
        let word = word(p.status);
        let room = width.saturating_sub(word.len() + 5);
        let heads = wrap(&format!("{:>2} {}", p.number, p.title), room);
        for (k, head) in heads.iter().enumerate() {
            let gap = room.saturating_sub(crate::tui::text::width(head)) + 1;
            let (mark, end) = if k == 0 {
                (format!(" {} ", symbol(p.status)), word.to_string())
            } else {
                ("      ".to_string(), String::new())
            };
            lines.push(Line::from(vec![
                Span::styled(mark, style),
                Span::raw(head.clone()),
                Span::raw(" ".repeat(gap)),
                Span::styled(end, style),
            ]));
        }
        let detail = match (p.status, p.not_applicable, p.missing.is_empty()) {
            (Status::NotApplicable, Some(why), _) => Some(why.to_string()),
            (Status::Done, ..) | (_, _, true) => None,
            _ => Some(format!("missing: {}", p.missing.join("; "))),
        };
        if let Some(detail) = detail {
            lines.extend(
                wrap(&detail, width.saturating_sub(5))
                    .into_iter()
                    .map(|l| Line::styled(format!("     {l}"), theme.dim())),
            );
        }
    }
}

/// The findings; returns the line of the selected one.
fn finding_lines(
    checks: &Checks,
    selected: usize,
    width: usize,
    theme: Theme,
    lines: &mut Vec<Line<'static>>,
) -> usize {
    let count = |s| checks.count(s);
    let (e, wn, i) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
    );
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut head = format!(
        "Findings: {}, {}, {i} advice",
        plural(e, "error", "errors"),
        plural(wn, "warning", "warnings")
    );
    if !checks.findings.is_empty() && head.len() + 26 <= width {
        head.push_str(" — Enter goes to the field");
    }
    lines.push(Line::styled(head, theme.title()));
    if checks.findings.is_empty() {
        lines.push(Line::styled("  No findings.", theme.dim()));
    }
    let mut at = 0;
    for (n, f) in checks.findings.iter().enumerate() {
        if n == selected {
            at = lines.len();
        }
        finding(f, n == selected, width, theme, lines);
    }
    at
}

/// One finding: its message, then the fix and the key path it is about. The selected one
/// is shown in full, the others cut to a line each.
fn finding(
    f: &Finding,
    selected: bool,
    width: usize,
    theme: Theme,
    lines: &mut Vec<Line<'static>>,
) {
    let style = match f.severity {
        Severity::Error => theme.error(),
        Severity::Warning => theme.warn(),
        Severity::Info => theme.dim(),
    };
    let who = f
        .partner
        .as_deref()
        .map(|p| format!(" ({p})"))
        .unwrap_or_default();
    let message = format!("{}{who}", f.message);
    let fix = format!("{} — {}", f.fix, f.key);
    // Every finding in full: the marketer decides on them, so none is cut.
    let (message, fix) = (
        wrap(&message, width.saturating_sub(11)),
        wrap(&fix, width.saturating_sub(4)),
    );
    let label = format!(
        "{} {:<7} ",
        severity_symbol(f.severity),
        f.severity.as_str()
    );
    for (k, text) in message.into_iter().enumerate() {
        let lead = match (k, selected) {
            (0, true) => Span::raw("▶"),
            _ => Span::raw(" "),
        };
        let tag = if k == 0 {
            Span::styled(label.clone(), style)
        } else {
            Span::raw(" ".repeat(crate::tui::text::width(&label)))
        };
        let body = if selected {
            theme.focus()
        } else {
            theme.text()
        };
        lines.push(Line::from(vec![lead, tag, Span::styled(text, body)]));
    }
    lines.extend(
        fix.into_iter()
            .map(|t| Line::styled(format!("    {t}"), theme.dim())),
    );
}
