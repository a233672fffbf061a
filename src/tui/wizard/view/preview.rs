//! The live preview: the file being written, as it would be saved, scrolled to and marking
//! the line of the focused field.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::path::KeyPath;
use crate::tui::theme::Theme;
use crate::tui::wizard::Wizard;

/// The 0-based line of `path`'s key in `text` (its table or row header when the key is not
/// written yet).
pub(crate) fn key_line(text: &str, path: &KeyPath) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let is_key = |line: &str, key: &str| {
        let line = line.trim_start();
        line.strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
    };
    let (leaf, parents) = path.segments.split_last()?;
    let mut start = 0;
    let mut end = lines
        .iter()
        .position(|l| l.trim_start().starts_with('['))
        .unwrap_or(lines.len());
    if let Some(table) = parents.first() {
        let header = match table.index {
            Some(_) => format!("[[{}]]", table.name),
            None => format!("[{}]", table.name),
        };
        let nth = table.index.unwrap_or(0);
        let at = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.trim() == header)
            .nth(nth)
            .map(|(i, _)| i)?;
        start = at + 1;
        end = lines[start..]
            .iter()
            .position(|l| l.trim_start().starts_with('['))
            .map_or(lines.len(), |p| start + p);
        let found = (start..end).find(|i| is_key(lines[*i], &leaf.name));
        return Some(found.unwrap_or(at));
    }
    if leaf.index.is_some() {
        let header = format!("[[{}]]", leaf.name);
        return lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.trim() == header)
            .nth(leaf.index.unwrap_or(0))
            .map(|(i, _)| i);
    }
    (start..end)
        .find(|i| is_key(lines[*i], &leaf.name))
        .or_else(|| {
            let header = format!("[{}]", leaf.name);
            let rows = format!("[[{}]]", leaf.name);
            lines
                .iter()
                .position(|l| l.trim() == header || l.trim() == rows)
        })
}

/// The preview's title: the file, and its keys as far as they fit (in full, short, none).
fn title(file: crate::brief::FileKind, width: u16, theme: Theme) -> Line<'static> {
    let name = format!(" {} ", file.file_name());
    // The keys as far as they fit: in full, then short, then none.
    let room = (width as usize).saturating_sub(crate::tui::text::width(&name) + 1);
    let keys = ["F3 next file · F2 hide ", "F3 next · F2 hide ", "F2 hide "]
        .into_iter()
        .find(|k| crate::tui::text::width(k) <= room)
        .unwrap_or_default();
    Line::from(vec![
        Span::styled(name, theme.title()),
        Span::styled(keys, theme.dim()),
    ])
}

/// Draws the preview of the chosen file.
pub fn draw(frame: &mut Frame, w: &Wizard, area: Rect, theme: Theme) {
    let file = w.preview.file;
    let title = title(file, area.width, theme);
    let block = Block::new()
        .borders(Borders::LEFT)
        .border_style(theme.border())
        .title(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(text) = w.derived.texts.get(file) else {
        let note = format!("This campaign has no {file} brief.");
        frame.render_widget(Paragraph::new(Line::styled(note, theme.dim())), inner);
        return;
    };
    let unused = w
        .derived
        .bundle
        .as_ref()
        .is_some_and(|b| !b.partnership().needs(file));
    let focus_line = w
        .focused()
        .filter(|f| f.path.file == file)
        .and_then(|f| key_line(text, &f.path));
    let mut lines: Vec<Line> = Vec::new();
    if unused {
        lines.push(Line::styled(
            "# not used by this partnership type; kept, not checked",
            theme.warn(),
        ));
    }
    // Long lines wrap (indented) rather than run off the edge; the focused key's first line
    // is what the preview keeps in view.
    let room = (inner.width as usize).saturating_sub(1).max(8);
    let mut focus_at = None;
    for (i, line) in text.lines().enumerate() {
        let focused = Some(i) == focus_line;
        let style = if focused { theme.focus() } else { theme.text() };
        if focused {
            focus_at = Some(lines.len());
        }
        // TOML leaves C1 and bidi controls raw in strings: shown escaped here.
        let shown = crate::safe_text::terminal(line).into_owned();
        for (k, part) in crate::tui::text::wrap(&shown, room).into_iter().enumerate() {
            let marker = match (k, focused) {
                (0, true) => "▶",
                (0, false) => " ",
                _ => "↳",
            };
            lines.push(Line::from(vec![
                Span::styled(marker, theme.title()),
                Span::styled(part, style),
            ]));
        }
    }
    let height = inner.height as usize;
    let scroll = focus_at.map_or(0, |l| l.saturating_sub(height / 2));
    let scroll = scroll.min(lines.len().saturating_sub(height));
    frame.render_widget(Paragraph::new(lines).scroll((scroll as u16, 0)), inner);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_keys_in_tables_and_rows() {
        let text = "version = 1\nkind = \"creator\"\n\n[[partners]]\nname = \"A\"\n\n[[partners]]\nname = \"B\"\n\n[schedule]\nfinal_due = 2026-05-01\n";
        let at = |p: &str| key_line(text, &KeyPath::parse(p).unwrap());
        assert_eq!(at("creator.partners[1].name"), Some(7));
        assert_eq!(at("creator.schedule.final_due"), Some(10));
        assert_eq!(
            at("creator.schedule.draft_due"),
            Some(9),
            "its table when not written"
        );
        assert_eq!(at("creator.partners"), Some(3));
        assert_eq!(at("creator.content.hooks"), None);
    }
}
