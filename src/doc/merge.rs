//! Recovering a draft without reverting anything: the draft's own changes (its texts against
//! the texts it started from) are applied onto the files as they are now, key path by key
//! path. A key changed on both sides, differently, is a conflict for the user to decide.
//! Rows (`[[partners]]`, `[[posts]]`…) merge field by field while every side has as many rows;
//! a row added or removed makes the rows one key.

use std::collections::{BTreeMap, BTreeSet};

use toml_edit::{DocumentMut, Item, Table, TableLike};

use super::{Docs, Texts, normalize};
use crate::brief::FileKind;

/// A key changed both in the draft and in the file since the draft began.
#[derive(Debug, Clone)]
pub struct Conflict {
    /// The file.
    pub file: FileKind,
    /// The key's names from the top of the file.
    pub keys: Vec<String>,
    /// The value in the file now, as TOML text (`None`: not set).
    pub on_disk: Option<String>,
    /// The value in the draft, as TOML text (`None`: not set).
    pub unsaved: Option<String>,
    unsaved_item: Option<Item>,
}

impl Conflict {
    /// The key path (`campaign.brand`, `creator.partners[0].email`).
    pub fn path(&self) -> String {
        let mut path = self.file.to_string();
        for key in &self.keys {
            match key.strip_prefix(ROW) {
                Some(i) => path.push_str(&format!("[{i}]")),
                None => {
                    path.push('.');
                    path.push_str(key);
                }
            }
        }
        path
    }
}

/// What a merge gives: the documents with the draft's changes applied, and the conflicts
/// (left as they are on disk until the user decides).
#[derive(Debug, Clone)]
pub struct Merged {
    /// The merged documents.
    pub docs: Docs,
    /// Keys changed on both sides.
    pub conflicts: Vec<Conflict>,
    /// How many of the draft's changes were applied.
    pub applied: usize,
}

type Leaves = BTreeMap<Vec<String>, Item>;

fn parse(text: &Option<String>) -> Result<Option<DocumentMut>, String> {
    text.as_deref()
        .map(|t| {
            normalize(t)
                .parse::<DocumentMut>()
                .map_err(|_| "the unsaved work cannot be read".to_string())
        })
        .transpose()
}

fn leaves(table: &dyn TableLike, prefix: &[String], out: &mut Leaves) {
    for (key, item) in table.iter() {
        let mut path = prefix.to_vec();
        path.push(key.to_string());
        match item {
            Item::Table(t) => leaves(t, &path, out),
            Item::None => {}
            other => {
                out.insert(path, other.clone());
            }
        }
    }
}

fn leaves_of(doc: Option<&DocumentMut>) -> Leaves {
    let mut out = Leaves::new();
    if let Some(doc) = doc {
        leaves(doc.as_table(), &[], &mut out);
    }
    out
}

/// An item as comparable TOML text, without comments and spacing.
fn shape(item: &Item) -> String {
    match item {
        Item::Value(v) => {
            let mut v = v.clone();
            v.decor_mut().clear();
            v.to_string()
        }
        other => {
            let mut doc = DocumentMut::new();
            doc.insert("x", other.clone());
            doc.to_string()
        }
    }
}

fn same(a: Option<&Item>, b: Option<&Item>) -> bool {
    a.map(shape) == b.map(shape)
}

/// Sets (or removes) the item at `keys`, creating tables on the way; a value keeps the
/// comments of the one it replaces.
fn put(doc: &mut DocumentMut, keys: &[String], item: Option<Item>) {
    let Some((last, parents)) = keys.split_last() else {
        return;
    };
    let mut table: &mut Table = doc.as_table_mut();
    let mut parents = parents.iter().peekable();
    while let Some(name) = parents.next() {
        let row = parents
            .peek()
            .and_then(|next| next.strip_prefix(ROW))
            .and_then(|i| i.parse::<usize>().ok());
        let entry = table.entry(name).or_insert_with(|| {
            let mut t = Table::new();
            t.set_implicit(true);
            Item::Table(t)
        });
        let next = match row {
            Some(i) => {
                parents.next();
                entry
                    .as_array_of_tables_mut()
                    .and_then(|rows| rows.get_mut(i))
            }
            None => entry.as_table_mut(),
        };
        match next {
            Some(t) => table = t,
            None => return,
        }
    }
    match item {
        Some(Item::Value(mut value)) => {
            if let Some(Item::Value(old)) = table.get(last) {
                *value.decor_mut() = old.decor().clone();
            }
            table.insert(last, Item::Value(value));
        }
        Some(item) => {
            table.insert(last, item);
        }
        None => {
            table.remove(last);
        }
    }
}

