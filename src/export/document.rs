//! A brief as a plain document (headings, facts, lists, paragraphs, tables), rendered to
//! Markdown or to a standalone HTML page. Every piece of user text is escaped in HTML.

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
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Doc {
    /// A heading (1 is the title).
    pub fn heading(&mut self, level: usize, text: &str) {
        self.blocks.push(Block::Heading(level, one_line(text)));
    }

    /// `label: value`, skipped when the value is empty.
    pub fn fact(&mut self, label: &str, value: Option<String>) {
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
    pub fn para(&mut self, text: &str) {
        self.blocks.push(Block::Para(text.trim().to_string()));
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
                    let _ = writeln!(out, "{} {text}\n", "#".repeat(*level));
                }
                Block::Fact(label, value) => {
                    let _ = writeln!(out, "- **{label}:** {value}");
                }
                Block::List(label, items) => {
                    let _ = writeln!(out, "- **{label}:**");
                    for item in items {
                        let _ = writeln!(out, "  - {item}");
                    }
                }
                Block::Para(text) => {
                    gap(&mut out);
                    let _ = writeln!(out, "{text}\n");
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
                            Block::Fact(label, value) => p.fact { strong { (label) ": " } (value) },
                            Block::List(label, items) => div.list {
                                strong { (label) ":" }
                                ul { @for item in items { li { (item) } } }
                            },
                            Block::Para(text) => p { (text) },
                            Block::Table(headers, rows) => table {
                                thead { tr { @for h in headers { th { (h) } } } }
                                tbody { @for row in rows { tr { @for c in row { td { (c) } } } } }
                            },
                        }
                    }
                }
            }
        };
        page.into_string() + "\n"
    }
}

fn md_cell(text: &str) -> String {
    let text = text.replace('|', "\\|");
    if text.is_empty() { "–".into() } else { text }
}

const CSS: &str = "body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1d1d1f}h1{font-size:1.6rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}p.fact{margin:.2rem 0}ul{margin:.2rem 0 .6rem}table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left}th{background:#f3f3f3}";

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
