//! The copy a brief asks partners to say or show — hooks, key messages, talking points, beats,
//! must-haves, dos, allowed claims and deliverable notes — gathered once for the rules that read
//! it (claims, incentives), and the rule against asking partners to act out use they never had.
//!
//! Don'ts and banned claims are not copy: they say what not to say.

use super::{Ctx, Finding, Rule, Severity};
use crate::brief::FileKind;
use crate::path::KeyPath;
use crate::practice::words::Text;

/// The key paths of every copy field, rows as `[]` (for rule tables).
pub(crate) const COPY_KEYS: &[&str] = &[
    "creator.content.hooks",
    "creator.content.key_messages",
    "creator.content.beats",
    "creator.guidelines.mandatories",
    "creator.guidelines.dos",
    "creator.guidelines.claims_allowed",
    "creator.deliverables[].notes",
    "influencer.content.key_messages",
    "influencer.content.talking_points",
    "influencer.guidelines.mandatories",
    "influencer.guidelines.dos",
    "influencer.guidelines.claims_allowed",
];

/// One field of copy: where it is, how to name it, and its lines.
pub struct CopyField<'a> {
    /// The field's key path (a row's for deliverable notes).
    pub key: KeyPath,
    /// The field named for a marketer ("creator's hooks").
    pub label: String,
    /// Its lines, each checked on its own (a negation covers only its own line).
    pub lines: Vec<&'a str>,
}

/// Every copy field of the briefs in scope that holds text.
#[expect(
    clippy::too_many_lines,
    reason = "the table of every copy field the copy rules read"
)]
pub(crate) fn copy_fields<'a>(ctx: &Ctx<'a>) -> Vec<CopyField<'a>> {
    let mut out = Vec::new();
    let mut list = |file: FileKind, keys: &[&str], label: &str, lines: &'a [String]| {
        if lines.iter().any(|l| !l.trim().is_empty()) {
            out.push(CopyField {
                key: KeyPath::of(file, keys),
                label: format!("{file}'s {label}"),
                lines: lines.iter().map(String::as_str).collect(),
            });
        }
    };
    if let Some(c) = ctx.creator {
        let (content, g) = (&c.content, &c.guidelines);
        list(
            FileKind::Creator,
            &["content", "hooks"],
            "hooks",
            &content.hooks,
        );
        list(
            FileKind::Creator,
            &["content", "key_messages"],
            "key messages",
            &content.key_messages,
        );
        list(
            FileKind::Creator,
            &["content", "beats"],
            "beats",
            &content.beats,
        );
        list(
            FileKind::Creator,
            &["guidelines", "mandatories"],
            "must-haves",
            &g.mandatories,
        );
        list(FileKind::Creator, &["guidelines", "dos"], "dos", &g.dos);
        list(
            FileKind::Creator,
            &["guidelines", "claims_allowed"],
            "allowed claims",
            &g.claims_allowed,
        );
    }
    if let Some(i) = ctx.influencer {
        let (content, g) = (&i.content, &i.guidelines);
        list(
            FileKind::Influencer,
            &["content", "key_messages"],
            "key messages",
            &content.key_messages,
        );
        list(
            FileKind::Influencer,
            &["content", "talking_points"],
            "talking points",
            &content.talking_points,
        );
        list(
            FileKind::Influencer,
            &["guidelines", "mandatories"],
            "must-haves",
            &g.mandatories,
        );
        list(FileKind::Influencer, &["guidelines", "dos"], "dos", &g.dos);
        list(
            FileKind::Influencer,
            &["guidelines", "claims_allowed"],
            "allowed claims",
            &g.claims_allowed,
        );
    }
    if let Some(c) = ctx.creator {
        for (row, d) in c.deliverables.iter().enumerate() {
            let Some(notes) = d.notes.as_deref().filter(|n| !n.trim().is_empty()) else {
                continue;
            };
            out.push(CopyField {
                key: KeyPath::of(FileKind::Creator, &["deliverables"])
                    .row(row)
                    .child("notes"),
                label: format!("notes of deliverable {}", row + 1),
                lines: vec![notes],
            });
        }
    }
    out
}

/// The rules of this theme, in table order.
pub(crate) const RULES: &[Rule] = &[Rule {
    id: "pretend-experience",
    severity: Severity::Error,
    keys: COPY_KEYS,
    check: pretend_experience,
}];

/// Ways of asking someone to act out use they have not had.
const PRETEND: &[&str] = &[
    "pretend you've",
    "pretend you have",
    "pretend to have",
    "pretend to use",
    "pretend it's",
    "pretend it is",
    "pretend that you",
    "pretending to use",
    "as if you have used",
    "as if you've used",
    "as if you had used",
    "as if you have been",
    "as if you've been",
    "as if you had been",
    "as though you've been",
    "as though you have used",
    "as though you've used",
    "as if you use it",
    "like you have used it",
    "like you've used it",
    "like you've been using it",
    "say you've used",
    "say you have used",
    "say you've been using",
    "say you have been using",
    "claim you've used",
    "as if it's part of your routine",
    "as if it were part of your routine",
    "like it's already part of your routine",
    "fake a reaction",
    "fake a review",
    "fake a testimonial",
    "fake results",
    "make it look like you've",
];

fn pretend_experience(ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    for field in copy_fields(ctx) {
        let asks = field.lines.iter().find(|line| {
            !Text::new(line)
                .asserted(PRETEND.iter().copied(), &[])
                .is_empty()
        });
        let Some(line) = asks else { continue };
        out.push(Finding::at(
            field.key,
            format!(
                "The {} ask partners to act out use they haven't had: \"{}\".",
                field.label,
                line.trim()
            ),
            "Send the product early and ask only for what they really tried; a staged \
             testimonial misleads viewers.",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use rstest::rstest;

    use crate::practice::findings::{fired, none, one};
    use crate::practice::sample::{clean, creator, influencer};

    #[rstest]
    #[case::as_if("Film it as if you have used it for a month", true)]
    #[case::as_if_been("Shoot as if you've been drinking it all summer", true)]
    #[case::pretend("Pretend it's your third week on it", true)]
    #[case::say_used("Say you've been using it since spring", true)]
    #[case::negated("Don't pretend: show only what you tried", false)]
    #[case::honest("Share your honest take after four weeks", false)]
    #[case::skit("Act as if the camera isn't there", false)]
    #[case::role("Pretend you're a barista in the skit", false)]
    fn pretend_experience_in_beats(#[case] beat: &str, #[case] fires: bool) {
        let mut b = clean();
        creator(&mut b).content.beats = vec!["Hook".into(), beat.into()];
        let found = fired(&b, "pretend-experience");
        assert_eq!(found.len(), usize::from(fires), "{found:#?}");
        if let Some(f) = found.first() {
            assert_eq!(f.key.to_string(), "creator.content.beats");
            assert!(f.message.contains(beat), "{}", f.message);
        }
    }

    #[test]
    fn pretend_experience_in_notes_and_talking_points() {
        let mut b = clean();
        creator(&mut b).deliverables[0].notes = Some("Act like you've used it for weeks".into());
        assert_eq!(
            one(&b, "pretend-experience").key.to_string(),
            "creator.deliverables[0].notes"
        );
        creator(&mut b).deliverables[0].notes = None;
        influencer(&mut b).content.talking_points =
            vec!["Talk as if it's part of your routine".into()];
        assert_eq!(
            one(&b, "pretend-experience").key.to_string(),
            "influencer.content.talking_points"
        );
        influencer(&mut b).content.talking_points.clear();
        none(&b, "pretend-experience");
    }
}
