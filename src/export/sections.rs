//! Sections both partner-facing briefs share (summary, campaign context, dates, rights,
//! guidelines, disclosure, pay) and the small formatters they use. Every value is written in
//! words, with its unit.

use super::document::Doc as Md;
use super::words::{self, Words, count, date, number, sentence_list};
use crate::brief::{Campaign, Disclosure, Guidelines, Schedule, UsageRights};
use crate::practice::budget::format_money;
use crate::practice::pay::{AddOn, Base, PartnerPay, Per};

pub(super) fn money_text(n: f64, campaign: &Campaign) -> String {
    format_money(n, campaign.currency.as_deref())
}

pub(super) fn yes_no(b: Option<bool>, yes: &str, no: &str) -> Option<String> {
    b.map(|b| if b { yes } else { no }.to_string())
}

pub(super) fn when(d: Option<crate::brief::Date>) -> Option<String> {
    d.map(date)
}

/// A count of people or things: "120,000".
pub(super) fn amount(v: Option<u64>) -> Option<String> {
    v.map(|v| number(v as f64))
}

/// Country names for the codes partners see most; other codes stay as written.
fn country(code: &str) -> String {
    let name = match code {
        "US" => "United States",
        "GB" => "United Kingdom",
        "IE" => "Ireland",
        "DE" => "Germany",
        "AT" => "Austria",
        "CH" => "Switzerland",
        "FR" => "France",
        "BE" => "Belgium",
        "NL" => "the Netherlands",
        "IT" => "Italy",
        "ES" => "Spain",
        "PT" => "Portugal",
        "SE" => "Sweden",
        "DK" => "Denmark",
        "NO" => "Norway",
        "FI" => "Finland",
        "PL" => "Poland",
        "CA" => "Canada",
        "AU" => "Australia",
        "NZ" => "New Zealand",
        "JP" => "Japan",
        "BR" => "Brazil",
        "MX" => "Mexico",
        "IN" => "India",
        "worldwide" => "worldwide",
        other => return other.to_string(),
    };
    name.to_string()
}

/// Country codes as names, in a sentence.
pub(super) fn countries<T: ToString>(codes: &[T]) -> Option<String> {
    let names: Vec<String> = codes.iter().map(|c| country(&c.to_string())).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    sentence_list(&refs)
}

/// The document's title (`kind: campaign`, `— for` the partner on their own copy).
pub(super) fn title(md: &mut Md, kind: &str, campaign: &str, who: Option<String>) {
    let title = match who {
        Some(who) => format!("{kind}: {campaign} — for {who}"),
        None => format!("{kind}: {campaign}"),
    };
    md.heading(1, &title);
}

/// A partner's own name and handle, on their copy.
pub(super) fn partner_facts(md: &mut Md, name: Option<String>, handle: Option<String>) {
    md.fact("Your name", name);
    md.fact("Your handle", handle);
}

/// The summary's pay: the terms in words, except on the brief for everyone when partners
/// have their own fees.
pub(super) fn pay_fact(
    terms: &PartnerPay,
    c: &Campaign,
    own_copy: bool,
    fees_differ: bool,
) -> Option<String> {
    if own_copy || !fees_differ {
        pay_summary(terms, c)
    } else {
        Some("agreed per partner; see your own copy".into())
    }
}

/// Who a row is for: everyone, or the partners named.
pub(super) fn assigned(partners: &[String]) -> String {
    if partners.is_empty() {
        "everyone".into()
    } else {
        partners.join(", ")
    }
}

/// The opening summary: what, by when, for what pay, whom to contact.
pub(super) fn summary(md: &mut Md, facts: &[(&str, Option<String>)]) {
    md.heading(2, "At a glance");
    for (label, value) in facts {
        md.fact(label, value.clone());
    }
}

/// The campaign as a partner needs it; `run` says whether the campaign's dates are shown
/// (influencers see their own posting windows instead).
pub(super) fn context(md: &mut Md, c: &Campaign, run: bool) {
    md.heading(2, "The campaign");
    md.fact("Brand", c.brand.clone());
    md.fact("Brand website", c.brand_website.clone());
    md.fact("Product", c.product.clone());
    md.fact("Who it is for", c.audience.clone());
    md.fact("Call to action", c.cta.clone().map(|t| format!("\"{t}\"")));
    if run {
        md.fact("Campaign runs", words::span(c.start_date, c.end_date));
    }
    md.fact("Markets", countries(&c.markets));
}

