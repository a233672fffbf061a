//! The wizard as data: thirteen steps, each a list of fields bound to key paths, with a label
//! and a one-line hint for the marketer and a rule for when the field applies. The terminal app
//! and the line-by-line prompts both walk this table; the kind of every field comes from the
//! key table (`path::Kind`), never from here.

mod applies;
mod rows;
mod steps;

pub use applies::{Applicability, Applies};
pub(crate) use rows::row_fields;
pub(crate) use steps::STEPS;

use crate::brief::FileKind;
use crate::path::{Key, KeyPath, Kind};

/// What a step shows besides its fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepKind {
    /// Only fields.
    Fields,
    /// The seven questions and the recommendation.
    Diagnosis,
    /// Links, codes and disclosure, with each partner's link and the label the markets need.
    Tracking,
    /// Both compensations and the budget lines.
    Pay,
    /// Results, learnings and planned vs actual.
    Results,
    /// The checklist, the findings, save and export.
    Review,
}

/// One step of the wizard.
#[derive(Debug, Clone, Copy)]
pub struct Step {
    /// The step's title ("Influencer posts and targets").
    pub title: &'static str,
    /// A short title for the step list ("Influencer work"): with its flag it fits the list.
    pub short: &'static str,
    /// One sentence saying what this step settles.
    pub intro: &'static str,
    /// The checklist practice (1–10) this step completes, if any.
    pub practice: Option<usize>,
    /// What the step shows besides fields.
    pub kind: StepKind,
    /// The fields, in the order they are asked.
    pub fields: &'static [Field],
    /// For a step without a practice: the fields that make it done (when they apply).
    pub done_when: &'static [&'static str],
}

/// A note shown beside a field's label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// The file cannot be saved without it.
    Required,
    /// Kept for the team; never in what partners receive.
    Internal,
}

impl Marker {
    /// The words shown beside the label.
    pub fn text(self) -> &'static str {
        match self {
            Marker::Required => "required",
            Marker::Internal => "internal",
        }
    }
}

/// One field: a key path (rows keys are written `creator.partners`, their columns
/// `creator.partners[].name`), what the marketer reads, and when it applies.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// The key path, with `[]` for "any row".
    pub path: &'static str,
    /// The label.
    pub label: &'static str,
    /// One line of help, written for a marketer.
    pub hint: &'static str,
    /// An optional marker beside the label.
    pub marker: Option<Marker>,
    /// When the field applies beyond its brief being used.
    pub applies: Applies,
}

impl Field {
    /// The file the field is written to.
    pub fn file(&self) -> FileKind {
        let first = self.path.split('.').next().unwrap_or_default();
        FileKind::parse(first).unwrap_or(FileKind::Campaign)
    }

    /// The key path of this field, with `row` filling the `[]` of a row column.
    pub(crate) fn key_path(&self, row: Option<usize>) -> Option<KeyPath> {
        let text = self.path.replace("[]", &format!("[{}]", row.unwrap_or(0)));
        KeyPath::parse(&text).ok()
    }

    /// The key definition from the key table.
    pub fn key(&self) -> Option<&'static Key> {
        self.key_path(Some(0)).and_then(|p| p.key())
    }

    /// What the field holds (text when the path is unknown, which a test rules out).
    pub fn kind(&self) -> Kind {
        self.key().map_or(Kind::Text, |k| k.kind)
    }

    /// The columns of a rows field (empty for other fields).
    pub(crate) fn columns(&self) -> &'static [Field] {
        row_fields(self.path)
    }
}

/// The label of the field at a key path (row indices ignored: `influencer.posts[2].platform`
/// finds "Platform"), if a field shows it.
pub(crate) fn label_of(path: &str) -> Option<&'static str> {
    let mut pattern = String::with_capacity(path.len());
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => {
                in_index = true;
                pattern.push_str("[]");
            }
            ']' => in_index = false,
            c if !in_index => pattern.push(c),
            _ => {}
        }
    }
    STEPS
        .iter()
        .flat_map(|s| s.fields.iter())
        .flat_map(|f| std::iter::once(f).chain(f.columns().iter()))
        .find(|f| f.path == pattern)
        .map(|f| f.label)
}

/// The step at `index`, if there is one.
pub fn step(index: usize) -> Option<&'static Step> {
    STEPS.get(index)
}

/// Where a key path is asked: the step, the field within it, and for a row column the row
/// and the column's index among the rows field's columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// Step index (0-based).
    pub step: usize,
    /// Field index within the step.
    pub field: usize,
    /// Row index and column index, for a path inside rows.
    pub row: Option<(usize, usize)>,
}

