//! The creator brief a partner acts on: what they make, by when, under which rights and for
//! what pay, in words. A partner's document holds only their own rows and terms; internal
//! details (budget, results, the test budget, other partners) never appear.

use super::Audience;
use super::document::Doc as Md;
use super::sections::{
    assigned, context, disclosure, guidelines, partner_facts, pay, pay_fact, quantity, rights,
    schedule, summary, title, when,
};
use super::words::{self, Words, count, sentence_list};
use crate::brief::{Bundle, Campaign, CreatorBrief, Deliverable, Metric};
use crate::practice::pay::{PartnerPay, creator_pay, deliverables_for};

/// The creator brief for everyone on it, or for one partner.
pub fn creator_doc(bundle: &Bundle, brief: &CreatorBrief, audience: Audience) -> Md {
    let c = &bundle.campaign;
    let (row, partner) = match audience {
        Audience::Partner(i) => (Some(i), brief.partners.get(i)),
        Audience::Brief => (None, None),
    };
    let mut md = Md::default();
    let who = partner.and_then(|p| p.name.clone().or(p.handle.clone()));
    title(&mut md, "Creator brief", &c.name, who);
    md.para("You are producing content for us: assets we publish on our own channels and, where the rights below allow it, in ads.");
    let rows = deliverables_for(brief, row);
    let terms = creator_pay(brief, row);
    cover(&mut md, brief, c, &rows, &terms, row);
    if let Some(p) = partner {
        partner_facts(&mut md, p.name.clone(), p.handle.clone());
    }
    context(&mut md, c, true);
    story(&mut md, brief);
    deliverables(&mut md, brief, &rows, row);
    schedule(&mut md, &brief.schedule);
    rights(&mut md, &brief.usage_rights, "your", false);
    guidelines(&mut md, &brief.guidelines);
    // The creator's label matters only when ads run from their handle.
    let r = &brief.usage_rights;
    if r.whitelisting == Some(true) || r.partnership_ads == Some(true) {
        disclosure(
            &mut md,
            &brief.disclosure,
            partner.and_then(|p| p.label.as_deref()),
            "This applies when the content runs from your own handle (whitelisting or partnership ads).",
        );
    }
    let fees_differ = brief.partners.iter().any(|p| p.fee.is_some());
    pay(&mut md, &terms, c, row.is_none(), fees_differ);
    success(&mut md, brief);
    test_plan(&mut md, brief, c);
    feedback(&mut md, brief, c);
    md
}

/// The summary on top: what, by when, for what pay, and whom to ask.
fn cover(
    md: &mut Md,
    brief: &CreatorBrief,
    c: &Campaign,
    rows: &[(usize, &Deliverable)],
    terms: &PartnerPay,
    row: Option<usize>,
) {
    let what: Vec<String> = rows.iter().map(|(_, d)| row_summary(d)).collect();
    let what_refs: Vec<&str> = what.iter().map(String::as_str).collect();
    let s = &brief.schedule;
    let by_when = [
        when(s.draft_due).map(|d| format!("first draft {d}")),
        when(s.final_due).map(|d| format!("final files {d}")),
    ];
    let by_when: Vec<&str> = by_when.iter().flatten().map(String::as_str).collect();
    summary(
        md,
        &[
            ("What you make", sentence_list(&what_refs)),
            ("By when", sentence_list(&by_when)),
            (
                "For what pay",
                pay_fact(
                    terms,
                    c,
                    row.is_some(),
                    brief.partners.iter().any(|p| p.fee.is_some()),
                ),
            ),
            ("Your contact", c.contact.clone()),
        ],
    );
}

/// Hooks, key messages, beats and references.
fn story(md: &mut Md, brief: &CreatorBrief) {
    let content = &brief.content;
    if !(content.hooks.is_empty() && content.key_messages.is_empty() && content.beats.is_empty()) {
        md.heading(2, "The story");
        md.list("Hooks to try", &content.hooks);
        md.list("Key messages", &content.key_messages);
        md.list("Beats, in order", &content.beats);
        md.list("References", &content.references);
    }
}

