//! Checks a parsed file against the key table before it is typed: unknown keys (with the
//! nearest known one), values of the wrong kind and unknown choices, each with line and column.

use toml_edit::{Document, Item, TableLike, Value};

use super::{Key, Kind, file_keys, nearest};
use crate::brief::{FileKind, Region, country_code};

/// One thing wrong in a file, located.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong and how to fix it.
    pub message: String,
}

/// Every problem of `doc` read as the given file, in file order.
pub fn validate(file: FileKind, doc: &Document<String>) -> Vec<Problem> {
    let mut check = Checker {
        raw: doc.raw(),
        problems: Vec::new(),
    };
    let root = doc.as_table();
    for key in file_keys(file) {
        if key.required && !root.contains_key(key.name) {
            check.problems.push(Problem {
                line: 1,
                column: 1,
                message: format!("missing required key `{}`", key.name),
            });
        }
    }
    check.table(root, file_keys(file), "");
    check.problems.sort_by_key(|p| (p.line, p.column));
    check.problems
}

struct Checker<'a> {
    raw: &'a str,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn at(&mut self, span: Option<std::ops::Range<usize>>, message: String) {
        let (line, column) = line_column(self.raw, span.map_or(0, |s| s.start));
        self.problems.push(Problem {
            line,
            column,
            message,
        });
    }

    fn table(&mut self, table: &dyn TableLike, keys: &'static [Key], name: &str) {
        for (key_name, item) in table.iter() {
            let span = table.key(key_name).and_then(|k| k.span());
            let Some(key) = keys.iter().find(|k| k.name == key_name) else {
                let place = if name.is_empty() {
                    "at the top of the file".to_string()
                } else {
                    format!("in [{name}]")
                };
                let hint = nearest(key_name, keys.iter().map(|k| k.name))
                    .map(|n| format!(", did you mean `{n}`?"))
                    .unwrap_or_default();
                self.at(span, format!("unknown key `{key_name}` {place}{hint}"));
                continue;
            };
            let here = if name.is_empty() {
                key_name.to_string()
            } else {
                format!("{name}.{key_name}")
            };
            self.item(item, key, &here, span);
        }
    }

    fn item(
        &mut self,
        item: &Item,
        key: &Key,
        here: &str,
        key_span: Option<std::ops::Range<usize>>,
    ) {
        match (key.kind, item) {
            (Kind::Table(inner), Item::Table(t)) => self.table(t, inner, here),
            (Kind::Table(inner), Item::Value(Value::InlineTable(t))) => self.table(t, inner, here),
            (Kind::Rows(inner), Item::ArrayOfTables(rows)) => {
                for row in rows.iter() {
                    self.table(row, inner, here);
                }
            }
            (Kind::Rows(inner), Item::Value(Value::Array(arr))) => {
                for value in arr.iter() {
                    match value {
                        Value::InlineTable(t) => self.table(t, inner, here),
                        other => self.at(
                            other.span(),
                            format!("`{here}` must hold rows ([[{here}]] tables)"),
                        ),
                    }
                }
            }
            (Kind::Table(_) | Kind::Rows(_), other) => {
                let span = other.span().or(key_span);
                self.at(span, format!("`{here}` must be {}", key.kind.describe()));
            }
            (_, Item::Value(value)) => {
                if let Err(message) = check_value(key.kind, value) {
                    self.at(value.span().or(key_span), format!("`{here}`: {message}"));
                }
            }
            (_, other) => {
                let span = other.span().or(key_span);
                self.at(span, format!("`{here}` must be {}", key.kind.describe()));
            }
        }
    }
}

