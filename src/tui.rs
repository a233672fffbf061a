//! The full-screen terminal app: the campaign list and the 13-step wizard, plus plain
//! line-by-line prompts over the same form table for screen readers and pipes.
//!
//! Elm-style: every screen (home, wizard, learnings, the popups) is its state, an `update`
//! that returns a `request::Request`, a `layout` and a `view`. The top-level
//! `update::update(&mut App, Msg) -> Vec<Effect>` is pure and the one place requests become
//! effects; views are pure functions of the state; one keymap table drives keys, the hint
//! line and help; the terminal loop (`terminal`) performs the effects (`perform`).

pub(crate) mod accessible;
pub mod app;
pub mod clock;
mod hints;
pub mod home;
pub mod keymap;
pub mod learnings;
pub mod perform;
pub mod popup;
pub mod request;
pub mod rules;
pub(crate) mod terminal;
pub(crate) mod text;
pub mod theme;
pub mod update;
pub mod view;
pub mod wizard;

use std::io::IsTerminal;
use std::sync::Arc;

use crate::practice::MarketData;
use crate::store::{self, Config, Places, StoreError};

/// How the app runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Clicks and the wheel (off with `--no-mouse` or config `mouse = false`).
    pub mouse: bool,
}

/// Why the terminal app could not run, in one plain sentence.
#[derive(Debug, thiserror::Error)]
pub enum TuiError {
    /// The terminal refused.
    #[error("the terminal could not be used: {0}")]
    Terminal(std::io::Error),
    /// Input or output is not a terminal.
    #[error(
        "the full-screen app needs a terminal; use --accessible for plain prompts, or the command line"
    )]
    NoTerminal,
    /// A file or folder could not be read or written.
    #[error("{0}")]
    Store(#[from] StoreError),
    /// The config's `[market]` table is wrong.
    #[error("{0}")]
    Config(String),
    /// Reading answers or writing prompts failed.
    #[error("could not read or write the prompts: {0}")]
    Prompt(std::io::Error),
}

fn need_terminal() -> Result<(), TuiError> {
    if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
        Ok(())
    } else {
        Err(TuiError::NoTerminal)
    }
}

fn prepare(
    places: &Places,
    config: &Config,
    options: Options,
) -> Result<(app::App, perform::Performer, bool), TuiError> {
    let mouse = options.mouse && config.mouse != Some(false);
    let market = market(places, config)?;
    let mut home = home::Home::new(places.briefs.clone());
    home.rights_days = market.rights_warning_days;
    let app = app::App::new(
        home,
        clock::Now::system(),
        theme::Theme::from_env(),
        (0, 0),
        market,
    );
    let mut performer = perform::Performer::new(
        places.clone(),
        std::env::current_dir().unwrap_or_else(|_| ".".into()),
    );
    performer.market = app.market.clone();
    Ok((app, performer, mouse))
}

/// The campaign list; from there the wizard.
pub(crate) fn run_home(places: &Places, config: &Config, options: Options) -> Result<(), TuiError> {
    need_terminal()?;
    let (mut app, performer, mouse) = prepare(places, config, options)?;
    terminal::run(
        &mut app,
        &performer,
        Vec::new(),
        vec![app::Effect::List],
        mouse,
    )
}

/// The wizard on a new, unsaved campaign (as `n` on the campaign list); the first `Ctrl-S`
/// gives it its folder.
pub(crate) fn run_new(places: &Places, config: &Config, options: Options) -> Result<(), TuiError> {
    need_terminal()?;
    let (mut app, performer, mouse) = prepare(places, config, options)?;
    update::perform(&mut app, request::Request::NewCampaign);
    terminal::run(
        &mut app,
        &performer,
        Vec::new(),
        vec![app::Effect::List],
        mouse,
    )
}

/// The wizard on one campaign (Esc leads to the campaign list).
pub(crate) fn run_wizard(
    places: &Places,
    config: &Config,
    slug: &str,
    options: Options,
) -> Result<(), TuiError> {
    need_terminal()?;
    let (mut app, performer, mouse) = prepare(places, config, options)?;
    let opened = performer.open_campaign(slug)?;
    terminal::run(&mut app, &performer, vec![opened], Vec::new(), mouse)
}

/// Plain prompts, one field a line, over the same form table; works with piped input.
pub(crate) fn run_accessible(
    places: &Places,
    config: &Config,
    slug: &str,
    asked: &[&str],
) -> Result<(), TuiError> {
    let market = market(places, config)?;
    let loaded = store::open(places, slug)?;
    // Like a second window of the wizard: read-only while another window has it open. A
    // lock that cannot be made does not stop the prompts.
    let lock = store::open_lock(places, &loaded.dir);
    let read_only = matches!(lock, Ok(None));
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    // Names and values from the files reach the screen reader or terminal escaped.
    let mut output = crate::safe_text::TerminalWriter::new(std::io::stdout());
    let echoed = std::io::stdin().is_terminal();
    let result = accessible::run(
        places,
        loaded,
        &market,
        &mut input,
        &mut output,
        accessible::How {
            read_only,
            echoed,
            asked,
        },
    );
    std::io::Write::flush(&mut output).map_err(TuiError::Prompt)?;
    result
}

/// The market data with the config's additions; a bad `[market]` table names the config file.
fn market(places: &Places, config: &Config) -> Result<Arc<MarketData>, TuiError> {
    MarketData::configured(config.market.as_ref(), config.rights_warning_days)
        .map(Arc::new)
        .map_err(|e| TuiError::Config(format!("{}: {e}", places.config.display())))
}
