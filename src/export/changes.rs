//! Changes since a brief was sent, in sentences a partner can read: "Final due moved from
//! Mon 1 Mar 2027 to Mon 8 Mar 2027", rows named by position and what they are
//! ("Post 2 (TikTok)").

use std::str::FromStr;

use toml::{Table, Value};

use super::words::{self, Words};
use crate::brief::{
    Asset, AudioSource, Channel, Date, DisclosurePlacement, FileKind, Platform, PostFormat, Style,
};
use crate::path::diff::{Change, ChangeKind};
use crate::practice::budget::format_money;

/// A change in one sentence; `new` and `old` are the whole file after and before (to name
/// rows by what they hold).
pub fn sentence(change: &Change, old: &Table, new: &Table) -> String {
    let (file, rest) = change.path.split_once('.').unwrap_or(("", &change.path));
    let brief = match FileKind::parse(file) {
        Some(FileKind::Creator) => "Creator brief",
        Some(FileKind::Influencer) => "Influencer brief",
        _ => "Campaign",
    };
    let (row, key) = split_row(rest);
    let row_name = row.map(|(table, i)| {
        let in_new = row_of(new, table, i);
        let source = match change.kind {
            ChangeKind::Removed => row_of(old, table, i),
            _ => in_new,
        };
        row_label(table, i, source)
    });
    let last = key.rsplit('.').next().unwrap_or(key);
    let label = crate::form::label_of(&change.path)
        .map(str::to_string)
        .unwrap_or_else(|| last.replace('_', " "));
    let show = |v: &Option<Value>| v.as_ref().map_or(String::new(), |v| value_words(last, v));
    let what = match (change.kind, key.is_empty()) {
        (ChangeKind::Moved, _) => {
            let (from, to) = change.moved.unwrap_or_default();
            format!("moved from place {} to place {}", from + 1, to + 1)
        }
        (ChangeKind::Added, true) => "added".to_string(),
        (ChangeKind::Removed, true) => "removed".to_string(),
        (ChangeKind::Added, false) => format!("{label} set to {}", show(&change.new)),
        (ChangeKind::Removed, false) => format!("{label} removed (was {})", show(&change.old)),
        (ChangeKind::Changed, _) => {
            let verb = if is_date(&change.new) {
                "moved"
            } else {
                "changed"
            };
            format!(
                "{label} {verb} from {} to {}",
                show(&change.old),
                show(&change.new)
            )
        }
    };
    match row_name {
        Some(r) if key.is_empty() => format!("{brief}: {r} {what}"),
        Some(r) => format!("{brief}: {r}: {what}"),
        None => format!("{brief}: {what}"),
    }
}

/// `posts[1].platform` → (Some(("posts", 1)), "platform"); `schedule.final_due` → (None, …).
fn split_row(rest: &str) -> (Option<(&str, usize)>, &str) {
    let Some(open) = rest.find('[') else {
        return (None, rest);
    };
    let Some(close) = rest[open..].find(']').map(|c| open + c) else {
        return (None, rest);
    };
    let table = &rest[..open];
    let Ok(i) = rest[open + 1..close].parse::<usize>() else {
        return (None, rest);
    };
    let key = rest[close + 1..].trim_start_matches('.');
    (Some((table, i)), key)
}

fn row_of<'a>(file: &'a Table, table: &str, i: usize) -> Option<&'a Table> {
    file.get(table)?.as_array()?.get(i)?.as_table()
}

fn row_label(table: &str, i: usize, row: Option<&Table>) -> String {
    let text = |k: &str| row.and_then(|r| r.get(k)).and_then(Value::as_str);
    let (noun, what) = match table {
        "posts" => (
            "Post",
            text("platform").map(|p| value_words("platform", &Value::String(p.into()))),
        ),
        "deliverables" => (
            "Deliverable",
            text("asset").map(|a| value_words("asset", &Value::String(a.into()))),
        ),
        "partners" => (
            "Partner",
            text("handle").or(text("name")).map(str::to_string),
        ),
        other => (other, None),
    };
    match what {
        Some(w) => format!("{noun} {} ({w})", i + 1),
        None => format!("{noun} {}", i + 1),
    }
}

fn is_date(v: &Option<Value>) -> bool {
    matches!(v, Some(Value::Datetime(d)) if d.date.is_some() && d.time.is_none())
}

/// A value as a partner reads it: dates written out, numbers grouped, enum values in words.
fn value_words(key: &str, v: &Value) -> String {
    match v {
        Value::String(s) => enum_words(key, s).unwrap_or_else(|| format!("\"{s}\"")),
        Value::Integer(i) => format_money(*i as f64, None),
        Value::Float(f) => format_money(*f, None),
        Value::Boolean(b) => if *b { "yes" } else { "no" }.to_string(),
        Value::Datetime(d) => {
            Date::parse(&d.to_string()).map_or_else(|| d.to_string(), words::date)
        }
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().map(|i| value_words(key, i)).collect();
            if parts.is_empty() {
                "none".into()
            } else {
                parts.join(", ")
            }
        }
        Value::Table(_) => "a table".into(),
    }
}

