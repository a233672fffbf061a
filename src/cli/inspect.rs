//! Commands that read: `list`, `check`, `export`, `templates`, `path`.

use super::output::{say, say_raw};
use std::path::{Path, PathBuf};

use serde_json::{Value as Json, json};

use super::{Failure, Format};
use crate::brief::FileKind;
use crate::export;
use crate::store::index::{Kind, Row, Summary};
use crate::store::{self, Places, StoreError};

fn modified(time: Option<std::time::SystemTime>) -> Option<String> {
    let ts = jiff::Timestamp::try_from(time?).ok()?;
    Some(ts.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
}

/// One row of `list --json`.
fn row_json(row: &Row) -> Option<Json> {
    match &row.kind {
        Kind::Campaign(s) => {
            let c = &s.checked;
            Some(json!({
                "slug": row.folder,
                "name": s.name,
                "status": s.status,
                "partnership": s.partnership,
                "briefs": s.briefs,
                "coverage": {"done": c.done, "applicable": c.applicable},
                "findings": {"error": c.error, "warning": c.warning, "info": c.info},
                "modified": modified(row.modified),
            }))
        }
        Kind::Broken(e) => Some(json!({
            "slug": row.folder,
            "error": {
                "file": e.file,
                "line": e.line,
                "column": e.column,
                "message": e.message,
            },
        })),
        Kind::NotCampaign => None,
    }
}

/// `list --json` written one row at a time (no JSON tree of the whole list in memory).
struct ListJson<'a>(&'a [Row]);

impl serde::Serialize for ListJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = serializer.serialize_seq(None)?;
        for item in self.0.iter().filter_map(row_json) {
            seq.serialize_element(&item)?;
        }
        seq.end()
    }
}

/// The briefs column: the briefs the type needs, a missing file marked so.
fn present_briefs(s: &Summary) -> String {
    s.briefs
        .iter()
        .map(|b| {
            if s.missing.contains(b) {
                format!("{b} (file missing)")
            } else {
                b.clone()
            }
        })
        .collect::<Vec<_>>()
        .join("+")
}

/// One folder as `check` sees it.
enum Checking {
    /// A campaign, checked.
    Checked(super::summary::Checked),
    /// A campaign that cannot be read.
    Broken(StoreError),
    /// No campaign.toml: the path it would have, and the brief files found.
    NotCampaign(PathBuf, Vec<&'static str>),
}

/// `list`: every campaign; unreadable ones are marked, and the exit code stays 0.
pub fn list(dir: Option<&Path>, json_out: bool) -> Result<u8, Failure> {
    let (places, config) = Places::resolve(dir)?;
    let market = super::summary::market_data(&config, &places.config)?;
    let rows = crate::listing::rows(&places, &market, store::today(), &mut |_| {})?;
    if json_out {
        super::output::print_json_of(&ListJson(&rows));
        return Ok(0);
    }
    if rows.is_empty() {
        say!(
            "no campaigns in {} yet; create one with `splitbrief new \"Name\"`",
            places.briefs.display()
        );
        return Ok(0);
    }
    let mut table = vec![
        [
            "SLUG", "NAME", "STATUS", "TYPE", "BRIEFS", "COVERAGE", "FINDINGS", "CHANGED",
        ]
        .map(String::from)
        .to_vec(),
    ];
    for row in &rows {
        table.push(match &row.kind {
            Kind::Campaign(s) => {
                let c = &s.checked;
                vec![
                    row.folder.clone(),
                    s.name.clone(),
                    s.status.clone(),
                    s.partnership.clone(),
                    present_briefs(s),
                    format!("{}/{}", c.done, c.applicable),
                    format!("{}E {}W", c.error, c.warning),
                    modified(row.modified)
                        .map(|m| m[..10].to_string())
                        .unwrap_or_default(),
                ]
            }
            Kind::Broken(e) => vec![row.folder.clone(), format!("cannot read: {}", e.text)],
            Kind::NotCampaign => {
                vec![
                    row.folder.clone(),
                    "(not a campaign: no campaign.toml)".into(),
                ]
            }
        });
    }
    say_raw!("{}", columns(&table));
    Ok(0)
}

/// Lays rows out in aligned columns; a short row's last cell runs on.
fn columns(rows: &[Vec<String>]) -> String {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut widths = vec![0; width];
    for row in rows.iter().filter(|r| r.len() == width) {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(unicode_width::UnicodeWidthStr::width(cell.as_str()));
        }
    }
    let mut out = String::new();
    for row in rows {
        let last = row.len().saturating_sub(1);
        for (i, cell) in row.iter().enumerate() {
            out.push_str(cell);
            if i < last {
                let pad =
                    widths[i].saturating_sub(unicode_width::UnicodeWidthStr::width(cell.as_str()));
                out.push_str(&" ".repeat(pad + 2));
            }
        }
        out.push('\n');
    }
    out
}

