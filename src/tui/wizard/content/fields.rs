//! Each field as a block of lines (label and file, value or editor, hint, the reason a typed
//! value does not fit): the layout measures the blocks for scrolling, the view draws them.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::form::{Applicability, Field};
use crate::path::Kind;
use crate::tui::text::{self, truncate, width, wrap};
use crate::tui::theme::Theme;
use crate::tui::wizard::Wizard;
use crate::tui::wizard::input::{Input, item_text};

/// A field drawn as lines; `editor` is where the text editor goes (line offset, height).
pub struct FieldBlock {
    /// The lines (the editor's lines are blank here).
    pub lines: Vec<Line<'static>>,
    /// Where the focused text editor is drawn.
    pub editor: Option<(usize, usize)>,
}

const LONG_TEXT_LINES: usize = 4;

/// Lines a field's value takes when it is not focused; a longer one ends in "…" (the whole
/// value shows when the field has focus).
const VALUE_LINES: usize = 3;

/// A value wrapped to `width`, at most [`VALUE_LINES`] lines.
fn value_lines(value: &str, width: usize) -> Vec<String> {
    let mut lines = wrap(value, width);
    if lines.len() > VALUE_LINES {
        lines.truncate(VALUE_LINES);
        if let Some(last) = lines.last_mut() {
            *last = truncate(&format!("{last} …"), width);
        }
    }
    lines
}

/// The block of one field; `row` is the open row for a row column.
pub(crate) fn field_block(
    w: &Wizard,
    field: &Field,
    row: Option<usize>,
    focused: bool,
    width: u16,
    theme: Theme,
) -> FieldBlock {
    let width = width as usize;
    let applicability = w.applicability(field);
    let path = field.key_path(row);
    let key = path.as_ref().map(|p| p.to_string()).unwrap_or_default();
    if let Applicability::Unused(_) = &applicability {
        return unused_block(w, field, width, theme);
    }
    let mut lines = vec![label_line(field, focused, width, &applicability, theme)];
    let mut editor = None;
    let invalid = w.invalid.get(&key);
    match &applicability {
        _ if focused => editor = focused_value(w, field, width, theme, &mut lines),
        _ => {
            let item = path.as_ref().and_then(|p| w.docs.get(p).ok().flatten());
            let shown = match invalid {
                Some(i) => Some(i.text.replace('\n', " · ")),
                None if matches!(field.kind(), Kind::Rows(_)) => Some(rows_summary(w, field)),
                None => path
                    .as_ref()
                    .and_then(|p| w.range_text(p))
                    .or_else(|| item.map(|i| item_text(i).replace('\n', " · "))),
            };
            match shown {
                Some(v) if !v.trim().is_empty() => lines.extend(
                    value_lines(&v, width.saturating_sub(2))
                        .into_iter()
                        .map(|l| Line::raw(format!("  {l}"))),
                ),
                _ => lines.push(Line::styled("  —", theme.dim())),
            }
        }
    }
    if let Applicability::NotNeeded(reason) = &applicability {
        for l in wrap(reason, width.saturating_sub(2)) {
            lines.push(Line::styled(format!("  {l}"), theme.dim()));
        }
    } else if focused {
        for l in wrap(field.hint, width.saturating_sub(2)) {
            lines.push(Line::styled(format!("  {l}"), theme.dim()));
        }
    }
    if let Some(finding) = w.finding.as_ref().filter(|f| focused && f.at == key) {
        let (mark, style) = if finding.error {
            ("✗", theme.error())
        } else {
            ("!", theme.warn())
        };
        for l in wrap(&format!("{mark} {}", finding.text), width.saturating_sub(2)) {
            lines.push(Line::styled(format!("  {l}"), style));
        }
    }
    if let Some(invalid) = invalid.filter(|i| !i.reason.is_empty()) {
        for l in wrap(&format!("✗ {}", invalid.reason), width.saturating_sub(2)) {
            lines.push(Line::styled(format!("  {l}"), theme.error()));
        }
    }
    FieldBlock { lines, editor }
}

