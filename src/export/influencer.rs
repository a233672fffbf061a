//! The influencer brief a partner acts on: what to post and when (their own posting windows),
//! how to label and track it (their label, code and one link per platform), what to report
//! and what they are paid, in words. Internal details (ceilings, results, other partners)
//! never appear.

use super::Audience;
use super::document::Doc as Md;
use super::sections::{
    amount, assigned, context, disclosure, guidelines, partner_facts, pay, pay_fact, quantity,
    rights, schedule, summary, title, when,
};
use super::words::{self, Words, count, sentence_list, span};
use crate::brief::{Bundle, Campaign, InfluencerBrief, Post};
use crate::practice::pay::{PartnerPay, influencer_pay, posts_for};
use crate::practice::tracking::{platforms_of, tracking_link};

/// The influencer brief for everyone on it, or for one partner.
pub fn influencer_doc(bundle: &Bundle, brief: &InfluencerBrief, audience: Audience) -> Md {
    let c = &bundle.campaign;
    let (row, partner) = match audience {
        Audience::Partner(i) => (Some(i), brief.partners.get(i)),
        Audience::Brief => (None, None),
    };
    let mut md = Md::default();
    let who = partner.and_then(|p| p.name.clone().or(p.handle.clone()));
    title(&mut md, "Influencer brief", &c.name, who);
    md.para("You are sharing this campaign with your audience: posts on your channels, in your voice, within the guidelines below.");
    let posts = posts_for(brief, row);
    let aov = c.avg_order_value.map(|n| n.0);
    let terms = influencer_pay(brief, row, aov);
    cover(&mut md, brief, c, &posts, &terms, row);
    if let Some(p) = partner {
        partner_facts(&mut md, p.name.clone(), p.handle.clone());
    }
    context(&mut md, c, false);
    what_to_say(&mut md, brief);
    posts_table(&mut md, brief, &posts, row);
    schedule(&mut md, &brief.schedule);
    guidelines(&mut md, &brief.guidelines);
    disclosure(
        &mut md,
        &brief.disclosure,
        partner.and_then(|p| p.label.as_deref()),
        "",
    );
    tracking(&mut md, bundle, brief, row);
    targets(&mut md, brief);
    rights(&mut md, &brief.usage_rights, "your", true);
    let fees_differ = brief.partners.iter().any(|p| p.fee.is_some());
    pay(&mut md, &terms, c, row.is_none(), fees_differ);
    reporting(&mut md, brief, c);
    md
}

/// The summary on top: what, by when, for what pay, when the product comes, whom to ask.
fn cover(
    md: &mut Md,
    brief: &InfluencerBrief,
    c: &Campaign,
    posts: &[(usize, &Post)],
    terms: &PartnerPay,
    row: Option<usize>,
) {
    let what: Vec<String> = posts.iter().map(|(_, p)| post_summary(p, true)).collect();
    let what_refs: Vec<&str> = what.iter().map(String::as_str).collect();
    let first = posts.iter().filter_map(|(_, p)| p.window_start).min();
    let last = posts.iter().filter_map(|(_, p)| p.window_end).max();
    let by_when = [
        when(brief.schedule.draft_due).map(|d| format!("draft to us {d}")),
        span(first, last).map(|s| format!("post {s}")),
    ];
    let by_when: Vec<&str> = by_when.iter().flatten().map(String::as_str).collect();
    summary(
        md,
        &[
            ("What you post", sentence_list(&what_refs)),
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
            (
                "You get the product (or access)",
                when(brief.schedule.product_ships),
            ),
            ("Your contact", c.contact.clone()),
        ],
    );
}

/// Key messages and talking points, and whether creator assets come.
fn what_to_say(md: &mut Md, brief: &InfluencerBrief) {
    let content = &brief.content;
    if !(content.key_messages.is_empty() && content.talking_points.is_empty()) {
        md.heading(2, "What to say");
        md.list("Key messages", &content.key_messages);
        md.list("Talking points, in your own words", &content.talking_points);
    }
    if content.uses_creator_assets == Some(true) {
        md.para("We will send you finished assets made by our creators to post.");
    }
}