fn merge_file(
    file: FileKind,
    base: Option<&DocumentMut>,
    draft: Option<&DocumentMut>,
    current: Option<&DocumentMut>,
    merged: &mut Merged,
) -> Option<DocumentMut> {
    let (Some(draft), Some(current)) = (draft, current) else {
        // A brief only the draft has (it was never on disk, or was deleted since) comes back
        // whole; a brief only on disk stays as it is.
        return draft.or(current).cloned();
    };
    let (base, mine, theirs) = (
        leaves_of(base),
        leaves_of(Some(draft)),
        leaves_of(Some(current)),
    );
    let mut doc = current.clone();
    merge_leaves(file, [&base, &mine, &theirs], &mut doc, merged);
    Some(doc)
}

/// The three-way merge of flattened keys (base, draft, file) into `doc`.
fn merge_leaves(
    file: FileKind,
    [base, mine, theirs]: [&Leaves; 3],
    doc: &mut DocumentMut,
    merged: &mut Merged,
) {
    let keys: BTreeSet<&Vec<String>> = base.keys().chain(mine.keys()).collect();
    for keys in keys {
        let (b, m, t) = (base.get(keys), mine.get(keys), theirs.get(keys));
        if same(b, m) || same(m, t) {
            continue;
        }
        if same(b, t) {
            put(doc, keys, m.cloned());
            merged.applied += 1;
        } else if let Some(rows) = same_rows([b, m, t]) {
            // The same rows on every side: merged field by field, row by row.
            let split = rows.map(|r| row_leaves(keys, r));
            merge_leaves(file, [&split[0], &split[1], &split[2]], doc, merged);
        } else {
            merged.conflicts.push(Conflict {
                file,
                keys: keys.clone(),
                on_disk: t.map(shape).map(|s| s.trim().to_string()),
                unsaved: m.map(shape).map(|s| s.trim().to_string()),
                unsaved_item: m.cloned(),
            });
        }
    }
}

/// The rows of three `[[rows]]` items with as many rows each, if they are.
fn same_rows(items: [Option<&Item>; 3]) -> Option<[&toml_edit::ArrayOfTables; 3]> {
    let [a, b, c] = items.map(|i| i.and_then(Item::as_array_of_tables));
    let rows = [a?, b?, c?];
    (rows[0].len() == rows[1].len() && rows[1].len() == rows[2].len()).then_some(rows)
}

/// The fields of every row, keyed `name`, `#index`, field.
fn row_leaves(prefix: &[String], rows: &toml_edit::ArrayOfTables) -> Leaves {
    let mut out = Leaves::new();
    for (i, row) in rows.iter().enumerate() {
        let mut path = prefix.to_vec();
        path.push(format!("{ROW}{i}"));
        leaves(row, &path, &mut out);
    }
    out
}

/// Marks a row index among key names (a key name cannot start with it unquoted in a brief).
const ROW: &str = "#";

/// Applies the draft's own changes (`draft` against `base`, the texts it started from) onto
/// `current`, the documents as they are on disk now.
pub(crate) fn merge(base: &Texts, draft: &Texts, current: &Docs) -> Result<Merged, String> {
    let mut merged = Merged {
        docs: current.clone(),
        conflicts: Vec::new(),
        applied: 0,
    };
    let mut out: Vec<Option<DocumentMut>> = Vec::new();
    for file in FileKind::ALL {
        let base = parse(base.slot(file))?;
        let draft = parse(draft.slot(file))?;
        out.push(merge_file(
            file,
            base.as_ref(),
            draft.as_ref(),
            current.doc(file),
            &mut merged,
        ));
    }
    let mut out = out.into_iter();
    if let (Some(Some(campaign)), Some(creator), Some(influencer)) =
        (out.next(), out.next(), out.next())
    {
        merged.docs = Docs {
            campaign,
            creator,
            influencer,
        };
    }
    Ok(merged)
}

/// Takes the draft's side of a conflict.
pub(crate) fn take_unsaved(docs: &mut Docs, conflict: &Conflict) {
    let doc = match conflict.file {
        FileKind::Campaign => Some(&mut docs.campaign),
        FileKind::Creator => docs.creator.as_mut(),
        FileKind::Influencer => docs.influencer.as_mut(),
    };
    if let Some(doc) = doc {
        put(doc, &conflict.keys, conflict.unsaved_item.clone());
    }
}

#[cfg(test)]
mod tests;
