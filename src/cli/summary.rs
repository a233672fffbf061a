//! What `list` and `check` say about a campaign: coverage, finding counts and the report.

use std::path::Path;

use serde_json::{Map, Value as Json, json};

use super::Failure;
use crate::brief::{Bundle, FileKind};
use crate::store::{Config, Loaded, StoreError};

/// Coverage and finding counts of one campaign.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub done: usize,
    pub applicable: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

/// Coverage and finding counts (filled in by the practice rules).
pub fn summarize(_bundle: &Bundle) -> Summary {
    Summary::default()
}

/// Adds the computed parts to a JSON export.
pub fn extend_json(_value: &mut Map<String, Json>, _bundle: &Bundle) {}

/// What `check` found, printed at the end.
pub struct Report {
    findings: Vec<Json>,
    errors: Vec<Json>,
    lines: Vec<String>,
    has_error_finding: bool,
}

impl Report {
    /// An empty report.
    pub fn new(_config: &Config) -> Result<Report, Failure> {
        Ok(Report {
            findings: Vec::new(),
            errors: Vec::new(),
            lines: Vec::new(),
            has_error_finding: false,
        })
    }

    /// Checks a loaded campaign.
    pub fn campaign(&mut self, loaded: &Loaded) {
        self.lines.push(format!("{}: no findings", loaded.slug));
    }

    /// A file or folder named on the command line.
    pub fn file(&mut self, path: &Path) {
        if path.is_dir() {
            match crate::store::load(path) {
                Ok(loaded) => self.campaign(&loaded),
                Err(e) => self.error(e),
            }
            return;
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Some(kind) = FileKind::ALL.into_iter().find(|k| k.file_name() == name) else {
            self.failure(Failure::usage(format!(
                "{}: not a splitbrief file; the files are campaign.toml, creator.toml and influencer.toml",
                path.display()
            )));
            return;
        };
        let read = std::fs::read(path)
            .map_err(|e| StoreError::Io {
                path: path.to_path_buf(),
                source: e,
            })
            .and_then(|bytes| {
                let text = crate::doc::decode(&bytes).map_err(|error| StoreError::File {
                    path: path.to_path_buf(),
                    error,
                })?;
                crate::doc::parse(kind, text).map_err(|error| StoreError::File {
                    path: path.to_path_buf(),
                    error,
                })
            });
        match read {
            Ok(_) => self.lines.push(format!("{}: no findings", path.display())),
            Err(e) => self.error(e),
        }
    }

    /// A file that could not be read.
    pub fn error(&mut self, e: StoreError) {
        let (file, line, column) = e.location();
        self.errors.push(json!({
            "file": file.map(|f| f.display().to_string()),
            "line": line,
            "column": column,
            "message": e.bare_message(),
        }));
        self.lines.push(format!("error: {e}"));
    }

    /// A target that is neither a file nor a campaign.
    pub fn failure(&mut self, f: Failure) {
        self.errors
            .push(json!({"file": null, "line": null, "column": null, "message": f.message}));
        self.lines.push(format!("error: {}", f.message));
    }

    /// Prints the report, human or JSON.
    pub fn print(&self, json_out: bool) {
        if json_out {
            let out = json!({"findings": self.findings, "errors": self.errors});
            println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
        } else {
            for line in &self.lines {
                println!("{line}");
            }
        }
    }

    /// 2 when a file could not be read, 1 when a finding is an error, else 0.
    pub fn exit_code(&self) -> u8 {
        if !self.errors.is_empty() {
            2
        } else if self.has_error_finding {
            1
        } else {
            0
        }
    }
}