/// The fields of a brief the campaign does not use: the first of a run says so in one
/// line, the rest take none.
fn unused_block(w: &Wizard, field: &Field, width: usize, theme: Theme) -> FieldBlock {
    let (fields, _) = w.pane_fields();
    let at = fields.iter().position(|f| std::ptr::eq(f, field));
    let follows_one = at
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| fields.get(i))
        .is_some_and(|prev| prev.file() == field.file() && !w.applicability(prev).editable());
    if follows_one {
        return FieldBlock {
            lines: Vec::new(),
            editor: None,
        };
    }
    let brief = match field.file() {
        crate::brief::FileKind::Creator => "Creator brief",
        crate::brief::FileKind::Influencer => "Influencer brief",
        crate::brief::FileKind::Campaign => "This part",
    };
    let partnership = w
        .derived
        .bundle
        .as_ref()
        .map_or("hybrid", |b| b.partnership().as_str());
    let text = format!("{brief}: not used by a {partnership} campaign (step 2 changes the type)");
    let lines = wrap(&text, width.saturating_sub(2))
        .into_iter()
        .map(|l| Line::styled(format!("  {l}"), theme.dim()))
        .collect();
    FieldBlock {
        lines,
        editor: None,
    }
}

fn label_line(
    field: &Field,
    focused: bool,
    width: usize,
    applicability: &Applicability,
    theme: Theme,
) -> Line<'static> {
    // The file name gives way to a label that would not fit beside it (the preview names it).
    let full = 2 + width_of(field.label) + field.marker.map_or(0, |m| m.text().len() + 2);
    let file = if full + width_of(field.file().file_name()) + 1 > width {
        ""
    } else {
        field.file().file_name()
    };
    let pointer = if focused { "▶ " } else { "  " };
    let label_style = match (focused, applicability) {
        (_, Applicability::Unused(_)) => theme.dim(),
        (true, _) => theme.title(),
        (false, _) => theme.text(),
    };
    let marker = field
        .marker
        .map(|m| format!("  {}", m.text()))
        .unwrap_or_default();
    let room = width.saturating_sub(width_of(file) + marker.len() + 3);
    let label = truncate(field.label, room);
    let used = 2 + width_of(&label) + width_of(&marker);
    let gap = width.saturating_sub(used + width_of(file)).max(1);
    Line::from(vec![
        Span::styled(pointer, theme.title()),
        Span::styled(label, label_style),
        Span::styled(marker, theme.dim()),
        Span::raw(" ".repeat(gap)),
        Span::styled(file, theme.dim()),
    ])
}

fn width_of(s: &str) -> usize {
    width(s)
}

/// The focused field's value: an editor area, or drawn choices, list items or rows.
fn focused_value(
    w: &Wizard,
    field: &Field,
    width: usize,
    theme: Theme,
    lines: &mut Vec<Line<'static>>,
) -> Option<(usize, usize)> {
    let inner = width.saturating_sub(2);
    match &w.input {
        Input::Line { .. } => {
            lines.push(Line::raw(""));
            Some((lines.len() - 1, 1))
        }
        Input::Lines(_) => {
            let at = lines.len();
            lines.extend((0..LONG_TEXT_LINES).map(|_| Line::raw("")));
            Some((at, LONG_TEXT_LINES))
        }
        Input::Choice { .. } | Input::Many { .. } => {
            lines.extend(pack(choices(&w.input, theme), inner));
            None
        }
        Input::List {
            items,
            cursor,
            editing,
        } => {
            let at = editing.as_ref().map(|(at, _)| *at);
            list_lines(items, *cursor, at, inner, theme, lines)
        }
        Input::Rows { count, cursor } => {
            rows_lines(w, field, *count, *cursor, inner, theme, lines);
            None
        }
        Input::Inert => {
            lines.push(Line::styled("  —", theme.dim()));
            None
        }
    }
}

