//! How a file's text is laid out on disk, a byte order mark and CR LF line endings: read as
//! if they were not there, and written back as found.

use std::borrow::Cow;

/// How a file's text is laid out on disk: a byte order mark, and CRLF line endings. A save
/// writes them back as found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Style {
    /// The text starts with a UTF-8 byte order mark.
    pub bom: bool,
    /// Lines end in CR LF (judged by the first line ending).
    pub crlf: bool,
}

const BOM: char = '\u{feff}';

impl Style {
    /// The layout of `text` as read.
    pub fn of(text: &str) -> Style {
        let bom = text.starts_with(BOM);
        let crlf = text.find('\n').is_some_and(|i| text[..i].ends_with('\r'));
        Style { bom, crlf }
    }

    /// `text` (with plain LF line endings) laid out in this style.
    pub(crate) fn apply(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + text.len() / 16 + 3);
        if self.bom {
            out.push(BOM);
        }
        if self.crlf {
            out.push_str(&text.replace("\r\n", "\n").replace('\n', "\r\n"));
        } else {
            out.push_str(text);
        }
        out
    }
}

/// `text` without a byte order mark and with LF line endings, as the parser reads it. Lines
/// and columns stay where they were.
pub(crate) fn normalize(text: &str) -> Cow<'_, str> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    if text.contains("\r\n") {
        Cow::Owned(text.replace("\r\n", "\n"))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bom_and_crlf_are_read_past_and_written_back() {
        let disk = "\u{feff}version = 1\r\nkind = \"campaign\"\r\n";
        let style = Style::of(disk);
        assert_eq!(
            style,
            Style {
                bom: true,
                crlf: true
            }
        );
        let plain = normalize(disk);
        assert_eq!(plain, "version = 1\nkind = \"campaign\"\n");
        assert_eq!(style.apply(&plain), disk);
        assert_eq!(Style::of("a = 1\n"), Style::default());
    }
}
