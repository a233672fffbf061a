//! The terminal loop: raw mode and the alternate screen on the way in, restored on every way
//! out (normal end, error, panic); it blocks on input (a timer only while a draft is due),
//! draws only when something changed, and suspends itself for the external editor.

use std::collections::VecDeque;
use std::io::{self, Stdout, Write};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, MouseEventKind,
};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use super::app::{App, Effect, Msg};
use super::perform::Performer;
use super::update::update;
use super::{TuiError, view};
use crate::store::{Draft, Places};

/// Whether the terminal is in the app's mode (so the panic hook knows to restore it).
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Whether mouse capture is on.
static MOUSE: AtomicBool = AtomicBool::new(false);

type Backend = CrosstermBackend<Stdout>;

fn enter(mouse: bool) -> io::Result<()> {
    enable_raw_mode()?;
    let mut out = io::stdout();
    execute!(
        out,
        EnterAlternateScreen,
        EnableBracketedPaste,
        cursor::Hide
    )?;
    if mouse {
        execute!(out, EnableMouseCapture)?;
    }
    MOUSE.store(mouse, Ordering::SeqCst);
    ACTIVE.store(true, Ordering::SeqCst);
    Ok(())
}

/// Puts the terminal back as it was; safe to call twice.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    if MOUSE.load(Ordering::SeqCst) {
        let _ = execute!(out, DisableMouseCapture);
    }
    let _ = execute!(
        out,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = disable_raw_mode();
    let _ = out.flush();
}

/// Restores the terminal before a panic message is printed.
fn install_panic_hook() {
    static INSTALLED: AtomicBool = AtomicBool::new(false);
    if INSTALLED.swap(true, Ordering::SeqCst) {
        return;
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// The unsaved work as of the last message, and where drafts go: what a signal writes.
static UNSAVED: Mutex<Option<(Places, Draft)>> = Mutex::new(None);

/// Keeps what a signal must write up to date (after every message).
fn note_unsaved(app: &App, places: &Places) {
    let mut slot = UNSAVED.lock().unwrap_or_else(|e| e.into_inner());
    *slot = app.draft_now().map(|d| (places.clone(), d));
}

/// When the process is told to stop (SIGTERM, SIGHUP, SIGQUIT, or a SIGINT from outside:
/// in raw mode Ctrl-C is a key), writes the unsaved work to the draft at once, restores the
/// terminal and ends.
#[cfg(unix)]
fn watch_signals() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    static WATCHING: AtomicBool = AtomicBool::new(false);
    if WATCHING.swap(true, Ordering::SeqCst) {
        return;
    }
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGQUIT, SIGINT])
    else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            let unsaved = UNSAVED.lock().unwrap_or_else(|e| e.into_inner()).take();
            if let Some((places, draft)) = unsaved {
                let _ = crate::store::write_draft(&places, &draft);
            }
            restore();
            std::process::exit(128 + signal);
        }
    });
}

#[cfg(not(unix))]
fn watch_signals() {}

/// Restores the terminal when dropped, whatever the way out.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

fn terminal_error(e: io::Error) -> TuiError {
    TuiError::Terminal(e)
}

/// Runs the app: `initial` messages arrive before the first frame, `effects` after it.
pub fn run(
    app: &mut App,
    performer: &Performer,
    initial: Vec<Msg>,
    effects: Vec<Effect>,
    mouse: bool,
) -> Result<(), TuiError> {
    install_panic_hook();
    watch_signals();
    enter(mouse).map_err(terminal_error)?;
    let _guard = Guard;
    let mut terminal =
        Terminal::new(CrosstermBackend::new(io::stdout())).map_err(terminal_error)?;
    let size = terminal.size().map_err(terminal_error)?;
    app.size = (size.width, size.height);
    let mut queue: VecDeque<Effect> = VecDeque::new();
    // Work done in the background (the listing, the learnings) reports here.
    let (mail, inbox) = std::sync::mpsc::channel::<Msg>();
    for msg in initial {
        queue.extend(update(app, msg));
    }
    terminal
        .draw(|f| view::draw(f, app))
        .map_err(terminal_error)?;
    app.redraw = false;
    queue.extend(effects);
    // When the draft fell due: the first edit since the last draft, so typing on never
    // holds it back more than the delay.
    let mut due_since: Option<Instant> = None;
    loop {
        loop {
            while let Some(effect) = queue.pop_front() {
                let msg = perform(effect, performer, &mail, &mut terminal, mouse);
                if let Some(msg) = msg {
                    app.now.instant = jiff::Timestamp::now();
                    queue.extend(update(app, msg));
                }
            }
            let Ok(msg) = inbox.try_recv() else { break };
            app.now.instant = jiff::Timestamp::now();
            queue.extend(update(app, msg));
        }
        note_unsaved(app, &performer.places);
        if app.quit {
            return Ok(());
        }
        if app.redraw {
            terminal
                .draw(|f| view::draw(f, app))
                .map_err(terminal_error)?;
            app.redraw = false;
        }
        due_since = match (app.tick_after(), due_since) {
            (None, _) => None,
            (Some(_), Some(since)) => Some(since),
            (Some(_), None) => Some(Instant::now()),
        };
        let msg = match next_event(app, due_since)? {
            Next::Event(event) => match to_msg(event, mouse) {
                Some(msg) => msg,
                None => continue,
            },
            Next::Tick => Msg::Tick,
            Next::Mail => continue,
        };
        app.now.instant = jiff::Timestamp::now();
        queue.extend(update(app, msg));
    }
}

