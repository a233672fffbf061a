//! Commands that advise: `diagnose` (which partnership type the answers point to) and
//! `learnings` (what finished campaigns taught, by niche).

use super::output::{say, say_raw};
use std::fmt::Write;
use std::path::Path;

use super::Failure;
use crate::brief::{Category, Diagnosis};
use crate::practice::{self, QUESTIONS, diagnosis::question};
use crate::store::{self, Places};

/// `diagnose [SLUG] [--answer ID=yes|no]… [--category C] [--json]`: tries answers over the
/// stored ones without writing anything.
#[expect(
    clippy::too_many_lines,
    reason = "one command read top to bottom: answers, diagnosis, output"
)]
pub fn diagnose(
    dir: Option<&Path>,
    slug: Option<&str>,
    answers: &[String],
    category: Option<&str>,
    json: bool,
) -> Result<u8, Failure> {
    let (mut stored, mut cat) = (Diagnosis::default(), None);
    if let Some(slug) = slug {
        let (places, _) = Places::resolve(dir)?;
        let loaded = store::open(&places, slug)?;
        stored = loaded.bundle.campaign.diagnosis.clone();
        cat = loaded.bundle.campaign.category;
    }
    for pair in answers {
        let (id, value) = pair.split_once('=').ok_or_else(|| {
            Failure::usage(format!(
                "`{pair}` is not ID=yes or ID=no, e.g. --answer launch=yes"
            ))
        })?;
        let q = question(id.trim()).ok_or_else(|| {
            let ids = QUESTIONS.iter().map(|q| q.id);
            let hint = crate::path::nearest(id.trim(), ids)
                .map(|n| format!("did you mean `{n}`?"))
                .unwrap_or_else(|| {
                    let all: Vec<&str> = QUESTIONS.iter().map(|q| q.id).collect();
                    format!("the questions are: {}", all.join(", "))
                });
            Failure::usage(format!("no question `{}`; {hint}", id.trim()))
        })?;
        let answer = match value.trim().to_ascii_lowercase().as_str() {
            "yes" | "true" | "y" => Some(true),
            "no" | "false" | "n" => Some(false),
            "" => None,
            other => {
                return Err(Failure::usage(format!(
                    "`{other}` is not yes or no (for --answer {id}=…)"
                )));
            }
        };
        q.set_answer(&mut stored, answer);
    }
    if let Some(text) = category {
        cat = Some(text.trim().parse::<Category>().map_err(|()| {
            Failure::usage(format!(
                "`{text}` is not a category; choose one of: {}",
                Category::VALUES.join(", ")
            ))
        })?);
    }
    let result = practice::diagnose(&stored, cat);
    if json {
        super::output::print_json(&serde_json::json!(result));
        return Ok(0);
    }
    let mut out = String::new();
    for q in QUESTIONS.iter() {
        let mark = match q.answer(&stored) {
            Some(true) => "yes",
            Some(false) => "no ",
            None => " - ",
        };
        let _ = writeln!(out, "[{mark}] {:<18} {}", q.id, q.text);
    }
    if let Some(c) = cat {
        let _ = writeln!(out, "      category           {c}");
    }
    out.push('\n');
    match result.recommendation {
        Some(p) => {
            let _ = writeln!(
                out,
                "Recommendation: {p} (production {}, distribution {})",
                result.production, result.distribution
            );
        }
        None => out.push_str("No recommendation yet.\n"),
    }
    for reason in &result.reasons {
        let _ = writeln!(out, "  + {reason}");
    }
    for note in &result.notes {
        let _ = writeln!(out, "  note: {note}");
    }
    if slug.is_none() && answers.is_empty() {
        out.push_str("\nTry answers with --answer ID=yes|no, or name a campaign to start from its answers.\n");
    }
    say_raw!("{out}");
    Ok(0)
}

/// `learnings [--niche N]`: learnings and results across every campaign, by niche.
pub fn learnings(dir: Option<&Path>, niche: Option<&str>) -> Result<u8, Failure> {
    let (places, config) = Places::resolve(dir)?;
    let market = super::summary::market_data(&config, &places.config)?;
    // Only campaigns with a niche are read in full (the index says which), on every core.
    let groups = crate::listing::learnings(&places, &market, store::today(), niche)?;
    if groups.is_empty() {
        say!(
            "{}",
            match niche {
                Some(n) => format!("no learnings for the niche `{n}` yet"),
                None => "no learnings yet: set campaign.learnings.niche and add notes once a campaign ends".into(),
            }
        );
        return Ok(0);
    }
    let mut out = String::new();
    for g in groups {
        let _ = writeln!(
            out,
            "== {} ({} campaign{}: {})",
            g.niche,
            g.campaigns.len(),
            if g.campaigns.len() == 1 { "" } else { "s" },
            g.campaigns.join(", ")
        );
        let tally = |label: &str, items: &[practice::Tally], out: &mut String| {
            if !items.is_empty() {
                let parts: Vec<String> = items
                    .iter()
                    .map(|t| format!("{} ({})", t.value, t.count))
                    .collect();
                let _ = writeln!(out, "   {label}: {}", parts.join("; "));
            }
        };
        tally("best hooks", &g.best_hooks, &mut out);
        tally("best formats", &g.best_formats, &mut out);
        tally("best partners", &g.best_partners, &mut out);
        if !g.rebook.is_empty() {
            let _ = writeln!(out, "   book again: {}", g.rebook.join(", "));
        }
        for note in &g.notes {
            let _ = writeln!(out, "   - {} ({})", note.text, note.campaign);
        }
        out.push('\n');
    }
    say_raw!("{out}");
    Ok(0)
}
