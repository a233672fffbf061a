//! `sent` and `diff` (DESIGN §8.5): record what went to partners, then say what changed since,
//! key path by key path and in sentences a partner can read; or compare two campaigns or files.

use std::path::{Path, PathBuf};

use serde_json::{Value as Json, json};
use toml::{Table, Value};

use super::Failure;
use super::output::{print_json, say};
use crate::brief::FileKind;
use crate::export::changes::{Said, Version, compare, sentence};
use crate::path::diff::diff_file;
use crate::store::{self, Loaded, Places, Snapshot};

/// Records a send of `loaded` (to `partner`, or everyone) in the data folder.
pub(crate) fn record(
    places: &Places,
    loaded: &Loaded,
    partner: Option<String>,
) -> Result<PathBuf, Failure> {
    let snapshot = Snapshot::of(loaded, partner);
    Ok(store::record_sent(&places.sent, &loaded.slug, &snapshot)?)
}

/// `sent SLUG [--partner H]`.
pub fn sent(dir: Option<&Path>, slug: &str, partner: Option<String>) -> Result<u8, Failure> {
    let (places, _) = Places::resolve(dir)?;
    let loaded = store::open(&places, slug)?;
    if let Some(p) = &partner {
        let known = [FileKind::Creator, FileKind::Influencer]
            .into_iter()
            .flat_map(|f| crate::practice::pay::partner_refs(&loaded.bundle, f))
            .any(|r| crate::practice::pay::same_partner(&r, p));
        if !known {
            return Err(Failure::usage(format!(
                "{p} is not a partner of {slug}; name a handle or name from its briefs."
            )));
        }
    }
    let (loaded, _) = store::mark_sent(&places, slug, store::today(), partner.is_none())?;
    let path = record(&places, &loaded, partner.clone())?;
    let to = partner.unwrap_or_else(|| "every partner".into());
    say!("recorded what {slug} sent to {to} ({})", path.display());
    Ok(0)
}

fn of_loaded(l: &Loaded) -> Result<Version, Failure> {
    let read = &l.read;
    Version::of_texts(
        read.campaign.as_deref(),
        read.creator.as_deref(),
        read.influencer.as_deref(),
    )
    .map_err(Failure::usage)
}

/// A file's kind from its name (`creator.toml`).
fn kind_of(path: &Path) -> Option<FileKind> {
    let name = path.file_name()?.to_str()?;
    FileKind::ALL.into_iter().find(|k| k.file_name() == name)
}

fn read_file(path: &Path) -> Result<(FileKind, Table), Failure> {
    let kind = kind_of(path).ok_or_else(|| {
        Failure::usage(format!(
            "{} is not a brief file (campaign.toml, creator.toml or influencer.toml).",
            path.display()
        ))
    })?;
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::usage(format!("{}: {e}", path.display())))?;
    let t = text
        .parse::<Table>()
        .map_err(|e| Failure::usage(format!("{}: {}", path.display(), e.message())))?;
    Ok((kind, t))
}

/// `diff SLUG` (since the last send) or `diff A B` (two campaigns, or two files).
#[expect(
    clippy::too_many_lines,
    reason = "one command read top to bottom: the two versions, then text or JSON"
)]
pub fn diff(dir: Option<&Path>, targets: &[String], json_out: bool) -> Result<u8, Failure> {
    let (places, _) = Places::resolve(dir)?;
    let (title, since, said) = match targets {
        [slug] => {
            let loaded = store::open(&places, slug)?;
            let Some(last) = store::last_sent(&places.sent, slug)? else {
                return Err(Failure::usage(format!(
                    "{slug} has not been sent yet: `splitbrief sent {slug}` or `splitbrief export {slug}` records it."
                )));
            };
            let old = Version::of_texts(
                Some(&last.campaign),
                last.creator.as_deref(),
                last.influencer.as_deref(),
            )
            .map_err(Failure::usage)?;
            let new = of_loaded(&loaded)?;
            (slug.clone(), Some(last.sent_at), compare(&old, &new, false))
        }
        [a, b] if Path::new(a).is_file() && Path::new(b).is_file() => {
            let (ka, ta) = read_file(Path::new(a))?;
            let (kb, tb) = read_file(Path::new(b))?;
            if ka != kb {
                return Err(Failure::usage(format!(
                    "{a} is a {} file and {b} a {} file; compare files of one kind.",
                    ka.as_str(),
                    kb.as_str()
                )));
            }
            let said = diff_file(ka, &ta, &tb)
                .into_iter()
                .map(|change| Said {
                    sentence: sentence(&change, &ta, &tb),
                    change,
                })
                .collect();
            (format!("{a} → {b}"), None, said)
        }
        [a, b] => {
            let old = of_loaded(&store::open(&places, a)?)?;
            let new = of_loaded(&store::open(&places, b)?)?;
            (format!("{a} → {b}"), None, compare(&old, &new, true))
        }
        _ => {
            return Err(Failure::usage(
                "diff takes one campaign (changes since it was sent) or two campaigns or files.",
            ));
        }
    };
    if json_out {
        let changes: Vec<Json> = said
            .iter()
            .map(|s| {
                json!({
                    "path": s.change.path,
                    "change": s.change.kind,
                    "old": s.change.old.as_ref().map(value_json),
                    "new": s.change.new.as_ref().map(value_json),
                    "sentence": s.sentence,
                })
            })
            .collect();
        print_json(&json!({"since": since, "changes": changes}));
        return Ok(0);
    }
    let when = since
        .map(|s| format!(" since it was sent ({s})"))
        .unwrap_or_default();
    match said.len() {
        0 => say!("{title}: no changes{when}"),
        n => say!("{title}: {n} change{}{when}", if n == 1 { "" } else { "s" }),
    }
    for s in &said {
        let show = |v: &Option<Value>| v.as_ref().map_or("–".into(), |v| v.to_string());
        say!(
            "  {}  {} → {}",
            s.change.path,
            show(&s.change.old),
            show(&s.change.new)
        );
        say!("    {}", s.sentence);
    }
    Ok(0)
}

/// A TOML value as JSON: dates as `"2027-03-01"` strings.
fn value_json(v: &Value) -> Json {
    match v {
        Value::String(s) => Json::String(s.clone()),
        Value::Integer(i) => json!(i),
        Value::Float(f) => json!(f),
        Value::Boolean(b) => json!(b),
        Value::Datetime(d) => Json::String(d.to_string()),
        Value::Array(a) => Json::Array(a.iter().map(value_json).collect()),
        Value::Table(t) => {
            Json::Object(t.iter().map(|(k, v)| (k.clone(), value_json(v))).collect())
        }
    }
}