/// `check`: every campaign, or the named slugs and files.
pub fn check(dir: Option<&Path>, targets: &[String], json_out: bool) -> Result<u8, Failure> {
    let (places, config) = Places::resolve(dir)?;
    let mut report = super::summary::Report::new(&config, &places.config)?;
    if targets.is_empty() {
        // Every folder, read and checked on every core, in folder order; each document is
        // dropped once its part of the report is written.
        let dirs = store::index::folder_paths(&places.briefs)?;
        let market = report.market().clone();
        let check = |dir: &Path| {
            let campaign = dir.join(FileKind::Campaign.file_name());
            if std::fs::symlink_metadata(&campaign).is_err() {
                // Not a campaign; brief files without their campaign.toml are named.
                let briefs: Vec<&str> = [FileKind::Creator, FileKind::Influencer]
                    .into_iter()
                    .map(FileKind::file_name)
                    .filter(|f| dir.join(f).exists())
                    .collect();
                return Checking::NotCampaign(campaign, briefs);
            }
            match store::read_campaign(&places, dir) {
                Ok(loaded) => Checking::Checked(super::summary::Checked::of(&loaded, &market)),
                Err(e) => Checking::Broken(e),
            }
        };
        store::index::read_each(&dirs, &check, &mut |checking| {
            match checking {
            Checking::Checked(checked) => report.add(checked),
            Checking::Broken(error) => report.error(error),
            Checking::NotCampaign(campaign, briefs) if !briefs.is_empty() => report.missing(
                &campaign,
                &format!(
                    "the folder has {} but no campaign.toml, so it is not checked; bring campaign.toml back",
                    briefs.join(" and ")
                ),
            ),
            Checking::NotCampaign(..) => {}
        }
        });
    }
    for target in targets {
        let as_path = PathBuf::from(target);
        if as_path.exists() {
            report.file(&places, &as_path);
        } else {
            match store::open(&places, target) {
                Ok(loaded) => report.campaign(&loaded),
                Err(e @ StoreError::NotFound { .. }) => report.failure(Failure::from(e)),
                Err(e) => report.error(e),
            }
        }
    }
    report.print(json_out);
    Ok(report.exit_code())
}

/// `check --staged`: the campaigns with a brief file staged in the git repository that
/// holds the briefs folder, checked as `check SLUG…` would.
pub(crate) fn check_staged(dir: Option<&Path>, json_out: bool) -> Result<u8, Failure> {
    let (places, _) = Places::resolve(dir)?;
    let root = std::fs::canonicalize(&places.briefs).map_err(|e| StoreError::Io {
        path: places.briefs.clone(),
        source: e,
    })?;
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .arg("-C")
            .arg(&root)
            .args(args)
            .output()
            .map_err(|e| Failure::usage(format!("cannot run git: {e}")))
    };
    let top = git(&["rev-parse", "--show-toplevel"])?;
    if !top.status.success() {
        return Err(Failure::usage(format!(
            "{} is not inside a git repository; --staged needs one.",
            root.display()
        )));
    }
    let top = PathBuf::from(String::from_utf8_lossy(&top.stdout).trim());
    // -z keeps non-ASCII names unquoted; ACMR leaves out deleted files.
    let staged = git(&[
        "diff",
        "--cached",
        "--name-only",
        "-z",
        "--diff-filter=ACMR",
    ])?;
    let mut slugs: Vec<String> = Vec::new();
    for name in staged.stdout.split(|b| *b == 0).filter(|n| !n.is_empty()) {
        let path = top.join(String::from_utf8_lossy(name).as_ref());
        let is_brief = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| FileKind::ALL.iter().any(|k| k.file_name() == n));
        let Ok(rel) = path.strip_prefix(&root) else {
            continue;
        };
        let mut parts = rel.components();
        if let (true, Some(slug), Some(_), None) =
            (is_brief, parts.next(), parts.next(), parts.next())
        {
            let slug = slug.as_os_str().to_string_lossy().into_owned();
            if !slugs.contains(&slug) {
                slugs.push(slug);
            }
        }
    }
    if slugs.is_empty() {
        if !json_out {
            say!("no brief files staged");
        } else {
            say!("{{\"findings\": [], \"errors\": []}}");
        }
        return Ok(0);
    }
    check(dir, &slugs, json_out)
}

/// How `export` writes.
#[derive(Debug, Clone, Copy)]
pub struct ExportMode {
    /// JSON: each partner's view.
    pub per_partner: bool,
    /// One document per brief.
    pub combined: bool,
    /// Export despite error findings.
    pub force: bool,
}