/// Performs an effect: the editor here, the listing and the learnings in the background
/// (they report in `mail`), the rest through the performer.
fn perform(
    effect: Effect,
    performer: &Performer,
    mail: &std::sync::mpsc::Sender<Msg>,
    terminal: &mut Terminal<Backend>,
    mouse: bool,
) -> Option<Msg> {
    match effect {
        Effect::Editor(text) => Some(edit(terminal, &text, mouse)),
        Effect::List => {
            performer.list(mail);
            None
        }
        Effect::Learnings => {
            performer.learnings(mail);
            None
        }
        other => performer.perform(other),
    }
}

/// What woke the loop.
enum Next {
    /// Input.
    Event(Event),
    /// The draft timer ran out.
    Tick,
    /// Time to look at the mailbox.
    Mail,
}

/// Blocks until input arrives, or until the draft timer runs out. While work goes on in the
/// background (a listing, the learnings) it wakes every few milliseconds to read the mailbox.
fn next_event(app: &App, due_since: Option<Instant>) -> Result<Next, TuiError> {
    let tick = app
        .tick_after()
        .map(|delay| due_since.map_or(delay, |since| delay.saturating_sub(since.elapsed())));
    if tick.is_some_and(|wait| wait.is_zero()) {
        return Ok(Next::Tick);
    }
    let mail = (app.home.loading || app.home.gathering).then_some(Duration::from_millis(10));
    let wait = match (tick, mail) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    if let Some(wait) = wait
        && !event::poll(wait).map_err(terminal_error)?
    {
        return Ok(match tick {
            Some(t) if t <= wait => Next::Tick,
            _ => Next::Mail,
        });
    }
    event::read().map(Next::Event).map_err(terminal_error)
}

fn to_msg(event: Event, mouse: bool) -> Option<Msg> {
    match event {
        Event::Key(key) => Some(Msg::Key(key)),
        Event::Mouse(m)
            if mouse && !matches!(m.kind, MouseEventKind::Moved | MouseEventKind::Drag(_)) =>
        {
            Some(Msg::Mouse(m))
        }
        Event::Resize(w, h) => Some(Msg::Resize(w, h)),
        Event::Paste(text) => Some(Msg::Paste(text)),
        _ => None,
    }
}

/// Suspends the app, edits `text` in `$VISUAL`/`$EDITOR`/`vi`, and comes back.
fn edit(terminal: &mut Terminal<Backend>, text: &str, mouse: bool) -> Msg {
    let path = std::env::temp_dir().join(format!("splitbrief-edit-{}.txt", std::process::id()));
    if let Err(e) = std::fs::write(&path, format!("{text}\n")) {
        return Msg::Edited(Err(format!(
            "could not prepare the text for the editor: {e}"
        )));
    }
    let editor = ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.trim().is_empty())
        .unwrap_or_else(|| "vi".into());
    restore();
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("splitbrief")
        .arg(&path)
        .status();
    let back = enter(mouse).and_then(|()| terminal.clear());
    let result = match (status, back) {
        (_, Err(e)) => Err(format!(
            "the terminal could not be restored after the editor: {e}"
        )),
        (Err(e), _) => Err(format!("could not start the editor `{editor}`: {e}")),
        (Ok(s), _) if !s.success() => Err(format!(
            "the editor `{editor}` ended with an error; nothing changed"
        )),
        (Ok(_), _) => std::fs::read_to_string(&path)
            .map_err(|e| format!("could not read the edited text: {e}")),
    };
    let _ = std::fs::remove_file(&path);
    Msg::Edited(result)
}
