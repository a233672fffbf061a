//! Reading and writing one key of a TOML document in place: comments, blank lines and the
//! user's key order survive, a new key lands where the design's order puts it.

use toml_edit::{ArrayOfTables, DocumentMut, InlineTable, Item, Table, Value};

use super::length::{LENGTH_KEY, set_length};
use super::{Key, KeyPath, Kind, Segment, file_keys, parse_value, resolve};
use crate::brief::FileKind;

/// Why a key path could not be read or written.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PathError {
    /// The first segment is not a file.
    #[error("`{path}`: a key path starts with campaign, creator or influencer, not `{first}`")]
    UnknownFile {
        /// The key path as given.
        path: String,
        /// Its first segment.
        first: String,
    },
    /// Only a file was given.
    #[error("`{path}`: name a key after the file, e.g. campaign.brand")]
    NoKey {
        /// The key path as given.
        path: String,
    },
    /// Brackets or dots out of place.
    #[error("`{path}` is not a key path; write it like creator.deliverables[0].quantity")]
    Syntax {
        /// The key path as given.
        path: String,
    },
    /// A key the file format does not have.
    #[error("unknown key `{key}` in {table}{}", suggestion.as_ref().map(|s| format!(", did you mean `{s}`?")).unwrap_or_default())]
    UnknownKey {
        /// The key path as given.
        path: String,
        /// The key at fault.
        key: String,
        /// The table it was looked for in.
        table: String,
        /// The nearest known key, if one is close.
        suggestion: Option<String>,
    },
    /// Rows addressed without an index.
    #[error("`{path}`: `{key}` holds rows; pick one with an index, e.g. {key}[0]")]
    NeedsIndex {
        /// The key path as given.
        path: String,
        /// The key at fault.
        key: String,
    },
    /// An index on a key that is not rows.
    #[error("`{path}`: `{key}` is not a list of rows, so it takes no [index]")]
    NotRows {
        /// The key path as given.
        path: String,
        /// The key at fault.
        key: String,
    },
    /// A key inside a value that is not a table.
    #[error("`{path}`: `{key}` is a single value, it has no keys inside")]
    NotATable {
        /// The key path as given.
        path: String,
        /// The key at fault.
        key: String,
    },
    /// Row index too far past the end.
    #[error(
        "`{path}`: there are {len} rows; use an index up to {len} (one past the last adds a row)"
    )]
    RowOutOfRange {
        /// The key path as given.
        path: String,
        /// How many rows there are.
        len: usize,
    },
    /// The file has something else where a table or rows were expected.
    #[error("`{path}`: the file holds a different kind of value there; fix it by hand first")]
    Shape {
        /// The key path as given.
        path: String,
    },
    /// A key only the app writes.
    #[error("`{path}` is kept by splitbrief itself and cannot be set")]
    Managed {
        /// The key path as given.
        path: String,
    },
    /// A required key cannot be emptied.
    #[error("`{path}` is required and cannot be cleared")]
    Required {
        /// The key path as given.
        path: String,
    },
    /// The text is not a value of the key's kind.
    #[error("`{path}`: {message}")]
    BadValue {
        /// The key path as given.
        path: String,
        /// Why the value does not fit.
        message: String,
    },
}

/// A table the path walks through: a standard `[table]` (or row) or an inline `{ … }` one.
enum Container<'d> {
    Table(&'d mut Table),
    Inline(&'d mut InlineTable),
}

/// Reads the item at `path`, `None` when it is not set.
pub fn get<'d>(doc: &'d DocumentMut, path: &KeyPath) -> Result<Option<&'d Item>, PathError> {
    resolve(path)?;
    let mut item: &Item = doc.as_item();
    for seg in &path.segments {
        let Some(next) = item.get(seg.name.as_str()) else {
            return Ok(None);
        };
        item = next;
        if let Some(i) = seg.index {
            let Some(row) = item.get(i) else {
                return Ok(None);
            };
            item = row;
        }
    }
    Ok(Some(item))
}

/// How many rows a rows key holds (0 when absent).
pub(crate) fn row_count(doc: &DocumentMut, path: &KeyPath) -> usize {
    match get(doc, path) {
        Ok(Some(Item::ArrayOfTables(rows))) => rows.len(),
        Ok(Some(Item::Value(Value::Array(arr)))) => arr.len(),
        _ => 0,
    }
}

