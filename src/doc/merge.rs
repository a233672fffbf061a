//! Recovering a draft without reverting anything: the draft's own changes (its texts against
//! the texts it started from) are applied onto the files as they are now, key path by key
//! path. A key changed on both sides, differently, is a conflict for the user to decide.
//! Rows (`[[partners]]`, `[[posts]]`…) count as one key each.

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
    /// The key path (`campaign.brand`, `creator.partners`).
    pub fn path(&self) -> String {
        format!("{}.{}", self.file, self.keys.join("."))
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
    for name in parents {
        let entry = table.entry(name).or_insert_with(|| {
            let mut t = Table::new();
            t.set_implicit(true);
            Item::Table(t)
        });
        match entry.as_table_mut() {
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
    let keys: BTreeSet<&Vec<String>> = base.keys().chain(mine.keys()).collect();
    for keys in keys {
        let (b, m, t) = (base.get(keys), mine.get(keys), theirs.get(keys));
        if same(b, m) || same(m, t) {
            continue;
        }
        if same(b, t) {
            put(&mut doc, keys, m.cloned());
            merged.applied += 1;
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
    Some(doc)
}

/// Applies the draft's own changes (`draft` against `base`, the texts it started from) onto
/// `current`, the documents as they are on disk now.
pub fn merge(base: &Texts, draft: &Texts, current: &Docs) -> Result<Merged, String> {
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
pub fn take_unsaved(docs: &mut Docs, conflict: &Conflict) {
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
mod tests {
    use super::*;

    fn docs(campaign: &str) -> Docs {
        Docs {
            campaign: campaign.parse().unwrap(),
            creator: None,
            influencer: None,
        }
    }

    fn texts(campaign: &str) -> Texts {
        Texts {
            campaign: Some(campaign.to_string()),
            ..Texts::default()
        }
    }

    const BASE: &str = "version = 1\nkind = \"campaign\"\nname = \"S\"\nbrand = \"Acme\" # the client\nproduct = \"Serum\"\n";

    #[test]
    fn the_drafts_changes_land_on_the_file_as_it_is_now() {
        let draft = BASE.replace("Serum", "Glow serum");
        let disk = BASE.replace("name = \"S\"", "name = \"Spring\"") + "owner = \"Ana\"\n";
        let merged = merge(&texts(BASE), &texts(&draft), &docs(&disk)).unwrap();
        assert!(merged.conflicts.is_empty());
        assert_eq!(merged.applied, 1);
        let out = merged.docs.campaign.to_string();
        assert!(
            out.contains("name = \"Spring\""),
            "the hand edit stays: {out}"
        );
        assert!(out.contains("owner = \"Ana\""), "{out}");
        assert!(out.contains("product = \"Glow serum\""), "{out}");
        assert!(out.contains("# the client"), "{out}");
    }

    #[test]
    fn a_key_changed_on_both_sides_is_a_conflict_left_as_on_disk() {
        let draft = BASE.replace("Acme", "Acme Labs");
        let disk = BASE.replace("Acme", "Acme Inc");
        let merged = merge(&texts(BASE), &texts(&draft), &docs(&disk)).unwrap();
        assert_eq!(merged.conflicts.len(), 1);
        let c = &merged.conflicts[0];
        assert_eq!(c.path(), "campaign.brand");
        assert_eq!(c.on_disk.as_deref(), Some("\"Acme Inc\""));
        assert_eq!(c.unsaved.as_deref(), Some("\"Acme Labs\""));
        assert!(merged.docs.campaign.to_string().contains("Acme Inc"));
        let mut taken = merged.docs.clone();
        take_unsaved(&mut taken, c);
        assert!(
            taken
                .campaign
                .to_string()
                .contains("brand = \"Acme Labs\" # the client")
        );
    }

    #[test]
    fn a_key_the_draft_removed_goes_and_one_removed_on_disk_stays_gone() {
        let draft = BASE.replace("product = \"Serum\"\n", "");
        let disk = BASE.replace("brand = \"Acme\" # the client\n", "");
        let merged = merge(&texts(BASE), &texts(&draft), &docs(&disk)).unwrap();
        let out = merged.docs.campaign.to_string();
        assert!(!out.contains("product") && !out.contains("brand"), "{out}");
        assert!(merged.conflicts.is_empty());
    }

    #[test]
    fn rows_and_new_tables_merge_as_units() {
        let base = "version = 1\nkind = \"creator\"\n";
        let draft =
            format!("{base}\n[[partners]]\nname = \"Maya\"\n\n[schedule]\nrevision_rounds = 2\n");
        let disk = format!("{base}\n[content]\nhooks = [\"a\"]\n");
        let current = Docs {
            campaign: BASE.parse().unwrap(),
            creator: Some(disk.parse().unwrap()),
            influencer: None,
        };
        let merged = merge(
            &Texts {
                creator: Some(base.into()),
                ..texts(BASE)
            },
            &Texts {
                creator: Some(draft),
                ..texts(BASE)
            },
            &current,
        )
        .unwrap();
        let out = merged.docs.creator.unwrap().to_string();
        assert!(out.contains("[[partners]]\nname = \"Maya\""), "{out}");
        assert!(
            out.contains("revision_rounds = 2") && out.contains("hooks"),
            "{out}"
        );
        assert_eq!(merged.applied, 2);
    }
}
