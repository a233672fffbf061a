//! The config file (`config.toml` in the config folder). A missing file is fine; a broken one
//! is an error that names the file, line and column.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::StoreError;
use crate::doc::TextError;
use crate::path::line_column;

/// What the user set in config.toml.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Where the campaign folders live.
    #[serde(default)]
    pub briefs_dir: Option<PathBuf>,
    /// Default `campaign.currency` for new campaigns.
    #[serde(default)]
    pub currency: Option<String>,
    /// Default disclosure label for new briefs.
    #[serde(default)]
    pub disclosure_label: Option<String>,
    /// Default `utm_medium` for tracking links.
    #[serde(default)]
    pub utm_medium: Option<String>,
    /// Mouse support in the terminal app (on unless false).
    #[serde(default)]
    pub mouse: Option<bool>,
    /// Additions to the market data (labels, words, thresholds).
    #[serde(default)]
    pub market: Option<toml::Table>,
    /// How many days before a usage grant ends `rights-expiring` warns (30 when unset).
    #[serde(default)]
    pub rights_warning_days: Option<u32>,
    /// Brand profiles that `new --brand NAME` copies.
    #[serde(default)]
    pub brands: Vec<BrandProfile>,
}

/// A brand profile: what every campaign of one brand shares.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BrandProfile {
    /// The name used with `--brand` (defaults to `brand`).
    #[serde(default)]
    pub name: Option<String>,
    /// `campaign.brand`.
    pub brand: String,
    /// `campaign.brand_website`.
    #[serde(default)]
    pub website: Option<String>,
    /// `guidelines.tone` of both briefs.
    #[serde(default)]
    pub tone: Option<String>,
    /// `guidelines.dos` of both briefs.
    #[serde(default)]
    pub dos: Vec<String>,
    /// `guidelines.donts` of both briefs.
    #[serde(default)]
    pub donts: Vec<String>,
    /// `guidelines.mandatories` of both briefs.
    #[serde(default)]
    pub mandatories: Vec<String>,
    /// `guidelines.claims_banned` of both briefs.
    #[serde(default)]
    pub claims_banned: Vec<String>,
}

impl BrandProfile {
    /// Whether `wanted` names this profile (its name or brand, case-insensitive).
    pub fn matches(&self, wanted: &str) -> bool {
        let wanted = wanted.trim();
        self.name
            .as_deref()
            .is_some_and(|n| n.eq_ignore_ascii_case(wanted))
            || self.brand.eq_ignore_ascii_case(wanted)
    }
}

impl Config {
    /// Reads the config file; a missing one gives the defaults.
    pub fn load(path: &Path) -> Result<Config, StoreError> {
        let Some(bytes) = super::read_regular(path)? else {
            return Ok(Config::default());
        };
        let file_error = |error: TextError| StoreError::File {
            path: path.to_path_buf(),
            error,
        };
        let text = &*crate::doc::normalize(crate::doc::decode(&bytes).map_err(file_error)?);
        toml::from_str(text).map_err(|e| {
            let (line, column) = line_column(text, e.span().map_or(0, |s| s.start));
            file_error(TextError {
                line,
                column,
                message: e
                    .message()
                    .lines()
                    .next()
                    .unwrap_or("invalid config")
                    .to_string(),
            })
        })
    }

    /// The brand profile named `wanted`.
    pub fn brand(&self, wanted: &str) -> Option<&BrandProfile> {
        self.brands.iter().find(|b| b.matches(wanted))
    }
}