/// Sets the key at `path` from text typed by a person; empty text clears it.
pub fn set(doc: &mut DocumentMut, path: &KeyPath, text: &str) -> Result<(), PathError> {
    let key = resolve(path)?;
    if key.managed {
        return Err(PathError::Managed {
            path: path.to_string(),
        });
    }
    let is_row = path.segments.last().is_some_and(|s| s.index.is_some());
    if is_row || matches!(key.kind, Kind::Table(_) | Kind::Rows(_)) {
        if text.trim().is_empty() {
            return clear(doc, path);
        }
        return Err(PathError::BadValue {
            path: path.to_string(),
            message: "a table is set one key at a time; name a key inside it".into(),
        });
    }
    if path.file == FileKind::Creator && path.segments.last().is_some_and(|s| s.name == LENGTH_KEY)
    {
        return set_length(doc, path, text);
    }
    let value = parse_value(key.kind, text).map_err(|message| PathError::BadValue {
        path: path.to_string(),
        message,
    })?;
    set_value(doc, path, value)
}

/// Sets (or with `None` clears) the key at `path` to a ready value, checking only the path.
pub fn set_value(
    doc: &mut DocumentMut,
    path: &KeyPath,
    value: Option<Value>,
) -> Result<(), PathError> {
    let key = resolve(path)?;
    let Some(value) = value else {
        if key.required {
            return Err(PathError::Required {
                path: path.to_string(),
            });
        }
        return clear(doc, path);
    };
    let (parents, leaf) = split(path)?;
    let container = walk(doc, path, parents, true)?.ok_or_else(|| PathError::Shape {
        path: path.to_string(),
    })?;
    let order = keys_at(path);
    match container {
        Container::Table(table) => match table.get_mut(&leaf.name) {
            Some(Item::Value(old)) => replace_keeping_decor(old, value),
            Some(_) => {
                return Err(PathError::Shape {
                    path: path.to_string(),
                });
            }
            None => insert_ordered(table, &leaf.name, Item::Value(value), order),
        },
        Container::Inline(table) => match table.get_mut(&leaf.name) {
            Some(old) => replace_keeping_decor(old, value),
            None => {
                table.insert(&leaf.name, value);
            }
        },
    }
    Ok(())
}

/// Removes the key, table, row or rows at `path` (nothing to do when absent).
pub fn clear(doc: &mut DocumentMut, path: &KeyPath) -> Result<(), PathError> {
    let key = resolve(path)?;
    if key.required {
        return Err(PathError::Required {
            path: path.to_string(),
        });
    }
    let (parents, leaf) = split(path)?;
    let Some(container) = walk(doc, path, parents, false)? else {
        return Ok(());
    };
    match (container, leaf.index) {
        (Container::Table(table), None) => {
            table.remove(&leaf.name);
        }
        (Container::Inline(table), None) => {
            table.remove(&leaf.name);
        }
        (Container::Table(table), Some(i)) => match table.get_mut(&leaf.name) {
            Some(Item::ArrayOfTables(rows)) if i < rows.len() => {
                rows.remove(i);
                if rows.is_empty() {
                    table.remove(&leaf.name);
                }
            }
            Some(Item::Value(Value::Array(arr))) if i < arr.len() => {
                arr.remove(i);
            }
            _ => {}
        },
        (Container::Inline(table), Some(i)) => {
            if let Some(Value::Array(arr)) = table.get_mut(&leaf.name)
                && i < arr.len()
            {
                arr.remove(i);
            }
        }
    }
    Ok(())
}

fn split(path: &KeyPath) -> Result<(&[Segment], &Segment), PathError> {
    let (leaf, parents) = path.segments.split_last().ok_or_else(|| PathError::NoKey {
        path: path.to_string(),
    })?;
    Ok((parents, leaf))
}

/// The key table that holds the last segment of `path`.
fn keys_at(path: &KeyPath) -> &'static [Key] {
    let mut keys = file_keys(path.file);
    for seg in &path.segments[..path.segments.len().saturating_sub(1)] {
        if let Some(key) = keys.iter().find(|k| k.name == seg.name)
            && let Kind::Table(inner) | Kind::Rows(inner) = key.kind
        {
            keys = inner;
        }
    }
    keys
}

/// Walks to the table holding the leaf; with `create`, makes missing tables and one new row.
fn walk<'d>(
    doc: &'d mut DocumentMut,
    path: &KeyPath,
    parents: &[Segment],
    create: bool,
) -> Result<Option<Container<'d>>, PathError> {
    let mut keys = file_keys(path.file);
    let mut current = Container::Table(doc.as_table_mut());
    for seg in parents {
        let key = keys
            .iter()
            .find(|k| k.name == seg.name)
            .ok_or_else(|| PathError::Shape {
                path: path.to_string(),
            })?;
        let (inner, is_rows) = match key.kind {
            Kind::Table(inner) => (inner, false),
            Kind::Rows(inner) => (inner, true),
            _ => {
                return Err(PathError::Shape {
                    path: path.to_string(),
                });
            }
        };
        let parent_keys = keys;
        keys = inner;
        let next = step(current, seg, is_rows, parent_keys, create, path)?;
        match next {
            Some(c) => current = c,
            None => return Ok(None),
        }
    }
    Ok(Some(current))
}

