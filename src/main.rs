//! The `splitbrief` binary: parse the command line, run, map errors to exit codes.
//!
//! TEMPORARY on the tui branch: until the CLI wires the terminal app itself, the home screen
//! (no command) and `open SLUG` start it here; everything else goes to the CLI.

use std::process::ExitCode;

use clap::Parser;
use splitbrief::cli::{Cli, Command};
use splitbrief::store::Places;
use splitbrief::tui::{self, Options};

fn main() -> ExitCode {
    let Ok(cli) = Cli::try_parse() else {
        return splitbrief::cli::main();
    };
    let options = Options {
        mouse: !cli.no_mouse,
    };
    let slug = match &cli.command {
        None => None,
        Some(Command::Open { slug, .. }) => Some(slug.clone()),
        Some(_) => return splitbrief::cli::main(),
    };
    let accessible = matches!(
        cli.command,
        Some(Command::Open {
            accessible: true,
            ..
        })
    );
    let result = Places::resolve(cli.dir.as_deref())
        .map_err(tui::TuiError::from)
        .and_then(|(places, config)| match (&slug, accessible) {
            (None, _) => tui::run_home(&places, &config, options),
            (Some(slug), false) => tui::run_wizard(&places, &config, slug, options),
            (Some(slug), true) => tui::run_accessible(&places, &config, slug),
        });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("splitbrief: {e}");
            ExitCode::from(2)
        }
    }
}
