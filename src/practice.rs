//! The domain knowledge, as pure functions of a campaign: the partnership diagnosis, checklist
//! coverage, findings, the budget, tracking links and codes, results against plan and
//! learnings by niche. No terminal and no disk code lives here.

pub(crate) mod agenda;
pub mod budget;
pub(crate) mod cost;
pub(crate) mod coverage;
pub(crate) mod diagnosis;
pub(crate) mod findings;
pub(crate) mod grants;
pub(crate) mod learnings;
pub(crate) mod market;
pub mod pay;
pub(crate) mod results;
pub(crate) mod tracking;
pub(crate) mod words;

#[cfg(test)]
mod sample;

pub use budget::{Budget, BudgetLine, budget};
pub use cost::CostLine;
pub use cost::planned_costs;
pub use coverage::{Coverage, Practice, Status, coverage};
pub(crate) use diagnosis::QUESTIONS;
pub use diagnosis::{Question, Recommendation, diagnose};
pub use findings::{Counts, Finding, Rule, Severity, check, rules};
pub(crate) use findings::{DISCLAIMER, check_single};
pub(crate) use learnings::gather;
pub use learnings::past_hooks;
pub use learnings::{NicheLearnings, Note, Suggestion, SuggestionKind, Tally};
pub use market::MarketData;
pub use results::Comparison;
pub(crate) use results::compare;
pub use tracking::suggested_code;
pub use tracking::{LabelAdvice, LinkError, PartnerLink};
pub(crate) use tracking::{labels_needed, partner_links};

/// How a partner is named in findings, budgets and links: the handle, else the name.
pub(crate) fn partner_label(handle: Option<&str>, name: Option<&str>) -> Option<String> {
    [handle, name]
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|s| !s.is_empty())
        .map(str::to_string)
}
