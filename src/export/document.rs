//! A brief as a plain document (headings, facts, lists, paragraphs, tables), rendered to
//! Markdown, to a standalone HTML page (nothing loaded from outside, links clickable) or to
//! JSON. User text is made safe for each: control and bidi characters dropped, `<`, `>` and
//! `&` escaped in Markdown, everything escaped in HTML.

use std::fmt::Write;

use maud::{DOCTYPE, PreEscaped, html};

/// One block of a document.
#[derive(Debug, Clone, PartialEq)]
enum Block {
    Heading(usize, String),
    Fact(String, String),
    List(String, Vec<String>),
    Para(String),
    Table(Vec<String>, Vec<Vec<String>>),
}

/// A document built block by block; empty facts and lists are skipped.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Doc {
    blocks: Vec<Block>,
}

fn one_line(text: &str) -> String {
    clean(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text without control characters (newlines and tabs aside) or bidi controls.
fn clean(text: &str) -> String {
    text.chars().filter(|c| !is_hidden_control(*c)).collect()
}

fn is_hidden_control(c: char) -> bool {
    let bidi = matches!(
        c,
        '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{061c}'
    );
    bidi || (c.is_control() && c != '\n' && c != '\t')
}

/// A piece of text: plain words, or a web or mail address that becomes a link.
#[derive(Debug, PartialEq)]
enum Piece<'a> {
    Text(&'a str),
    Url(&'a str),
    Mail(&'a str),
}

/// Splits text into words and addresses (trailing punctuation stays outside the address).
fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let start = rest
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(rest.len());
        if start > 0 {
            out.push(Piece::Text(&rest[..start]));
            rest = &rest[start..];
            continue;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = &rest[..end];
        let core = word.trim_end_matches(['.', ',', ';', ':', ')', '!', '?']);
        let tail = &word[core.len()..];
        let core_open = core.trim_start_matches('(');
        let head = &core[..core.len() - core_open.len()];
        let piece = if is_url(core_open) {
            Some(Piece::Url(core_open))
        } else if is_mail(core_open) {
            Some(Piece::Mail(core_open))
        } else {
            None
        };
        match piece {
            Some(p) => {
                if !head.is_empty() {
                    out.push(Piece::Text(head));
                }
                out.push(p);
                if !tail.is_empty() {
                    out.push(Piece::Text(tail));
                }
            }
            None => out.push(Piece::Text(word)),
        }
        rest = &rest[end..];
    }
    out
}

fn is_url(word: &str) -> bool {
    (word.starts_with("https://") || word.starts_with("http://"))
        && !word.contains(['<', '>', '"', '`'])
        && url::Url::parse(word).is_ok_and(|u| u.host_str().is_some())
}

fn is_mail(word: &str) -> bool {
    let Some((user, host)) = word.split_once('@') else {
        return false;
    };
    !user.is_empty()
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._%+-@".contains(c))
}

/// Markdown text: addresses as autolinks, `<`, `>` and `&` escaped elsewhere.
fn md_text(text: &str) -> String {
    pieces(text)
        .into_iter()
        .map(|p| match p {
            Piece::Url(u) | Piece::Mail(u) => format!("<{u}>"),
            Piece::Text(t) => t
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;"),
        })
        .collect()
}

/// HTML text: addresses as links, everything escaped by maud.
fn html_text(text: &str) -> maud::Markup {
    html! {
        @for piece in pieces(text) {
            @match piece {
                Piece::Text(t) => (t),
                Piece::Url(u) => a href=(u) { (u) },
                Piece::Mail(m) => a href=(format!("mailto:{m}")) { (m) },
            }
        }
    }
}

impl Doc {
    /// A heading (1 is the title).
    pub(crate) fn heading(&mut self, level: usize, text: &str) {
        self.blocks.push(Block::Heading(level, one_line(text)));
    }

    /// `label: value`, skipped when the value is empty.
    pub(crate) fn fact(&mut self, label: &str, value: Option<String>) {
        if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
            self.blocks.push(Block::Fact(label.into(), one_line(&v)));
        }
    }

    /// A labelled list, skipped when empty.
    pub fn list(&mut self, label: &str, items: &[String]) {
        if !items.is_empty() {
            let items = items.iter().map(|i| one_line(i)).collect();
            self.blocks.push(Block::List(label.into(), items));
        }
    }

    /// A paragraph.
    pub(crate) fn para(&mut self, text: &str) {
        self.blocks.push(Block::Para(one_line(text)));
    }

    /// A table with a header row.
    pub fn table(&mut self, headers: &[&str], rows: &[Vec<String>]) {
        let headers = headers.iter().map(|h| (*h).to_string()).collect();
        let rows = rows
            .iter()
            .map(|r| r.iter().map(|c| one_line(c)).collect())
            .collect();
        self.blocks.push(Block::Table(headers, rows));
    }

    /// The document as Markdown.
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        let gap = |out: &mut String| {
            if !out.is_empty() && !out.ends_with("\n\n") {
                out.push('\n');
            }
        };
        for block in &self.blocks {
            match block {
                Block::Heading(level, text) => {
                    gap(&mut out);
                    let _ = writeln!(out, "{} {}\n", "#".repeat(*level), md_text(text));
                }
                Block::Fact(label, value) => {
                    let _ = writeln!(out, "- **{label}:** {}", md_text(value));
                }
                Block::List(label, items) => {
                    let _ = writeln!(out, "- **{label}:**");
                    for item in items {
                        let _ = writeln!(out, "  - {}", md_text(item));
                    }
                }
                Block::Para(text) => {
                    gap(&mut out);
                    let _ = writeln!(out, "{}\n", md_text(text));
                }
                Block::Table(headers, rows) => {
                    gap(&mut out);
                    let _ = writeln!(out, "| {} |", headers.join(" | "));
                    let _ = writeln!(out, "|{}", "---|".repeat(headers.len()));
                    for row in rows {
                        let cells: Vec<String> = row.iter().map(|c| md_cell(c)).collect();
                        let _ = writeln!(out, "| {} |", cells.join(" | "));
                    }
                    out.push('\n');
                }
            }
        }
        while out.ends_with("\n\n") {
            out.pop();
        }
        if !out.ends_with('\n') {
            out.push('\n');
        }
        out
    }

    /// The document as a standalone HTML page.
    pub fn to_html(&self) -> String {
        let title = self
            .blocks
            .iter()
            .find_map(|b| match b {
                Block::Heading(1, t) => Some(t.clone()),
                _ => None,
            })
            .unwrap_or_default();
        let page = html! {
            (DOCTYPE)
            html lang="en" {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    title { (title) }
                    style { (PreEscaped(CSS)) }
                }
                body {
                    @for block in &self.blocks {
                        @match block {
                            Block::Heading(1, text) => h1 { (text) },
                            Block::Heading(_, text) => h2 { (text) },
                            Block::Fact(label, value) => p.fact { strong { (label) ": " } (html_text(value)) },
                            Block::List(label, items) => div.list {
                                strong { (label) ":" }
                                ul { @for item in items { li { (html_text(item)) } } }
                            },
                            Block::Para(text) => p { (html_text(text)) },
                            Block::Table(headers, rows) => table {
                                thead { tr { @for h in headers { th { (h) } } } }
                                tbody { @for row in rows { tr { @for c in row { td { (html_text(c)) } } } } }
                            },
                        }
                    }
                }
            }
        };
        // One block a line, so the file reads well and diffs well (user text is escaped, so
        // these closing tags only come from the page itself).
        let mut text = page.into_string();
        for tag in [
            "</title>", "</style>", "</head>", "<body>", "</h1>", "</h2>", "</p>", "</div>",
            "</tr>", "</thead>", "</table>",
        ] {
            text = text.replace(tag, &format!("{tag}\n"));
        }
        text + "\n"
    }
}