fn step<'d>(
    current: Container<'d>,
    seg: &Segment,
    is_rows: bool,
    order: &'static [Key],
    create: bool,
    path: &KeyPath,
) -> Result<Option<Container<'d>>, PathError> {
    let shape = || PathError::Shape {
        path: path.to_string(),
    };
    match current {
        Container::Table(table) => {
            if !table.contains_key(&seg.name) {
                if !create {
                    return Ok(None);
                }
                let fresh = if is_rows {
                    Item::ArrayOfTables(ArrayOfTables::new())
                } else {
                    Item::Table(Table::new())
                };
                insert_ordered(table, &seg.name, fresh, order);
            }
            let item = table.get_mut(&seg.name).ok_or_else(shape)?;
            enter_item(item, seg.index, create, path)
        }
        Container::Inline(table) => {
            if !table.contains_key(&seg.name) {
                if !create {
                    return Ok(None);
                }
                let fresh = if is_rows {
                    Value::Array(toml_edit::Array::new())
                } else {
                    Value::InlineTable(InlineTable::new())
                };
                table.insert(&seg.name, fresh);
            }
            let value = table.get_mut(&seg.name).ok_or_else(shape)?;
            enter_value(value, seg.index, create, path)
        }
    }
}

fn enter_item<'d>(
    item: &'d mut Item,
    index: Option<usize>,
    create: bool,
    path: &KeyPath,
) -> Result<Option<Container<'d>>, PathError> {
    match (item, index) {
        (Item::Table(t), None) => Ok(Some(Container::Table(t))),
        (Item::ArrayOfTables(rows), Some(i)) => {
            if !row_slot(rows.len(), i, create, path)? {
                return Ok(None);
            }
            if i == rows.len() {
                rows.push(Table::new());
            }
            Ok(rows.get_mut(i).map(Container::Table))
        }
        (Item::Value(value), index) => enter_value(value, index, create, path),
        _ => Err(PathError::Shape {
            path: path.to_string(),
        }),
    }
}

fn enter_value<'d>(
    value: &'d mut Value,
    index: Option<usize>,
    create: bool,
    path: &KeyPath,
) -> Result<Option<Container<'d>>, PathError> {
    match (value, index) {
        (Value::InlineTable(t), None) => Ok(Some(Container::Inline(t))),
        (Value::Array(arr), Some(i)) => {
            if !row_slot(arr.len(), i, create, path)? {
                return Ok(None);
            }
            if i == arr.len() {
                arr.push(InlineTable::new());
            }
            match arr.get_mut(i) {
                Some(Value::InlineTable(t)) => Ok(Some(Container::Inline(t))),
                _ => Err(PathError::Shape {
                    path: path.to_string(),
                }),
            }
        }
        _ => Err(PathError::Shape {
            path: path.to_string(),
        }),
    }
}

/// Whether row `i` of `len` rows can be entered: an existing row, or with `create` the row
/// one past the last (which the caller then adds). Further out is an error when creating.
fn row_slot(len: usize, i: usize, create: bool, path: &KeyPath) -> Result<bool, PathError> {
    if i < len || (i == len && create) {
        Ok(true)
    } else if create {
        Err(PathError::RowOutOfRange {
            path: path.to_string(),
            len,
        })
    } else {
        Ok(false)
    }
}

fn replace_keeping_decor(old: &mut Value, mut new: Value) {
    *new.decor_mut() = old.decor().clone();
    *old = new;
}

/// Inserts `name` after the last key that comes before it in the design's order, so a new
/// key lands in a sensible place while keys the user moved stay where they are.
fn insert_ordered(table: &mut Table, name: &str, item: Item, order: &[Key]) {
    let rank = |n: &str| order.iter().position(|k| k.name == n).unwrap_or(usize::MAX);
    let mine = rank(name);
    let names: Vec<String> = table.iter().map(|(k, _)| k.to_string()).collect();
    let cut = names
        .iter()
        .rposition(|n| rank(n) < mine)
        .map_or(0, |i| i + 1);
    let moved: Vec<_> = names[cut..]
        .iter()
        .filter_map(|n| table.remove_entry(n))
        .collect();
    table.insert(name, item);
    for (key, item) in moved {
        table.insert_formatted(&key, item);
    }
}
