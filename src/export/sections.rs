//! Sections both partner-facing briefs share (campaign context, dates, rights, guidelines,
//! disclosure) and the small formatters they use.

use super::document::Doc as Md;
use crate::brief::{Campaign, Disclosure, Guidelines, Number, Schedule, UsageRights};
use crate::practice::budget::format_money;

pub(super) fn money(n: Option<Number>, campaign: &Campaign) -> Option<String> {
    n.map(|n| money_text(n, campaign))
}

pub(super) fn money_text(n: Number, campaign: &Campaign) -> String {
    format_money(n.0, campaign.currency.as_deref())
}

pub(super) fn yes_no(b: Option<bool>) -> Option<String> {
    b.map(|b| if b { "yes" } else { "no" }.to_string())
}

pub(super) fn show<T: std::fmt::Display>(v: Option<T>) -> Option<String> {
    v.map(|v| v.to_string())
}

pub(super) fn count(v: Option<u64>) -> Option<String> {
    v.map(|v| format_money(v as f64, None))
}

pub(super) fn joined<T: std::fmt::Display>(items: &[T]) -> Option<String> {
    (!items.is_empty()).then(|| {
        items
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    })
}

pub(super) fn context(md: &mut Md, c: &Campaign) {
    md.heading(2, "The campaign");
    md.fact(
        "Brand",
        match (&c.brand, &c.brand_website) {
            (Some(b), Some(w)) => Some(format!("{b} ({w})")),
            (b, w) => b.clone().or(w.clone()),
        },
    );
    md.fact("Product", c.product.clone());
    md.fact("Who it is for", c.audience.clone());
    md.fact("Call to action", c.cta.clone());
    md.fact(
        "Runs",
        match (c.start_date, c.end_date) {
            (Some(s), Some(e)) => Some(format!("{s} to {e}")),
            (Some(s), None) => Some(format!("from {s}")),
            (None, Some(e)) => Some(format!("until {e}")),
            _ => None,
        },
    );
    md.fact("Markets", joined(&c.markets));
}

pub(super) fn schedule(md: &mut Md, s: &Schedule) {
    if *s == Schedule::default() {
        return;
    }
    md.heading(2, "Dates");
    md.fact("Brief sent", show(s.brief_sent));
    md.fact("Product reaches you", show(s.product_ships));
    md.fact("First draft due", show(s.draft_due));
    md.fact("Final due", show(s.final_due));
    md.fact("Revision rounds included", show(s.revision_rounds));
    md.fact("Our feedback within (days)", show(s.feedback_days));
}

pub(super) fn rights(md: &mut Md, r: &UsageRights) {
    if *r == UsageRights::default() {
        return;
    }
    md.heading(2, "Usage rights");
    md.fact("Channels", joined(&r.channels));
    md.fact("Paid amplification", yes_no(r.paid_amplification));
    md.fact(
        "Whitelisting (ads from your handle)",
        yes_no(r.whitelisting),
    );
    md.fact("Partnership ads", yes_no(r.partnership_ads));
    md.fact("Ad access window (days)", show(r.whitelisting_days));
    md.fact(
        "Licence length",
        match (r.perpetual, r.duration_days) {
            (Some(true), _) => Some("perpetual".into()),
            (_, Some(d)) => Some(format!("{d} days")),
            _ => None,
        },
    );
    md.fact("Licence starts", show(r.term_starts));
    md.fact("Territory", joined(&r.territory));
    md.fact("We may edit the content", yes_no(r.edits_allowed));
    md.fact("Raw footage included", yes_no(r.raw_footage));
    md.fact("Ownership", show(r.ownership));
    md.fact("We may repost", yes_no(r.repost));
    md.fact("Exclusivity (days)", show(r.exclusivity_days));
    md.fact("Exclusive category", r.exclusivity_category.clone());
    md.list("Competitors to avoid", &r.competitors);
}

pub(super) fn guidelines(md: &mut Md, g: &Guidelines) {
    if *g == Guidelines::default() {
        return;
    }
    md.heading(2, "Brand guidelines");
    md.fact("Tone", g.tone.clone());
    md.fact("Creative freedom", show(g.creative_freedom));
    md.list("Must include", &g.mandatories);
    md.list("Do", &g.dos);
    md.list("Don't", &g.donts);
    md.list("Claims you may make", &g.claims_allowed);
    md.list("Claims you must not make", &g.claims_banned);
    md.fact("Approval", g.approval.clone());
}

pub(super) fn disclosure(md: &mut Md, d: &Disclosure, note: &str) {
    if *d == Disclosure::default() {
        return;
    }
    md.heading(2, "Disclosure");
    if !note.is_empty() {
        md.para(note);
    }
    md.fact("Disclosure required", yes_no(d.required));
    md.fact("Label", d.label.as_ref().map(|l| format!("`{l}`")));
    md.fact("Where", show(d.placement));
    md.fact(
        "Turn on the platform's paid-partnership label",
        yes_no(d.platform_tool),
    );
}
