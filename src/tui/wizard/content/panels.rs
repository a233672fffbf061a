//! The lines some steps show above their fields (measured by the layout, drawn by the view): the diagnosis's recommendation, each partner's
//! tracking link and code with the label the markets need, the budget lines with the planned
//! influencer cost against its ceilings, and the results chart.

use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;

use crate::brief::FileKind;
use crate::form::StepKind;
use crate::practice::budget::{BudgetLine, format_money};
use crate::practice::diagnosis::{ANSWER_ONE, Side, short_reason};
use crate::practice::{Budget, CostLine, Recommendation, Status};

use crate::tui::rules::Checks;
use crate::tui::text::{wrap, wrap_styled};
use crate::tui::theme::Theme;
use crate::tui::wizard::Wizard;

/// Budget lines shown before "… and n more".
const BUDGET_LINES: usize = 10;

/// The step's intro, wrapped; the diagnosis drops it once it recommends a type, so its
/// reasons leave room for the questions.
pub(crate) fn intro_lines(w: &Wizard, width: usize) -> Vec<String> {
    let recommends = w
        .derived
        .checks
        .as_ref()
        .is_some_and(|c| c.advice.recommendation.is_some());
    if w.current_step().kind == StepKind::Diagnosis && recommends {
        return Vec::new();
    }
    wrap(w.current_step().intro, width)
}

/// The style of a practice's or step's state.
pub(crate) fn status_style(status: Status, theme: Theme) -> Style {
    match status {
        Status::Done => theme.ok(),
        Status::Partly => theme.warn(),
        Status::Missing => theme.text(),
        Status::NotApplicable => theme.dim(),
    }
}

/// The step's panel in a pane `width` wide and `height` high: a panel that would leave the
/// fields less than [`FIELD_ROOM`] lines says the same in fewer words where it can.
pub(crate) fn panel_lines(
    w: &Wizard,
    width: usize,
    height: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    let Some(checks) = w.derived.checks.as_ref() else {
        return Vec::new();
    };
    let past = super::past::past_lines(w, width, theme);
    if !past.is_empty() {
        return past;
    }
    match w.current_step().kind {
        StepKind::Diagnosis => {
            let full = advice_lines(&checks.advice, follows(w), width, false, theme);
            // The title, a blank above and below the panel.
            if height.saturating_sub(full.len() + 3) >= FIELD_ROOM {
                full
            } else {
                advice_lines(&checks.advice, follows(w), width, true, theme)
            }
        }
        StepKind::Pay => {
            // The budget lines give way so the fields keep their room; the total stays.
            let costs = cost_lines(&checks.costs, w, width, theme);
            let intro = intro_lines(w, width).len();
            let room = height.saturating_sub(FIELD_ROOM + 3 + intro + costs.len());
            let mut lines = budget_lines(&checks.budget, w, width, room, theme);
            lines.extend(costs);
            lines
        }
        StepKind::Tracking => {
            let full = tracking_lines(checks, width, false, theme);
            if height.saturating_sub(full.len() + 3) >= FIELD_ROOM {
                full
            } else {
                tracking_lines(checks, width, true, theme)
            }
        }
        StepKind::Results if !checks.results.is_empty() => {
            super::results::results_lines(&checks.results, width, theme)
        }
        StepKind::Results => vec![Line::styled(
            "Targets against results appear here as a chart once either is set.",
            theme.dim(),
        )],
        _ => Vec::new(),
    }
}

/// The type in use and whether it follows the diagnosis (`None` for "your pick").
fn follows(w: &Wizard) -> (crate::brief::Partnership, bool) {
    match w.derived.bundle.as_ref() {
        Some(b) => (b.partnership(), b.campaign.partnership_picked != Some(true)),
        None => (crate::brief::Partnership::Hybrid, true),
    }
}

/// Lines a panel leaves the fields below it before it shortens what it says.
const FIELD_ROOM: usize = 10;

/// The recommendation, whether the type follows it, and every reason and note, wrapped
/// (none hidden: the marketer decides on them); `short` puts the reasons in a few words on
/// one paragraph, by side.
fn advice_lines(
    advice: &Recommendation,
    (type_now, following): (crate::brief::Partnership, bool),
    width: usize,
    short: bool,
    theme: Theme,
) -> Vec<Line<'static>> {
    let now_line = |width: usize| type_line((type_now, following), short, width, theme);
    let Some(p) = advice.recommendation else {
        let mut lines = now_line(width);
        lines.extend(
            wrap(ANSWER_ONE, width)
                .into_iter()
                .map(|l| Line::styled(l, theme.dim())),
        );
        return lines;
    };
    let mut lines = wrap_styled(
        &[
            ("Recommended: ".to_string(), theme.title()),
            (
                p.as_str().to_string(),
                theme.ok().add_modifier(Modifier::BOLD),
            ),
            (
                format!(
                    " (production {}, distribution {})",
                    advice.production, advice.distribution
                ),
                theme.dim(),
            ),
        ],
        width,
    );
    lines.extend(now_line(width));
    if short {
        lines.extend(short_reason_lines(advice, width, theme));
    } else {
        lines.extend(reason_lines(advice, width));
    }
    lines
}

