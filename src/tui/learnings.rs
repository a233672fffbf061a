//! The learnings screen: what past campaigns taught, by niche (`practice::gather`) — notes,
//! partners worth booking again, and the hooks, formats and partners that did best.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::keymap::Context;
use super::text::wrap;
use super::theme::Theme;
use super::view;
use crate::practice::{NicheLearnings, Tally};

fn tallies(label: &str, found: &[Tally]) -> Option<String> {
    if found.is_empty() {
        return None;
    }
    let items: Vec<String> = found
        .iter()
        .map(|t| {
            if t.count > 1 {
                format!("{} (×{})", t.value, t.count)
            } else {
                t.value.clone()
            }
        })
        .collect();
    Some(format!("{label}: {}", items.join(", ")))
}

/// The lines of the learnings, wrapped to `width`.
pub fn lines(niches: &[NicheLearnings], width: usize, theme: Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    if niches.is_empty() {
        lines.push(Line::styled(
            " No learnings yet. Step 12 of a campaign keeps them: a niche, notes and",
            theme.dim(),
        ));
        lines.push(Line::styled(" partners worth booking again.", theme.dim()));
    }
    for n in niches {
        lines.push(Line::from(vec![
            Span::styled(format!(" {}", n.niche), theme.title()),
            Span::styled(format!("  from {}", n.campaigns.join(", ")), theme.dim()),
        ]));
        for note in &n.notes {
            let text = format!("{} ({})", note.text, note.campaign);
            for (i, l) in wrap(&text, width.saturating_sub(6)).into_iter().enumerate() {
                lines.push(Line::raw(format!(
                    "   {} {l}",
                    if i == 0 { "•" } else { " " }
                )));
            }
        }
        let extra = [
            tallies("best hooks", &n.best_hooks),
            tallies("best formats", &n.best_formats),
            tallies("best partners", &n.best_partners),
            (!n.rebook.is_empty()).then(|| format!("book again: {}", n.rebook.join(", "))),
        ];
        for t in extra.into_iter().flatten() {
            lines.extend(
                wrap(&t, width.saturating_sub(4))
                    .into_iter()
                    .map(|l| Line::styled(format!("   {l}"), theme.dim())),
            );
        }
        lines.push(Line::raw(""));
    }
    lines
}

/// Draws the learnings screen.
pub fn draw(frame: &mut Frame, niches: &[NicheLearnings], scroll: u16, theme: Theme) {
    let [title, body, hints] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(frame.area());
    frame.render_widget(
        Paragraph::new(Line::styled(" Learnings by niche", theme.title())),
        title,
    );
    frame.render_widget(
        Paragraph::new(lines(niches, body.width as usize, theme)).scroll((scroll, 0)),
        body,
    );
    view::draw_hints(frame, hints, &[Context::Learnings], theme);
}
