//! What `list`, `check` and the JSON export say about a campaign: coverage, findings, the
//! budget lines and planned vs actual, from the practice rules.

use super::output::{say, say_raw};
use std::fmt::Write;
use std::path::Path;

use serde_json::{Map, Value as Json, json};

use super::Failure;
use crate::brief::{Bundle, FileKind};
use crate::practice::{self, Finding, MarketData, Severity, budget::format_money};
use crate::store::{Config, Loaded, StoreError, today};

/// The market data with the config's additions; a bad `[market]` table names the config.
pub(crate) fn market_data(config: &Config, config_path: &Path) -> Result<MarketData, Failure> {
    MarketData::configured(config.market.as_ref(), config.rights_warning_days)
        .map_err(|e| Failure::usage(format!("{}: {e}", config_path.display())))
}

/// Adds coverage, findings, budget and planned vs actual to a JSON export.
pub(crate) fn extend_json(value: &mut Map<String, Json>, bundle: &Bundle, market: &MarketData) {
    let to = |v: Result<Json, serde_json::Error>| v.unwrap_or(Json::Null);
    value.insert(
        "coverage".into(),
        to(serde_json::to_value(practice::coverage(bundle))),
    );
    value.insert(
        "findings".into(),
        to(serde_json::to_value(practice::check(
            bundle,
            market,
            today(),
        ))),
    );
    value.insert(
        "budget".into(),
        to(serde_json::to_value(practice::budget(bundle))),
    );
    value.insert(
        "results".into(),
        to(serde_json::to_value(practice::compare(bundle))),
    );
}

/// One campaign checked: its part of the report and its findings.
pub struct Checked {
    missing: Vec<(std::path::PathBuf, String)>,
    text: String,
    findings: Vec<Finding>,
}

impl Checked {
    /// Runs the rules on a campaign and writes its part of the report; a brief the type
    /// needs whose file is missing is noted first.
    pub fn of(loaded: &Loaded, market: &MarketData) -> Checked {
        let b = &loaded.bundle;
        let partnership = b.partnership();
        let missing = [FileKind::Creator, FileKind::Influencer]
            .into_iter()
            .filter(|f| partnership.needs(*f) && loaded.docs.doc(*f).is_none())
            .map(|file| {
                (
                    loaded.dir.join(file.file_name()),
                    format!(
                        "this campaign is {partnership} and needs {}, which is missing; bring the file back, or change campaign.partnership",
                        file.file_name()
                    ),
                )
            })
            .collect();
        let findings = practice::check(b, market, today());
        Checked {
            missing,
            text: campaign_text(b, &findings, None, market),
            findings,
        }
    }
}

/// The report of one campaign: its findings, and (for a whole campaign) budget, tracking and
/// results, then the counts.
fn campaign_text(
    b: &Bundle,
    found: &[Finding],
    only: Option<&Path>,
    market: &MarketData,
) -> String {
    let coverage = practice::coverage(b);
    let mut text = String::new();
    let out = &mut text;
    let _ = writeln!(
        out,
        "== {} ({}) · {} · coverage {coverage}",
        b.campaign.slug,
        b.campaign.name,
        b.partnership()
    );
    if let Some(path) = only {
        let _ = writeln!(
            out,
            "   checked {} on its own (no cross-brief checks)",
            path.display()
        );
    }
    write_findings(out, found);
    if only.is_none() {
        write_budget(out, b);
        write_tracking(out, b, market);
        write_results(out, b);
    }
    let counts = practice::Counts::of(found);
    let _ = writeln!(
        out,
        "   {} error{}, {} warning{}, {} advice\n",
        counts.error,
        plural(counts.error),
        counts.warning,
        plural(counts.warning),
        counts.info
    );
    text
}

/// What `check` found, printed at the end.
pub struct Report {
    market: MarketData,
    findings: Vec<Finding>,
    errors: Vec<Json>,
    text: String,
}

impl Report {
    /// An empty report using the config's market data.
    pub fn new(config: &Config, config_path: &Path) -> Result<Report, Failure> {
        Ok(Report {
            market: market_data(config, config_path)?,
            findings: Vec::new(),
            errors: Vec::new(),
            text: String::new(),
        })
    }

    /// Checks a loaded campaign.
    pub fn campaign(&mut self, loaded: &Loaded) {
        let checked = Checked::of(loaded, &self.market);
        self.add(checked);
    }

    /// Adds a campaign checked elsewhere (`Checked::of`, on another thread).
    pub fn add(&mut self, checked: Checked) {
        for (path, message) in &checked.missing {
            self.missing(path, message);
        }
        self.text.push_str(&checked.text);
        self.findings.extend(checked.findings);
    }

