//! Measuring and wrapping text by display width, so heights computed for scrolling match what
//! is drawn.

use unicode_width::UnicodeWidthStr;

/// Display width of a string.
pub(crate) fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// Wraps `text` at word boundaries into lines at most `max` wide (long words are cut).
pub(crate) fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut out = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(' ') {
            let extra = if line.is_empty() { 0 } else { 1 };
            if width(&line) + extra + width(word) <= max {
                if extra == 1 {
                    line.push(' ');
                }
                line.push_str(word);
                continue;
            }
            if !line.is_empty() {
                out.push(std::mem::take(&mut line));
            }
            let mut rest = word;
            while width(rest) > max {
                let cut = cut_at(rest, max);
                out.push(rest[..cut].to_string());
                rest = &rest[cut..];
            }
            line.push_str(rest);
        }
        out.push(line);
    }
    out
}

/// The byte index where `text` reaches `max` display columns.
fn cut_at(text: &str, max: usize) -> usize {
    let mut used = 0;
    for (i, c) in text.char_indices() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > max {
            // At least one whole character, so a cut always moves on and lands on a boundary.
            return if i == 0 { c.len_utf8() } else { i };
        }
        used += w;
    }
    text.len()
}

/// `text` cut to `max` columns, with `…` when cut.
pub(crate) fn truncate(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let cut = cut_at(text, max - 1);
    format!("{}…", &text[..cut])
}

/// Lines `text` takes when wrapped at `width` (word wrap may take a little more; the caller
/// caps it).
pub(crate) fn wrapped_lines(text: &str, width: u16) -> u16 {
    let width = usize::from(width.max(1));
    let chars = unicode_width::UnicodeWidthStr::width(text);
    u16::try_from(chars.div_ceil(width)).unwrap_or(u16::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_by_words_and_cuts_long_ones() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("", 4), [""]);
        assert_eq!(truncate("Spring launch", 8), "Spring …");
        assert_eq!(truncate("日本語", 4), "日…");
        // A cut right before a wide or multi-byte character lands on its boundary.
        assert_eq!(wrap("ng…\").", 2), ["ng", "…\"", ")."]);
    }
}
