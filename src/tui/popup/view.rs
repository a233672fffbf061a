//! Drawing popups: a bordered box in the middle of the screen, its keys on its last line
//! (from the keymap table, like everything else).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::{Doomed, Popup};
use crate::brief::Partnership;
use crate::tui::keymap::{self, Context};
use crate::tui::request::Leave;
use crate::tui::text::wrap;
use crate::tui::theme::Theme;

/// A box `width` × `height` centred in `area` (clipped to it).
fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

fn keys_line(context: Context, theme: Theme) -> Line<'static> {
    let mut spans = Vec::new();
    for (key, words) in keymap::hints(&[context]) {
        if !spans.is_empty() {
            spans.push(Span::styled("  ", theme.dim()));
        }
        spans.push(Span::styled(key, theme.key()));
        spans.push(Span::raw(format!(" {words}")));
    }
    Line::from(spans)
}

fn boxed(
    frame: &mut Frame,
    area: Rect,
    title: &str,
    lines: Vec<Line<'static>>,
    context: Context,
    theme: Theme,
) {
    boxed_wide(frame, area, title, lines, context, 64, theme);
}

fn boxed_wide(
    frame: &mut Frame,
    area: Rect,
    title: &str,
    mut lines: Vec<Line<'static>>,
    context: Context,
    width: u16,
    theme: Theme,
) {
    lines.push(Line::raw(""));
    lines.push(keys_line(context, theme));
    let width = width.min(area.width.saturating_sub(4));
    let inner_width = width.saturating_sub(4) as usize;
    let height: usize = lines
        .iter()
        .map(|l| wrap(&l.to_string(), inner_width).len().max(1))
        .sum();
    let rect = centered(area, width, height as u16 + 2);
    let inner = framed(frame, rect, &format!(" {title} "), theme);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

/// Draws the popup over the screen; `campaign` is the wizard's campaign name, if any.
pub fn draw(frame: &mut Frame, popup: &Popup, campaign: Option<String>, theme: Theme) {
    let area = frame.area();
    let name = campaign
        .map(|n| crate::safe_text::terminal(&n).into_owned())
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| "this campaign".into());
    match popup {
        Popup::Help { contexts, scroll } => draw_help(frame, contexts, *scroll, theme),
        Popup::Templates { list, cursor } => draw_templates(frame, list, *cursor, theme),
        Popup::Reason {
            chosen,
            recommended,
            input,
        } => {
            let question = reason_question(*chosen, *recommended);
            let lines = vec![
                Line::raw(question),
                Line::raw(""),
                Line::styled("›", theme.title()),
            ];
            boxed(frame, area, "Your reason", lines, Context::Reason, theme);
            let rect = reason_input_area(area, *chosen, *recommended);
            frame.render_widget(input.as_ref(), rect);
        }
        other => {
            let (title, text) = message(other, &name);
            boxed(
                frame,
                area,
                title,
                vec![Line::raw(text)],
                other.context(),
                theme,
            );
        }
    }
}

/// The title and sentence of a popup that only asks.
fn message(popup: &Popup, campaign: &str) -> (&'static str, String) {
    match popup {
        Popup::Leave(Leave::Quit) => (
            "Unsaved changes",
            format!("“{campaign}” has unsaved changes. Save them before you quit?"),
        ),
        Popup::Leave(Leave::Home) => (
            "Unsaved changes",
            format!(
                "“{campaign}” has unsaved changes. Save them before you go back to the campaigns?"
            ),
        ),
        Popup::Delete {
            name,
            doomed: Doomed::Campaign(_),
        } => (
            "Delete",
            format!("Move “{name}” to the trash? u on the campaign list brings it back."),
        ),
        Popup::Delete {
            name,
            doomed: Doomed::Draft(_),
        } => (
            "Delete",
            format!("Discard the unsaved work on “{name}”? It was never saved."),
        ),
        Popup::Recover(draft) => (
            "Unsaved work",
            format!(
                "Unsaved work on “{campaign}” from {} is waiting: it was kept, not saved to the files.",
                draft.written
            ),
        ),
        Popup::Conflict(conflicts) => match conflicts.first() {
            Some(c) => (
                "Changed on both sides",
                format!(
                    "{} was changed in the file after your unsaved work began ({} to decide). In the file: {}. Unsaved: {}.",
                    c.path(),
                    conflicts.len(),
                    one_line(c.on_disk.as_deref()),
                    one_line(c.unsaved.as_deref()),
                ),
            ),
            None => ("", String::new()),
        },
        Popup::FixFirst { fields, .. } => ("Fix first", fix_first(fields)),
        Popup::Help { .. } | Popup::Templates { .. } | Popup::Reason { .. } => ("", String::new()),
    }
}

/// A value of a conflict on one line, controls escaped.
fn one_line(value: Option<&str>) -> String {
    match value {
        Some(v) => crate::safe_text::terminal(&v.split_whitespace().collect::<Vec<_>>().join(" "))
            .into_owned(),
        None => "(not set)".into(),
    }
}

