//! What the practice rules say about a campaign, gathered once per change for the screens:
//! checklist coverage, findings, the diagnosis, the budget, planned against actual and the
//! status. The rules live in `crate::practice`; this is the one file of the terminal app that
//! runs them, and it adds only how they are shown (symbols that never rely on colour).

use crate::brief::{Bundle, Date, Partnership, Platform};
use crate::practice::{
    self, Budget, Comparison, CostLine, Coverage, Finding, LabelAdvice, LinkError, MarketData,
    PartnerLink, Recommendation, Severity, Status,
};

/// The symbol of a step's or practice's state in lists.
pub fn symbol(status: Status) -> &'static str {
    match status {
        Status::Done => "✓",
        Status::Partly => "◐",
        Status::Missing => "○",
        Status::NotApplicable => "–",
    }
}

/// The word for a step's or practice's state.
pub fn word(status: Status) -> &'static str {
    match status {
        Status::Done => "done",
        Status::Partly => "partly",
        Status::Missing => "missing",
        Status::NotApplicable => "n/a",
    }
}

/// The symbol of a finding's severity.
pub(crate) fn severity_symbol(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "✗",
        Severity::Warning => "!",
        Severity::Info => "i",
    }
}

/// The rules' view of one campaign.
#[derive(Debug, Clone, PartialEq)]
pub struct Checks {
    /// The ten practices.
    pub coverage: Coverage,
    /// The findings, most serious first.
    pub findings: Vec<Finding>,
    /// The diagnosis of the stored answers.
    pub advice: Recommendation,
    /// Every budget line and the total.
    pub budget: Budget,
    /// Planned influencer cost per 1,000, engagement and conversion, with the ceilings.
    pub costs: Vec<CostLine>,
    /// Planned against actual, once either side is known.
    pub results: Vec<Comparison>,
    /// Where the campaign stands today.
    pub status: crate::brief::Status,
    /// Each influencer partner's link and code, or why the link cannot be built.
    pub links: Result<Vec<PartnerLink>, LinkError>,
    /// The disclosure label the markets and platforms need.
    pub label: LabelAdvice,
    /// For each wizard step, the most serious finding about one of its fields.
    pub step_findings: Vec<Option<Severity>>,
}

impl Checks {
    /// Runs the rules on a campaign.
    pub fn of(bundle: &Bundle, today: Date, market: &MarketData) -> Checks {
        let mut findings = practice::check(bundle, market, today);
        findings.sort_by_key(|f| f.severity);
        let step_findings = step_findings(&findings);
        let budget = practice::budget(bundle);
        Checks {
            costs: practice::cost::planned_costs_of(bundle, &budget),
            coverage: practice::coverage(bundle),
            findings,
            advice: practice::diagnose(&bundle.campaign.diagnosis, bundle.campaign.category),
            budget,
            results: practice::compare(bundle),
            status: bundle.status(today),
            links: practice::partner_links(bundle),
            label: label_advice(bundle, market),
            step_findings,
        }
    }

    /// The state of checklist practice `number` (1–10).
    pub(crate) fn practice_status(&self, number: usize) -> Option<Status> {
        self.coverage
            .practice(u8::try_from(number).ok()?)
            .map(|p| p.status)
    }

    /// Practices done and applicable ("7/8").
    pub fn coverage(&self) -> (usize, usize) {
        (self.coverage.done(), self.coverage.applicable())
    }

    /// The recommended partnership type, when there is one.
    pub(crate) fn recommended(&self) -> Option<Partnership> {
        self.advice.recommendation
    }

    /// The most serious finding on a step's fields (errors and warnings only).
    pub(crate) fn step_flag(&self, step: usize) -> Option<Severity> {
        self.step_findings
            .get(step)
            .copied()
            .flatten()
            .filter(|s| *s != Severity::Info)
    }

    /// How many findings of a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
}

/// The most serious finding per step, by the step that holds the finding's field.
fn step_findings(findings: &[Finding]) -> Vec<Option<Severity>> {
    let mut worst: Vec<Option<Severity>> = vec![None; crate::form::STEPS.len()];
    for f in findings {
        if let Some(slot) = crate::form::locate(&f.key).and_then(|p| worst.get_mut(p.step)) {
            // Severity orders Error < Warning < Info: the smaller is the more serious.
            *slot = Some(slot.map_or(f.severity, |s| s.min(f.severity)));
        }
    }
    worst
}

fn label_advice(bundle: &Bundle, market: &MarketData) -> LabelAdvice {
    let platforms: Vec<Platform> = bundle
        .used_influencer()
        .map(|i| i.posts.iter().filter_map(|p| p.platform).collect())
        .unwrap_or_default();
    practice::labels_needed(&bundle.campaign.markets, &platforms, market)
}

#[cfg(test)]
mod step_flag_tests {
    use super::*;
    use crate::doc::Docs;

    #[test]
    fn a_step_is_flagged_by_the_findings_on_its_fields() {
        let docs = Docs::new_campaign("Flag", "flag", "2026-11-25T10:00:00Z".parse().unwrap());
        let bundle = docs.bundle().unwrap();
        let today = Date::parse("2026-11-25").unwrap();
        let checks = Checks::of(&bundle, today, &MarketData::default());
        // Step 4 (creator work) holds no-deliverables and no-deadline: errors.
        assert_eq!(checks.step_flag(3), Some(Severity::Error));
        // Step 1 (basics) holds nothing wrong in an empty campaign.
        assert_eq!(checks.step_flag(0), None);
    }

    #[test]
    fn every_key_a_rule_points_at_has_a_wizard_field() {
        for rule in practice::rules() {
            for key in rule.keys {
                let path = crate::path::KeyPath::parse(&key.replace("[]", "[0]"));
                let place = path.ok().and_then(|p| crate::form::locate(&p));
                assert!(
                    place.is_some(),
                    "{}: {key} has no field to jump to",
                    rule.id
                );
            }
        }
    }
}
