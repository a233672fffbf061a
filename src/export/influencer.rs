//! The influencer brief for partners: what to post, when, how to label and track it, and
//! what to report. Internal details (ceilings, results, other partners) never appear.

use super::Audience;
use super::document::Doc as Md;
use super::sections::{
    context, count, disclosure, guidelines, joined, money, money_text, rights, schedule, show,
    yes_no,
};
use crate::brief::{Bundle, InfluencerBrief, Number};

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
    let all_agreed = !brief.partners.is_empty() && brief.partners.iter().all(|p| p.fee.is_some());
    match own_fee {
        Some(fee) => md.fact("Your fee", Some(money_text(fee, c))),
        None if all_agreed => md.fact(
            "Fee",
            Some("agreed with each influencer; it is in your own copy of this brief".into()),
        ),
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