pub(super) fn schedule(md: &mut Md, s: &Schedule) {
    if *s == Schedule::default() {
        return;
    }
    md.heading(2, "Dates");
    md.fact("Brief sent", when(s.brief_sent));
    md.fact("You get the product (or access)", when(s.product_ships));
    md.fact("First draft to us by", when(s.draft_due));
    md.fact("Final version by", when(s.final_due));
    md.fact(
        "Revision rounds included",
        s.revision_rounds.map(|n| match n {
            0 => "none: the first approved draft is final".to_string(),
            n => count(n, "round", "rounds"),
        }),
    );
    md.fact(
        "We reply to each draft within",
        s.feedback_days.map(|d| count(d, "day", "days")),
    );
}

#[expect(
    clippy::too_many_lines,
    reason = "one section of the brief, sentence by sentence"
)]
pub(super) fn rights(md: &mut Md, r: &UsageRights, whose: &str, posts: bool) {
    if *r == UsageRights::default() {
        return;
    }
    md.heading(2, "Usage rights");
    md.fact("Where we may use it", words::list(&r.channels));
    md.fact(
        "Paid ads",
        yes_no(
            r.paid_amplification,
            "we may put ad spend behind it",
            "no paid ads",
        ),
    );
    let window = r
        .whitelisting_days
        .filter(|d| *d > 0)
        .map(|d| format!(" for {}", count(d, "day", "days")))
        .unwrap_or_default();
    md.fact(
        &format!("Ads from {whose} handle (whitelisting)"),
        yes_no(
            r.whitelisting,
            &format!("yes{window}; you give us ad access for that time"),
            "no",
        ),
    );
    md.fact(
        "Partnership ads",
        yes_no(
            r.partnership_ads,
            &format!("yes{window}, run with you as co-author"),
            "no",
        ),
    );
    // For posts, "delivery" is the day the post goes live (usage counts from `live_on`).
    let start = r.term_starts.map(|t| match t {
        crate::brief::TermStarts::Delivery if posts => ", from the day the post goes live".into(),
        t => format!(", {}", t.words()),
    });
    md.fact(
        "For how long",
        match (r.perpetual, r.duration_days) {
            (Some(true), _) => Some("forever (perpetual)".into()),
            (_, Some(0)) => Some("not at all after the campaign".into()),
            (_, Some(d)) => Some(format!(
                "{}{}",
                count(d, "day", "days"),
                start.unwrap_or_default()
            )),
            _ => None,
        },
    );
    md.fact("In which countries", countries(&r.territory));
    md.fact(
        "Edits",
        yes_no(
            r.edits_allowed,
            "we may cut, crop and re-edit it",
            "we use it as delivered; no edits without asking you",
        ),
    );
    md.fact(
        "Raw footage",
        yes_no(
            r.raw_footage,
            "you send us the unedited footage too",
            "not needed",
        ),
    );
    md.fact("Ownership", r.ownership.map(|o| o.words().to_string()));
    md.fact(
        "Reposts",
        yes_no(
            r.repost,
            "we may share your post on our own accounts",
            "we will not repost it",
        ),
    );
    md.fact(
        "Exclusivity",
        r.exclusivity_days.map(|d| match d {
            0 => "none".to_string(),
            d => {
                let scope = r
                    .exclusivity_category
                    .as_deref()
                    .map(|c| format!(" in {c}"))
                    .unwrap_or_default();
                format!(
                    "no work for competing brands{scope} for {}",
                    count(d, "day", "days")
                )
            }
        }),
    );
    md.list("Competing brands", &r.competitors);
}

pub(super) fn guidelines(md: &mut Md, g: &Guidelines) {
    if *g == Guidelines::default() {
        return;
    }
    md.heading(2, "Brand guidelines");
    md.fact("Tone", g.tone.clone());
    md.fact(
        "Creative freedom",
        g.creative_freedom.map(|c| c.words().to_string()),
    );
    md.list("Must include", &g.mandatories);
    md.list("Do", &g.dos);
    md.list("Don't", &g.donts);
    md.list("Claims you may make", &g.claims_allowed);
    md.list("Claims you must not make", &g.claims_banned);
    md.fact("Approval", g.approval.clone());
}

/// The disclosure section with this partner's own label where they have one.
pub(super) fn disclosure(md: &mut Md, d: &Disclosure, label: Option<&str>, note: &str) {
    if *d == Disclosure::default() && label.is_none() {
        return;
    }
    md.heading(2, "Disclosure");
    if !note.is_empty() {
        md.para(note);
    }
    md.fact(
        "Label it as an ad",
        yes_no(d.required, "yes, every time", "not needed"),
    );
    md.fact(
        "Your label",
        label
            .or(d.label.as_deref())
            .filter(|l| !l.trim().is_empty())
            .map(|l| format!("\"{}\"", l.trim())),
    );
    md.fact("Where it goes", d.placement.map(|p| p.words().to_string()));
    md.fact(
        "The platform's paid-partnership tag",
        yes_no(d.platform_tool, "turn it on", "not needed"),
    );
}

