//! The three TOML documents of a campaign, edited in place by key path. Parsing here names
//! line and column of every problem; nothing in this module touches the disk.

mod merge;

mod layout;
mod texts;

pub use layout::Style;
pub(crate) use layout::normalize;
pub use merge::{Conflict, Merged};
pub(crate) use merge::{merge, take_unsaved};
pub use texts::Texts;

use toml_edit::{Document, DocumentMut};

use crate::brief::{
    Bundle, Campaign, CreatorBrief, FORMAT_VERSION, FileKind, InfluencerBrief, Partnership,
};
use crate::path::{self, KeyPath, PathError};

/// A problem in one file's text, located when possible.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}, column {column}: {message}")]
pub struct TextError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong, in a plain sentence.
    pub message: String,
}

impl TextError {
    fn at_start(message: impl Into<String>) -> TextError {
        TextError {
            line: 1,
            column: 1,
            message: message.into(),
        }
    }
}

/// Reads the bytes of a file into text, locating invalid UTF-8.
pub fn decode(bytes: &[u8]) -> Result<&str, TextError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = &bytes[..e.valid_up_to()];
        let text = String::from_utf8_lossy(valid);
        let (line, column) = path::line_column(&text, text.len());
        TextError {
            line,
            column,
            message: "the file is not UTF-8 text; save it as UTF-8".into(),
        }
    })
}

/// Line and column of the top-level `key` in `text` (1, 1 when it is not found).
pub(crate) fn locate_key(text: &str, key: &str) -> (usize, usize) {
    let text = normalize(text);
    Document::parse(text.to_string())
        .ok()
        .and_then(|doc| {
            let (k, _) = doc.get_key_value(key)?;
            let span = k.span()?;
            Some(path::line_column(doc.raw(), span.start))
        })
        .unwrap_or((1, 1))
}

/// Parses and checks one file's text: TOML syntax, `version`, `kind`, every key and value.
/// A byte order mark and CRLF line endings are read as if they were not there.
pub fn parse(file: FileKind, text: &str) -> Result<DocumentMut, TextError> {
    let text = &*normalize(text);
    if text.trim().is_empty() {
        return Err(TextError::at_start(format!(
            "the file is empty; it needs at least `version = 1` and `kind = \"{file}\"`"
        )));
    }
    let doc = Document::parse(text.to_string()).map_err(|e| {
        let offset = e.span().map(|s| s.start).unwrap_or_else(|| too_deep(text));
        let (line, column) = path::line_column(text, offset);
        TextError {
            line,
            column,
            message: format!("invalid TOML: {}", first_line(e.message())),
        }
    })?;
    check_header(file, &doc)?;
    if let Some(problem) = path::validate(file, &doc).into_iter().next() {
        return Err(TextError {
            line: problem.line,
            column: problem.column,
            message: problem.message,
        });
    }
    let doc = doc.into_mut();
    typed_check(file, &doc.to_string())?;
    Ok(doc)
}

/// Where nesting first gets deep (dotted keys, `[`, `{`), for parser errors that carry no
/// position (the recursion limit); 0 when nothing is deep.
fn too_deep(text: &str) -> usize {
    const DEEP: usize = 32;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let mut depth = 0usize;
        let mut quoted: Option<char> = None;
        for (i, c) in line.char_indices() {
            match (quoted, c) {
                (Some(q), c) if c == q => quoted = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quoted = Some(c),
                (None, '#') => break,
                (None, '.' | '[' | '{') => depth += 1,
                (None, ']' | '}') => depth = depth.saturating_sub(1),
                _ => {}
            }
            if depth > DEEP {
                return offset + i;
            }
        }
        offset += line.len();
    }
    0
}

fn first_line(message: &str) -> &str {
    message.lines().next().unwrap_or(message).trim()
}