/// `export`: one document per partner (or per brief with `combined`) as Markdown or HTML;
/// JSON is complete, or each partner's view with `per_partner`. A campaign with error
/// findings is refused unless forced; what is written for partners is recorded as sent.
#[expect(
    clippy::too_many_lines,
    reason = "one command read top to bottom: each export mode and format"
)]
pub fn export(
    dir: Option<&Path>,
    slug: &str,
    format: Format,
    out: Option<PathBuf>,
    mode: ExportMode,
) -> Result<u8, Failure> {
    let ExportMode {
        per_partner,
        combined,
        force,
    } = mode;
    let (places, config) = Places::resolve(dir)?;
    let market = super::summary::market_data(&config, &places.config)?;
    let loaded = store::open(&places, slug)?;
    let errors: Vec<String> =
        crate::practice::check(&loaded.bundle, &market, crate::store::today())
            .into_iter()
            .filter(|f| f.severity == crate::practice::Severity::Error)
            .map(|f| format!("{} ({})", f.id, f.key))
            .collect();
    if !errors.is_empty() && !force {
        return Err(Failure::usage(format!(
            "{slug} has {} error finding{} to fix before it goes to partners: {}. `splitbrief check {slug}` says how; --force exports anyway.",
            errors.len(),
            if errors.len() == 1 { "" } else { "s" },
            errors.join(", ")
        )));
    }
    // What partners receive is what was sent: the briefs say when they went out, and the
    // status reads "sent". Complete JSON is for scripts, not partners.
    let for_partners = !matches!(format, Format::Json) || per_partner;
    let (loaded, _) = if for_partners {
        store::mark_sent(&places, slug, crate::store::today(), true)?
    } else {
        (loaded, false)
    };
    let out = out.unwrap_or_else(|| PathBuf::from("."));
    std::fs::create_dir_all(&out).map_err(|e| StoreError::Io {
        path: out.clone(),
        source: e,
    })?;
    let mut written = Vec::new();
    let mut write = |name: String, text: String| -> Result<(), Failure> {
        let path = out.join(name);
        store::atomic_write(&path, &text)?;
        written.push(path);
        Ok(())
    };
    let b = &loaded.bundle;
    match format {
        Format::Json if per_partner => {
            for (name, doc) in export::documents(b, slug, false) {
                let text = serde_json::to_string_pretty(&doc.to_json()).unwrap_or_default();
                write(format!("{name}.json"), text + "\n")?;
            }
        }
        Format::Json => {
            let mut value = export::bundle_json(&loaded.slug, &loaded.docs);
            super::summary::extend_json(&mut value, b, &market);
            let text = serde_json::to_string_pretty(&Json::Object(value)).unwrap_or_default();
            write(format!("{slug}.json"), text + "\n")?;
        }
        Format::Md | Format::Html => {
            for (name, doc) in export::documents(b, slug, combined) {
                match format {
                    Format::Html => write(format!("{name}.html"), doc.to_html())?,
                    _ => write(format!("{name}.md"), doc.to_markdown())?,
                }
            }
        }
    }
    if written.is_empty() {
        say!("nothing to export: no brief with partners");
    }
    for path in &written {
        say!("wrote {}", path.display());
    }
    if for_partners && !written.is_empty() {
        super::revisions::record(&places, &loaded, None)?;
    }
    Ok(0)
}

/// `templates`.
pub fn templates(dir: Option<&Path>) -> Result<u8, Failure> {
    let (places, _) = Places::resolve(dir)?;
    let all = store::templates(&places.templates);
    let rows: Vec<Vec<String>> = all
        .iter()
        .map(|t| {
            let mut d = t.description.clone();
            if t.user {
                d.push_str(" (yours)");
            }
            vec![t.name.clone(), d]
        })
        .collect();
    say_raw!("{}", columns(&rows));
    Ok(0)
}

/// `path`.
pub fn path(dir: Option<&Path>) -> Result<u8, Failure> {
    let (places, _) = Places::resolve(dir)?;
    say!("briefs: {}", places.briefs.display());
    say!("config: {}", places.config.display());
    say!("templates: {}", places.templates.display());
    say!("drafts: {}", places.drafts.display());
    say!("trash: {}", places.trash.display());
    Ok(0)
}

/// `schema`: `campaign.schema.json`, `creator.schema.json`, `influencer.schema.json`.
pub fn schema(out: Option<PathBuf>) -> Result<u8, Failure> {
    let out = out.unwrap_or_else(|| PathBuf::from("."));
    std::fs::create_dir_all(&out).map_err(|e| StoreError::Io {
        path: out.clone(),
        source: e,
    })?;
    for file in FileKind::ALL {
        let path = out.join(format!("{}.schema.json", file.as_str()));
        let text =
            serde_json::to_string_pretty(&crate::path::json_schema(file)).unwrap_or_default();
        store::atomic_write(&path, &(text + "\n"))?;
        say!("wrote {}", path.display());
    }
    Ok(0)
}
