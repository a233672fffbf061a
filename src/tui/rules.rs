//! What the practice rules say about a campaign, gathered once per change for the screens:
//! checklist coverage, findings, the diagnosis, the budget and the status. The rules live in
//! `crate::practice`; this is the only file of the terminal app that calls them.

use crate::brief::{Bundle, Date, Partnership};
use crate::path::KeyPath;

/// How far a step or practice is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Complete.
    Done,
    /// Started.
    Partly,
    /// Not started.
    Missing,
    /// Does not apply to this campaign.
    NotApplicable,
}

impl Mark {
    /// The symbol in the step list (marks never rely on colour).
    pub fn symbol(self) -> &'static str {
        match self {
            Mark::Done => "✓",
            Mark::Partly => "◐",
            Mark::Missing => "○",
            Mark::NotApplicable => "–",
        }
    }

    /// The word for it.
    pub fn word(self) -> &'static str {
        match self {
            Mark::Done => "done",
            Mark::Partly => "partly",
            Mark::Missing => "missing",
            Mark::NotApplicable => "n/a",
        }
    }
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Would embarrass the marketer or break a rule.
    Error,
    /// A likely mistake.
    Warning,
    /// Advice.
    Info,
}

impl Severity {
    /// The word shown.
    pub fn word(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// The symbol shown (never colour alone).
    pub fn symbol(self) -> &'static str {
        match self {
            Severity::Error => "✗",
            Severity::Warning => "!",
            Severity::Info => "i",
        }
    }
}

/// One checklist practice as the review shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct PracticeLine {
    /// 1–10.
    pub number: usize,
    /// What the practice asks.
    pub title: String,
    /// How far it is.
    pub mark: Mark,
    /// What is still missing, in plain words.
    pub missing: Vec<String>,
}

/// One finding as the review shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct FindingLine {
    /// Public id (`missing-disclosure`).
    pub id: String,
    /// How serious.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub fix: String,
    /// The field it is about.
    pub key: KeyPath,
}

/// The diagnosis as the step shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advice {
    /// The recommended type, when one question at least is answered yes.
    pub recommended: Option<Partnership>,
    /// Why.
    pub reasons: Vec<String>,
    /// What else to know.
    pub notes: Vec<String>,
}

/// One line of the budget.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetRow {
    /// What the amount is for (brief and partner included).
    pub label: String,
    /// The amount in the campaign's currency.
    pub amount: f64,
}

/// The budget as the pay step shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetView {
    /// Every line.
    pub rows: Vec<BudgetRow>,
    /// Their sum.
    pub total: f64,
    /// `campaign.budget`, when set.
    pub budget: Option<f64>,
}

/// Planned against actual for one measure.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultBar {
    /// The measure ("reach").
    pub label: String,
    /// The target, when set.
    pub planned: Option<f64>,
    /// The result, when known.
    pub actual: Option<f64>,
}

/// The rules' view of one campaign.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Checks {
    /// The ten practices (empty when the rules are not available).
    pub practices: Vec<PracticeLine>,
    /// The findings, most serious first.
    pub findings: Vec<FindingLine>,
    /// The diagnosis.
    pub advice: Option<Advice>,
    /// The budget.
    pub budget: Option<BudgetView>,
    /// Planned against actual.
    pub results: Vec<ResultBar>,
    /// The campaign's status today (draft, sent, live, done).
    pub status: Option<String>,
}

impl Checks {
    /// Runs the rules on a campaign.
    pub fn of(_bundle: &Bundle, _today: Date) -> Checks {
        Checks::default()
    }

    /// The mark of checklist practice `number` (1–10).
    pub fn practice_mark(&self, number: usize) -> Option<Mark> {
        self.practices.iter().find(|p| p.number == number).map(|p| p.mark)
    }

    /// Practices done and applicable ("7/8").
    pub fn coverage(&self) -> Option<(usize, usize)> {
        if self.practices.is_empty() {
            return None;
        }
        let applicable = self.practices.iter().filter(|p| p.mark != Mark::NotApplicable);
        let done = applicable.clone().filter(|p| p.mark == Mark::Done).count();
        Some((done, applicable.count()))
    }

    /// The recommended partnership type.
    pub fn recommended(&self) -> Option<Partnership> {
        self.advice.as_ref().and_then(|a| a.recommended)
    }

    /// How many findings of a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == severity).count()
    }
}
