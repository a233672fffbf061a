//! How the command line speaks: every human line through one escaper (text from files never
//! reaches the terminal raw), JSON with every control escaped, and failures as a plain
//! message and an exit code.

use std::io::Write;

use crate::store::StoreError;

/// A command that could not do its job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// One or two plain sentences.
    pub message: String,
    /// 1 or 2.
    pub code: u8,
}

impl Failure {
    /// Bad usage or an unreadable/unwritable file: exit 2.
    pub(crate) fn usage(message: impl Into<String>) -> Failure {
        Failure {
            message: message.into(),
            code: 2,
        }
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Failure {
        Failure::usage(e.to_string())
    }
}

/// Prints human text on standard output, controls from files shown escaped.
pub(crate) fn print_text(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(crate::safe_text::terminal(text).as_bytes());
}

/// Prints JSON on standard output (with a line break), every control escaped.
pub(crate) fn print_json(value: &serde_json::Value) {
    let text = serde_json::to_string_pretty(value).unwrap_or_default();
    print_text_json(&text);
}

fn print_text_json(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{}", crate::safe_text::json(text));
}

/// `println!` for human output: the line is shown escaped.
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::cli::output::print_text(&format!("{}\n", format_args!($($arg)*)))
    };
}

/// `print!` for human output: the text is shown escaped.
macro_rules! say_raw {
    ($($arg:tt)*) => {
        $crate::cli::output::print_text(&format!($($arg)*))
    };
}

pub(crate) use {say, say_raw};
