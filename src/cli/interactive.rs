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
        tui::run_accessible(&places, &config, slug)
    } else {
        tui::run_wizard(&places, &config, slug, options(&config, no_mouse))
    };
    result.map_err(failed)?;
    Ok(0)
}