fn enum_words(key: &str, s: &str) -> Option<String> {
    let w = match key {
        "platform" => Platform::from_str(s).ok()?.words(),
        "format" => PostFormat::from_str(s).ok()?.words(),
        "asset" => Asset::from_str(s).ok()?.words(),
        "style" => Style::from_str(s).ok()?.words(),
        "placements" | "channels" | "channel" => Channel::from_str(s).ok()?.words(),
        "audio" => AudioSource::from_str(s).ok()?.words(),
        "placement" => DisclosurePlacement::from_str(s).ok()?.words(),
        _ => return None,
    };
    Some(w.to_string())
}

/// The three files of a campaign as tables (a missing file is empty).
pub struct Version {
    files: Vec<(FileKind, Table)>,
}

fn table(text: Option<&str>, what: &str) -> Result<Table, String> {
    match text {
        None => Ok(Table::new()),
        Some(t) => t
            .parse::<Table>()
            .map_err(|e| format!("{what} cannot be read: {}", e.message())),
    }
}

impl Version {
    /// From the texts of campaign.toml, creator.toml and influencer.toml.
    pub fn of_texts(
        campaign: Option<&str>,
        creator: Option<&str>,
        influencer: Option<&str>,
    ) -> Result<Version, String> {
        Ok(Version {
            files: vec![
                (FileKind::Campaign, table(campaign, "campaign.toml")?),
                (FileKind::Creator, table(creator, "creator.toml")?),
                (FileKind::Influencer, table(influencer, "influencer.toml")?),
            ],
        })
    }

    fn file(&self, kind: FileKind) -> Table {
        self.files
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, t)| t.clone())
            .unwrap_or_default()
    }
}

/// A change with its sentence.
pub struct Said {
    /// The change by key path.
    pub change: Change,
    /// The change in words.
    pub sentence: String,
}

/// Every change from `old` to `new`, file by file; `skip_identity` leaves out the slug and
/// creation time (two campaigns differ there by design).
pub(crate) fn compare(old: &Version, new: &Version, skip_identity: bool) -> Vec<Said> {
    let mut out = Vec::new();
    for kind in FileKind::ALL {
        let (a, b) = (old.file(kind), new.file(kind));
        for change in crate::path::diff::diff_file(kind, &a, &b) {
            if skip_identity
                && matches!(
                    change.path.as_str(),
                    "campaign.slug" | "campaign.created_at"
                )
            {
                continue;
            }
            let sentence = sentence(&change, &a, &b);
            out.push(Said { change, sentence });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::path::diff::diff_file;

    #[test]
    fn changes_read_as_sentences() {
        let old: Table = "[schedule]\nfinal_due = 2027-03-01\n[[posts]]\nplatform = \"tiktok\"\nwindow_end = 2027-03-10\n[compensation]\nfee = 1200\n".parse().unwrap();
        let new: Table = "[schedule]\nfinal_due = 2027-03-08\n[[posts]]\nplatform = \"tiktok\"\nwindow_end = 2027-03-12\n[[posts]]\nplatform = \"youtube\"\n[compensation]\nfee = 1500\n".parse().unwrap();
        let got: Vec<String> = diff_file(FileKind::Influencer, &old, &new)
            .iter()
            .map(|c| sentence(c, &old, &new))
            .collect();
        assert_eq!(
            got,
            vec![
                "Influencer brief: Post 1 (TikTok): Window closes moved from Wed 10 Mar 2027 to Fri 12 Mar 2027",
                "Influencer brief: Post 2 (YouTube) added",
                "Influencer brief: Final due moved from Mon 1 Mar 2027 to Mon 8 Mar 2027",
                "Influencer brief: Flat fee changed from 1,200 to 1,500",
            ]
        );
    }

    #[test]
    fn a_new_table_reads_key_by_key() {
        let old: Table = "[schedule]\nfinal_due = 2027-03-01\n".parse().unwrap();
        let new: Table =
            "[schedule]\nfinal_due = 2027-03-01\n[feedback]\nreview_date = 2027-04-15\n"
                .parse()
                .unwrap();
        let said = |a: &Table, b: &Table| -> Vec<String> {
            diff_file(FileKind::Creator, a, b)
                .iter()
                .map(|c| sentence(c, a, b))
                .collect()
        };
        assert_eq!(
            said(&old, &new),
            vec!["Creator brief: Creator review date set to Thu 15 Apr 2027"]
        );
        assert_eq!(
            said(&new, &old),
            vec!["Creator brief: Creator review date removed (was Thu 15 Apr 2027)"]
        );
        for s in said(&old, &new).iter().chain(&said(&new, &old)) {
            assert!(!s.contains("a table"), "{s}");
        }
    }
}
