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

/// Prints any serializable value as JSON, like `print_json`, written as it is made (no
/// JSON tree or whole text of a long list in memory).
pub fn print_json_of<T: serde::Serialize>(value: &T) {
    let mut out = JsonOut {
        inner: std::io::BufWriter::new(std::io::stdout().lock()),
        pending: Vec::new(),
    };
    if serde_json::to_writer_pretty(&mut out, value).is_ok() {
        let _ = out.write_all(b"\n");
    }
    let _ = out.flush();
}

/// Passes JSON text on with C1 and bidi controls escaped, in pieces cut between characters.
struct JsonOut<W: Write> {
    inner: W,
    pending: Vec<u8>,
}

impl<W: Write> JsonOut<W> {
    fn pass(&mut self, all: bool) -> std::io::Result<()> {
        let whole = match std::str::from_utf8(&self.pending) {
            Ok(_) => self.pending.len(),
            Err(e) if all => e.valid_up_to().max(self.pending.len()),
            Err(e) => e.valid_up_to(),
        };
        let text = String::from_utf8_lossy(&self.pending[..whole]);
        self.inner
            .write_all(crate::safe_text::json(&text).as_bytes())?;
        self.pending.drain(..whole);
        Ok(())
    }
}

impl<W: Write> Write for JsonOut<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        if self.pending.len() >= 64 * 1024 {
            self.pass(false)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.pass(true)?;
        self.inner.flush()
    }
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