impl Doc {
    /// The document as JSON: its title and sections, each with its facts, lists, paragraphs
    /// and tables (rows as objects keyed by the column headers).
    pub(crate) fn to_json(&self) -> serde_json::Value {
        use serde_json::{Map, Value, json};
        let mut title = String::new();
        let mut sections: Vec<Value> = Vec::new();
        let mut current = Map::new();
        let flush = |current: &mut Map<String, Value>, sections: &mut Vec<Value>| {
            if !current.is_empty() {
                sections.push(Value::Object(std::mem::take(current)));
            }
        };
        for block in &self.blocks {
            match block {
                Block::Heading(1, t) => title = t.clone(),
                Block::Heading(_, t) => {
                    flush(&mut current, &mut sections);
                    current.insert("title".into(), json!(t));
                }
                Block::Fact(label, value) => push(
                    &mut current,
                    "facts",
                    json!({"label": label, "value": value}),
                ),
                Block::List(label, items) => push(
                    &mut current,
                    "lists",
                    json!({"label": label, "items": items}),
                ),
                Block::Para(text) => push(&mut current, "notes", json!(text)),
                Block::Table(headers, rows) => {
                    let rows: Vec<Value> = rows
                        .iter()
                        .map(|r| {
                            Value::Object(
                                headers
                                    .iter()
                                    .zip(r)
                                    .filter(|(_, c)| !c.is_empty())
                                    .map(|(h, c)| (h.clone(), json!(c)))
                                    .collect(),
                            )
                        })
                        .collect();
                    push(&mut current, "tables", Value::Array(rows));
                }
            }
        }
        flush(&mut current, &mut sections);
        json!({"title": title, "sections": sections})
    }
}

fn push(map: &mut serde_json::Map<String, serde_json::Value>, key: &str, value: serde_json::Value) {
    let entry = map
        .entry(key)
        .or_insert_with(|| serde_json::Value::Array(Vec::new()));
    if let serde_json::Value::Array(items) = entry {
        items.push(value);
    }
}

fn md_cell(text: &str) -> String {
    let text = md_text(text).replace('|', "\\|");
    if text.is_empty() { "–".into() } else { text }
}

const CSS: &str = "a{color:#0b57d0;overflow-wrap:anywhere}body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1d1d1f}h1{font-size:1.6rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}p.fact{margin:.2rem 0}ul{margin:.2rem 0 .6rem}table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left}th{background:#f3f3f3}";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_user_text() {
        let mut doc = Doc::default();
        doc.heading(1, "<script>alert(1)</script> & co");
        doc.fact("Brand", Some("\" onmouseover=\"x".into()));
        let page = doc.to_html();
        assert!(!page.contains("<script>alert"));
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
        assert!(page.contains("&quot; onmouseover=&quot;x"));
    }

    #[test]
    fn markdown_skips_empty_facts_and_escapes_pipes() {
        let mut doc = Doc::default();
        doc.heading(1, "T");
        doc.fact("Empty", Some("  ".into()));
        doc.fact("None", None);
        doc.table(&["A"], &[vec!["x | y".into()], vec![String::new()]]);
        assert_eq!(
            doc.to_markdown(),
            "# T\n\n| A |\n|---|\n| x \\| y |\n| – |\n"
        );
    }
}