fn check_header(file: FileKind, doc: &Document<String>) -> Result<(), TextError> {
    let locate = |item: &toml_edit::Item| {
        let (line, column) = path::line_column(doc.raw(), item.span().map_or(0, |s| s.start));
        (line, column)
    };
    let Some(version) = doc.get("version") else {
        return Err(TextError::at_start(
            "missing `version = 1` at the top of the file",
        ));
    };
    match version.as_integer() {
        Some(FORMAT_VERSION) => {}
        Some(v) if v > FORMAT_VERSION => {
            let (line, column) = locate(version);
            return Err(TextError {
                line,
                column,
                message: format!(
                    "written by a newer splitbrief (format version {v}); this one reads version {FORMAT_VERSION}; update splitbrief to open it"
                ),
            });
        }
        _ => {
            let (line, column) = locate(version);
            return Err(TextError {
                line,
                column,
                message: format!("`version` must be {FORMAT_VERSION}"),
            });
        }
    }
    match doc.get("kind").and_then(|k| k.as_str()) {
        Some(kind) if kind == file.as_str() => Ok(()),
        Some(kind) => {
            let (line, column) = doc.get("kind").map_or((1, 1), locate);
            Err(TextError {
                line,
                column,
                message: format!(
                    "`kind = \"{kind}\"` does not match the file name; {} must say kind = \"{file}\"",
                    file.file_name()
                ),
            })
        }
        None => Err(TextError::at_start(format!(
            "missing `kind = \"{file}\"` at the top of the file"
        ))),
    }
}

fn typed_check(file: FileKind, text: &str) -> Result<(), TextError> {
    let result = match file {
        FileKind::Campaign => toml::from_str::<Campaign>(text).map(|_| ()),
        FileKind::Creator => toml::from_str::<CreatorBrief>(text).map(|_| ()),
        FileKind::Influencer => toml::from_str::<InfluencerBrief>(text).map(|_| ()),
    };
    result.map_err(|e| {
        let (line, column) = path::line_column(text, e.span().map_or(0, |s| s.start));
        TextError {
            line,
            column,
            message: first_line(e.message()).to_string(),
        }
    })
}

/// A fresh document holding only `version` and `kind`.
pub fn empty(file: FileKind) -> DocumentMut {
    let mut doc = DocumentMut::new();
    doc.insert("version", toml_edit::value(FORMAT_VERSION));
    doc.insert("kind", toml_edit::value(file.as_str()));
    doc
}

/// The documents of one campaign.
#[derive(Debug, Clone)]
pub struct Docs {
    /// campaign.toml
    pub campaign: DocumentMut,
    /// creator.toml, when it exists.
    pub creator: Option<DocumentMut>,
    /// influencer.toml, when it exists.
    pub influencer: Option<DocumentMut>,
}

/// Why a change to the documents was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EditError {
    /// The key path or value is wrong.
    #[error(transparent)]
    Path(#[from] PathError),
    /// The brief is not used by this partnership type.
    #[error(
        "this campaign is {partnership}; set campaign.partnership=hybrid first (or {needed}) to use the {file} brief"
    )]
    BriefNotUsed {
        /// Partnership type (`partnership`).
        partnership: Partnership,
        /// The types that use this brief.
        needed: &'static str,
        /// The brief or file.
        file: FileKind,
    },
    /// The change leaves a file the model cannot read.
    #[error("{file}: {error}")]
    Invalid {
        /// The brief or file.
        file: FileKind,
        /// What is wrong, where.
        error: TextError,
    },
}

impl Docs {
    /// A new campaign: name, slug and creation time, hybrid, with both briefs.
    pub fn new_campaign(name: &str, slug: &str, created_at: toml::value::Datetime) -> Docs {
        let mut campaign = empty(FileKind::Campaign);
        campaign.insert("name", toml_edit::value(name));
        campaign.insert("slug", toml_edit::value(slug));
        campaign.insert("partnership", toml_edit::value("hybrid"));
        campaign.insert("created_at", toml_edit::value(created_at));
        Docs {
            campaign,
            creator: Some(empty(FileKind::Creator)),
            influencer: Some(empty(FileKind::Influencer)),
        }
    }

    /// The document of a file, if it exists.
    pub fn doc(&self, file: FileKind) -> Option<&DocumentMut> {
        match file {
            FileKind::Campaign => Some(&self.campaign),
            FileKind::Creator => self.creator.as_ref(),
            FileKind::Influencer => self.influencer.as_ref(),
        }
    }

