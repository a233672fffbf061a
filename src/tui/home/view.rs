//! Drawing the home screen: the table of campaigns, the selected one's details (a broken
//! folder's error in full), the filter, the last message, and an empty state that says what
//! to press, into the areas of the home screen's `Layout`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row as TableRow, Table, TableState, Wrap};

use super::layout::Layout;
use super::{Home, Row, RowKind};
use crate::tui::hints;
use crate::tui::text::truncate;
use crate::tui::theme::Theme;

/// Draws the home screen.
pub fn draw(frame: &mut Frame, home: &Home, at: &Layout, theme: Theme) {
    draw_title(frame, home, at.title, theme);
    if home.loading && home.rows().is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(
                format!(" Reading the campaigns…{}", progress_text(home)),
                theme.dim(),
            )),
            at.table,
        );
    } else if home.rows().is_empty() {
        draw_empty(frame, home, at.table, theme);
    } else if home.visible_len() == 0 {
        let text = format!(
            " No campaign matches \"{}\": / changes the filter, Esc while filtering clears it.",
            home.filter()
        );
        frame.render_widget(Paragraph::new(Line::styled(text, theme.dim())), at.table);
    } else if home.agenda {
        draw_agenda(frame, home, at.table, theme);
        draw_details(frame, home, at.details, theme);
    } else {
        draw_table(frame, home, at.table, theme);
        draw_details(frame, home, at.details, theme);
    }
    if let Some((text, failed)) = &home.message {
        let style = if *failed { theme.error() } else { theme.ok() };
        let mark = if *failed { "✗" } else { "✓" };
        frame.render_widget(
            Paragraph::new(Line::styled(format!(" {mark} {text}"), style))
                .wrap(ratatui::widgets::Wrap { trim: false }),
            at.message,
        );
    }
    if home.filtering || !home.filter().is_empty() {
        let cursor = if home.filtering { "█" } else { "" };
        let line = Line::from(vec![
            Span::styled(" / filter: ", theme.title()),
            Span::raw(format!("{}{cursor}", home.filter())),
            Span::styled(format!("   {} shown", home.visible_len()), theme.dim()),
        ]);
        frame.render_widget(Paragraph::new(line), at.filter);
    } else if home.loading && !home.rows().is_empty() {
        let line = Line::styled(
            format!(" Reading the campaigns…{}", progress_text(home)),
            theme.dim(),
        );
        frame.render_widget(Paragraph::new(line), at.filter);
    }
    hints::draw(frame, at.hints, &home.contexts(), theme);
}

/// " 3,200 of 10,000" while a listing is under way (empty before the folders are counted).
fn progress_text(home: &Home) -> String {
    match home.progress.folders {
        Some(total) if total > 0 => format!(
            " {} of {}",
            thousands(home.progress.read.min(total)),
            thousands(total)
        ),
        _ => String::new(),
    }
}

/// 10000 as "10,000" (the budget's number format).
fn thousands(n: usize) -> String {
    crate::practice::budget::format_money(n as f64, None)
}

fn draw_title(frame: &mut Frame, home: &Home, area: Rect, theme: Theme) {
    let right = match home.campaign_count() {
        0 if home.loading => String::new(),
        1 if !home.loading => "1 campaign ".to_string(),
        n if !home.loading => format!("{} campaigns ", thousands(n)),
        n => format!("{} so far ", thousands(n)),
    };
    let room = (area.width as usize).saturating_sub(right.len() + 26);
    let line = Line::from(vec![
        Span::styled(" splitbrief", theme.title()),
        Span::styled(" — campaigns in ", theme.dim()),
        Span::raw(truncate(&home.root.display().to_string(), room)),
    ]);
    frame.render_widget(Paragraph::new(line), area);
    let right_area = Rect {
        x: area.x + area.width.saturating_sub(right.len() as u16),
        width: right.len() as u16,
        ..area
    };
    frame.render_widget(Paragraph::new(Span::styled(right, theme.dim())), right_area);
}