    /// The market data the findings use.
    pub fn market(&self) -> &MarketData {
        &self.market
    }

    /// A file or folder named on the command line: its own findings plus campaign.toml beside
    /// it, with no cross-brief findings.
    pub fn file(&mut self, places: &crate::store::Places, path: &Path) {
        if path.is_dir() {
            match crate::store::read_campaign(places, path) {
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
        let dir = path.parent().unwrap_or(Path::new("."));
        if let Err(e) = crate::store::finish_leftover_save(places, dir) {
            self.error(e);
            return;
        }
        match load_single(dir, kind) {
            Ok(bundle) => {
                let found = practice::check_single(kind, &bundle, &self.market, today());
                let text = campaign_text(&bundle, &found, Some(path), &self.market);
                self.add(Checked {
                    missing: Vec::new(),
                    text,
                    findings: found,
                });
            }
            Err(e) => self.error(e),
        }
    }

    /// A file that should be there and is not.
    pub fn missing(&mut self, path: &Path, message: &str) {
        self.errors.push(json!({
            "file": path.display().to_string(),
            "line": null,
            "column": null,
            "message": message,
        }));
        let _ = writeln!(self.text, "{}: {message}\n", path.display());
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
        let _ = writeln!(self.text, "cannot read {e}\n");
    }

    /// A target that is neither a file nor a campaign.
    pub fn failure(&mut self, f: Failure) {
        self.errors
            .push(json!({"file": null, "line": null, "column": null, "message": f.message}));
        let _ = writeln!(self.text, "{}\n", f.message);
    }

    /// Prints the report, human or JSON.
    pub(crate) fn print(&self, json_out: bool) {
        if json_out {
            let out = json!({"findings": self.findings, "errors": self.errors});
            super::output::print_json(&serde_json::json!(out));
        } else if self.text.is_empty() {
            say!("no campaigns to check");
        } else {
            say_raw!("{}", self.text);
            if !self.findings.is_empty() {
                say!("{}", practice::DISCLAIMER);
            }
        }
    }

    /// 2 when a file could not be read, 1 when a finding is an error, else 0.
    pub(crate) fn exit_code(&self) -> u8 {
        if !self.errors.is_empty() {
            2
        } else if self.findings.iter().any(|f| f.severity == Severity::Error) {
            1
        } else {
            0
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// A campaign with only `kind` (and campaign.toml) read, for checking one file.
fn load_single(dir: &Path, kind: FileKind) -> Result<Bundle, StoreError> {
    let read = |file: FileKind| -> Result<toml_edit::DocumentMut, StoreError> {
        let path = dir.join(file.file_name());
        let bytes = crate::store::read_regular(&path)?.ok_or_else(|| StoreError::Io {
            path: path.clone(),
            source: std::io::ErrorKind::NotFound.into(),
        })?;
        let located = |error| StoreError::File {
            path: path.clone(),
            error,
        };
        let text = crate::doc::decode(&bytes).map_err(located)?;
        crate::doc::parse(file, text).map_err(located)
    };
    // The named file first, so its own problems are the ones reported.
    let creator = (kind == FileKind::Creator)
        .then(|| read(FileKind::Creator))
        .transpose()?;
    let influencer = (kind == FileKind::Influencer)
        .then(|| read(FileKind::Influencer))
        .transpose()?;
    let docs = crate::doc::Docs {
        campaign: read(FileKind::Campaign)?,
        creator,
        influencer,
    };
    docs.bundle().map_err(|e| match e {
        crate::doc::EditError::Invalid { file, error } => StoreError::File {
            path: dir.join(file.file_name()),
            error,
        },
        other => StoreError::Refused(other.to_string()),
    })
}

fn write_findings(out: &mut String, found: &[Finding]) {
    for file in FileKind::ALL {
        let here: Vec<&Finding> = found.iter().filter(|f| f.file() == file).collect();
        if here.is_empty() {
            continue;
        }
        let _ = writeln!(out, "   {}", file.file_name());
        for f in here {
            let who = f
                .partner
                .as_deref()
                .map(|p| format!(" ({p})"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "     {:<7} {}  {}{who}",
                f.severity.as_str(),
                f.id,
                f.key
            );
            let _ = writeln!(out, "             {}", f.message);
            let _ = writeln!(out, "             fix: {}", f.fix);
        }
    }
}

fn write_budget(out: &mut String, b: &Bundle) {
    let budget = practice::budget(b);
    if budget.lines.iter().all(|l| l.amount == 0.0) {
        return;
    }
    let currency = b.campaign.currency.as_deref();
    let _ = writeln!(out, "   budget");
    for line in &budget.lines {
        let side = line.brief.map_or("test", FileKind::as_str);
        let who = line.partner.as_deref().unwrap_or("");
        let equals = if line.worked { "= " } else { "" };
        let amount = format!("{equals}{}", format_money(line.amount, currency));
        let _ = writeln!(
            out,
            "     {side:<10} {who:<20} {:<44} {amount:>16}",
            line.label
        );
    }
    let against = match budget.budget {
        Some(limit) if budget.total > limit => format!(
            " of {} budget: over by {}",
            format_money(limit, currency),
            format_money(budget.total - limit, currency)
        ),
        Some(limit) => format!(
            " of {} budget ({} left)",
            format_money(limit, currency),
            format_money(limit - budget.total, currency)
        ),
        None => " (no campaign.budget set)".into(),
    };
    let _ = writeln!(
        out,
        "     total {}{against}",
        format_money(budget.total, currency)
    );
    write_costs(out, b, &budget, currency);
}

/// Planned influencer cost per 1,000 impressions, engagement and conversion, each next to the
/// user's ceiling, so `plan-above-max-cost` shows where it is fixed.
fn write_costs(out: &mut String, b: &Bundle, budget: &practice::Budget, currency: Option<&str>) {
    let lines = practice::cost::planned_costs_of(b, budget);
    let shown: Vec<String> = lines
        .iter()
        .filter(|l| l.planned.is_some() || l.max.is_some())
        .map(|l| {
            let planned = l
                .planned
                .map_or("not known yet".to_string(), |v| format_money(v, currency));
            let ceiling = match (l.max, l.over()) {
                (Some(max), Some(_)) => format!(
                    ": over your ceiling of {} ({})",
                    format_money(max, currency),
                    l.key
                ),
                (Some(max), None) => format!(
                    ": within your ceiling of {} ({})",
                    format_money(max, currency),
                    l.key
                ),
                (None, _) => String::new(),
            };
            format!("{planned} per {}{ceiling}", l.per)
        })
        .collect();
    if shown.is_empty() {
        return;
    }
    let _ = writeln!(out, "     influencer cost:");
    for line in shown {
        let _ = writeln!(out, "       {line}");
    }
}

fn write_tracking(out: &mut String, b: &Bundle, market: &MarketData) {
    let Some(influencer) = b.used_influencer() else {
        return;
    };
    let platforms: Vec<_> = influencer.posts.iter().filter_map(|p| p.platform).collect();
    let advice = practice::labels_needed(&b.campaign.markets, &platforms, market);
    let _ = writeln!(
        out,
        "   tracking (label for these markets: \"{}\")",
        advice.label
    );
    match practice::partner_links(b) {
        Err(e) => {
            let _ = writeln!(out, "     {}: {}", e.key, e.message);
        }
        Ok(links) => {
            for link in links {
                let who = link.partner.as_deref().unwrap_or("each partner");
                let code = match (&link.code, link.code_suggested) {
                    (Some(c), true) => format!("{c} (suggested)"),
                    (Some(c), false) => c.clone(),
                    (None, _) => "no code".into(),
                };
                let label = link
                    .row
                    .and_then(|r| influencer.partners.get(r))
                    .and_then(|p| p.label.as_deref())
                    .map(|l| format!("label \"{l}\""))
                    .unwrap_or_default();
                let _ = writeln!(out, "     {who:<20} {code:<22} {label}");
                if link.links.is_empty() {
                    let _ = writeln!(out, "       no link yet");
                }
                for (platform, url) in &link.links {
                    let on = platform.map_or("link", |p| p.as_str());
                    let _ = writeln!(out, "       {on:<10} {url}");
                }
            }
        }
    }
}

fn write_results(out: &mut String, b: &Bundle) {
    let rows: Vec<_> = practice::compare(b)
        .into_iter()
        .filter(|c| c.actual.is_some())
        .collect();
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(out, "   planned vs actual");
    let num = |v: Option<f64>| v.map_or("–".to_string(), |v| format_money(v, None));
    for c in rows {
        let mark = match c.met() {
            Some(true) => "met",
            Some(false) => "missed",
            None => "",
        };
        let _ = writeln!(
            out,
            "     {:<10} {:<16} planned {:>12}  actual {:>12}  {mark}",
            c.brief.as_str(),
            c.metric.as_str(),
            num(c.planned),
            num(c.actual)
        );
    }
}
