//! The creator brief for partners: what to make, by when, under which rights and for what
//! pay. Internal details (budget, results, the test budget, other partners) never appear.

use super::Audience;
use super::document::Doc as Md;
use super::sections::{
    context, disclosure, guidelines, joined, money, money_text, rights, schedule, show, yes_no,
};
use crate::brief::{Bundle, CreatorBrief};

/// The creator brief for everyone on it, or for one partner.
pub fn creator_doc(bundle: &Bundle, brief: &CreatorBrief, audience: Audience) -> Md {
    let c = &bundle.campaign;
    let mut md = Md::default();
    md.heading(1, &format!("Creator brief: {}", c.name));
    md.para("You are producing content for us: assets we will use on our own channels and, where the rights below allow it, in ads.");
    if let Audience::Partner(i) = audience
        && let Some(p) = brief.partners.get(i)
    {
        md.heading(2, "For you");
        md.fact("Name", p.name.clone());
        md.fact("Handle", p.handle.clone());
        md.fact("Your fee", money(p.fee, c));
    }
    context(&mut md, c);
    let content = &brief.content;
    if !(content.hooks.is_empty() && content.key_messages.is_empty() && content.beats.is_empty()) {
        md.heading(2, "The story");
        md.list("Hooks to try", &content.hooks);
        md.list("Key messages", &content.key_messages);
        md.list("Beats", &content.beats);
        md.list("References", &content.references);
    }
    if !brief.deliverables.is_empty() {
        md.heading(2, "Deliverables");
        let rows: Vec<Vec<String>> = brief
            .deliverables
            .iter()
            .map(|d| {
                vec![
                    show(d.asset).unwrap_or_default(),
                    show(d.style).unwrap_or_default(),
                    show(d.quantity).unwrap_or_default(),
                    joined(&d.placements).unwrap_or_default(),
                    d.aspect_ratio.clone().unwrap_or_default(),
                    d.duration_seconds
                        .map(|s| format!("{s} s"))
                        .unwrap_or_default(),
                    show(d.variations).unwrap_or_default(),
                    show(d.audio).unwrap_or_default(),
                    yes_no(d.captions).unwrap_or_default(),
                    joined(&d.languages).unwrap_or_default(),
                    d.notes.clone().unwrap_or_default(),
                ]
            })
            .collect();
        md.table(
            &[
                "Asset",
                "Style",
                "Qty",
                "Used on",
                "Ratio",
                "Length",
                "Cuts",
                "Audio",
                "Captions",
                "Languages",
                "Notes",
            ],
            &rows,
        );
    }
    schedule(&mut md, &brief.schedule);
    rights(&mut md, &brief.usage_rights);
    guidelines(&mut md, &brief.guidelines);
    disclosure(
        &mut md,
        &brief.disclosure,
        "This applies when the content runs from your own handle (whitelisting or partnership ads).",
    );
    creator_pay(&mut md, bundle, brief, audience);
    if !brief.success.metrics.is_empty() || brief.success.notes.is_some() {
        md.heading(2, "How we judge the work");
        md.fact("Metrics", joined(&brief.success.metrics));
        md.fact("Notes", brief.success.notes.clone());
    }
    let t = &brief.test_plan;
    if t.channel.is_some() || t.metric.is_some() {
        md.heading(2, "Test before we scale");
        md.fact("Channel", show(t.channel));
        md.fact("Runs for (days)", show(t.duration_days));
        md.fact("We watch", show(t.metric));
        md.fact("Threshold", show(t.threshold));
        md.fact("Then", t.scale_rule.clone());
    }
    let f = &brief.feedback;
    md.heading(2, "Feedback and what to send back");
    md.fact("Send your first draft by", show(brief.schedule.draft_due));
    md.fact("Send the final files by", show(brief.schedule.final_due));
    md.fact("Results review", show(f.review_date));
    md.list("What we will share with you", &f.brand_shares);
    md.list("What we ask you to share", &f.partner_shares);
    md
}

fn creator_pay(md: &mut Md, bundle: &Bundle, brief: &CreatorBrief, audience: Audience) {
    let c = &bundle.campaign;
    let p = &brief.compensation;
    if *p == Default::default() {
        return;
    }
    md.heading(2, "Pay");
    let own_fee = match audience {
        Audience::Partner(i) => brief.partners.get(i).and_then(|p| p.fee),
        Audience::Brief => None,
    };
    let all_agreed = !brief.partners.is_empty() && brief.partners.iter().all(|p| p.fee.is_some());
    match own_fee {
        Some(fee) => md.fact("Your fee for the work", Some(money_text(fee, c))),
        None if all_agreed => md.fact(
            "Fee for the work",
            Some("agreed with each creator; it is in your own copy of this brief".into()),
        ),
        None => {
            md.fact("Basis", show(p.basis));
            md.fact("Rate", money(p.rate, c));
            md.fact("Units (days or months)", show(p.units));
        }
    }
    md.fact("Usage fee", money(p.usage_fee, c));
    md.fact("Whitelisting fee", money(p.whitelisting_fee, c));
    md.fact("Exclusivity fee", money(p.exclusivity_fee, c));
    md.fact("Raw footage fee", money(p.raw_footage_fee, c));
    md.fact(
        "Kill fee",
        p.kill_fee_pct.map(|k| format!("{k}% if we cancel")),
    );
    md.fact("Payment terms", p.payment_terms.clone());
}