/// The deliverables table (who makes each, on the brief for everyone).
fn deliverables(
    md: &mut Md,
    brief: &CreatorBrief,
    rows: &[(usize, &Deliverable)],
    row: Option<usize>,
) {
    if rows.is_empty() {
        return;
    }
    md.heading(
        2,
        if row.is_some() {
            "What you make"
        } else {
            "Deliverables"
        },
    );
    let mut headers = vec!["What", "Used on", "Format", "Sound and captions", "Notes"];
    if row.is_none() && brief.partners.len() > 1 {
        headers.push("Made by");
    }
    let table: Vec<Vec<String>> = rows
        .iter()
        .map(|(_, d)| {
            let mut cells = vec![
                row_summary(d),
                words::list(&d.placements).unwrap_or_default(),
                format_cell(d),
                sound_cell(d),
                d.notes.clone().unwrap_or_default(),
            ];
            if headers.len() == 6 {
                cells.push(assigned(&d.partners));
            }
            cells
        })
        .collect();
    md.table(&headers, &table);
}

/// How the work is judged.
fn success(md: &mut Md, brief: &CreatorBrief) {
    if !brief.success.metrics.is_empty() || brief.success.notes.is_some() {
        md.heading(2, "How we judge the work");
        md.fact("What we measure", words::list(&brief.success.metrics));
        md.fact("Notes", brief.success.notes.clone());
    }
}

/// The small test before scaling, when one is planned.
fn test_plan(md: &mut Md, brief: &CreatorBrief, c: &Campaign) {
    let t = &brief.test_plan;
    if t.channel.is_some() || t.metric.is_some() {
        md.heading(2, "A small test before we scale");
        md.fact("Where", t.channel.map(|ch| ch.words().to_string()));
        md.fact("For", t.duration_days.map(|d| count(d, "day", "days")));
        md.fact("We watch", t.metric.map(|m| m.words().to_string()));
        md.fact(
            "It counts as a win at",
            t.threshold.zip(t.metric).map(|(v, m)| {
                let lower_wins = matches!(m, Metric::Cpa | Metric::Cpm | Metric::Cpe);
                let side = if lower_wins { "or less" } else { "or more" };
                format!("{} {side}", m.threshold_words(v.0, c.currency.as_deref()))
            }),
        );
        md.fact("Then", t.scale_rule.clone());
    }
}

/// What to send back, by when, and what is shared afterwards.
fn feedback(md: &mut Md, brief: &CreatorBrief, c: &Campaign) {
    let (s, f) = (&brief.schedule, &brief.feedback);
    md.heading(2, "Feedback and what to send back");
    md.fact("Send your first draft by", when(s.draft_due));
    md.fact("Send the final files by", when(s.final_due));
    md.fact("Send them to", c.contact.clone());
    md.fact("We review the results with you on", when(f.review_date));
    md.list("What we will share with you", &f.brand_shares);
    md.list("What we ask you to share", &f.partner_shares);
}

/// "8 photos (demo)".
fn row_summary(d: &Deliverable) -> String {
    let asset = d.asset.map_or("asset", |a| a.words());
    let mut text = quantity(d.quantity, asset);
    if let Some(style) = d.style.filter(|s| *s != crate::brief::Style::Other) {
        text.push_str(&format!(" ({})", style.words()));
    }
    text
}

/// "9:16, 30 seconds, 3 cuts, in English and German".
fn format_cell(d: &Deliverable) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(r) = &d.aspect_ratio {
        parts.push(r.clone());
    }
    match (d.duration_seconds, d.duration_max_seconds) {
        (Some(from), Some(to)) if to > from => parts.push(format!("{from}–{to} seconds")),
        (Some(s), _) => parts.push(count(s, "second", "seconds")),
        (None, Some(to)) => parts.push(format!("up to {}", count(to, "second", "seconds"))),
        (None, None) => {}
    }
    if let Some(v) = d.variations.filter(|v| *v > 0) {
        parts.push(format!("{} included", count(v, "extra cut", "extra cuts")));
    }
    let languages: Vec<String> = d
        .languages
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| words::language(l))
        .collect();
    let languages: Vec<&str> = languages.iter().map(String::as_str).collect();
    if let Some(list) = sentence_list(&languages) {
        parts.push(format!("in {list}"));
    }
    parts.join(", ")
}

fn sound_cell(d: &Deliverable) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(a) = d.audio {
        parts.push(a.words().to_string());
    }
    match d.captions {
        Some(true) => parts.push("burned-in captions".into()),
        Some(false) => parts.push("no captions".into()),
        None => {}
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_spelled_out() {
        let d = Deliverable {
            languages: vec![
                "en".into(),
                "DE".into(),
                "en-GB".into(),
                "Swiss German".into(),
            ],
            ..Deliverable::default()
        };
        assert_eq!(
            format_cell(&d),
            "in English, German, English (UK) and Swiss German"
        );
    }
}
