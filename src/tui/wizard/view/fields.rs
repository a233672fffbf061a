//! The fields pane: the step's title and intro, its panel, and the field blocks from the
//! scroll position, where the layout put them.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::panels;
use crate::tui::text;
use crate::tui::theme::Theme;
use crate::tui::wizard::Wizard;
use crate::tui::wizard::content::{field_block, intro_lines, panel_height};
use crate::tui::wizard::input::Input;

/// Draws the step's title, its panel and the fields from the scroll position.
pub(crate) fn draw_pane(frame: &mut Frame, w: &Wizard, area: Rect, top: u16, theme: Theme) {
    let body = Rect {
        y: area.y + top,
        height: area.height.saturating_sub(top),
        ..area
    };
    if w.row.is_none() {
        let intro = intro_lines(w, area.width as usize).len() as u16;
        let panel = Rect {
            y: area.y + 2 + intro,
            height: panel_height(w, area),
            ..area
        };
        panels::draw_panel(frame, w, panel, area.height, theme);
    }
    let (drawn, cut) = draw_fields(frame, w, body, theme);
    let note = fields_note(w, &drawn, cut);
    let room =
        (area.width as usize).saturating_sub(note.as_deref().map_or(0, |n| text::width(n) + 1));
    let header = header_lines(w, area.width as usize, room, theme);
    let header_area = Rect {
        height: (header.len() as u16).min(area.height),
        ..area
    };
    frame.render_widget(Paragraph::new(header), header_area);
    if let Some(note) = note {
        let width = text::width(&note) as u16;
        let x = area.x + area.width.saturating_sub(width);
        let at = Rect {
            x,
            width: width.min(area.width),
            height: 1,
            ..area
        };
        frame.render_widget(Paragraph::new(Span::styled(note, theme.dim())), at);
    }
}

/// The pane's title (the step's short title when the full one and the fields count do not
/// fit in `room`) and the intro, or the open row's name.
fn header_lines(w: &Wizard, width: usize, room: usize, theme: Theme) -> Vec<Line<'static>> {
    let step = w.current_step();
    if let Some(row) = w.row {
        let rows_field = &step.fields[row.field];
        let count = w.rows(rows_field);
        let which = if row.index >= count {
            "new row".to_string()
        } else {
            format!("row {} of {count}", row.index + 1)
        };
        return vec![
            Line::styled(
                text::truncate(&format!("{} › {which}", rows_field.label), room),
                theme.title(),
            ),
            Line::styled("Esc: back to the list of rows", theme.dim()),
        ];
    }
    let mut title = format!("{} {}", w.step + 1, step.title);
    if text::width(&title) > room {
        title = text::truncate(&format!("{} {}", w.step + 1, step.short), room);
    }
    let mut lines = vec![Line::styled(title, theme.title())];
    lines.extend(
        intro_lines(w, width)
            .into_iter()
            .map(|l| Line::styled(l, theme.dim())),
    );
    lines
}

/// "fields 3–7 of 14" when some fields are out of sight or `cut` (the last one on screen only
/// in part): the fields on screen, at least in part, counted among those shown as fields (a
/// brief the campaign does not use is one note, not fields). None when all are in sight.
fn fields_note(w: &Wizard, drawn: &[usize], cut: bool) -> Option<String> {
    let (fields, _) = w.pane_fields();
    // The place of each field among the fields shown as fields (1-based).
    let mut number = Vec::with_capacity(fields.len());
    let mut count = 0;
    for field in fields {
        if w.applicability(field).editable() {
            count += 1;
        }
        number.push(count);
    }
    let shown: Vec<usize> = drawn
        .iter()
        .filter(|i| {
            fields
                .get(**i)
                .is_some_and(|f| w.applicability(f).editable())
        })
        .filter_map(|i| number.get(*i).copied())
        .collect();
    match (shown.first(), shown.last()) {
        (Some(&first), Some(&last)) if first > 1 || last < count || cut => {
            Some(format!("fields {first}–{last} of {count}"))
        }
        (None, _) if count > 0 => Some(format!("{count} fields below")),
        _ => None,
    }
}

/// Draws the fields from the scroll position; returns those with at least a line on screen,
/// and whether one of them is cut at the bottom.
fn draw_fields(frame: &mut Frame, w: &Wizard, body: Rect, theme: Theme) -> (Vec<usize>, bool) {
    let (fields, focus) = w.pane_fields();
    let row = w.row.map(|r| r.index);
    let mut y = body.y;
    let bottom = body.y + body.height;
    let mut drawn = Vec::new();
    let mut cut = false;
    for (i, field) in fields.iter().enumerate().skip(w.scroll) {
        if y >= bottom {
            break;
        }
        let block = field_block(w, field, row, i == focus, body.width, theme);
        let height = (block.lines.len() as u16).min(bottom - y);
        if height > 0 {
            drawn.push(i);
        }
        cut |= (height as usize) < block.lines.len();
        // Lines straight into the buffer: no wrapping to work out, and this runs per key.
        for (k, line) in block.lines.iter().take(height as usize).enumerate() {
            frame
                .buffer_mut()
                .set_line(body.x, y + k as u16, line, body.width);
        }
        if let Some((at, rows)) = block.editor {
            let area = Rect {
                x: body.x + 2,
                y: y + at as u16,
                width: body.width.saturating_sub(2),
                height: rows as u16,
            };
            draw_editor(frame, w, area, bottom);
        }
        y += height;
    }
    (drawn, cut)
}

fn draw_editor(frame: &mut Frame, w: &Wizard, area: Rect, bottom: u16) {
    if area.y >= bottom {
        return;
    }
    let area = Rect {
        height: area.height.min(bottom - area.y),
        ..area
    };
    let textarea = match &w.input {
        Input::Line { area, .. } | Input::Lines(area) => area,
        Input::List {
            editing: Some((_, area)),
            ..
        } => area,
        _ => return,
    };
    frame.render_widget(textarea, area);
}