    fn doc_mut(&mut self, file: FileKind) -> Option<&mut DocumentMut> {
        match file {
            FileKind::Campaign => Some(&mut self.campaign),
            FileKind::Creator => self.creator.as_mut(),
            FileKind::Influencer => self.influencer.as_mut(),
        }
    }

    /// The partnership type written in campaign.toml (hybrid when unset).
    pub fn partnership(&self) -> Partnership {
        self.campaign
            .get("partnership")
            .and_then(|v| v.as_str())
            .and_then(|s| s.parse().ok())
            .unwrap_or(Partnership::Hybrid)
    }

    /// The item at a key path, `None` when unset or when its file does not exist.
    pub fn get(&self, path: &KeyPath) -> Result<Option<&toml_edit::Item>, PathError> {
        match self.doc(path.file) {
            Some(doc) => path::get(doc, path),
            None => {
                path::resolve(path)?;
                Ok(None)
            }
        }
    }

    /// Sets a key from typed text (empty clears), refusing keys of a brief the type does not
    /// need; setting `campaign.partnership` creates the briefs the new type needs.
    /// An influencer's tier follows their followers while it is unset or matches the old
    /// count's band; a tier set to anything else is kept.
    pub fn set(&mut self, path: &KeyPath, text: &str) -> Result<(), EditError> {
        self.set_as(path, text, None)
    }

    /// [`Docs::set`], with whether the tier follows decided by the caller (`Some`): the
    /// wizard decides once when the followers field gets focus, so the bands the count passes
    /// through while it is typed do not count as the user's pick.
    pub(crate) fn set_as(
        &mut self,
        path: &KeyPath,
        text: &str,
        tier_follows: Option<bool>,
    ) -> Result<(), EditError> {
        self.check_used(path)?;
        let tier = match tier_follows {
            Some(true) => self.tier_path(path),
            Some(false) => None,
            None => self.tier_following(path),
        };
        let doc = self.ensure(path.file);
        path::set(doc, path, text)?;
        if let Some(tier) = tier {
            self.follow_followers(path, &tier)?;
        }
        self.after_change(path)
    }

    /// For an influencer's `followers`, the path of their `tier`.
    fn tier_path(&self, path: &KeyPath) -> Option<KeyPath> {
        let is_followers = path.file == FileKind::Influencer
            && path.segments.len() == 2
            && path.segments[0].name == "partners"
            && path.segments[1].name == "followers";
        is_followers.then(|| {
            let mut tier = path.clone();
            tier.segments[1].name = "tier".to_owned();
            tier
        })
    }

    /// For an influencer's `followers`, the path of their `tier` when it follows the count.
    pub(crate) fn tier_following(&self, path: &KeyPath) -> Option<KeyPath> {
        let tier = self.tier_path(path)?;
        let read = |p: &KeyPath| self.get(p).ok().flatten().cloned();
        let band = read(path)
            .and_then(|i| i.as_integer())
            .and_then(|n| u64::try_from(n).ok())
            .map(|n| crate::brief::Tier::for_followers(n).as_str());
        match read(&tier).as_ref().and_then(|i| i.as_str()) {
            None => Some(tier),
            Some(now) if Some(now) == band => Some(tier),
            Some(_) => None,
        }
    }

    fn follow_followers(&mut self, followers: &KeyPath, tier: &KeyPath) -> Result<(), EditError> {
        let count = self
            .get(followers)?
            .and_then(|i| i.as_integer())
            .and_then(|n| u64::try_from(n).ok());
        let doc = self.ensure(tier.file);
        let band = count.map(|n| crate::brief::Tier::for_followers(n).as_str());
        path::set(doc, tier, band.unwrap_or_default())?;
        Ok(())
    }

    /// Sets a key to a ready value (or clears it), with the same rules as [`Docs::set`].
    pub fn set_value(
        &mut self,
        path: &KeyPath,
        value: Option<toml_edit::Value>,
    ) -> Result<(), EditError> {
        self.check_used(path)?;
        let doc = self.ensure(path.file);
        path::set_value(doc, path, value)?;
        self.after_change(path)
    }

    /// Removes the key, row or rows at a key path.
    pub fn clear(&mut self, path: &KeyPath) -> Result<(), EditError> {
        self.check_used(path)?;
        if let Some(doc) = self.doc_mut(path.file) {
            path::clear(doc, path)?;
        }
        Ok(())
    }

