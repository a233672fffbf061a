//! Plain prompts, one field a line, over the same form table as the wizard: for screen
//! readers and for piped input. An empty line keeps the value, `-` clears it, a value that
//! does not fit is asked again with the reason, and the end of input saves and quits.

use std::io::{BufRead, Write};

use super::TuiError;
use super::rules::Checks;
use super::wizard::input::item_text;
use crate::doc::Docs;
use crate::form::{Applicability, Field, STEPS, StepKind};
use crate::path::{KeyPath, Kind, row_count};
use crate::practice::MarketData;
use crate::store::{self, Loaded};

/// The end of the input was reached: save and stop.
struct End;

struct Prompts<'a, R, W> {
    input: &'a mut R,
    output: &'a mut W,
    docs: Docs,
    market: &'a MarketData,
    /// Whether a terminal echoes what is typed (else the prompts add the line break).
    echoed: bool,
    /// Key paths already asked, skipped here.
    asked: &'a [&'a str],
}

/// How the prompts run.
#[derive(Debug, Clone, Copy, Default)]
pub struct How<'a> {
    /// Another window has the campaign open: nothing is saved.
    pub read_only: bool,
    /// A terminal echoes what is typed (else the prompts add the line break).
    pub echoed: bool,
    /// Key paths already asked (skipped).
    pub asked: &'a [&'a str],
}

/// A refused value in plain words (with a full stop).
fn plain(error: &crate::doc::EditError) -> String {
    let text = super::wizard::reason(error);
    if text.ends_with('.') {
        text
    } else {
        format!("{text}.")
    }
}

fn io(e: std::io::Error) -> TuiError {
    TuiError::Prompt(e)
}

/// Asks every field of steps 1–12 of `loaded`, then saves (unless `read_only`: another
/// window has the campaign open).
pub fn run(
    places: &store::Places,
    loaded: Loaded,
    market: &MarketData,
    input: &mut impl BufRead,
    output: &mut impl Write,
    how: How<'_>,
) -> Result<(), TuiError> {
    let How {
        read_only,
        echoed,
        asked,
    } = how;
    let Loaded {
        dir,
        docs,
        read,
        bundle,
        ..
    } = loaded;
    let mut p = Prompts {
        input,
        output,
        docs,
        market,
        echoed,
        asked,
    };
    writeln!(
        p.output,
        "splitbrief: {} ({})",
        bundle.campaign.name,
        dir.display()
    )
    .map_err(io)?;
    writeln!(
        p.output,
        "Enter keeps a value, - clears it; the end of input saves and quits."
    )
    .map_err(io)?;
    if read_only {
        writeln!(p.output, "{}", super::wizard::READ_ONLY).map_err(io)?;
    }
    let finished = p.steps().map_err(io)?;
    if finished.is_ok() {
        p.summary().map_err(io)?;
    }
    if read_only {
        writeln!(
            p.output,
            "Nothing was saved: the campaign is open in another window."
        )
        .map_err(io)?;
        return Ok(());
    }
    match store::save(places, &dir, &p.docs, Some(&read)) {
        Ok(written) if written.is_empty() => writeln!(p.output, "Nothing changed.").map_err(io)?,
        Ok(written) => {
            let names: Vec<&str> = written.iter().map(|f| f.file_name()).collect();
            writeln!(p.output, "Saved {}.", names.join(", ")).map_err(io)?;
        }
        Err(e) => return Err(e.into()),
    }
    Ok(())
}

