//! Files: where things live, campaign folders named by slug, safe loading (errors name file,
//! line and column) and atomic in-place saving, drafts, the trash, the config and templates.

mod config;
mod drafts;
mod files;
pub mod index;
mod journal;
mod lifecycle;
mod lock;
mod replace;
mod sent;
mod slug;
mod templates;

use std::path::{Path, PathBuf};

pub use crate::doc::Texts;
pub use config::{BrandProfile, Config};
pub use drafts::Draft;
pub(crate) use drafts::{new_drafts, read_draft, remove_draft, write_draft};
pub use files::{Editing, Entry, Loaded, list, read_campaign, save};
pub use files::{MAX_FILE, read_file};
pub(crate) use files::{atomic_write, read_regular};
pub use journal::recover as finish_leftover_save;
pub use lifecycle::{TrashEntry, create, duplicate, edit, mark_sent, open, rename, restore};
pub(crate) use lifecycle::{to_trash, trash_entries};
pub use lock::OpenLock;
pub(crate) use lock::open_lock;
pub use sent::Snapshot;
pub use sent::sends;
pub(crate) use sent::{last_sent, record_sent};
pub use slug::slugify;
pub(crate) use slug::unique_slug;
pub use templates::{Template, shift_dates, templates};

use crate::doc::TextError;

/// Why a file or folder could not be read or written. Every variant names the path.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The operating system refused.
    #[error("{}: {}", path.display(), plain_io(source))]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// A file's content is wrong.
    #[error("{}:{}:{}: {}", path.display(), error.line, error.column, error.message)]
    File {
        /// The file or folder.
        path: PathBuf,
        /// What is wrong, where.
        error: TextError,
    },
    /// No such campaign.
    #[error("no campaign `{slug}` in {}; `splitbrief list` shows the campaigns there", root.display())]
    NotFound {
        /// The slug asked for.
        slug: String,
        /// The briefs root looked in.
        root: PathBuf,
    },
    /// A file changed on disk after it was opened.
    #[error("nothing was written: {} changed on disk since it was opened; reopen the campaign to see the change", path.display())]
    Changed {
        /// The file or folder.
        path: PathBuf,
    },
    /// A change was refused.
    #[error("{0}")]
    Refused(String),
}

impl StoreError {
    /// The file and location, for JSON error objects.
    pub(crate) fn location(&self) -> (Option<&Path>, Option<usize>, Option<usize>) {
        match self {
            StoreError::Io { path, .. } | StoreError::Changed { path } => (Some(path), None, None),
            StoreError::File { path, error } => (Some(path), Some(error.line), Some(error.column)),
            StoreError::NotFound { root, .. } => (Some(root), None, None),
            StoreError::Refused(_) => (None, None, None),
        }
    }

    /// The message without the location prefix.
    pub(crate) fn bare_message(&self) -> String {
        match self {
            StoreError::File { error, .. } => error.message.clone(),
            StoreError::Io { source, .. } => plain_io(source),
            other => other.to_string(),
        }
    }

    fn io(path: &Path, source: std::io::Error) -> StoreError {
        StoreError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

fn plain_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => "not found".into(),
        ErrorKind::PermissionDenied => "permission denied".into(),
        ErrorKind::AlreadyExists => "already exists".into(),
        _ => {
            let text = e.to_string();
            match text.find(" (os error") {
                Some(i) => text[..i].to_lowercase(),
                None => text.to_lowercase(),
            }
        }
    }
}

/// Where splitbrief keeps things.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Places {
    /// The briefs root: one folder per campaign.
    pub briefs: PathBuf,
    /// The config file.
    pub config: PathBuf,
    /// User templates.
    pub templates: PathBuf,
    /// Unsaved wizard work, kept outside the root.
    pub drafts: PathBuf,
    /// Deleted campaigns, kept outside the root.
    pub trash: PathBuf,
    /// Lock files, one per campaign (never inside the root).
    pub locks: PathBuf,
    /// Journals of multi-file saves under way (never inside the root).
    pub journal: PathBuf,
    /// What was sent to partners, one snapshot a send (never inside the root).
    pub sent: PathBuf,
    /// The cache folder: the summary index lives here (delete it and nothing is lost).
    pub cache: PathBuf,
}

impl Places {
    /// Resolves every place and reads the config: briefs root from `--dir`, else
    /// `SPLITBRIEF_DIR`, else the config's `briefs_dir`, else the data folder's `campaigns`.
    pub(crate) fn resolve(dir: Option<&Path>) -> Result<(Places, Config), StoreError> {
        let project = directories::ProjectDirs::from("", "", "splitbrief").ok_or_else(|| {
            StoreError::Refused(
                "cannot find your home folder; pass --dir to say where the briefs live".into(),
            )
        })?;
        let config_dir = project.config_dir().to_path_buf();
        let data_dir = project.data_dir().to_path_buf();
        let cache = project.cache_dir().to_path_buf();
        let config_file = config_dir.join("config.toml");
        let config = Config::load(&config_file)?;
        let env_dir = std::env::var_os("SPLITBRIEF_DIR")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        let briefs = dir
            .map(Path::to_path_buf)
            .or(env_dir)
            .or_else(|| config.briefs_dir.clone().map(expand_home))
            .unwrap_or_else(|| data_dir.join("campaigns"));
        Ok((
            Places {
                briefs,
                config: config_file,
                templates: config_dir.join("templates"),
                drafts: data_dir.join("drafts"),
                trash: data_dir.join("trash"),
                locks: data_dir.join("locks"),
                journal: data_dir.join("journal"),
                sent: data_dir.join("sent"),
                cache,
            },
            config,
        ))
    }

    /// Every place under one folder (`briefs`, `config.toml`, `templates`, `drafts`, `trash`,
    /// `locks`, `journal`, `sent`, `cache`),
    /// for tests and for a self-contained setup.
    pub fn under(root: &Path) -> Places {
        Places {
            briefs: root.join("briefs"),
            config: root.join("config.toml"),
            templates: root.join("templates"),
            drafts: root.join("drafts"),
            trash: root.join("trash"),
            locks: root.join("locks"),
            journal: root.join("journal"),
            sent: root.join("sent"),
            cache: root.join("cache"),
        }
    }

    /// The folder of a campaign.
    pub fn campaign_dir(&self, slug: &str) -> PathBuf {
        self.briefs.join(slug)
    }
}

fn expand_home(path: PathBuf) -> PathBuf {
    match (path.strip_prefix("~"), directories::BaseDirs::new()) {
        (Ok(rest), Some(base)) => base.home_dir().join(rest),
        _ => path,
    }
}

/// Now, as a TOML offset date-time in UTC to the second (for `created_at`).
pub fn now_datetime() -> toml::value::Datetime {
    let now = jiff::Timestamp::now();
    let text = now.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
    text.parse().unwrap_or(toml::value::Datetime {
        date: None,
        time: None,
        offset: None,
    })
}

/// Today in the system time zone.
pub fn today() -> crate::brief::Date {
    crate::brief::Date(jiff::ZonedDateTime::now().date())
}