/// The options of a choice, `(•)` / `[x]` marking what is chosen, the cursor reversed.
fn choices(input: &Input, theme: Theme) -> Vec<(String, Style)> {
    let style = |on: bool| if on { theme.focus() } else { theme.text() };
    match input {
        Input::Choice {
            options, selected, ..
        } => options
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let on = *selected == Some(i);
                (format!("{} {o}", if on { "(•)" } else { "( )" }), style(on))
            })
            .collect(),
        Input::Many {
            options,
            ticked,
            cursor,
        } => options
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let mark = if ticked.get(i).copied().unwrap_or(false) {
                    "[x]"
                } else {
                    "[ ]"
                };
                (format!("{mark} {o}"), style(i == *cursor))
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn rows_lines(
    w: &Wizard,
    field: &Field,
    count: usize,
    cursor: usize,
    inner: usize,
    theme: Theme,
    lines: &mut Vec<Line<'static>>,
) {
    for i in 0..count {
        let style = if i == cursor {
            theme.focus()
        } else {
            theme.text()
        };
        let summary = row_summary(w, field, i);
        lines.push(Line::from(vec![
            Span::raw("  "),
            Span::styled(truncate(&format!("{}. {summary}", i + 1), inner), style),
        ]));
    }
    let style = if cursor >= count {
        theme.focus()
    } else {
        theme.dim()
    };
    lines.push(Line::from(vec![
        Span::raw("  "),
        Span::styled("+ add (Insert or +)", style),
    ]));
}

fn list_lines(
    items: &[String],
    cursor: usize,
    editing: Option<usize>,
    inner: usize,
    theme: Theme,
    lines: &mut Vec<Line<'static>>,
) -> Option<(usize, usize)> {
    let mut editor = None;
    for (i, item) in items.iter().enumerate() {
        if editing == Some(i) {
            editor = Some((lines.len(), 1));
            lines.push(Line::raw(""));
            continue;
        }
        let style = if i == cursor && editing.is_none() {
            theme.focus()
        } else {
            theme.text()
        };
        // The focused list shows each item whole, wrapped under its bullet.
        for (k, part) in wrap(item, inner.saturating_sub(2)).into_iter().enumerate() {
            let bullet = if k == 0 { "  • " } else { "    " };
            lines.push(Line::from(vec![
                Span::raw(bullet),
                Span::styled(part, style),
            ]));
        }
    }
    if editing.is_some_and(|at| at >= items.len()) {
        editor = Some((lines.len(), 1));
        lines.push(Line::raw(""));
    } else {
        let style = if cursor >= items.len() && editing.is_none() {
            theme.focus()
        } else {
            theme.dim()
        };
        lines.push(Line::from(vec![
            Span::raw("  "),
            Span::styled("+ add (type, or Insert)", style),
        ]));
    }
    editor
}

/// Lays styled items out in lines of at most `width`, two spaces apart.
fn pack(items: Vec<(String, Style)>, width: usize) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let mut spans = vec![Span::raw("  ")];
    let mut used = 2;
    for (item, style) in items {
        let w = text::width(&item);
        if used > 2 && used + 2 + w > width + 2 {
            out.push(Line::from(std::mem::replace(
                &mut spans,
                vec![Span::raw("  ")],
            )));
            used = 2;
        }
        if used > 2 {
            spans.push(Span::raw("  "));
            used += 2;
        }
        spans.push(Span::styled(item, style));
        used += w;
    }
    out.push(Line::from(spans));
    out
}

/// One row in a few words: its first two values ("Maya Lopez · @maya").
pub(crate) fn row_summary(w: &Wizard, field: &Field, index: usize) -> String {
    let values: Vec<String> = field
        .columns()
        .iter()
        .filter_map(|c| c.key_path(Some(index)))
        .filter_map(|p| w.docs.get(&p).ok().flatten().map(item_text))
        .filter(|v| !v.trim().is_empty())
        .take(3)
        .map(|v| v.replace('\n', " "))
        .collect();
    let status = field
        .key_path(None)
        .map(|p| p.row(index).child("status"))
        .filter(|p| p.key().is_some())
        .and_then(|p| w.docs.get(&p).ok().flatten().map(item_text));
    let text = if values.is_empty() {
        "(empty row)".into()
    } else {
        values.join(" · ")
    };
    match status {
        Some(s) if !s.is_empty() => format!("[{}] {text}", s.replace('-', " ")),
        _ => text,
    }
}

fn rows_summary(w: &Wizard, field: &Field) -> String {
    match w.rows(field) {
        0 => String::new(),
        1 => row_summary(w, field, 0),
        n => {
            let rows: Vec<String> = (0..n).map(|i| row_summary(w, field, i)).collect();
            format!("{n} rows: {}", rows.join("; "))
        }
    }
}
