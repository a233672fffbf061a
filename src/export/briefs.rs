//! The partner-facing briefs: campaign context, what to make or post, dates, rights, disclosure,
//! tracking, pay, and what the partner sends back and when. Internal details (budget,
//! results, ceilings, the test budget, other partners) never appear.

use super::Audience;
use super::document::Doc as Md;
use crate::brief::{
    Bundle, Campaign, CreatorBrief, Disclosure, Guidelines, InfluencerBrief, Number, Schedule,
    UsageRights,
};

fn money(n: Option<Number>, campaign: &Campaign) -> Option<String> {
    n.map(|n| money_text(n, campaign))
}

fn money_text(n: Number, campaign: &Campaign) -> String {
    let amount = match n.as_whole() {
        Some(i) => group_thousands(i),
        None => format!("{:.2}", n.0),
    };
    match &campaign.currency {
        Some(c) => format!("{amount} {c}"),
        None => amount,
    }
}

fn group_thousands(n: i64) -> String {
    let digits = n.abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

fn yes_no(b: Option<bool>) -> Option<String> {
    b.map(|b| if b { "yes" } else { "no" }.to_string())
}

fn show<T: std::fmt::Display>(v: Option<T>) -> Option<String> {
    v.map(|v| v.to_string())
}

fn count(v: Option<u64>) -> Option<String> {
    v.map(|v| group_thousands(i64::try_from(v).unwrap_or(i64::MAX)))
}

fn joined<T: std::fmt::Display>(items: &[T]) -> Option<String> {
    (!items.is_empty()).then(|| {
        items
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    })
}

fn context(md: &mut Md, c: &Campaign) {
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

fn schedule(md: &mut Md, s: &Schedule) {
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

fn rights(md: &mut Md, r: &UsageRights) {
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

fn guidelines(md: &mut Md, g: &Guidelines) {
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

fn disclosure(md: &mut Md, d: &Disclosure, note: &str) {
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
    match own_fee {
        Some(fee) => md.fact("Your fee for the work", Some(money_text(fee, c))),
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

/// The influencer brief for everyone on it, or for one partner.
pub fn influencer_doc(bundle: &Bundle, brief: &InfluencerBrief, audience: Audience) -> Md {
    let c = &bundle.campaign;
    let mut md = Md::default();
    md.heading(1, &format!("Influencer brief: {}", c.name));
    md.para("You are sharing this campaign with your audience: posts on your channels, in your voice, within the guidelines below.");
    let partner = match audience {
        Audience::Partner(i) => brief.partners.get(i),
        Audience::Brief => None,
    };
    if let Some(p) = partner {
        md.heading(2, "For you");
        md.fact("Name", p.name.clone());
        md.fact("Handle", p.handle.clone());
        md.fact("Your fee", money(p.fee, c));
        md.fact(
            "Your promo code",
            p.promo_code.clone().or(brief.tracking.promo_code.clone()),
        );
    }
    context(&mut md, c);
    let content = &brief.content;
    if !(content.key_messages.is_empty() && content.talking_points.is_empty()) {
        md.heading(2, "What to say");
        md.list("Key messages", &content.key_messages);
        md.list("Talking points", &content.talking_points);
    }
    if content.uses_creator_assets == Some(true) {
        md.para("We will send you finished assets made by our creators to post.");
    }
    if !brief.posts.is_empty() {
        md.heading(2, "Posts");
        let rows: Vec<Vec<String>> = brief
            .posts
            .iter()
            .map(|p| {
                vec![
                    show(p.platform).unwrap_or_default(),
                    show(p.format).unwrap_or_default(),
                    show(p.quantity).unwrap_or_default(),
                    show(p.window_start).unwrap_or_default(),
                    show(p.window_end).unwrap_or_default(),
                    p.keep_live_days
                        .map(|d| format!("{d} days"))
                        .unwrap_or_default(),
                ]
            })
            .collect();
        md.table(
            &[
                "Platform",
                "Format",
                "Qty",
                "Post from",
                "Post by",
                "Keep live",
            ],
            &rows,
        );
    }
    schedule(&mut md, &brief.schedule);
    guidelines(&mut md, &brief.guidelines);
    disclosure(&mut md, &brief.disclosure, "");
    tracking(&mut md, bundle, brief, audience);
    let t = &brief.targets;
    if t.reach.is_some()
        || t.impressions.is_some()
        || t.engagement_rate.is_some()
        || t.clicks.is_some()
        || t.conversions.is_some()
        || t.conversion_proxy.is_some()
    {
        md.heading(2, "What we hope for (campaign totals)");
        md.fact("Reach", count(t.reach));
        md.fact("Impressions", count(t.impressions));
        md.fact(
            "Engagement rate",
            t.engagement_rate.map(|e| format!("{e}%")),
        );
        md.fact("Clicks", count(t.clicks));
        md.fact("Conversions", count(t.conversions));
        md.fact("We also count", t.conversion_proxy.clone());
    }
    rights(&mut md, &brief.usage_rights);
    influencer_pay(&mut md, bundle, brief, partner.and_then(|p| p.fee));
    let f = &brief.feedback;
    md.heading(2, "Reporting and what to send back");
    md.fact(
        "Send drafts for approval by",
        show(brief.schedule.draft_due),
    );
    md.fact("Report due", show(f.report_due));
    md.fact("Metrics to report", joined(&f.metrics_requested));
    md.fact(
        "Measured over (days after posting)",
        show(f.measurement_days),
    );
    md.fact("Proof", show(f.proof));
    md.list("What we will share with you", &f.brand_shares);
    md.fact("Results review", show(f.review_date));
    md
}

fn tracking(md: &mut Md, bundle: &Bundle, brief: &InfluencerBrief, audience: Audience) {
    let t = &brief.tracking;
    if *t == Default::default() {
        return;
    }
    md.heading(2, "Tracking");
    let link = match audience {
        Audience::Partner(i) => partner_link(bundle, brief, i).or(t.link.clone()),
        Audience::Brief => t.link.clone(),
    };
    md.fact("Link", link);
    if audience == Audience::Brief {
        md.fact("Promo code", t.promo_code.clone());
    }
    md.fact("Code expires", show(t.code_expires));
    md.fact("Discount", t.discount.clone());
    md.list("Hashtags", &t.hashtags);
    md.list("Mentions", &t.mentions);
    md.fact("How sales are counted", t.attribution.clone());
}

/// The partner's own tracking link: the brief's link with UTM parameters filled in.
fn partner_link(bundle: &Bundle, brief: &InfluencerBrief, index: usize) -> Option<String> {
    let partner = brief.partners.get(index)?;
    crate::practice::tracking::tracking_link(bundle, brief, Some(partner))
        .ok()
        .flatten()
        .map(|url| url.to_string())
}

fn influencer_pay(md: &mut Md, bundle: &Bundle, brief: &InfluencerBrief, own_fee: Option<Number>) {
    let c = &bundle.campaign;
    let p = &brief.compensation;
    if *p == Default::default() && own_fee.is_none() {
        return;
    }
    md.heading(2, "Pay");
    match own_fee {
        Some(fee) => md.fact("Your fee", Some(money_text(fee, c))),
        None => {
            md.fact("Basis", show(p.basis));
            md.fact("Flat fee", money(p.fee, c));
            md.fact("Rate", money(p.rate, c));
            md.fact("Months", show(p.units));
            md.fact(
                "Commission",
                p.commission_pct.map(|x| format!("{x}% of sales")),
            );
            md.fact("Bonus", money(p.bonus, c));
            md.fact("Cap", money(p.cap, c));
            md.fact("Product value", money(p.product_value, c));
        }
    }
    md.fact("A post is required", yes_no(p.posting_required));
    md.fact("Usage fee", money(p.usage_fee, c));
    md.fact("Whitelisting fee", money(p.whitelisting_fee, c));
    md.fact("Exclusivity fee", money(p.exclusivity_fee, c));
    md.fact(
        "Kill fee",
        p.kill_fee_pct.map(|k| format!("{k}% if we cancel")),
    );
    md.fact("Payment terms", p.payment_terms.clone());
}