/// Which type is in use and why: "Following the diagnosis: hybrid …" or "Your pick: …".
fn type_line(
    (type_now, following): (crate::brief::Partnership, bool),
    short: bool,
    width: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    let (now, style, how) = match (following, short) {
        (true, false) => (
            "Following the diagnosis: ",
            theme.ok(),
            " until you pick a type below; Enter keeps it.",
        ),
        (true, true) => (
            "Following the diagnosis: ",
            theme.ok(),
            " until you pick a type.",
        ),
        (false, false) => (
            "Your pick: ",
            theme.warn(),
            ", kept whatever the answers say; Enter follows the answers again.",
        ),
        (false, true) => (
            "Your pick: ",
            theme.warn(),
            ", kept whatever the answers say.",
        ),
    };
    wrap_styled(
        &[
            (now.to_string(), theme.title()),
            (type_now.as_str().to_string(), style),
            (how.to_string(), theme.dim()),
        ],
        width,
    )
}

/// "Why: many versions to test, lasting material (production); a launch (both)", then the
/// reasons that carry advice and the notes in full: every reason is still there.
fn short_reason_lines(advice: &Recommendation, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let shorts: Vec<(&str, Side)> = advice
        .reasons
        .iter()
        .filter_map(|r| short_reason(r))
        .collect();
    let groups: Vec<String> = [
        (Side::Production, "production"),
        (Side::Distribution, "distribution"),
        (Side::Both, "both"),
    ]
    .iter()
    .filter_map(|(side, name)| {
        let words: Vec<&str> = shorts
            .iter()
            .filter(|(_, s)| s == side)
            .map(|(w, _)| *w)
            .collect();
        (!words.is_empty()).then(|| format!("{} ({name})", words.join(", ")))
    })
    .collect();
    let mut lines = if groups.is_empty() {
        Vec::new()
    } else {
        wrap_styled(
            &[
                ("Why: ".to_string(), theme.title()),
                (groups.join("; "), theme.text()),
            ],
            width,
        )
    };
    let rest = Recommendation {
        reasons: advice
            .reasons
            .iter()
            .filter(|r| short_reason(r).is_none())
            .cloned()
            .collect(),
        ..advice.clone()
    };
    lines.extend(reason_lines(&rest, width));
    lines
}

/// Every reason and note, each once, wrapped under its bullet.
fn reason_lines(advice: &Recommendation, width: usize) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for reason in advice.reasons.iter().chain(&advice.notes) {
        if seen.contains(&reason.as_str()) {
            continue;
        }
        seen.push(reason);
        for (i, l) in wrap(&format!("• {reason}"), width.saturating_sub(2))
            .into_iter()
            .enumerate()
        {
            let indent = if i == 0 { "" } else { "  " };
            lines.push(Line::raw(format!("{indent}{l}")));
        }
    }
    lines
}

/// Partner links shown before "… and n more".
const LINK_LINES: usize = 4;

/// The label the markets need, the platforms' own switch, and each partner's code and
/// link, wrapped; `short` leaves the links out (they are in each partner's exported brief).
fn tracking_lines(checks: &Checks, width: usize, short: bool, theme: Theme) -> Vec<Line<'static>> {
    let advice = &checks.label;
    let others: Vec<String> = advice
        .everywhere
        .iter()
        .filter(|w| !w.eq_ignore_ascii_case(&advice.label))
        .map(|w| format!("\"{w}\""))
        .collect();
    let also = if others.is_empty() {
        String::new()
    } else {
        format!(" (also works: {})", others.join(", "))
    };
    let dim = |text: &str, lines: &mut Vec<Line<'static>>| {
        lines.extend(
            wrap(text, width)
                .into_iter()
                .map(|l| Line::styled(l, theme.dim())),
        );
    };
    let mut lines = wrap_styled(
        &[
            ("Label for these markets: ".to_string(), theme.title()),
            (format!("\"{}\"{also}", advice.label), theme.text()),
        ],
        width,
    );
    if !advice.platform_tool.is_empty() {
        let names: Vec<&str> = advice.platform_tool.iter().map(|p| p.as_str()).collect();
        let switch = format!(
            "Also switch on the paid-partnership label on {}.",
            names.join(", ")
        );
        dim(&switch, &mut lines);
    }
    match &checks.links {
        Err(e) => lines.extend(
            wrap(&e.message, width)
                .into_iter()
                .map(|l| Line::styled(l, theme.error())),
        ),
        Ok(links) => {
            for link in links.iter().take(LINK_LINES) {
                lines.extend(link_lines(link, width, short, theme));
            }
            if links.len() > LINK_LINES {
                let more = format!("… and {} more partners", links.len() - LINK_LINES);
                dim(&more, &mut lines);
            }
            if short && links.iter().any(|l| l.url.is_some() || !l.links.is_empty()) {
                dim(
                    "Each partner's link is in their exported brief.",
                    &mut lines,
                );
            }
        }
    }
    lines
}

