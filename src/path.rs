//! Key paths (`campaign.brand`, `creator.schedule.final_due`, `influencer.posts[0].platform`):
//! the one address of every field, used by `--set`, `get`, `set`, the wizard and findings.
//! The first segment names the file, the rest the key inside it; rows take an index from 0.

pub mod diff;
mod edit;
mod keys;
mod length;
mod schema;
mod text;
mod validate;

pub(crate) use edit::row_count;
pub use edit::{PathError, clear, get, set, set_value};
pub use keys::DIAGNOSIS;
pub(crate) use keys::{CAMPAIGN, CREATOR, INFLUENCER};
pub use keys::{Key, Kind};
pub(crate) use length::{LENGTH_KEY, longest_path};
pub(crate) use schema::json_schema;
pub(crate) use text::parse_value;
pub(crate) use validate::line_column;
pub use validate::{Problem, validate};

/// The largest number a money, number or percentage key holds (either sign): whole numbers
/// up to it are exact, and every sum of them shows without rounding or overflow.
pub(crate) const MAX_NUMBER: f64 = 1e15;

/// The limit as a person reads it.
pub(crate) const MAX_NUMBER_TEXT: &str = "1,000,000,000,000,000 (10^15)";

use crate::brief::FileKind;

/// One step of a key path after the file: a key, optionally with a row index.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Segment {
    /// The key name.
    pub name: String,
    /// The row index, for `[[rows]]`.
    pub index: Option<usize>,
}

/// A parsed key path.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct KeyPath {
    /// The file the key lives in.
    pub file: FileKind,
    /// The keys inside the file, outermost first.
    pub segments: Vec<Segment>,
}

impl KeyPath {
    /// Parses `file.key[.key…]`, with `[n]` after a rows key.
    pub fn parse(text: &str) -> Result<KeyPath, PathError> {
        let text = text.trim();
        let mut parts = text.split('.');
        let first = parts.next().unwrap_or_default();
        let file = FileKind::parse(first).ok_or_else(|| PathError::UnknownFile {
            path: text.to_string(),
            first: first.to_string(),
        })?;
        let mut segments = Vec::new();
        for part in parts {
            let (name, index) = match part.split_once('[') {
                Some((name, rest)) => {
                    let digits = rest.strip_suffix(']').ok_or_else(|| bad_syntax(text))?;
                    let index = digits.parse::<usize>().map_err(|_| bad_syntax(text))?;
                    (name, Some(index))
                }
                None => (part, None),
            };
            if name.is_empty() {
                return Err(bad_syntax(text));
            }
            segments.push(Segment {
                name: name.to_string(),
                index,
            });
        }
        if segments.is_empty() {
            return Err(PathError::NoKey {
                path: text.to_string(),
            });
        }
        Ok(KeyPath { file, segments })
    }

    /// A path from a file and plain key names (no rows).
    pub fn of(file: FileKind, keys: &[&str]) -> KeyPath {
        KeyPath {
            file,
            segments: keys
                .iter()
                .map(|k| Segment {
                    name: (*k).to_string(),
                    index: None,
                })
                .collect(),
        }
    }

    /// This path extended by one key.
    pub fn child(&self, name: &str) -> KeyPath {
        let mut next = self.clone();
        next.segments.push(Segment {
            name: name.to_string(),
            index: None,
        });
        next
    }

    /// This path with a row index on its last segment.
    pub fn row(&self, index: usize) -> KeyPath {
        let mut next = self.clone();
        if let Some(last) = next.segments.last_mut() {
            last.index = Some(index);
        }
        next
    }

    /// The key definition this path names, if every segment is known.
    pub fn key(&self) -> Option<&'static Key> {
        resolve(self).ok()
    }

    /// The path without row indexes (`creator.deliverables[].asset`), to compare fields.
    pub(crate) fn shape(&self) -> String {
        let mut out = self.file.as_str().to_string();
        for seg in &self.segments {
            out.push('.');
            out.push_str(&seg.name);
            if seg.index.is_some() {
                out.push_str("[]");
            }
        }
        out
    }
}

