//! Templates: the five built-in campaigns embedded in the binary, and the user's own from the
//! config folder's `templates/` (a user template with a built-in's name wins).

use std::path::Path;

use toml_edit::{DocumentMut, Item, Value};

use super::{StoreError, Texts};
use crate::brief::{Date, FileKind};
use crate::doc::{self, Docs};

macro_rules! builtin {
    ($name:literal) => {
        (
            $name,
            [
                include_str!(concat!("../../assets/templates/", $name, "/campaign.toml")),
                include_str!(concat!("../../assets/templates/", $name, "/creator.toml")),
                include_str!(concat!(
                    "../../assets/templates/",
                    $name,
                    "/influencer.toml"
                )),
            ],
        )
    };
}

const BUILT_IN: [(&str, [&str; 3]); 5] = [
    builtin!("skincare-launch"),
    builtin!("saas-education"),
    builtin!("apparel-drop"),
    builtin!("local-restaurant"),
    builtin!("online-course"),
];

/// A template: a campaign to start from.
#[derive(Debug, Clone)]
pub struct Template {
    /// Its name (`skincare-launch`).
    pub name: String,
    /// One line saying what it is (the first comment of its campaign.toml).
    pub description: String,
    /// Whether it comes from the user's templates folder.
    pub user: bool,
    /// The text of campaign.toml, creator.toml and influencer.toml (a brief may be absent).
    pub texts: Texts,
}

impl Template {
    /// Parses the template into documents; an error names the template and file.
    pub fn docs(&self) -> Result<Docs, StoreError> {
        let parse = |file: FileKind| -> Result<Option<DocumentMut>, StoreError> {
            self.texts
                .get(file)
                .map(|t| doc::parse(file, t))
                .transpose()
                .map_err(|error| StoreError::File {
                    path: Path::new(&format!("template {}", self.name)).join(file.file_name()),
                    error,
                })
        };
        let campaign = parse(FileKind::Campaign)?.ok_or_else(|| {
            StoreError::Refused(format!("template {} has no campaign.toml", self.name))
        })?;
        Ok(Docs {
            campaign,
            creator: parse(FileKind::Creator)?,
            influencer: parse(FileKind::Influencer)?,
        })
    }
}

fn describe(campaign: &str) -> String {
    campaign
        .lines()
        .next()
        .and_then(|l| l.strip_prefix('#'))
        .map(|l| l.trim().to_string())
        .unwrap_or_default()
}

/// Every template: built-ins, replaced or joined by the user's (sorted by name after them).
pub fn templates(user_dir: &Path) -> Vec<Template> {
    let mut all: Vec<Template> = BUILT_IN
        .iter()
        .map(|(name, texts)| Template {
            name: (*name).to_string(),
            description: describe(texts[0]),
            user: false,
            texts: Texts {
                campaign: Some(texts[0].to_string()),
                creator: Some(texts[1].to_string()),
                influencer: Some(texts[2].to_string()),
            },
        })
        .collect();
    let mut users: Vec<Template> = std::fs::read_dir(user_dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter(|e| e.path().join("campaign.toml").is_file())
        .map(|e| {
            let read = |f: FileKind| {
                super::read_regular(&e.path().join(f.file_name()))
                    .ok()
                    .flatten()
                    .and_then(|b| String::from_utf8(b).ok())
            };
            let texts = Texts::from_fn(read);
            Template {
                name: e.file_name().to_string_lossy().into_owned(),
                description: texts.campaign.as_deref().map(describe).unwrap_or_default(),
                user: true,
                texts,
            }
        })
        .collect();
    users.sort_by(|a, b| a.name.cmp(&b.name));
    for user in users {
        match all.iter_mut().find(|t| t.name == user.name) {
            Some(slot) => *slot = user,
            None => all.push(user),
        }
    }
    all
}

/// Moves every date of the documents by the same number of days so that the earliest one
/// falls on `earliest`; intervals between dates are kept.
pub fn shift_dates(docs: &mut Docs, earliest: Date) {
    let mut first: Option<Date> = None;
    for file in FileKind::ALL {
        if let Some(d) = docs.doc(file) {
            visit_dates(d.as_item(), &mut |date| {
                first = Some(first.map_or(date, |f: Date| f.min(date)));
            });
        }
    }
    let Some(first) = first else { return };
    let days = first.days_until(earliest);
    for doc in [
        Some(&mut docs.campaign),
        docs.creator.as_mut(),
        docs.influencer.as_mut(),
    ]
    .into_iter()
    .flatten()
    {
        shift_item(doc.as_item_mut(), days);
    }
}

fn visit_dates(item: &Item, found: &mut impl FnMut(Date)) {
    match item {
        Item::Value(v) => visit_value(v, found),
        Item::Table(t) => t.iter().for_each(|(_, i)| visit_dates(i, found)),
        Item::ArrayOfTables(rows) => rows
            .iter()
            .for_each(|t| t.iter().for_each(|(_, i)| visit_dates(i, found))),
        Item::None => {}
    }
}

fn visit_value(value: &Value, found: &mut impl FnMut(Date)) {
    match value {
        Value::Datetime(d) => {
            if let Some(date) = Date::from_toml(d.value()) {
                found(date);
            }
        }
        Value::Array(a) => a.iter().for_each(|v| visit_value(v, found)),
        Value::InlineTable(t) => t.iter().for_each(|(_, v)| visit_value(v, found)),
        _ => {}
    }
}

fn shift_item(item: &mut Item, days: i64) {
    match item {
        Item::Value(v) => shift_value(v, days),
        Item::Table(t) => t.iter_mut().for_each(|(_, i)| shift_item(i, days)),
        Item::ArrayOfTables(rows) => rows
            .iter_mut()
            .for_each(|t| t.iter_mut().for_each(|(_, i)| shift_item(i, days))),
        Item::None => {}
    }
}

fn shift_value(value: &mut Value, days: i64) {
    match value {
        Value::Datetime(d) => {
            if let Some(date) = Date::from_toml(d.value()) {
                let decor = d.decor().clone();
                let mut shifted = Value::from(date.plus_days(days).to_toml());
                *shifted.decor_mut() = decor;
                *value = shifted;
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|v| shift_value(v, days)),
        Value::InlineTable(t) => t.iter_mut().for_each(|(_, v)| shift_value(v, days)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_parses_and_describes_itself() {
        let all = templates(Path::new("/nonexistent"));
        assert_eq!(all.len(), 5);
        for t in &all {
            assert!(!t.description.is_empty(), "{}", t.name);
            let docs = t.docs().unwrap_or_else(|e| panic!("{}: {e}", t.name));
            docs.bundle().unwrap();
        }
    }

    #[test]
    fn shifting_keeps_intervals() {
        let t = &templates(Path::new("/nonexistent"))[0];
        let mut docs = t.docs().unwrap();
        let before = docs.bundle().unwrap();
        let target = Date::parse("2030-01-10").unwrap();
        shift_dates(&mut docs, target);
        let after = docs.bundle().unwrap();
        let (s0, e0) = (
            before.campaign.start_date.unwrap(),
            before.campaign.end_date.unwrap(),
        );
        let (s1, e1) = (
            after.campaign.start_date.unwrap(),
            after.campaign.end_date.unwrap(),
        );
        assert_eq!(s0.days_until(e0), s1.days_until(e1));
        assert!(s1 >= target);
    }
}