fn draw_empty(frame: &mut Frame, home: &Home, area: Rect, theme: Theme) {
    let key = |k: &str, what: &str| {
        Line::from(vec![
            Span::styled(format!("   {k:<4}"), theme.key()),
            Span::raw(what.to_string()),
        ])
    };
    let lines = vec![
        Line::raw(""),
        Line::styled(
            format!(" No campaigns yet in {}.", home.root.display()),
            theme.title(),
        ),
        Line::raw(""),
        Line::raw(" Start one:"),
        key("n", "a new campaign (a guided checklist, 13 steps)"),
        key(
            "t",
            "from a template (skincare launch, SaaS education, apparel drop…)",
        ),
        key("F1", "every key"),
        Line::raw(""),
        Line::styled(
            " Each campaign is a folder with campaign.toml, creator.toml and influencer.toml.",
            theme.dim(),
        ),
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

fn draw_table(frame: &mut Frame, home: &Home, area: Rect, theme: Theme) {
    let titles = [
        "Name",
        "Status",
        "Type",
        "Briefs",
        "Checklist",
        "Findings",
        "Last change",
    ];
    let header = TableRow::new(titles).style(theme.title());
    // Fixed columns, their gaps and the highlight symbol leave this much for the name.
    let name_width = (area.width as usize).saturating_sub(9 + 12 + 6 + 9 + 8 + 11 + 6 + 1);
    // Only the rows on screen are built: the cost of a frame does not grow with the list.
    // The window scrolls as the table would by itself: the selection at the bottom once it
    // is past the first screen.
    let room = usize::from(area.height.saturating_sub(1)).max(1);
    let start = first_shown(home.selected, room);
    let rows: Vec<TableRow> = home
        .visible_window(start, room)
        .map(|r| table_row(r, name_width, theme))
        .collect();
    let widths = [
        Constraint::Fill(1),
        Constraint::Length(9),
        Constraint::Length(12),
        Constraint::Length(6),
        Constraint::Length(9),
        Constraint::Length(8),
        Constraint::Length(11),
    ];
    let table = Table::new(rows, widths)
        .header(header)
        .row_highlight_style(theme.focus())
        .highlight_symbol("▶")
        .column_spacing(1);
    let mut state = TableState::default().with_selected(Some(home.selected - start));
    frame.render_stateful_widget(table, area, &mut state);
}

/// The first visible row on screen when `room` rows fit and `selected` is selected.
pub fn first_shown(selected: usize, room: usize) -> usize {
    (selected + 1).saturating_sub(room)
}

/// A name cut to `width`, keeping a trailing "(copy)" or "(2)" so a campaign and its copy
/// never look the same.
fn short_name(name: &str, width: usize) -> String {
    let cut = truncate(name, width);
    if cut == name {
        return cut;
    }
    match name.rfind(" (") {
        Some(at) if name.ends_with(')') && name.len() - at < width / 2 => {
            let tail = &name[at..];
            let head_width = width.saturating_sub(unicode_width::UnicodeWidthStr::width(tail));
            format!("{}{tail}", truncate(&name[..at], head_width))
        }
        _ => cut,
    }
}

fn table_row(r: &Row, name_width: usize, theme: Theme) -> TableRow<'static> {
    let name = short_name(&r.name, name_width);
    let styled = |text: &str, style| Cell::from(Span::styled(text.to_string(), style));
    match &r.kind {
        RowKind::Broken { .. } => TableRow::new(vec![
            Cell::from(name),
            styled("error", theme.error()),
            styled("cannot read", theme.error()),
        ]),
        RowKind::NotCampaign => TableRow::new(vec![
            styled(&name, theme.dim()),
            styled("—", theme.dim()),
            styled("folder only", theme.dim()),
        ]),
        RowKind::Unsaved(_) => TableRow::new(vec![
            Cell::from(name),
            styled("unsaved", theme.warn()),
            styled("new", theme.warn()),
            Cell::from(""),
            Cell::from(""),
            Cell::from(""),
            Cell::from(r.modified.clone()),
        ]),
        RowKind::Campaign { .. } => {
            let errors = r.findings.contains('✗');
            TableRow::new(vec![
                Cell::from(name),
                Cell::from(r.status.clone()),
                Cell::from(r.partnership.clone()),
                Cell::from(r.briefs.clone()),
                Cell::from(r.coverage.clone()),
                styled(
                    &r.findings,
                    if errors { theme.warn() } else { theme.text() },
                ),
                Cell::from(r.modified.clone()),
            ])
        }
    }
}

/// How many days ahead the agenda panel looks.
const AGENDA_DAYS: i64 = 14;

/// What is due across the campaigns in the next two weeks, soonest first (`a`).
fn draw_agenda(frame: &mut Frame, home: &Home, area: Rect, theme: Theme) {
    let last = home
        .today
        .map(|t| t.plus_days(AGENDA_DAYS).to_string())
        .unwrap_or_default();
    let mut items: Vec<(&str, &str, &str)> = home
        .rows()
        .iter()
        .flat_map(|r| {
            r.due
                .iter()
                .map(move |(d, what)| (d.as_str(), r.name.as_str(), what.as_str()))
        })
        .filter(|(d, _, _)| last.is_empty() || *d <= last.as_str())
        .collect();
    items.sort();
    let width = usize::from(area.width);
    let mut lines = vec![Line::styled(
        format!(
            " Agenda: what is due in the next {AGENDA_DAYS} days ({}) — a hides it",
            match items.len() {
                1 => "1 item".to_string(),
                n => format!("{n} items"),
            }
        ),
        theme.title(),
    )];
    if items.is_empty() {
        lines.push(Line::styled(
            " Nothing due: splitbrief agenda --days 60 looks further.",
            theme.dim(),
        ));
    }
    let room = usize::from(area.height.saturating_sub(1));
    for (date, name, what) in items.iter().take(room) {
        lines.push(Line::raw(truncate(
            &format!(" {date}  {name}: {what}"),
            width,
        )));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

fn draw_details(frame: &mut Frame, home: &Home, area: Rect, theme: Theme) {
    let Some(row) = home.current() else { return };
    let line = match &row.kind {
        RowKind::Broken { error, .. } => Line::styled(format!(" {error}"), theme.error()),
        RowKind::Campaign { slug } => {
            let briefs = match row.briefs.as_str() {
                "C I" => "creator and influencer briefs",
                "C" => "creator brief",
                _ => "influencer brief",
            };
            let what = [
                Some(row.brand.as_str()).filter(|b| !b.is_empty()),
                Some(row.product.as_str()).filter(|p| !p.is_empty()),
                Some(briefs),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
            let mut spans = vec![
                Span::styled(format!(" {slug}/"), theme.dim()),
                Span::raw(format!("  {what}")),
            ];
            if let Some(soon) = &row.rights_soon {
                spans.push(Span::styled(format!("  ⚑ rights: {soon}"), theme.warn()));
            }
            Line::from(spans)
        }
        RowKind::NotCampaign => Line::styled(
            " A folder without campaign.toml; splitbrief leaves it alone.",
            theme.dim(),
        ),
        RowKind::Unsaved(d) => Line::styled(
            format!(
                " A new campaign never saved, kept from {}: Enter goes on with it, x discards it.",
                d.written
            ),
            theme.warn(),
        ),
    };
    frame.render_widget(Paragraph::new(line).wrap(Wrap { trim: false }), area);
}

#[cfg(test)]
mod tests {
    use super::short_name;

    #[test]
    fn a_copy_keeps_its_tail_when_cut() {
        let name = "Fernhollow barrier serum launch";
        let copy = "Fernhollow barrier serum launch (copy)";
        assert_ne!(short_name(name, 20), short_name(copy, 20));
        assert!(
            short_name(copy, 20).ends_with("… (copy)"),
            "{}",
            short_name(copy, 20)
        );
        assert_eq!(short_name("Short (copy)", 20), "Short (copy)");
    }
}
