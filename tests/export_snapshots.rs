//! The partner-facing Markdown of a built-in template, as a partner reads it (reviewed
//! snapshots): one brief for everyone, one for a single influencer.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a failed unwrap is a failed test"
)]

use splitbrief::export::{self, Audience};
use splitbrief::store;

fn bundle(name: &str) -> splitbrief::brief::Bundle {
    let all = store::templates(std::path::Path::new("/nonexistent"));
    let template = all.into_iter().find(|t| t.name == name).unwrap();
    template.docs().unwrap().bundle().unwrap()
}

#[test]
fn creator_brief_for_everyone() {
    let b = bundle("skincare-launch");
    let c = b.creator.as_ref().unwrap();
    insta::assert_snapshot!(export::creator_markdown(&b, c, Audience::Brief));
}

#[test]
fn influencer_brief_for_one_partner() {
    let b = bundle("apparel-drop");
    let i = b.influencer.as_ref().unwrap();
    let doc = export::influencer_markdown(&b, i, Audience::Partner(1));
    for (n, p) in i.partners.iter().enumerate().filter(|(n, _)| *n != 1) {
        assert!(
            !doc.contains(p.handle.as_deref().unwrap()),
            "partner {n} leaks"
        );
    }
    assert!(!doc.contains("budget"), "internal budget leaks");
    insta::assert_snapshot!(doc);
}