fn draw_templates(frame: &mut Frame, list: &[crate::store::Template], cursor: usize, theme: Theme) {
    let area = frame.area();
    let width = 76.min(area.width.saturating_sub(4));
    let mut lines = vec![
        Line::styled(
            "Dates move so the earliest is two weeks from today.",
            theme.dim(),
        ),
        Line::raw(""),
    ];
    for (i, t) in list.iter().enumerate() {
        let style = if i == cursor {
            theme.focus()
        } else {
            theme.title()
        };
        let pointer = if i == cursor { "▶ " } else { "  " };
        let owner = if t.user { " (yours)" } else { "" };
        lines.push(Line::from(vec![
            Span::raw(pointer),
            Span::styled(format!("{}{owner}", t.name), style),
        ]));
        for l in wrap(&t.description, width.saturating_sub(8) as usize) {
            lines.push(Line::styled(format!("    {l}"), theme.dim()));
        }
    }
    boxed_wide(
        frame,
        area,
        "New from a template",
        lines,
        Context::Picker,
        width,
        theme,
    );
}

fn reason_question(chosen: Partnership, recommended: Partnership) -> String {
    format!(
        "You chose {chosen}; the diagnosis recommends {recommended}. Why? (kept as the partnership reason)"
    )
}

fn reason_input_area(area: Rect, chosen: Partnership, recommended: Partnership) -> Rect {
    let width = 64.min(area.width.saturating_sub(4));
    let question = reason_question(chosen, recommended);
    let q = wrap(&question, width.saturating_sub(4) as usize).len() as u16;
    // The question, a blank line, the input line, a blank line, the keys, and two borders.
    let rect = centered(area, width, q + 6);
    Rect {
        x: rect.x + 4,
        y: rect.y + 1 + q + 1,
        width: width.saturating_sub(6),
        height: 1,
    }
}

fn draw_help(frame: &mut Frame, contexts: &[Context], scroll: u16, theme: Theme) {
    let area = frame.area();
    let rect = centered(
        area,
        76.min(area.width.saturating_sub(2)),
        area.height.saturating_sub(2),
    );
    // Inside the border and its padding: long lines wrap here rather than being cut.
    let room = rect.width.saturating_sub(4) as usize;
    let mut lines: Vec<Line> = Vec::new();
    let help = keymap::help(contexts);
    let column = help
        .iter()
        .flat_map(|(_, keys)| keys.iter().map(|(k, _)| crate::tui::text::width(k)))
        .max()
        .unwrap_or(0)
        + 2;
    for (context, keys) in help {
        lines.push(Line::styled(context.title(), theme.title()));
        for (key, what) in keys {
            let pad = column.saturating_sub(crate::tui::text::width(&key));
            let parts = wrap(what, room.saturating_sub(column + 2).max(10));
            for (i, part) in parts.into_iter().enumerate() {
                let lead = if i == 0 {
                    Span::styled(format!("  {key}{}", " ".repeat(pad)), theme.key())
                } else {
                    Span::raw(" ".repeat(column + 2))
                };
                lines.push(Line::from(vec![lead, Span::raw(part)]));
            }
        }
        lines.push(Line::raw(""));
    }
    for note in [
        "Step marks: ✓ done · ◐ partly · ○ missing · – n/a (not needed by this campaign); \
         ✗ or ! after a step you have started: an error or a warning on its fields. \
         Checklist n/m under the steps: best practices done, of those that apply.",
        crate::practice::DISCLAIMER,
    ] {
        lines.extend(
            wrap(note, room)
                .into_iter()
                .map(|l| Line::styled(l, theme.dim())),
        );
    }
    let inner = framed(
        frame,
        rect,
        " Keys (Esc closes, ↑/↓ and PgUp/PgDn scroll) ",
        theme,
    );
    let max = (lines.len() as u16).saturating_sub(inner.height);
    frame.render_widget(Paragraph::new(lines).scroll((scroll.min(max), 0)), inner);
}

/// Clears `rect`, draws a titled border around it and returns the area inside, one column
/// of padding on each side.
fn framed(frame: &mut Frame, rect: Rect, title: &str, theme: Theme) -> Rect {
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.title())
        .title(Span::styled(title.to_string(), theme.title()));
    frame.render_widget(Clear, rect);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(2),
        ..inner
    }
}

/// "2 fields need fixing: Final due (step 4), Start date (step 1). …"
fn fix_first(fields: &[super::ToFix]) -> String {
    let n = fields.len();
    let count = if n == 1 {
        "1 field needs fixing".to_string()
    } else {
        format!("{n} fields need fixing")
    };
    let named: Vec<String> = fields
        .iter()
        .map(|f| format!("{} (step {})", f.label, f.step + 1))
        .collect();
    let (there, fit) = if n == 1 {
        ("there", "it fits")
    } else {
        ("to the first", "they fit")
    };
    format!(
        "{count}: {}. Nothing is saved until {fit}; what you typed is kept. Enter goes {there}; k leaves and keeps it all as unsaved work, offered back next time.",
        named.join(", ")
    )
}