/// One partner's code and link (or links, one per platform), wrapped.
fn link_lines(
    link: &crate::practice::PartnerLink,
    width: usize,
    short: bool,
    theme: Theme,
) -> Vec<Line<'static>> {
    let who = link.partner.as_deref().unwrap_or("each partner");
    let code = match (&link.code, link.code_suggested) {
        (Some(c), true) => format!("code {c} (suggested)"),
        (Some(c), false) => format!("code {c}"),
        (None, _) => "no code".to_string(),
    };
    let head = match (short, link.links.len() <= 1) {
        (false, true) => format!(
            "{who}: {code} · {}",
            link.url.as_deref().unwrap_or("no link yet")
        ),
        _ => format!("{who}: {code}"),
    };
    let mut lines: Vec<Line<'static>> = wrap(&head, width).into_iter().map(Line::raw).collect();
    if !short && link.links.len() > 1 {
        for (platform, url) in &link.links {
            let on = platform.map_or("link", |p| p.as_str());
            lines.extend(
                wrap(&format!("  {on}: {url}"), width)
                    .into_iter()
                    .map(|l| Line::styled(l, theme.dim())),
            );
        }
    }
    lines
}

/// One budget line as the pay panel shows it: shorter labels, amounts without the currency
/// (the total says it once), a worked amount after "=" ("6 assets × 250 = 1,500").
fn budget_item(l: &BudgetLine) -> String {
    let label = l.label.replace("fee agreed with this creator", "own fee");
    let label = label.replace("fee agreed with this influencer", "own fee");
    // The bonus condition is long and shown in the field below; the line says "bonus".
    let label = match label.split_once(", when ") {
        Some((head, _)) if head == "bonus" => head.to_string(),
        _ => label,
    };
    l.joined(&label, &format_money(l.amount, None))
}

/// One partner's lines: "creator @priya: 6 assets × 250 = 1,500", or with more parts
/// "(6 assets × 250 = 1,500) + usage fee 300 = 1,800".
fn group_text(who: &str, items: &[&BudgetLine], sum: f64) -> String {
    match items {
        [one] => format!("{who}: {}", budget_item(one)),
        _ => {
            let parts: Vec<String> = items
                .iter()
                .map(|l| {
                    let text = budget_item(l);
                    if l.worked { format!("({text})") } else { text }
                })
                .collect();
            format!("{who}: {} = {}", parts.join(" + "), format_money(sum, None))
        }
    }
}

/// Each partner's pay line (by side when they do not fit `room`), then the total.
fn budget_lines(
    budget: &Budget,
    w: &Wizard,
    width: usize,
    room: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    let currency = w
        .derived
        .bundle
        .as_ref()
        .and_then(|b| b.campaign.currency.clone());
    let money = |n: f64| format_money(n, currency.as_deref());
    // One entry per partner (and the test): every line is shown, grouped so it fits.
    let mut groups: Vec<(String, Vec<&BudgetLine>, f64)> = Vec::new();
    for l in &budget.lines {
        let side = l.brief.map_or("test", FileKind::as_str);
        let who = match &l.partner {
            Some(p) => format!("{side} {p}"),
            None => side.to_string(),
        };
        match groups.iter_mut().find(|(g, _, _)| *g == who) {
            Some((_, items, sum)) => {
                items.push(l);
                *sum += l.amount;
            }
            None => groups.push((who, vec![l], l.amount)),
        }
    }
    let mut lines: Vec<Line> = Vec::new();
    for (who, items, sum) in &groups {
        let text = group_text(who, items, *sum);
        for (i, part) in wrap(&text, width.saturating_sub(2)).into_iter().enumerate() {
            let indent = if i == 0 { "" } else { "  " };
            lines.push(Line::raw(format!("{indent}{part}")));
        }
    }
    // Too many for the room: one line per side, with how many partners it pays.
    if lines.len() > room.saturating_sub(2).clamp(3, BUDGET_LINES) {
        lines = side_lines(budget, &money, width, theme);
    }
    let (total, style) = match (budget.budget, budget.over_by()) {
        (Some(b), Some(over)) => (
            format!(
                "Total {} — over the {} budget by {}",
                money(budget.total),
                money(b),
                money(over)
            ),
            theme.error(),
        ),
        (Some(b), None) => (
            format!("Total {} of a {} budget", money(budget.total), money(b)),
            theme.ok(),
        ),
        (None, _) => (
            format!("Total {} (no budget set in step 1)", money(budget.total)),
            theme.title(),
        ),
    };
    lines.extend(
        wrap(&total, width)
            .into_iter()
            .map(|l| Line::styled(l, style)),
    );
    lines
}

