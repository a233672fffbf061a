//! A deliverable's length as a person types it: one length ("30", "30 s", "1:30") or a range
//! ("20-30", "20–30 sec", "20 to 30 seconds"). A range is kept in two keys, `duration_seconds`
//! (the shortest) and `duration_max_seconds` (the longest), so the file keeps whole numbers.

use super::edit::{clear, set_value};
use super::{KeyPath, PathError};
use toml_edit::Value;

/// The key that holds a length, and the key that holds a range's longest end.
pub(crate) const LENGTH_KEY: &str = "duration_seconds";
const LONGEST_KEY: &str = "duration_max_seconds";

/// Reads a typed length: `Ok(None)` for empty text, else the shortest and, for a range, the
/// longest. The error is a plain sentence for the person who typed it.
pub(crate) fn parse_length(text: &str) -> Result<Option<(u32, Option<u32>)>, String> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let bare = strip_unit(trimmed);
    let ends: Vec<&str> = split_range(bare);
    let bad = || {
        format!(
            "`{trimmed}` is not a length; write seconds (30), minutes and seconds (1:30) or a range (20-30)"
        )
    };
    match ends.as_slice() {
        [one] => Ok(Some((seconds(one).ok_or_else(bad)?, None))),
        [from, to] => {
            let (from, to) = (
                seconds(strip_unit(from)).ok_or_else(bad)?,
                seconds(to).ok_or_else(bad)?,
            );
            if to < from {
                return Err(format!(
                    "`{trimmed}` ends before it starts; write the shorter length first (e.g. 20-30)"
                ));
            }
            Ok(Some((from, (to > from).then_some(to))))
        }
        _ => Err(bad()),
    }
}

/// The key of a range's longest end beside the length key at `path`.
pub(crate) fn longest_path(path: &KeyPath) -> KeyPath {
    let mut longest = path.clone();
    if let Some(last) = longest.segments.last_mut() {
        last.name = LONGEST_KEY.to_owned();
    }
    longest
}

/// Sets a length key from typed text: a range fills both keys, one length clears the longest.
pub(crate) fn set_length(
    doc: &mut toml_edit::DocumentMut,
    path: &KeyPath,
    text: &str,
) -> Result<(), PathError> {
    let longest = longest_path(path);
    let parsed = parse_length(text).map_err(|message| PathError::BadValue {
        path: path.to_string(),
        message,
    })?;
    let Some((shortest, most)) = parsed else {
        clear(doc, path)?;
        return clear(doc, &longest);
    };
    set_value(doc, path, Some(Value::from(i64::from(shortest))))?;
    match most {
        Some(most) => set_value(doc, &longest, Some(Value::from(i64::from(most)))),
        None => clear(doc, &longest),
    }
}

/// "30 s", "30sec", "30 seconds" → "30".
fn strip_unit(text: &str) -> &str {
    let text = text.trim();
    let lower = text.to_ascii_lowercase();
    for unit in ["seconds", "second", "secs", "sec", "s"] {
        if lower.ends_with(unit) {
            return text[..text.len() - unit.len()].trim_end();
        }
    }
    text
}

/// "20-30", "20–30", "20 to 30" → the two ends; anything else → one piece.
fn split_range(text: &str) -> Vec<&str> {
    for sep in ["-", "–", "—", " to "] {
        if let Some((from, to)) = text.split_once(sep) {
            return vec![from.trim(), to.trim()];
        }
    }
    vec![text]
}

/// "30" → 30, "1:30" → 90, "1_000" → 1000.
fn seconds(text: &str) -> Option<u32> {
    let digits = text.trim().replace('_', "");
    if let Some((minutes, secs)) = digits.split_once(':') {
        let minutes: u32 = minutes.parse().ok()?;
        let secs: u32 = secs.parse().ok().filter(|s| *s < 60 && secs.len() == 2)?;
        return minutes.checked_mul(60)?.checked_add(secs);
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_length_or_a_range_in_the_ways_people_write_them() {
        assert_eq!(parse_length("30"), Ok(Some((30, None))));
        assert_eq!(parse_length("30 s"), Ok(Some((30, None))));
        assert_eq!(parse_length("1:30"), Ok(Some((90, None))));
        assert_eq!(parse_length("20-30 s"), Ok(Some((20, Some(30)))));
        assert_eq!(parse_length("20 – 30 seconds"), Ok(Some((20, Some(30)))));
        assert_eq!(parse_length("20s to 30s"), Ok(Some((20, Some(30)))));
        assert_eq!(parse_length("0:45-1:00"), Ok(Some((45, Some(60)))));
        assert_eq!(parse_length("30-30"), Ok(Some((30, None))));
        assert_eq!(parse_length("  "), Ok(None));
    }

    #[test]
    fn a_backwards_or_unreadable_length_is_refused_with_a_reason() {
        let err = parse_length("30-20").unwrap_err();
        assert!(err.contains("shorter length first"), "{err}");
        for text in [
            "half a minute",
            "-5",
            "20-30-40",
            "1:75",
            "99999999999",
            "s",
        ] {
            let err = parse_length(text).unwrap_err();
            assert!(err.contains("not a length"), "{text}: {err}");
        }
    }
}