    fn check_used(&self, path: &KeyPath) -> Result<(), EditError> {
        path::resolve(path)?;
        let partnership = self.partnership();
        if partnership.needs(path.file) {
            return Ok(());
        }
        let needed = match path.file {
            FileKind::Creator => "production-first",
            _ => "distribution-first",
        };
        Err(EditError::BriefNotUsed {
            partnership,
            needed,
            file: path.file,
        })
    }

    fn ensure(&mut self, file: FileKind) -> &mut DocumentMut {
        match file {
            FileKind::Campaign => &mut self.campaign,
            FileKind::Creator => self.creator.get_or_insert_with(|| empty(FileKind::Creator)),
            FileKind::Influencer => self
                .influencer
                .get_or_insert_with(|| empty(FileKind::Influencer)),
        }
    }

    fn after_change(&mut self, path: &KeyPath) -> Result<(), EditError> {
        let first = path
            .segments
            .first()
            .filter(|_| path.file == FileKind::Campaign)
            .map(|s| s.name.as_str());
        match first {
            // A type set by hand is a pick: it stays whatever the answers say (§8.8).
            Some("partnership") => {
                let picked = KeyPath::of(FileKind::Campaign, &["partnership_picked"]);
                if self.campaign.get("partnership").is_some() {
                    path::set(&mut self.campaign, &picked, "true")?;
                } else {
                    // Cleared: the type follows the answers again.
                    path::set(&mut self.campaign, &picked, "")?;
                    self.follow_diagnosis()?;
                }
            }
            Some("diagnosis" | "category" | "partnership_picked") => self.follow_diagnosis()?,
            _ => return Ok(()),
        }
        {
            let partnership = self.partnership();
            for file in [FileKind::Creator, FileKind::Influencer] {
                if partnership.needs(file) {
                    self.ensure(file);
                }
            }
        }
        Ok(())
    }

    /// Until the user picks a type, `partnership` is the diagnosis's recommendation (hybrid
    /// while nothing is answered), rewritten whenever the answers change (DESIGN §8.8).
    fn follow_diagnosis(&mut self) -> Result<(), EditError> {
        let Ok(campaign) = toml::from_str::<crate::brief::Campaign>(&self.campaign.to_string())
        else {
            return Ok(());
        };
        if campaign.partnership_picked == Some(true) {
            return Ok(());
        }
        let advice = crate::practice::diagnose(&campaign.diagnosis, campaign.category);
        let follow = advice.recommendation.unwrap_or(Partnership::Hybrid);
        if campaign.partnership != Some(follow) {
            let key = KeyPath::of(FileKind::Campaign, &["partnership"]);
            path::set(&mut self.campaign, &key, follow.as_str())?;
        }
        Ok(())
    }

    /// Checks every document as it would be read back from disk.
    pub fn validate(&self) -> Result<(), EditError> {
        for file in FileKind::ALL {
            if let Some(doc) = self.doc(file) {
                parse(file, &doc.to_string())
                    .map_err(|error| EditError::Invalid { file, error })?;
            }
        }
        Ok(())
    }

    /// The typed model of all documents.
    pub fn bundle(&self) -> Result<Bundle, EditError> {
        fn typed<T: serde::de::DeserializeOwned>(
            file: FileKind,
            doc: &DocumentMut,
        ) -> Result<T, EditError> {
            let text = doc.to_string();
            toml::from_str(&text).map_err(|e| {
                let (line, column) = path::line_column(&text, e.span().map_or(0, |s| s.start));
                EditError::Invalid {
                    file,
                    error: TextError {
                        line,
                        column,
                        message: first_line(e.message()).to_string(),
                    },
                }
            })
        }
        Ok(Bundle {
            campaign: typed(FileKind::Campaign, &self.campaign)?,
            creator: self
                .creator
                .as_ref()
                .map(|d| typed(FileKind::Creator, d))
                .transpose()?,
            influencer: self
                .influencer
                .as_ref()
                .map(|d| typed(FileKind::Influencer, d))
                .transpose()?,
        })
    }
}

#[cfg(test)]
mod tests;
