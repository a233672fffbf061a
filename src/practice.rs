//! The domain knowledge, as pure functions of a campaign: the partnership diagnosis, checklist
//! coverage, findings, the budget, tracking links and codes, results against plan and
//! learnings by niche. No terminal and no disk code lives here.

pub mod budget;
pub mod diagnosis;
pub mod market;
pub mod words;

#[cfg(test)]
mod sample;

pub use budget::{Budget, BudgetLine, budget};
pub use diagnosis::{QUESTIONS, Question, Recommendation, diagnose};
pub use market::MarketData;
