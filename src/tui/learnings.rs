//! The learnings screen: what past campaigns taught, by niche (`practice::gather`) — notes,
//! partners worth booking again, and the hooks, formats and partners that did best.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::home::{Home, RowKind};
use super::keymap::Context;
use super::theme::Theme;
use super::view;
use crate::practice::{self, Tally};

fn tallies(label: &str, found: &[Tally]) -> Option<String> {
    if found.is_empty() {
        return None;
    }
    let items: Vec<String> = found
        .iter()
        .map(|t| if t.count > 1 { format!("{} (×{})", t.value, t.count) } else { t.value.clone() })
        .collect();
    Some(format!("{label}: {}", items.join(", ")))
}

/// The lines of the learnings of every campaign on the home list.
pub fn lines(home: &Home, theme: Theme) -> Vec<Line<'static>> {
    let campaigns: Vec<(String, crate::brief::Bundle)> = home
        .rows
        .iter()
        .filter_map(|r| match &r.kind {
            RowKind::Campaign { slug, bundle } => Some((slug.clone(), (**bundle).clone())),
            _ => None,
        })
        .collect();
    let niches = practice::gather(&campaigns, None);
    let mut lines = Vec::new();
    if niches.is_empty() {
        lines.push(Line::styled(" No learnings yet. Step 12 of a campaign keeps them: a niche, notes and", theme.dim()));
        lines.push(Line::styled(" partners worth booking again.", theme.dim()));
    }
    for n in &niches {
        lines.push(Line::from(vec![
            Span::styled(format!(" {}", n.niche), theme.title()),
            Span::styled(format!("  from {}", n.campaigns.join(", ")), theme.dim()),
        ]));
        for note in &n.notes {
            lines.push(Line::from(vec![Span::raw(format!("   • {}", note.text)), Span::styled(format!("  ({})", note.campaign), theme.dim())]));
        }
        let extra = [
            tallies("best hooks", &n.best_hooks),
            tallies("best formats", &n.best_formats),
            tallies("best partners", &n.best_partners),
            (!n.rebook.is_empty()).then(|| format!("book again: {}", n.rebook.join(", "))),
        ];
        lines.extend(extra.into_iter().flatten().map(|t| Line::raw(format!("   {t}"))));
        lines.push(Line::raw(""));
    }
    lines
}

/// Draws the learnings screen.
pub fn draw(frame: &mut Frame, home: &Home, scroll: u16, theme: Theme) {
    let [title, body, hints] = Layout::vertical([Constraint::Length(2), Constraint::Min(1), Constraint::Length(1)]).areas(frame.area());
    frame.render_widget(Paragraph::new(Line::styled(" Learnings by niche", theme.title())), title);
    frame.render_widget(Paragraph::new(lines(home, theme)).wrap(Wrap { trim: false }).scroll((scroll, 0)), body);
    view::draw_hints(frame, hints, &[Context::Learnings], theme);
}
