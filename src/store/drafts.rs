//! Drafts: unsaved wizard work, written to the data folder's `drafts/` (never inside the
//! briefs root) so typed text survives a crash or a closed terminal. One folder per campaign
//! (its slug) or per new campaign (`new-…`) holding one `draft.toml`, replaced whole (a kill
//! never leaves half a draft): when it was written, the three documents as text, the texts
//! the work started from, and the field texts that did not validate yet. Drafts written by
//! earlier versions (one file per document beside draft.toml) still read.

use std::path::{Path, PathBuf};

use toml_edit::{DocumentMut, value};

use super::{Places, StoreError, Texts, atomic_write};
use crate::brief::FileKind;

const META: &str = "draft.toml";
const TEXTS: &str = "texts";
const BASE: &str = "base";

/// Unsaved work of one campaign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// The draft's folder name: the campaign's slug, or `new-…` for a campaign never saved.
    pub key: String,
    /// The campaign's slug, once it has one.
    pub slug: Option<String>,
    /// When the draft was written, as the user reads it (`2026-11-25 14:03`).
    pub written: String,
    /// The text of campaign.toml, creator.toml and influencer.toml.
    pub texts: Texts,
    /// The texts the unsaved work started from (the files as last read or saved), so
    /// recovery applies only the draft's own changes onto the files as they are now.
    pub base: Texts,
    /// Field texts that did not validate yet: (key path, text).
    pub pending: Vec<(String, String)>,
}

impl Draft {
    /// The campaign's name in the draft, if it reads.
    pub fn name(&self) -> Option<String> {
        let doc: DocumentMut = self.texts.campaign.as_deref()?.parse().ok()?;
        doc.get("name")?.as_str().map(str::to_string)
    }
}

fn folder(places: &Places, key: &str) -> Option<PathBuf> {
    let safe = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    safe.then(|| places.drafts.join(key))
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Writes (or replaces) a draft.
pub(crate) fn write_draft(places: &Places, draft: &Draft) -> Result<(), StoreError> {
    let dir = folder(places, &draft.key)
        .ok_or_else(|| StoreError::Refused(format!("`{}` is not a draft name", draft.key)))?;
    std::fs::create_dir_all(&dir).map_err(io(&dir))?;
    let mut meta = DocumentMut::new();
    meta.insert("written", value(draft.written.as_str()));
    if let Some(slug) = &draft.slug {
        meta.insert("slug", value(slug.as_str()));
    }
    let mut pending = toml_edit::Table::new();
    for (path, text) in &draft.pending {
        pending.insert(path, value(text.as_str()));
    }
    meta.insert("pending", toml_edit::Item::Table(pending));
    for (name, texts) in [(TEXTS, &draft.texts), (BASE, &draft.base)] {
        let mut table = toml_edit::Table::new();
        for (file, text) in texts.iter() {
            if let Some(text) = text {
                table.insert(file.as_str(), value(text));
            }
        }
        meta.insert(name, toml_edit::Item::Table(table));
    }
    atomic_write(&dir.join(META), &meta.to_string())?;
    // Files of the older layout would shadow nothing now; they go.
    for file in FileKind::ALL {
        let _ = std::fs::remove_file(dir.join(file.file_name()));
    }
    Ok(())
}

/// Reads a draft, `None` when there is none (or it cannot be read).
pub(crate) fn read_draft(places: &Places, key: &str) -> Option<Draft> {
    let dir = folder(places, key)?;
    let read = |path: PathBuf| {
        super::read_regular(&path)
            .ok()
            .flatten()
            .and_then(|b| String::from_utf8(b).ok())
    };
    let meta: toml::Table = read(dir.join(META))?.parse().ok()?;
    let text = |k: &str| meta.get(k).and_then(|v| v.as_str()).map(str::to_string);
    let inside = |name: &str| -> Option<Texts> {
        let table = meta.get(name)?.as_table()?;
        Some(Texts::from_fn(|f| {
            table
                .get(f.as_str())
                .and_then(|v| v.as_str())
                .map(str::to_string)
        }))
    };
    let texts = inside(TEXTS).unwrap_or_else(|| Texts::from_fn(|f| read(dir.join(f.file_name()))));
    let base = inside(BASE).unwrap_or_default();
    texts.campaign.as_ref()?;
    let pending = meta
        .get("pending")
        .and_then(|p| p.as_table())
        .map(|t| {
            t.iter()
                .filter_map(|(k, v)| v.as_str().map(|s| (k.clone(), s.to_string())))
                .collect()
        })
        .unwrap_or_default();
    Some(Draft {
        key: key.to_string(),
        slug: text("slug"),
        written: text("written").unwrap_or_default(),
        texts,
        base,
        pending,
    })
}

/// Removes a draft (nothing to do when there is none).
pub(crate) fn remove_draft(places: &Places, key: &str) -> Result<(), StoreError> {
    let Some(dir) = folder(places, key) else {
        return Ok(());
    };
    match std::fs::remove_dir_all(&dir) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(io(&dir)(e)),
        _ => Ok(()),
    }
}