/// The posts table (who posts each, on the brief for everyone).
fn posts_table(md: &mut Md, brief: &InfluencerBrief, posts: &[(usize, &Post)], row: Option<usize>) {
    if posts.is_empty() {
        return;
    }
    md.heading(2, if row.is_some() { "Your posts" } else { "Posts" });
    let mut headers = vec!["Where", "What", "Post between", "Keep it up for"];
    if row.is_none() && brief.partners.len() > 1 {
        headers.push("Posted by");
    }
    let table: Vec<Vec<String>> = posts
        .iter()
        .map(|(_, p)| {
            let mut cells = vec![
                p.platform.map_or("", |x| x.words()).to_string(),
                post_summary(p, false),
                span(p.window_start, p.window_end).unwrap_or_default(),
                p.keep_live_days
                    .map(|d| count(d, "day", "days"))
                    .unwrap_or_default(),
            ];
            if headers.len() == 5 {
                cells.push(assigned(&p.partners));
            }
            cells
        })
        .collect();
    md.table(&headers, &table);
}

/// What to report, by when, how measured and proven.
fn reporting(md: &mut Md, brief: &InfluencerBrief, c: &Campaign) {
    let f = &brief.feedback;
    md.heading(2, "Reporting and what to send back");
    md.fact(
        "Send your draft for approval by",
        when(brief.schedule.draft_due),
    );
    md.fact("Send it to", c.contact.clone());
    md.fact("Report due", when(f.report_due));
    md.fact("Numbers to report", words::list(&f.metrics_requested));
    md.fact(
        "Measured",
        f.measurement_days
            .map(|d| format!("{} after posting", count(d, "day", "days"))),
    );
    md.fact("Proof", f.proof.map(|p| p.words().to_string()));
    md.list("What we will share with you", &f.brand_shares);
    md.fact("We review the results with you on", when(f.review_date));
}

/// "2 reels", with " on Instagram" when `platform`.
fn post_summary(p: &Post, platform: bool) -> String {
    let format = p.format.map_or("post", |f| f.words());
    let mut text = quantity(p.quantity, format);
    if let Some(platform) = p.platform.filter(|_| platform) {
        text.push_str(&format!(" on {}", platform.words()));
    }
    text
}

fn tracking(md: &mut Md, bundle: &Bundle, brief: &InfluencerBrief, row: Option<usize>) {
    let t = &brief.tracking;
    let partner = row.and_then(|i| brief.partners.get(i));
    let own_code = partner.and_then(|p| p.promo_code.clone());
    let per_partner_codes = brief.partners.iter().any(|p| p.promo_code.is_some());
    let code = match row {
        Some(_) => own_code.or(t.promo_code.clone()),
        None if per_partner_codes => None,
        None => t.promo_code.clone(),
    };
    let links: Vec<(String, String)> = platforms_of(brief, row)
        .into_iter()
        .filter_map(|platform| {
            let url = tracking_link(bundle, brief, partner, platform)
                .ok()
                .flatten()?;
            let label = platform.map_or("Your link", |p| p.words());
            Some((label.to_string(), url.to_string()))
        })
        .collect();
    if *t == Default::default() && code.is_none() && links.is_empty() {
        return;
    }
    md.heading(2, "Tracking");
    md.fact(
        if row.is_some() {
            "Your promo code"
        } else {
            "Promo code"
        },
        code,
    );
    if row.is_none() && per_partner_codes {
        md.para("Each partner gets their own code and links in their own copy of this brief.");
    }
    md.fact("What it gives", t.discount.clone());
    md.fact("The code works until", when(t.code_expires));
    match links.as_slice() {
        [] => {}
        [(_, url)] => md.fact("Your link", Some(url.clone())),
        many => {
            let items: Vec<String> = many.iter().map(|(p, u)| format!("{p}: {u}")).collect();
            md.list("Your links, one per platform", &items);
        }
    }
    md.list("Hashtags to use", &t.hashtags);
    md.list("Accounts to tag", &t.mentions);
    md.fact("How sales are counted", t.attribution.clone());
}

fn targets(md: &mut Md, brief: &InfluencerBrief) {
    let t = &brief.targets;
    if t.reach.is_none()
        && t.impressions.is_none()
        && t.engagement_rate.is_none()
        && t.clicks.is_none()
        && t.conversions.is_none()
        && t.conversion_proxy.is_none()
    {
        return;
    }
    md.heading(2, "What we hope for (all partners together)");
    md.fact("People reached", amount(t.reach));
    md.fact("Impressions", amount(t.impressions));
    md.fact(
        "Engagement rate",
        t.engagement_rate
            .map(|e| format!("{}%", words::number(e.0))),
    );
    md.fact("Link clicks", amount(t.clicks));
    md.fact("Sales or sign-ups", amount(t.conversions));
    md.fact("We also count", t.conversion_proxy.clone());
}