/// Finds the field that edits `path` (a table or rows path finds its first field).
pub(crate) fn locate(path: &KeyPath) -> Option<Place> {
    let shape = path.shape();
    let row = path.segments.first().and_then(|s| s.index);
    for (s, step) in STEPS.iter().enumerate() {
        for (f, field) in step.fields.iter().enumerate() {
            if field.path == shape {
                return Some(Place {
                    step: s,
                    field: f,
                    row: None,
                });
            }
            let columns = field.columns();
            if let Some(c) = columns.iter().position(|c| c.path == shape) {
                return Some(Place {
                    step: s,
                    field: f,
                    row: Some((row.unwrap_or(0), c)),
                });
            }
            let rows_prefix = format!("{}[]", field.path);
            if !columns.is_empty() && shape.starts_with(&rows_prefix) {
                return Some(Place {
                    step: s,
                    field: f,
                    row: row.map(|r| (r, 0)),
                });
            }
        }
    }
    // A table (`creator.usage_rights`): its first field.
    let prefix = format!("{shape}.");
    STEPS.iter().enumerate().find_map(|(s, step)| {
        step.fields
            .iter()
            .position(|f| f.path.starts_with(&prefix))
            .map(|f| Place {
                step: s,
                field: f,
                row: None,
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::path::all_paths;
    use std::collections::BTreeSet;

    fn reached() -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for step in STEPS {
            for field in step.fields {
                out.insert(field.path.to_string());
                for column in field.columns() {
                    out.insert(column.path.to_string());
                }
            }
        }
        out
    }

    #[test]
    fn steps_one_to_twelve_reach_every_key_a_user_writes() {
        let reached = reached();
        let mut missing = Vec::new();
        for file in FileKind::ALL {
            for (path, key) in all_paths(file) {
                if key.managed {
                    continue;
                }
                if !reached.contains(&path) {
                    missing.push(path);
                }
            }
        }
        assert!(missing.is_empty(), "keys no step asks for: {missing:?}");
        assert_eq!(STEPS.len(), 13);
        assert!(STEPS[12].fields.is_empty(), "review has no fields");
    }

    #[test]
    fn every_field_names_a_known_settable_key_once() {
        let mut seen = BTreeSet::new();
        for step in STEPS {
            for field in step
                .fields
                .iter()
                .chain(step.fields.iter().flat_map(|f| f.columns()))
            {
                let key = field
                    .key()
                    .unwrap_or_else(|| panic!("unknown path {}", field.path));
                assert!(!key.managed, "{} is written by the app", field.path);
                assert!(
                    !matches!(key.kind, Kind::Table(_)),
                    "{} is a table",
                    field.path
                );
                assert!(seen.insert(field.path), "{} is asked twice", field.path);
                assert!(
                    !field.label.is_empty() && !field.hint.is_empty(),
                    "{}",
                    field.path
                );
                assert!(field.hint.len() <= 110, "hint too long: {}", field.path);
            }
        }
    }

    #[test]
    fn an_internal_field_never_speaks_of_partners_reading_it() {
        let internal = STEPS
            .iter()
            .flat_map(|s| s.fields.iter())
            .flat_map(|f| std::iter::once(f).chain(f.columns()))
            .filter(|f| f.marker == Some(Marker::Internal));
        for field in internal {
            assert!(
                !field.hint.to_lowercase().contains("partners"),
                "{}: internal, yet its hint speaks of partners: {}",
                field.path,
                field.hint
            );
        }
    }

    #[test]
    fn rows_fields_have_columns_and_only_they_do() {
        for step in STEPS {
            for field in step.fields {
                let is_rows = matches!(field.kind(), Kind::Rows(_));
                assert_eq!(is_rows, !field.columns().is_empty(), "{}", field.path);
            }
        }
    }

    #[test]
    fn done_when_names_fields_of_its_step() {
        for step in STEPS {
            for path in step.done_when {
                assert!(
                    step.fields.iter().any(|f| f.path == *path),
                    "{}: {path}",
                    step.title
                );
            }
            assert!(
                step.practice.is_none() || step.done_when.is_empty(),
                "{}",
                step.title
            );
        }
    }

    #[test]
    fn basics_start_with_name_brand_product() {
        let paths: Vec<&str> = STEPS[0].fields.iter().take(3).map(|f| f.path).collect();
        assert_eq!(
            paths,
            ["campaign.name", "campaign.brand", "campaign.product"]
        );
    }

    #[test]
    fn a_finding_path_finds_its_field() {
        let p = KeyPath::parse("creator.schedule.final_due").unwrap();
        let place = locate(&p).unwrap();
        assert_eq!(
            STEPS[place.step].fields[place.field].path,
            "creator.schedule.final_due"
        );
        let p = KeyPath::parse("influencer.posts[1].window_end").unwrap();
        let place = locate(&p).unwrap();
        assert_eq!(
            STEPS[place.step].fields[place.field].path,
            "influencer.posts"
        );
        let (row, column) = place.row.unwrap();
        assert_eq!(row, 1);
        assert_eq!(
            row_fields("influencer.posts")[column].path,
            "influencer.posts[].window_end"
        );
        let p = KeyPath::parse("creator.usage_rights").unwrap();
        assert!(locate(&p).is_some());
    }
}