impl std::fmt::Display for KeyPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.file.as_str())?;
        for seg in &self.segments {
            write!(f, ".{}", seg.name)?;
            if let Some(i) = seg.index {
                write!(f, "[{i}]")?;
            }
        }
        Ok(())
    }
}

fn bad_syntax(text: &str) -> PathError {
    PathError::Syntax {
        path: text.to_string(),
    }
}

/// The keys at the top of a file.
pub(crate) fn file_keys(file: FileKind) -> &'static [Key] {
    match file {
        FileKind::Campaign => CAMPAIGN,
        FileKind::Creator => CREATOR,
        FileKind::Influencer => INFLUENCER,
    }
}

/// The nearest known name to `name` among `known`, if it is close enough to be a typo.
pub(crate) fn nearest<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (strsim::damerau_levenshtein(name, k), k))
        .filter(|(d, k)| *d <= (k.len().max(name.len()) / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Checks every segment of a path against the key table and returns the key it names.
pub(crate) fn resolve(path: &KeyPath) -> Result<&'static Key, PathError> {
    let mut keys = file_keys(path.file);
    let mut table = String::new();
    let last = path.segments.len().saturating_sub(1);
    for (i, seg) in path.segments.iter().enumerate() {
        let key =
            keys.iter()
                .find(|k| k.name == seg.name)
                .ok_or_else(|| PathError::UnknownKey {
                    path: path.to_string(),
                    key: seg.name.clone(),
                    table: table_label(path.file, &table),
                    suggestion: nearest(&seg.name, keys.iter().map(|k| k.name)).map(str::to_string),
                })?;
        match (key.kind, seg.index) {
            (Kind::Rows(inner), Some(_)) => keys = inner,
            (Kind::Rows(_), None) if i < last => {
                return Err(PathError::NeedsIndex {
                    path: path.to_string(),
                    key: seg.name.clone(),
                });
            }
            (Kind::Table(inner), None) => keys = inner,
            (_, Some(_)) => {
                return Err(PathError::NotRows {
                    path: path.to_string(),
                    key: seg.name.clone(),
                });
            }
            (_, None) if i < last => {
                return Err(PathError::NotATable {
                    path: path.to_string(),
                    key: seg.name.clone(),
                });
            }
            _ => {}
        }
        if i == last {
            return Ok(key);
        }
        if !table.is_empty() {
            table.push('.');
        }
        table.push_str(&seg.name);
    }
    Err(PathError::NoKey {
        path: path.to_string(),
    })
}

fn table_label(file: FileKind, table: &str) -> String {
    if table.is_empty() {
        file.file_name().to_string()
    } else {
        format!("[{table}] of {}", file.file_name())
    }
}

/// Every settable leaf path of a file, rows written with `[]` (`creator.deliverables[].asset`).
pub fn all_paths(file: FileKind) -> Vec<(String, &'static Key)> {
    fn walk(prefix: &str, keys: &'static [Key], out: &mut Vec<(String, &'static Key)>) {
        for key in keys {
            let here = format!("{prefix}.{}", key.name);
            match key.kind {
                Kind::Table(inner) => walk(&here, inner, out),
                Kind::Rows(inner) => walk(&format!("{here}[]"), inner, out),
                _ => out.push((here, key)),
            }
        }
    }
    let mut out = Vec::new();
    walk(file.as_str(), file_keys(file), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_rows() {
        let p = KeyPath::parse("creator.deliverables[1].quantity").unwrap();
        assert_eq!(p.file, FileKind::Creator);
        assert_eq!(p.segments[0].index, Some(1));
        assert_eq!(p.to_string(), "creator.deliverables[1].quantity");
        assert_eq!(p.shape(), "creator.deliverables[].quantity");
        assert!(resolve(&p).is_ok());
    }

    #[test]
    fn misspelt_key_suggests_the_right_one() {
        let p = KeyPath::parse("creator.schedule.revison_rounds").unwrap();
        let err = resolve(&p).unwrap_err().to_string();
        assert!(
            err.contains("unknown key `revison_rounds` in [schedule]"),
            "{err}"
        );
        assert!(err.contains("did you mean `revision_rounds`?"), "{err}");
    }

    #[test]
    fn a_key_of_the_other_brief_is_unknown() {
        let p = KeyPath::parse("influencer.usage_rights.raw_footage").unwrap();
        assert!(resolve(&p).is_err());
        let p = KeyPath::parse("creator.usage_rights.raw_footage").unwrap();
        assert!(resolve(&p).is_ok());
    }

    #[test]
    fn rows_need_an_index_before_their_keys() {
        let p = KeyPath::parse("influencer.posts.platform").unwrap();
        assert!(matches!(resolve(&p), Err(PathError::NeedsIndex { .. })));
        assert!(KeyPath::parse("brief.name").is_err());
        assert!(KeyPath::parse("creator.posts[x]").is_err());
    }

    #[test]
    fn lists_every_path() {
        let paths = all_paths(FileKind::Influencer);
        assert!(
            paths
                .iter()
                .any(|(p, _)| p == "influencer.posts[].platform")
        );
        assert!(
            paths
                .iter()
                .any(|(p, _)| p == "influencer.tracking.promo_code")
        );
    }

    #[test]
    fn a_partner_handle_typed_bare_is_stored_with_its_at() {
        let mut doc = toml_edit::DocumentMut::new();
        for file in ["creator", "influencer"] {
            let p = KeyPath::parse(&format!("{file}.partners[0].handle")).unwrap();
            set(&mut doc, &p, "priyamakes").unwrap();
            let got = get(&doc, &p).unwrap().and_then(|i| i.as_str());
            assert_eq!(got, Some("@priyamakes"), "{file}");
            set(&mut doc, &p, "https://youtube.com/priya").unwrap();
            let got = get(&doc, &p).unwrap().and_then(|i| i.as_str());
            assert_eq!(got, Some("https://youtube.com/priya"), "{file}");
        }
        // Only partner handles: a name stays as typed.
        let name = KeyPath::parse("creator.partners[0].name").unwrap();
        set(&mut doc, &name, "priyamakes").unwrap();
        let got = get(&doc, &name).unwrap().and_then(|i| i.as_str());
        assert_eq!(got, Some("priyamakes"));
    }

    #[test]
    fn lists_of_accounts_and_the_best_partner_get_their_at() {
        let mut doc = toml_edit::DocumentMut::new();
        let mentions = KeyPath::parse("influencer.tracking.mentions").unwrap();
        set(&mut doc, &mentions, "lumenskin, @studio, Lumen Skin").unwrap();
        let got = get(&doc, &mentions).unwrap().map(ToString::to_string);
        assert_eq!(
            got.as_deref().map(str::trim),
            Some(r#"["@lumenskin", "@studio", "Lumen Skin"]"#)
        );
        let rebook = KeyPath::parse("campaign.learnings.rebook").unwrap();
        set(&mut doc, &rebook, r#"["sofiaglows", "@priyamakes"]"#).unwrap();
        let got = get(&doc, &rebook).unwrap().map(ToString::to_string);
        assert_eq!(
            got.as_deref().map(str::trim),
            Some(r#"["@sofiaglows", "@priyamakes"]"#)
        );
        let best = KeyPath::parse("influencer.results.best_partner").unwrap();
        set(&mut doc, &best, "sofiaglows").unwrap();
        assert_eq!(
            get(&doc, &best).unwrap().and_then(|i| i.as_str()),
            Some("@sofiaglows")
        );
    }
}