/// The pay section: each part of the terms in words. `combined` (the brief for everyone)
/// shows no partner's own terms: the fixed part is "agreed per partner" when `fees_differ`.
#[expect(
    clippy::too_many_lines,
    reason = "one section of the brief, sentence by sentence"
)]
pub(super) fn pay(md: &mut Md, pay: &PartnerPay, c: &Campaign, combined: bool, fees_differ: bool) {
    if pay.is_empty() && pay.kill_fee_pct.is_none() && pay.payment_terms.is_none() {
        return;
    }
    md.heading(2, "Pay");
    let money = |n: f64| money_text(n, c);
    md.fact("How you are paid", how_paid(pay, combined));
    md.fact(
        "Fee",
        if combined && fees_differ {
            Some("agreed per partner; it is in each partner's own copy".to_string())
        } else {
            pay.base.map(|b| base_words(b, &money))
        },
    );
    md.fact(
        "Monthly retainer",
        pay.retainer.map(|b| base_words(b, &money)),
    );
    if let Some(v) = pay.variable {
        let rate = v.rate.map(|r| match v.per {
            Per::ThousandImpressions => format!("{} per 1,000 impressions", money(r)),
            Per::ThousandReached => format!("{} per 1,000 people reached", money(r)),
            Per::Engagement => format!(
                "{} per engagement (likes, comments, shares, saves)",
                money(r)
            ),
            Per::Conversion => format!("{} per sale or sign-up you bring", money(r)),
            Per::SalesPct => format!("{}% commission on the sales you bring", number(r)),
        });
        md.fact("Plus", rate);
        md.fact(
            "Cap",
            v.cap.map(|cap| {
                format!(
                    "the {} part is capped at {}; the fee is not",
                    if v.per == Per::SalesPct {
                        "commission"
                    } else {
                        "per-result"
                    },
                    money(cap)
                )
            }),
        );
        if !combined {
            md.fact(
                "Expected at our targets",
                v.expected()
                    .map(|e| format!("about {} of per-result pay", money(e.round()))),
            );
        }
    }
    if let Some((bonus, condition)) = &pay.bonus {
        let condition = condition
            .as_deref()
            .filter(|t| !t.trim().is_empty())
            .map_or_else(
                || "on the condition we agree with you".to_string(),
                |t| format!("when {}", lower_first(t.trim())),
            );
        md.fact("Bonus", Some(format!("{} {condition}", money(*bonus))));
    }
    if let Some(value) = pay.gifted {
        md.fact(
            "Gifted product",
            Some(match value {
                Some(v) => format!("the product, worth {}; it is yours to keep", money(v)),
                None => "the product; it is yours to keep".into(),
            }),
        );
    }
    md.fact(
        "A post in return",
        yes_no(
            pay.posting_required.filter(|_| pay.gifted.is_some()),
            "required: the post is an ad and must be labelled as one",
            "not required",
        ),
    );
    for (kind, fee) in &pay.add_ons {
        let (label, why) = match kind {
            AddOn::Usage => ("Usage fee", "for the usage rights above"),
            AddOn::Whitelisting => ("Ad access fee", "for ads run from your handle"),
            AddOn::Exclusivity => ("Exclusivity fee", "for not working with competing brands"),
            AddOn::RawFootage => ("Raw footage fee", "for the unedited footage"),
        };
        md.fact(label, Some(format!("{} {why}", money(*fee))));
    }
    if !combined && !pay.is_empty() {
        md.fact("In all", Some(total_words(pay, &money)));
    }
    md.fact(
        "If we cancel",
        pay.kill_fee_pct
            .map(|k| format!("we pay {}% of the fee once you have started", number(k))),
    );
    md.fact("Payment terms", pay.payment_terms.clone());
}

/// How the partner is paid, in words: their own agreed fee comes first when they have one.
fn how_paid(pay: &PartnerPay, combined: bool) -> Option<String> {
    let own = matches!(pay.base, Some(Base::OwnFee(_))) && !combined;
    let variable = pay.variable.map(|v| match v.per {
        Per::SalesPct => "commission on the sales you bring",
        Per::Conversion => "an amount per sale or sign-up you bring",
        Per::Engagement => "an amount per engagement",
        Per::ThousandImpressions | Per::ThousandReached => "an amount per 1,000 views",
    });
    match (own || matches!(pay.base, Some(Base::Flat(_))), variable) {
        (true, Some(v)) => Some(format!("a fee plus {v}")),
        (true, None) if own => Some("a fee agreed with you".into()),
        _ => pay.basis.map(basis_words),
    }
}

