//! The review step's selectable lines: each finding (Enter goes to its field), then save
//! and export. The view draws them in this order; update acts on the selected one.

use super::Wizard;
use crate::path::KeyPath;

/// What a line of the review does on Enter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewTarget {
    /// Go to the field a finding is about.
    Field(KeyPath),
    /// Save now.
    Save,
    /// Export the briefs to Markdown.
    Export,
}

impl Wizard {
    fn review_targets(&self) -> Vec<ReviewTarget> {
        let findings = self
            .derived
            .checks
            .as_ref()
            .map_or(&[][..], |c| &c.findings[..]);
        let mut out: Vec<ReviewTarget> = findings
            .iter()
            .map(|f| ReviewTarget::Field(f.key.clone()))
            .collect();
        out.push(ReviewTarget::Save);
        out.push(ReviewTarget::Export);
        out
    }

    /// How many lines of the review can be selected.
    pub(crate) fn review_lines(&self) -> usize {
        self.review_targets().len()
    }

    /// The selected review line's target.
    pub(crate) fn review_target(&self) -> Option<ReviewTarget> {
        self.review_targets().into_iter().nth(self.review)
    }
}
