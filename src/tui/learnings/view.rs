//! Drawing the learnings: each niche with its notes and what did best, scrolled.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Learnings;
use super::layout::Layout;
use crate::practice::{NicheLearnings, Tally};
use crate::tui::hints;
use crate::tui::keymap::Context;
use crate::tui::text::wrap;
use crate::tui::theme::Theme;

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

/// Text from the files, controls shown escaped.
fn shown(text: &str) -> String {
    crate::safe_text::terminal(text).into_owned()
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
            Span::styled(format!(" {}", shown(&n.niche)), theme.title()),
            Span::styled(
                format!("  from {}", shown(&n.campaigns.join(", "))),
                theme.dim(),
            ),
        ]));
        for note in &n.notes {
            let text = shown(&format!("{} ({})", note.text, note.campaign));
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
                wrap(&shown(&t), width.saturating_sub(4))
                    .into_iter()
                    .map(|l| Line::styled(format!("   {l}"), theme.dim())),
            );
        }
        lines.push(Line::raw(""));
    }
    lines
}

/// Draws the learnings screen.
pub fn draw(frame: &mut Frame, state: &Learnings, at: &Layout, theme: Theme) {
    frame.render_widget(
        Paragraph::new(Line::styled(" Learnings by niche", theme.title())),
        at.title,
    );
    frame.render_widget(
        Paragraph::new(lines(&state.niches, at.body.width as usize, theme))
            .scroll((state.scroll, 0)),
        at.body,
    );
    hints::draw(frame, at.hints, &[Context::Learnings], theme);
}
