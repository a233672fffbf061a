//! Text from files made safe for a terminal: C0 and C1 control characters (but newline and
//! tab) and bidi controls are shown escaped (`\x1B`, `\u{202E}`), so a brief can never set a
//! title, clear the screen, write the clipboard (OSC 52) or reorder what the user reads. Every
//! human output goes through here: the command line, the prompts and the app.

use std::borrow::Cow;
use std::io::{self, Write};

/// Whether a character must not reach a terminal as it is.
pub fn is_unsafe(c: char) -> bool {
    match c {
        '\n' | '\t' => false,
        c if (c as u32) < 0x20 || (0x7f..=0x9f).contains(&(c as u32)) => true,
        // Bidi embeddings, overrides, isolates and marks.
        '\u{061c}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}' => true,
        _ => false,
    }
}

fn escaped(c: char) -> String {
    if (c as u32) <= 0xff {
        format!("\\x{:02X}", c as u32)
    } else {
        format!("\\u{{{:04X}}}", c as u32)
    }
}

/// `text` with every unsafe character shown escaped; borrowed when there is none.
pub fn terminal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            out.push_str(&escaped(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// JSON text with C1 and bidi controls written as `\uXXXX` too (serde_json already escapes
/// C0); the JSON means the same, and no raw control reaches the terminal.
pub fn json(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A writer that escapes what passes through it (UTF-8 split across writes is kept whole;
/// bytes that are not UTF-8 are shown as `\xNN`).
#[derive(Debug)]
pub struct TerminalWriter<W: Write> {
    inner: W,
    pending: Vec<u8>,
}

impl<W: Write> TerminalWriter<W> {
    /// Wraps `inner`.
    pub fn new(inner: W) -> TerminalWriter<W> {
        TerminalWriter {
            inner,
            pending: Vec::new(),
        }
    }

    fn drain(&mut self, all: bool) -> io::Result<()> {
        let mut out = String::new();
        let mut rest: &[u8] = &self.pending;
        loop {
            match std::str::from_utf8(rest) {
                Ok(text) => {
                    out.push_str(&terminal(text));
                    rest = &[];
                    break;
                }
                Err(e) => {
                    let (good, bad) = rest.split_at(e.valid_up_to());
                    out.push_str(&terminal(std::str::from_utf8(good).unwrap_or_default()));
                    match e.error_len() {
                        Some(n) => {
                            for b in &bad[..n] {
                                out.push_str(&format!("\\x{b:02X}"));
                            }
                            rest = &bad[n..];
                        }
                        None if all => {
                            for b in bad {
                                out.push_str(&format!("\\x{b:02X}"));
                            }
                            rest = &[];
                            break;
                        }
                        None => {
                            rest = bad;
                            break;
                        }
                    }
                }
            }
        }
        let keep = rest.to_vec();
        self.pending = keep;
        self.inner.write_all(out.as_bytes())
    }
}

impl<W: Write> Write for TerminalWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        self.drain(false)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.drain(true)?;
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case::escape("a\u{1b}[2Jb", "a\\x1B[2Jb")]
    #[case::osc52("\u{1b}]52;c;aGk=\u{7}", "\\x1B]52;c;aGk=\\x07")]
    #[case::title("\u{1b}]0;pwned\u{1b}\\", "\\x1B]0;pwned\\x1B\\")]
    #[case::c1_csi("x\u{9b}31mred", "x\\x9B31mred")]
    #[case::del("a\u{7f}", "a\\x7F")]
    #[case::cr("over\rwrite", "over\\x0Dwrite")]
    #[case::bidi("abc\u{202e}fed", "abc\\u{202E}fed")]
    #[case::isolate("\u{2066}x\u{2069}", "\\u{2066}x\\u{2069}")]
    #[case::kept("line\n\ttab Café 日本", "line\n\ttab Café 日本")]
    fn hostile_text_is_shown_escaped(#[case] input: &str, #[case] shown: &str) {
        assert_eq!(terminal(input), shown);
        assert!(!terminal(input).chars().any(is_unsafe));
    }

    #[test]
    fn json_escapes_c1_and_bidi_and_still_reads_back() {
        let value = serde_json::json!({"name": "a\u{9b}b\u{202e}c\u{1b}"});
        let text = serde_json::to_string(&value).unwrap();
        let safe = json(&text);
        assert!(!safe.chars().any(is_unsafe), "{safe}");
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn the_writer_escapes_across_split_writes() {
        let mut out = TerminalWriter::new(Vec::new());
        let bytes = "é\u{1b}[31m\u{202e}".as_bytes();
        for b in bytes {
            out.write_all(&[*b]).unwrap();
        }
        out.write_all(b"\xff!").unwrap();
        out.flush().unwrap();
        assert_eq!(
            String::from_utf8(out.inner).unwrap(),
            "é\\x1B[31m\\u{202E}\\xFF!"
        );
    }
}
