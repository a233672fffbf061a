//! `get` and `set`: one key path scheme, the same validation as `--set`.

use super::output::{say, say_raw};
use std::path::Path;

use toml_edit::{DocumentMut, Item, Value};

use super::Failure;
use super::campaigns::apply_pairs;
use crate::path::KeyPath;
use crate::store::{self, Loaded, Places};

/// `get`: a string raw, a number or date as written, lists and tables as TOML; exit 1 unset.
pub fn get(dir: Option<&Path>, slug: &str, key: &str, json: bool) -> Result<u8, Failure> {
    let (places, _) = Places::resolve(dir)?;
    let loaded = store::open(&places, slug)?;
    let path = KeyPath::parse(key).map_err(|e| Failure::usage(e.to_string()))?;
    let item = loaded
        .docs
        .get(&path)
        .map_err(|e| Failure::usage(e.to_string()))?;
    let Some(item) = item.filter(|i| !i.is_none()) else {
        if let Some(message) = past_the_end(&loaded, &path) {
            eprintln!("splitbrief: {}", crate::safe_text::terminal(&message));
        }
        return Ok(1);
    };
    if json {
        let value = crate::export::item_json(item);
        super::output::print_json(&serde_json::json!(value));
    } else {
        say_raw!("{}", as_text(item, &path));
    }
    Ok(0)
}

/// Says so when a row index of `path` is past the last row (an unset key stays silent).
fn past_the_end(loaded: &Loaded, path: &KeyPath) -> Option<String> {
    if loaded.docs.doc(path.file).is_none() {
        return Some(format!(
            "{} does not exist in this campaign, so {path} is unset",
            path.file.file_name()
        ));
    }
    let doc = loaded.docs.doc(path.file)?;
    for (i, segment) in path.segments.iter().enumerate() {
        let Some(index) = segment.index else { continue };
        let rows = KeyPath {
            file: path.file,
            segments: path.segments[..i]
                .iter()
                .cloned()
                .chain(std::iter::once(crate::path::Segment {
                    name: segment.name.clone(),
                    index: None,
                }))
                .collect(),
        };
        let count = crate::path::row_count(doc, &rows);
        if index >= count {
            return Some(match count {
                0 => format!("{rows} has no rows yet, so [{index}] is past the end"),
                1 => format!("{rows} has 1 row ([0]); [{index}] is past the end"),
                n => format!(
                    "{rows} has {n} rows ([0] to [{}]); [{index}] is past the end",
                    n - 1
                ),
            });
        }
    }
    None
}

fn as_text(item: &Item, path: &KeyPath) -> String {
    match item {
        Item::Value(Value::String(s)) => format!("{}\n", s.value()),
        Item::Value(Value::InlineTable(t)) => {
            let mut doc = DocumentMut::new();
            for (k, v) in t.iter() {
                let mut v = v.clone();
                v.decor_mut().clear();
                doc.insert(k, Item::Value(v));
            }
            doc.to_string()
        }
        Item::Value(v) => {
            let mut v = v.clone();
            v.decor_mut().clear();
            format!("{v}\n")
        }
        Item::Table(t) => {
            let mut t = t.clone();
            t.decor_mut().clear();
            let mut doc = DocumentMut::new();
            for (k, v) in t.iter() {
                doc.insert(k, v.clone());
            }
            doc.to_string()
        }
        Item::ArrayOfTables(rows) => {
            let mut doc = DocumentMut::new();
            let name = path.segments.last().map_or("rows", |s| s.name.as_str());
            doc.insert(name, Item::ArrayOfTables(rows.clone()));
            doc.to_string()
        }
        Item::None => String::new(),
    }
}

/// `set`: every pair applies or none; the files change in place.
pub fn set(dir: Option<&Path>, slug: &str, pairs: &[String]) -> Result<u8, Failure> {
    let (places, _) = Places::resolve(dir)?;
    // Read, change and write under the campaign's write lock: a second `set` waits.
    let editing = store::edit(&places, slug)?;
    let mut docs = editing.loaded.docs.clone();
    apply_pairs(&mut docs, pairs)?;
    let written = editing.save(&docs)?;
    if written.is_empty() {
        say!("nothing changed");
    } else {
        let names: Vec<&str> = written.iter().map(|f| f.file_name()).collect();
        say!("updated {}", names.join(", "));
    }
    Ok(0)
}