impl<R: BufRead, W: Write> Prompts<'_, R, W> {
    fn steps(&mut self) -> std::io::Result<Result<(), End>> {
        // The same count as the wizard's "step n of 13": the review is the last step here too.
        let count = STEPS.len();
        for (i, step) in STEPS
            .iter()
            .enumerate()
            .filter(|(_, s)| s.kind != StepKind::Review)
        {
            writeln!(
                self.output,
                "\nStep {} of {count}: {}. {}",
                i + 1,
                step.title,
                step.intro
            )?;
            for field in step.fields {
                if self.field(field)?.is_err() {
                    return Ok(Err(End));
                }
            }
            if step.kind == StepKind::Diagnosis {
                self.advice()?;
            }
        }
        Ok(Ok(()))
    }

    fn applicability(&self, field: &Field) -> Applicability {
        match self.docs.bundle() {
            Ok(bundle) => field.applies.check(field.file(), &bundle),
            Err(_) => Applicability::Applies,
        }
    }

    fn field(&mut self, field: &Field) -> std::io::Result<Result<(), End>> {
        // Asked before the campaign existed (`new --accessible` without a name).
        if self.asked.contains(&field.path) {
            return Ok(Ok(()));
        }
        if let Applicability::Unused(reason) = self.applicability(field) {
            writeln!(self.output, "{}: {reason}", field.label)?;
            return Ok(Ok(()));
        }
        if matches!(field.kind(), Kind::Rows(_)) {
            return self.rows(field);
        }
        let Some(path) = field.key_path(None) else {
            return Ok(Ok(()));
        };
        self.ask(field, &path)
    }

    fn rows(&mut self, field: &Field) -> std::io::Result<Result<(), End>> {
        let Some(path) = field.key_path(None) else {
            return Ok(Ok(()));
        };
        let count = self.docs.doc(path.file).map_or(0, |d| row_count(d, &path));
        writeln!(
            self.output,
            "{} ({} in {}): {}",
            field.label,
            count,
            field.file().file_name(),
            field.hint
        )?;
        let mut index = 0;
        loop {
            if index >= count {
                write!(
                    self.output,
                    "Add one to {}? (yes/no, Enter = no): ",
                    field.label.to_lowercase()
                )?;
                self.output.flush()?;
                let Some(answer) = self.line()? else {
                    return Ok(Err(End));
                };
                if !matches!(answer.trim().to_lowercase().as_str(), "y" | "yes") {
                    return Ok(Ok(()));
                }
            }
            writeln!(self.output, "{} {}:", field.label, index + 1)?;
            for column in field.columns() {
                let Some(path) = column.key_path(Some(index)) else {
                    continue;
                };
                if self.ask(column, &path)?.is_err() {
                    return Ok(Err(End));
                }
            }
            index += 1;
        }
    }

    /// Asks one value until it fits; `Err(End)` at the end of input.
    fn ask(&mut self, field: &Field, path: &KeyPath) -> std::io::Result<Result<(), End>> {
        let choices = match field.kind() {
            Kind::Bool => " (yes/no)".to_string(),
            Kind::OneOf(values) => format!(" (one of: {})", values.join(", ")),
            Kind::ManyOf(values) => format!(" (any of: {}; commas between)", values.join(", ")),
            Kind::TextList | Kind::Handles | Kind::Languages | Kind::Countries | Kind::Regions => {
                " (commas between)".to_string()
            }
            Kind::Assignees => {
                " (handles of the partners who do it, commas between; empty = everyone)".to_string()
            }
            _ => String::new(),
        };
        loop {
            let current = self
                .docs
                .get(path)
                .ok()
                .flatten()
                .map(item_text)
                .unwrap_or_default()
                .replace('\n', ", ");
            let shown = if current.is_empty() {
                String::new()
            } else {
                format!(" [{current}]")
            };
            write!(
                self.output,
                "{} — {}{choices}{shown}: ",
                field.label, field.hint
            )?;
            self.output.flush()?;
            let Some(answer) = self.line()? else {
                return Ok(Err(End));
            };
            let text = match answer.trim() {
                "" => return Ok(Ok(())),
                "-" => String::new(),
                typed => typed.to_string(),
            };
            match self.docs.set(path, &text) {
                Ok(()) => return Ok(Ok(())),
                Err(e) => writeln!(
                    self.output,
                    "  ✗ {} Try again (Enter keeps the old value).",
                    plain(&e)
                )?,
            }
        }
    }

    fn line(&mut self) -> std::io::Result<Option<String>> {
        let mut line = String::new();
        let read = self.input.read_line(&mut line)?;
        if !self.echoed {
            // Piped answers are not echoed by a terminal: end the prompt's line ourselves.
            writeln!(self.output)?;
        }
        match read {
            0 => Ok(None),
            _ => Ok(Some(line.trim_end_matches(['\n', '\r']).to_string())),
        }
    }

    fn checks(&self) -> Option<Checks> {
        self.docs
            .bundle()
            .ok()
            .map(|b| Checks::of(&b, store::today(), self.market))
    }

    fn advice(&mut self) -> std::io::Result<()> {
        let Some(advice) = self.checks().map(|c| c.advice) else {
            return Ok(());
        };
        match advice.recommendation {
            Some(p) => writeln!(self.output, "The diagnosis recommends {p}.")?,
            None => writeln!(
                self.output,
                "No recommendation yet: answer at least one question with yes."
            )?,
        }
        for line in advice.reasons.iter().chain(&advice.notes) {
            writeln!(self.output, "  - {line}")?;
        }
        Ok(())
    }

    fn summary(&mut self) -> std::io::Result<()> {
        if let Some((i, step)) = STEPS
            .iter()
            .enumerate()
            .find(|(_, s)| s.kind == StepKind::Review)
        {
            writeln!(
                self.output,
                "\nStep {} of {}: {}. {}",
                i + 1,
                STEPS.len(),
                step.title,
                step.intro
            )?;
        }
        let Some(checks) = self.checks() else {
            return Ok(());
        };
        let (done, all) = checks.coverage();
        writeln!(self.output, "\nChecklist: {done}/{all} practices done.")?;
        for p in checks
            .coverage
            .practices
            .iter()
            .filter(|p| !p.missing.is_empty())
        {
            writeln!(
                self.output,
                "  {} {}: missing {}",
                p.number,
                p.title,
                p.missing.join("; ")
            )?;
        }
        for f in &checks.findings {
            writeln!(
                self.output,
                "  {} {}: {} ({})",
                f.severity.as_str(),
                f.key,
                f.message,
                f.fix
            )?;
        }
        writeln!(self.output, "{}", crate::practice::DISCLAIMER)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::FileKind;

    fn places(root: &std::path::Path) -> store::Places {
        store::Places::under(root)
    }

    #[test]
    fn piped_answers_fill_fields_and_end_of_input_saves() {
        let tmp = tempfile::tempdir().unwrap();
        let places = places(tmp.path());
        let mut docs =
            Docs::new_campaign("Spring", "spring", "2026-11-25T10:00:00Z".parse().unwrap());
        let slug = store::create(&places, &mut docs).unwrap();
        let loaded = store::open(&places, &slug).unwrap();
        // name kept, brand typed, product: a bad then no value; website: a bad value then a good one.
        let answers = "\nAcme\n-\nnot a url\nhttps://acme.example\n";
        let mut out = Vec::new();
        run(
            &places,
            loaded,
            &MarketData::default(),
            &mut answers.as_bytes(),
            &mut out,
            How::default(),
        )
        .unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains("✗"), "{out}");
        assert!(out.contains("Saved campaign.toml"), "{out}");
        let total = crate::form::STEPS.len();
        assert_eq!(total, 13, "the wizard says step n of 13");
        assert!(out.contains(&format!("Step 1 of {total}:")), "{out}");
        let back = store::open(&places, &slug).unwrap();
        assert_eq!(back.bundle.campaign.brand.as_deref(), Some("Acme"));
        assert_eq!(
            back.bundle.campaign.brand_website.as_deref(),
            Some("https://acme.example")
        );
        assert_eq!(back.bundle.campaign.name, "Spring");
        assert!(back.docs.doc(FileKind::Creator).is_some());
    }

    #[test]
    fn a_read_only_run_saves_nothing_and_says_so() {
        let tmp = tempfile::tempdir().unwrap();
        let places = places(tmp.path());
        let mut docs =
            Docs::new_campaign("Spring", "spring", "2026-11-25T10:00:00Z".parse().unwrap());
        let slug = store::create(&places, &mut docs).unwrap();
        let before = store::open(&places, &slug).unwrap().read;
        let mut out = Vec::new();
        let loaded = store::open(&places, &slug).unwrap();
        run(
            &places,
            loaded,
            &MarketData::default(),
            &mut "\nAcme\n".as_bytes(),
            &mut out,
            How {
                read_only: true,
                ..How::default()
            },
        )
        .unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(
            out.contains("Read-only") && out.contains("Nothing was saved"),
            "{out}"
        );
        assert_eq!(store::open(&places, &slug).unwrap().read, before);
    }
}