/// The drafts of campaigns never saved (`new-…`), oldest first.
pub(crate) fn new_drafts(places: &Places) -> Vec<Draft> {
    let mut keys: Vec<String> = std::fs::read_dir(&places.drafts)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|k| k.starts_with("new-"))
        .collect();
    keys.sort();
    keys.iter().filter_map(|k| read_draft(places, k)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(root: &Path) -> Places {
        Places::under(root)
    }

    #[test]
    fn a_draft_round_trips_and_is_removed() {
        let tmp = tempfile::tempdir().unwrap();
        let places = places(tmp.path());
        let draft = Draft {
            key: "new-20261125140300".into(),
            slug: None,
            written: "2026-11-25 14:03".into(),
            texts: Texts {
                campaign: Some("version = 1\nkind = \"campaign\"\nname = \"Spring\"\n".into()),
                creator: None,
                influencer: Some("version = 1\nkind = \"influencer\"\n".into()),
            },
            base: Texts {
                campaign: Some("version = 1\nkind = \"campaign\"\n".into()),
                ..Texts::default()
            },
            pending: vec![("campaign.budget".into(), "12k".into())],
        };
        write_draft(&places, &draft).unwrap();
        assert_eq!(read_draft(&places, &draft.key), Some(draft.clone()));
        assert_eq!(new_drafts(&places), vec![draft.clone()]);
        assert_eq!(draft.name().as_deref(), Some("Spring"));
        assert!(!places.briefs.exists(), "never inside the briefs root");
        remove_draft(&places, &draft.key).unwrap();
        assert_eq!(read_draft(&places, &draft.key), None);
        assert!(
            write_draft(
                &places,
                &Draft {
                    key: "../x".into(),
                    ..draft
                }
            )
            .is_err()
        );
    }

    #[test]
    fn a_draft_is_one_file_and_the_older_layout_still_reads() {
        let tmp = tempfile::tempdir().unwrap();
        let places = places(tmp.path());
        let old = places.drafts.join("spring");
        std::fs::create_dir_all(&old).unwrap();
        std::fs::write(
            old.join(META),
            "written = \"2026-11-25 14:03\"\nslug = \"spring\"\n",
        )
        .unwrap();
        std::fs::write(
            old.join("campaign.toml"),
            "version = 1\nkind = \"campaign\"\n",
        )
        .unwrap();
        let draft = read_draft(&places, "spring").unwrap();
        assert_eq!(
            draft.texts.campaign.as_deref(),
            Some("version = 1\nkind = \"campaign\"\n")
        );
        assert_eq!(draft.base, Texts::default());
        write_draft(&places, &draft).unwrap();
        let names: Vec<_> = std::fs::read_dir(&old)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, [META]);
        assert_eq!(read_draft(&places, "spring"), Some(draft));
    }
}
