//! The learnings screen: what past campaigns taught, grouped by niche — notes, partners worth
//! booking again, and the best hook, format and partner from the results.

use std::collections::BTreeMap;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::home::{Home, RowKind};
use super::keymap::Context;
use super::theme::Theme;
use super::view;
use crate::brief::{Bundle, Results};

/// What one campaign taught.
struct Lesson<'a> {
    campaign: &'a str,
    notes: &'a [String],
    rebook: &'a [String],
    best: Vec<String>,
}

fn best(results: &Results, who: &str) -> Vec<String> {
    [("hook", &results.best_hook), ("format", &results.best_format), ("partner", &results.best_partner)]
        .into_iter()
        .filter_map(|(what, v)| v.as_ref().map(|v| format!("best {who} {what}: {v}")))
        .collect()
}

fn lesson(bundle: &Bundle) -> Option<(String, Lesson<'_>)> {
    let learnings = &bundle.campaign.learnings;
    let mut found = Vec::new();
    if let Some(c) = &bundle.creator {
        found.extend(best(&c.results, "creator"));
    }
    if let Some(i) = &bundle.influencer {
        found.extend(best(&i.results, "influencer"));
    }
    if learnings.notes.is_empty() && learnings.rebook.is_empty() && found.is_empty() {
        return None;
    }
    let niche = learnings.niche.clone().unwrap_or_else(|| "no niche set".into());
    Some((niche, Lesson { campaign: &bundle.campaign.name, notes: &learnings.notes, rebook: &learnings.rebook, best: found }))
}

/// Draws the learnings of every campaign on the home list.
pub fn draw(frame: &mut Frame, home: &Home, scroll: u16, theme: Theme) {
    let [title, body, hints] = Layout::vertical([Constraint::Length(2), Constraint::Min(1), Constraint::Length(1)]).areas(frame.area());
    let mut by_niche: BTreeMap<String, Vec<Lesson>> = BTreeMap::new();
    for row in &home.rows {
        if let RowKind::Campaign { bundle, .. } = &row.kind
            && let Some((niche, lesson)) = lesson(bundle)
        {
            by_niche.entry(niche).or_default().push(lesson);
        }
    }
    frame.render_widget(Paragraph::new(Line::styled(" Learnings by niche", theme.title())), title);
    let mut lines = Vec::new();
    if by_niche.is_empty() {
        lines.push(Line::styled(" No learnings yet. Step 12 of a campaign keeps them: a niche, notes and partners", theme.dim()));
        lines.push(Line::styled(" worth booking again.", theme.dim()));
    }
    for (niche, lessons) in &by_niche {
        lines.push(Line::styled(format!(" {niche}"), theme.title()));
        for l in lessons {
            lines.push(Line::from(vec![Span::raw("   "), Span::styled(l.campaign.to_string(), theme.key())]));
            lines.extend(l.notes.iter().map(|n| Line::raw(format!("     • {n}"))));
            lines.extend(l.best.iter().map(|b| Line::styled(format!("     {b}"), theme.dim())));
            if !l.rebook.is_empty() {
                lines.push(Line::raw(format!("     book again: {}", l.rebook.join(", "))));
            }
        }
        lines.push(Line::raw(""));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }).scroll((scroll, 0)), body);
    view::draw_hints(frame, hints, &[Context::Learnings], theme);
}
