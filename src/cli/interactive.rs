//! The interactive faces: the campaign list, the wizard and the plain prompts. Without a
//! terminal they refuse (exit 2) and point to `--no-edit`, `--accessible` or the CLI.

use std::io::IsTerminal;
use std::path::Path;

use super::Failure;
use crate::store::{Config, Places};
use crate::tui::{self, Options, TuiError};

/// Whether standard input and output are both a terminal.
pub(crate) fn is_terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

fn options(config: &Config, no_mouse: bool) -> Options {
    Options {
        mouse: !no_mouse && config.mouse != Some(false),
    }
}

fn failed(e: TuiError) -> Failure {
    match e {
        TuiError::NoTerminal => Failure::usage(
            "this needs a terminal; use `splitbrief new NAME --no-edit`, `--accessible` for plain prompts, or commands such as `set` and `get`",
        ),
        other => Failure::usage(other.to_string()),
    }
}

/// `splitbrief` with no command: the campaign list.
pub fn home(dir: Option<&Path>, no_mouse: bool) -> Result<u8, Failure> {
    let (places, config) = Places::resolve(dir)?;
    tui::run_home(&places, &config, options(&config, no_mouse)).map_err(failed)?;
    Ok(0)
}

/// `new` with no name in a terminal: the wizard on a new, unsaved campaign.
pub(crate) fn new_unsaved(dir: Option<&Path>, no_mouse: bool) -> Result<u8, Failure> {
    let (places, config) = Places::resolve(dir)?;
    tui::run_new(&places, &config, options(&config, no_mouse)).map_err(failed)?;
    Ok(0)
}

/// `open SLUG` (and `new` after writing): the wizard, or plain prompts with `accessible`.
pub fn open(
    dir: Option<&Path>,
    slug: &str,
    accessible: bool,
    no_mouse: bool,
) -> Result<u8, Failure> {
    let (places, config) = Places::resolve(dir)?;
    let result = if accessible {
        tui::run_accessible(&places, &config, slug, &[])
    } else {
        tui::run_wizard(&places, &config, slug, options(&config, no_mouse))
    };
    result.map_err(failed)?;
    Ok(0)
}

/// `new --accessible` without a name: asks it first (also from piped input), as the prompts
/// would, so the campaign can be created.
pub fn ask_name() -> Result<String, Failure> {
    use std::io::Write;
    let mut out = std::io::stdout();
    let _ = write!(out, "Campaign name (required): ");
    let _ = out.flush();
    let mut line = String::new();
    let read = std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| Failure::usage(format!("could not read the name: {e}")))?;
    if !is_terminal() {
        let _ = writeln!(out);
    }
    let name = line.trim().to_string();
    if read == 0 || name.is_empty() {
        return Err(Failure::usage(
            "a campaign needs a name: type one, or use splitbrief new \"Spring launch\"",
        ));
    }
    Ok(name)
}

/// The plain prompts on a campaign just made by `new --accessible`, its name already asked.
pub fn prompts_after_name(dir: Option<&Path>, slug: &str) -> Result<u8, Failure> {
    let (places, config) = Places::resolve(dir)?;
    tui::run_accessible(&places, &config, slug, &["campaign.name"]).map_err(failed)?;
    Ok(0)
}

/// `splitbrief --accessible`: the campaigns as a numbered list, then the plain prompts on the
/// one picked (a number or slug), or on a new one (a name that is no campaign's).
pub fn accessible_home(dir: Option<&Path>) -> Result<u8, Failure> {
    use std::io::Write;
    let (places, _) = Places::resolve(dir)?;
    let slugs: Vec<(String, String)> = crate::store::list(&places)?
        .into_iter()
        .filter_map(|e| match e {
            crate::store::Entry::Campaign(l) => {
                Some((l.slug.clone(), l.bundle.campaign.name.clone()))
            }
            _ => None,
        })
        .collect();
    let mut out = crate::safe_text::TerminalWriter::new(std::io::stdout());
    let count = match slugs.len() {
        1 => "1 campaign".to_string(),
        n => format!("{n} campaigns"),
    };
    let _ = writeln!(out, "splitbrief: {count} in {}", places.briefs.display());
    for (i, (slug, name)) in slugs.iter().enumerate() {
        let _ = writeln!(out, "  {}. {name} ({slug})", i + 1);
    }
    let _ = write!(
        out,
        "Open which (number or slug), or type a new campaign's name: "
    );
    let _ = out.flush();
    let mut line = String::new();
    let read = std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| Failure::usage(format!("could not read the answer: {e}")))?;
    if !is_terminal() {
        let _ = writeln!(out);
    }
    let answer = line.trim();
    if read == 0 || answer.is_empty() {
        let _ = writeln!(out, "Nothing opened.");
        return Ok(0);
    }
    let picked = answer
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| slugs.get(i))
        .or_else(|| slugs.iter().find(|(s, _)| s == answer))
        .map(|(s, _)| s.clone());
    match picked {
        Some(slug) => open(dir, &slug, true, false),
        None => {
            let slug = super::campaigns::new(dir, Some(answer.to_string()), None, None, &[], true)?;
            let _ = writeln!(out, "Created {slug}.");
            let _ = out.flush();
            prompts_after_name(dir, &slug)
        }
    }
}