/// "One of your posts" → "one of your posts" after "when"; "UK" and "TikTok" stay.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase() => {
            a.to_lowercase().chain(text.chars().skip(1)).collect()
        }
        _ => text.to_string(),
    }
}

/// The pay basis in words.
fn basis_words(basis: &str) -> String {
    match basis {
        "per-asset" => "per asset you deliver",
        "day-rate" => "by the day",
        "package" => "one price for the whole package",
        "retainer" => "a monthly retainer",
        "flat" => "a flat fee",
        "cpm" => "by the views your posts get",
        "cpe" => "by the engagement your posts get",
        "cpa" => "by the sales or sign-ups you bring",
        "affiliate" => "commission on the sales you bring",
        "gifted" => "with the product (gifted)",
        other => other,
    }
    .to_string()
}

fn base_words(base: Base, money: &dyn Fn(f64) -> String) -> String {
    match base {
        Base::OwnFee(a) | Base::Flat(a) | Base::Unread(a) => money(a),
        Base::Package(a) => format!("{} for the package", money(a)),
        Base::PerAsset { assets, rate } => format!(
            "{} × {} per asset = {}",
            count(assets, "asset", "assets"),
            money(rate),
            money(base.amount())
        ),
        Base::Days { days, rate } => format!(
            "{} × {} a day = {}",
            count(days, "day", "days"),
            money(rate),
            money(base.amount())
        ),
        Base::Months { months, rate } => format!(
            "{} × {} a month = {}",
            count(months, "month", "months"),
            money(rate),
            money(base.amount())
        ),
    }
}

fn total_words(pay: &PartnerPay, money: &dyn Fn(f64) -> String) -> String {
    let cash = pay.money();
    let mut text = money(cash.round());
    let estimated = pay.variable.is_some_and(|v| v.expected().is_some());
    if estimated {
        text.push_str(" expected at our targets");
    }
    if pay.bonus.is_some() {
        text.push_str(", the bonus included");
    }
    if let Some(Some(v)) = pay.gifted {
        text.push_str(&format!(", plus the product worth {}", money(v)));
    }
    text
}

/// A short pay line for the summary: "2,650 EUR", or "1,500 EUR plus 10% commission (up to
/// 1,000 EUR) and 300 EUR in rights fees".
pub(super) fn pay_summary(pay: &PartnerPay, c: &Campaign) -> Option<String> {
    if pay.is_empty() {
        return None;
    }
    let money = |n: f64| money_text(n, c);
    let mut parts: Vec<String> = Vec::new();
    if let Some(b) = pay.base {
        parts.push(money(b.amount()));
    }
    if let Some(r) = pay.retainer {
        parts.push(base_words(r, &money));
    }
    if let Some(v) = pay.variable
        && let Some(rate) = v.rate
    {
        let mut part = match v.per {
            Per::ThousandImpressions => format!("{} per 1,000 impressions", money(rate)),
            Per::ThousandReached => format!("{} per 1,000 people reached", money(rate)),
            Per::Engagement => format!("{} per engagement", money(rate)),
            Per::Conversion => format!("{} per sale", money(rate)),
            Per::SalesPct => format!("{}% commission", number(rate)),
        };
        if let Some(cap) = v.cap {
            part.push_str(&format!(" (up to {})", money(cap)));
        }
        parts.push(part);
    }
    if let Some((bonus, _)) = &pay.bonus {
        parts.push(format!("a {} bonus", money(*bonus)));
    }
    if let Some(gift) = pay.gifted {
        parts.push(match gift {
            Some(v) => format!("the product (worth {})", money(v)),
            None => "the product".into(),
        });
    }
    let fees: f64 = pay.add_ons.iter().map(|a| a.1).sum();
    if fees > 0.0 {
        parts.push(format!("{} in rights fees", money(fees)));
    }
    // "1,500 USD plus a 500 USD bonus and 700 USD in rights fees".
    match parts.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        [first, last] => Some(format!("{first} plus {last}")),
        [first, middle @ .., last] => {
            Some(format!("{first} plus {} and {last}", middle.join(", ")))
        }
    }
}

/// A quantity of a thing: "8 photos".
pub(super) fn quantity(n: Option<u32>, one: &str) -> String {
    let n = n.unwrap_or(1);
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {}", plural(one))
    }
}

fn plural(word: &str) -> String {
    match word {
        w if w.ends_with("story") => format!("{}ies", &w[..w.len() - 1]),
        "feed post" | "post" => format!("{word}s"),
        w if w.ends_with('s') || w.ends_with("sh") => format!("{w}es"),
        w if w.ends_with("audio") || w.ends_with("sound") => w.to_string(),
        w => format!("{w}s"),
    }
}
