//! The pseudo-terminal harness behind `BENCHMARKS.md`: runs a command in a 100×30
//! pseudo-terminal, as a person's terminal would, and prints JSON.
//!
//! ```sh
//! cargo run --release --example pty_latency -- frame -- dialog --inputbox Name 10 60
//! cargo run --release --example pty_latency -- frame --keys n -- target/release/splitbrief
//! cargo run --release --example pty_latency -- home 10000 -- target/release/splitbrief
//! ```
//!
//! `frame`: `first_frame_ms` (spawn until the first burst of output, over 200 bytes) and
//! `echo_ms` (median over 40 letters: sent until the terminal receives bytes holding it);
//! `--keys K` is typed once the first frame settles (`n` opens a new campaign, where letters
//! echo). `home N`: `count_ms` (spawn until the screen shows "N campaigns", `10,000` or
//! `10000`) and `key_ms` (then `/`: until the next bytes), `home_ms` their sum.
//! Same method as `../shared/tools/pty_latency.py` and `home_latency.py`.

use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

type Chunks = Receiver<(Instant, Vec<u8>)>;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(split) = args.iter().position(|a| a == "--") else {
        eprintln!("usage: pty_latency frame [--keys K] -- COMMAND… | home N -- COMMAND…");
        std::process::exit(2);
    };
    let (mode, command) = (&args[..split], &args[split + 1..]);
    let result = match mode.first().map(String::as_str) {
        Some("frame") => {
            let keys = mode
                .iter()
                .position(|a| a == "--keys")
                .and_then(|i| mode.get(i + 1))
                .cloned()
                .unwrap_or_default();
            frame(command, &keys)
        }
        Some("home") => {
            let count = mode.get(1).and_then(|n| n.parse().ok()).unwrap_or(0);
            home(command, count)
        }
        _ => Err("the mode is `frame` or `home N`".to_string()),
    };
    match result {
        Ok(json) => println!("{json}"),
        Err(e) => {
            eprintln!("pty_latency: {e}");
            std::process::exit(1);
        }
    }
}

struct Session {
    start: Instant,
    chunks: Chunks,
    input: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn spawn(command: &[String]) -> Result<Session, String> {
    let Some((program, rest)) = command.split_first() else {
        return Err("no command".into());
    };
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 30,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .map_err(|e| e.to_string())?;
    let mut cmd = CommandBuilder::new(program);
    cmd.args(rest);
    cmd.env("TERM", "xterm-256color");
    if let Ok(dir) = std::env::current_dir() {
        cmd.cwd(dir);
    }
    let start = Instant::now();
    let child = pair.slave.spawn_command(cmd).map_err(|e| e.to_string())?;
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().map_err(|e| e.to_string())?;
    let input = pair.master.take_writer().map_err(|e| e.to_string())?;
    let (send, chunks) = channel();
    std::thread::spawn(move || {
        let _master = pair.master;
        let mut buf = [0u8; 65536];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || send.send((Instant::now(), buf[..n].to_vec())).is_err() {
                break;
            }
        }
    });
    Ok(Session {
        start,
        chunks,
        input,
        child,
    })
}

impl Session {
    /// Reads until `done` says so (with everything read so far) or `wait` passes; the time
    /// of the chunk that did it.
    fn until(&self, wait: Duration, mut done: impl FnMut(&[u8]) -> bool) -> Option<Instant> {
        let end = Instant::now() + wait;
        let mut seen = Vec::new();
        loop {
            let left = end.checked_duration_since(Instant::now())?;
            match self.chunks.recv_timeout(left) {
                Ok((at, chunk)) => {
                    seen.extend_from_slice(&chunk);
                    if done(&seen) {
                        return Some(at);
                    }
                }
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => return None,
            }
        }
    }

    /// Reads until nothing arrives for `quiet`.
    fn settle(&self, quiet: Duration) {
        while self.chunks.recv_timeout(quiet).is_ok() {}
    }

    fn send(&mut self, bytes: &[u8]) -> Instant {
        let _ = self.input.write_all(bytes);
        let _ = self.input.flush();
        Instant::now()
    }
}

fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 10_000.0).round() / 10.0
}

fn frame(command: &[String], keys: &str) -> Result<String, String> {
    let mut s = spawn(command)?;
    let first = s
        .until(Duration::from_secs(10), |b| b.len() > 200)
        .ok_or("no first frame within 10 s")?;
    s.settle(Duration::from_millis(150));
    if !keys.is_empty() {
        s.send(keys.as_bytes());
        s.settle(Duration::from_millis(150));
    }
    let mut echoes = Vec::new();
    for i in 0..40u8 {
        let letter = b'a' + i % 26;
        let sent = s.send(&[letter]);
        if let Some(at) = s.until(Duration::from_secs(2), |b| b.contains(&letter)) {
            echoes.push(at.saturating_duration_since(sent));
        }
        s.settle(Duration::from_millis(30));
    }
    echoes.sort();
    let echo = echoes.get(echoes.len() / 2).copied().map(ms);
    Ok(format!(
        "{{\"first_frame_ms\": {}, \"echo_ms\": {}, \"echoes\": {}}}",
        ms(first.saturating_duration_since(s.start)),
        echo.map_or("null".into(), |e| e.to_string()),
        echoes.len()
    ))
}

/// 10000 as "10,000", as the app writes it (the same formatter).
fn thousands(n: usize) -> String {
    splitbrief::practice::budget::format_money(n as f64, None)
}

/// The screen's text without escape sequences (enough to find "10,000 campaigns").
fn plain(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // CSI: ESC [ … final byte in @..~; anything else: skip one character.
            if chars.next_if_eq(&'[').is_some() {
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            } else {
                chars.next();
            }
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

fn home(command: &[String], count: usize) -> Result<String, String> {
    let mut s = spawn(command)?;
    let plain_count = count.to_string();
    let grouped = thousands(count);
    let shown = |b: &[u8]| {
        let text = plain(b);
        [&plain_count, &grouped].iter().any(|n| {
            text.match_indices(n.as_str()).any(|(i, _)| {
                text[i + n.len()..].trim_start().starts_with("campaigns")
                    && !text[..i].ends_with(|c: char| c.is_ascii_digit() || c == ',')
            })
        })
    };
    let counted = s
        .until(Duration::from_secs(30), shown)
        .ok_or("the count never showed within 30 s")?;
    std::thread::sleep(Duration::from_millis(20));
    while s.chunks.try_recv().is_ok() {}
    let sent = s.send(b"/");
    let answered = s
        .until(Duration::from_secs(30), |b| !b.is_empty())
        .ok_or("the key was never answered")?;
    let count_ms = ms(counted.saturating_duration_since(s.start));
    let key_ms = ms(answered.saturating_duration_since(sent));
    s.send(b"\x1b");
    s.send(b"q");
    Ok(format!(
        "{{\"count_ms\": {count_ms}, \"key_ms\": {key_ms}, \"home_ms\": {}}}",
        ms(Duration::from_secs_f64((count_ms + key_ms) / 1000.0))
    ))
}