#[expect(clippy::too_many_lines, reason = "one arm per value kind")]
fn check_value(kind: Kind, value: &Value) -> Result<(), String> {
    let wrong = || Err(format!("expected {}", kind.describe()));
    match kind {
        Kind::Text | Kind::Handle | Kind::LongText | Kind::Email | Kind::Url | Kind::Currency => {
            if value.is_str() {
                Ok(())
            } else {
                wrong()
            }
        }
        Kind::Count => match value.as_integer() {
            Some(n) if n > i64::from(u32::MAX) => {
                Err("the number is too large; a count goes up to 4,294,967,295".into())
            }
            Some(n) if n >= 0 => Ok(()),
            Some(_) => Err("expected 0 or more".into()),
            None => wrong(),
        },
        Kind::Money | Kind::Percent | Kind::Number => {
            let n = match value {
                Value::Integer(i) => *i.value() as f64,
                Value::Float(f) => *f.value(),
                _ => return wrong(),
            };
            if !n.is_finite() {
                Err("expected a finite number".into())
            } else if n.abs() > super::MAX_NUMBER {
                Err(format!(
                    "the number is too large; numbers here go up to {} either way",
                    super::MAX_NUMBER_TEXT
                ))
            } else if n < 0.0 && kind != Kind::Number {
                Err("expected 0 or more".into())
            } else if kind == Kind::Percent && n > 100.0 {
                Err("expected a percentage from 0 to 100".into())
            } else {
                Ok(())
            }
        }
        Kind::Date => match value.as_datetime() {
            Some(d) if crate::brief::Date::from_toml(d).is_some() => Ok(()),
            _ => wrong(),
        },
        Kind::DateTime => match value.as_datetime() {
            Some(d) if d.date.is_some() && d.time.is_some() && d.offset.is_some() => Ok(()),
            _ => wrong(),
        },
        Kind::Bool => {
            if value.is_bool() {
                Ok(())
            } else {
                wrong()
            }
        }
        Kind::OneOf(values) => match value.as_str() {
            Some(s) => choice(values, s),
            None => wrong(),
        },
        Kind::ManyOf(values) => each_str(kind, value, |s| choice(values, s)),
        Kind::TextList | Kind::Handles | Kind::Languages | Kind::Assignees => {
            each_str(kind, value, |_| Ok(()))
        }
        Kind::Countries => each_str(kind, value, |s| match country_code(s) {
            Some(_) => Ok(()),
            None => Err(format!(
                "`{s}` is not a two-letter country code (e.g. US, GB, DE)"
            )),
        }),
        Kind::Regions => each_str(kind, value, |s| match Region::parse(s) {
            Some(_) => Ok(()),
            None => Err(format!("`{s}` is not a country code or \"worldwide\"")),
        }),
        Kind::Table(_) | Kind::Rows(_) => wrong(),
    }
}

fn each_str(
    kind: Kind,
    value: &Value,
    check: impl Fn(&str) -> Result<(), String>,
) -> Result<(), String> {
    let Some(arr) = value.as_array() else {
        return Err(format!("expected {}", kind.describe()));
    };
    for item in arr.iter() {
        match item.as_str() {
            Some(s) => check(s)?,
            None => return Err(format!("expected {}", kind.describe())),
        }
    }
    Ok(())
}

fn choice(values: &[&str], s: &str) -> Result<(), String> {
    if values.contains(&s) {
        return Ok(());
    }
    match nearest(s, values.iter().copied()) {
        Some(n) => Err(format!("`{s}` is not a known value, did you mean `{n}`?")),
        None => Err(format!(
            "`{s}` is not a known value; use one of: {}",
            values.join(", ")
        )),
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_column(raw: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(raw.len());
    let before = raw.get(..offset).unwrap_or(raw);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(file: FileKind, text: &str) -> Vec<Problem> {
        validate(file, &text.parse::<Document<String>>().unwrap())
    }

    #[test]
    fn unknown_key_is_located_and_suggested() {
        let p = problems(
            FileKind::Creator,
            "version = 1\nkind = \"creator\"\n[schedule]\nrevison_rounds = 2\n",
        );
        assert_eq!(p.len(), 1);
        assert_eq!((p[0].line, p[0].column), (4, 1));
        assert!(
            p[0].message.contains("did you mean `revision_rounds`"),
            "{}",
            p[0].message
        );
    }

    #[test]
    fn bad_choice_and_wrong_type_are_found() {
        let p = problems(
            FileKind::Influencer,
            "version = 1\nkind = \"influencer\"\n[[posts]]\nplatform = \"tiktk\"\nquantity = \"two\"\n",
        );
        assert_eq!(p.len(), 2);
        assert!(p[0].message.contains("did you mean `tiktok`"));
        assert_eq!(p[1].line, 5);
    }

    #[test]
    fn a_hand_typed_number_past_the_limit_is_located() {
        let p = problems(
            FileKind::Campaign,
            "version = 1\nkind = \"campaign\"\nname = \"S\"\nbudget = 12345678901234567\n",
        );
        let big = p.iter().find(|p| p.message.contains("10^15")).unwrap();
        assert_eq!((big.line, big.column), (4, 10));
        let p = problems(
            FileKind::Campaign,
            "version = 1\nkind = \"campaign\"\nbudget = -1e16\n",
        );
        assert!(p.iter().any(|p| p.message.contains("10^15")), "{p:?}");
    }

    #[test]
    fn creator_only_keys_are_unknown_in_the_influencer_brief() {
        let p = problems(
            FileKind::Influencer,
            "version = 1\nkind = \"influencer\"\n[usage_rights]\nraw_footage = true\n",
        );
        assert_eq!(p.len(), 1);
    }
}