/// The budget by side ("creator 17,200 for 2 partners"), when each partner's line does not
/// fit; a note says where every line is.
fn side_lines(
    budget: &Budget,
    money: &dyn Fn(f64) -> String,
    width: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    let sides = [
        (Some(FileKind::Creator), "creator"),
        (Some(FileKind::Influencer), "influencer"),
        (None, "test"),
    ];
    let mut parts: Vec<String> = Vec::new();
    for (brief, side) in sides {
        let mut partners: Vec<&str> = Vec::new();
        let mut any = false;
        for line in budget.lines.iter().filter(|l| l.brief == brief) {
            any = true;
            if let Some(p) = line.partner.as_deref().filter(|p| !partners.contains(p)) {
                partners.push(p);
            }
        }
        if !any {
            continue;
        }
        let who = match partners.len() {
            0 => String::new(),
            1 => " for 1 partner".to_string(),
            n => format!(" for {n} partners"),
        };
        parts.push(format!("{side} {}{who}", money(budget.subtotal(brief))));
    }
    let mut lines: Vec<Line<'static>> = wrap(&parts.join(" · "), width)
        .into_iter()
        .map(Line::raw)
        .collect();
    lines.extend(
        wrap("Each line: a taller window, or splitbrief check.", width)
            .into_iter()
            .map(|l| Line::styled(l, theme.dim())),
    );
    lines
}

/// Planned influencer cost next to the ceilings set in step 5, so a plan above them shows
/// where the pay is set.
fn cost_lines(costs: &[CostLine], w: &Wizard, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let currency = w
        .derived
        .bundle
        .as_ref()
        .and_then(|b| b.campaign.currency.clone());
    let parts: Vec<String> = costs
        .iter()
        .filter_map(|c| {
            let planned = c.planned?;
            let ceiling = match (c.max, c.over()) {
                (Some(max), Some(_)) => format!(" (over your max {})", format_money(max, None)),
                (Some(max), None) => format!(" (max {})", format_money(max, None)),
                (None, _) => String::new(),
            };
            Some(format!(
                "{} per {}{ceiling}",
                format_money(planned, None),
                c.per
            ))
        })
        .collect();
    if parts.is_empty() {
        return Vec::new();
    }
    let unit = currency.map(|c| format!(" ({c})")).unwrap_or_default();
    let text = format!("Influencer cost{unit}: {}", parts.join(" · "));
    let style = match costs.iter().any(|c| c.over().is_some()) {
        true => theme.warn(),
        false => theme.dim(),
    };
    wrap(&text, width)
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect()
}

/// Lines the step's panel takes above the fields (0 when it has none).
pub(crate) fn panel_height(w: &Wizard, area: Rect) -> u16 {
    let lines = panel_lines(
        w,
        area.width as usize,
        area.height as usize,
        Theme { color: false },
    )
    .len() as u16;
    if lines == 0 { 0 } else { lines + 1 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(label: &str, amount: f64, worked: bool) -> BudgetLine {
        BudgetLine {
            brief: Some(FileKind::Creator),
            partner: Some("priyamakes".into()),
            label: label.into(),
            amount,
            worked,
        }
    }

    #[test]
    fn a_worked_amount_follows_an_equals_sign() {
        let assets = line("6 assets × 250", 1500.0, true);
        assert_eq!(
            group_text("creator priyamakes", &[&assets], 1500.0),
            "creator priyamakes: 6 assets × 250 = 1,500"
        );
        let usage = line("usage fee", 300.0, false);
        assert_eq!(
            group_text("creator priyamakes", &[&assets, &usage], 1800.0),
            "creator priyamakes: (6 assets × 250 = 1,500) + usage fee 300 = 1,800"
        );
        let own = line("fee agreed with this creator", 900.0, false);
        assert_eq!(
            group_text("creator", &[&own], 900.0),
            "creator: own fee 900"
        );
    }
}
