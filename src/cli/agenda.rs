//! After the brief is sent (DESIGN §8.5): `status` (where each row stands), `rights` (every
//! grant by end date), `agenda` (what is due across campaigns) and `calendar` (the same dates
//! as an iCalendar file).

use std::path::Path;

use serde_json::{Value as Json, json};

use super::Failure;
use super::output::{print_json, say};
use crate::brief::{Bundle, Date, DeliverableStatus, PostStatus};
use crate::practice::agenda::events;
use crate::practice::grants::{Grant, grants};
use crate::store::index::{Due, Kind};
use crate::store::{self, Entry, Loaded, Places};

fn campaigns(places: &Places) -> Result<Vec<Loaded>, Failure> {
    Ok(store::list(places)?
        .into_iter()
        .filter_map(|e| match e {
            Entry::Campaign(l) => Some(*l),
            _ => None,
        })
        .collect())
}

fn days_word(n: i64) -> String {
    match n {
        0 => "today".into(),
        1 => "tomorrow".into(),
        -1 => "yesterday".into(),
        n if n < 0 => format!("{} days ago", -n),
        n => format!("in {n} days"),
    }
}

/// `rights [--expiring DAYS] [--json]`: every grant over every campaign, soonest end first.
pub fn rights(dir: Option<&Path>, expiring: Option<u32>, json_out: bool) -> Result<u8, Failure> {
    let (places, _) = Places::resolve(dir)?;
    let today = store::today();
    let mut rows: Vec<(String, Grant)> = Vec::new();
    for loaded in campaigns(&places)? {
        for g in grants(&loaded.bundle) {
            let left = g.days_left(today);
            if expiring.is_some_and(|d| left < 0 || left > i64::from(d)) {
                continue;
            }
            rows.push((loaded.slug.clone(), g));
        }
    }
    rows.sort_by(|a, b| a.1.end.cmp(&b.1.end).then(a.0.cmp(&b.0)));
    if json_out {
        let items: Vec<Json> = rows
            .iter()
            .map(|(slug, g)| {
                json!({
                    "campaign": slug,
                    "brief": g.brief.as_str(),
                    "partner": g.partner,
                    "grant": g.kind,
                    "start": g.start.to_string(),
                    "end": g.end.to_string(),
                    "days_left": g.days_left(today),
                    "planned": g.planned,
                    "key": g.key.to_string(),
                })
            })
            .collect();
        print_json(&Json::Array(items));
        return Ok(0);
    }
    if rows.is_empty() {
        say!(
            "no usage grants{}",
            expiring
                .map(|d| format!(" ending within {d} days"))
                .unwrap_or_default()
        );
        return Ok(0);
    }
    for (slug, g) in &rows {
        let who = g.partner.as_deref().unwrap_or("(no partner yet)");
        let planned = if g.planned { "  planned start" } else { "" };
        say!(
            "{}  {:<16} {:<24} {:<10} {:<20} {} → {}{planned}",
            days_word(g.days_left(today)),
            g.kind.words(),
            slug,
            g.brief.as_str(),
            who,
            g.start,
            g.end
        );
    }
    Ok(0)
}

/// `agenda [--days N] [--json]`: what is due across campaigns from today, soonest first,
/// read from the summary index (only changed campaigns are read again).
pub fn agenda(dir: Option<&Path>, days: u32, json_out: bool) -> Result<u8, Failure> {
    let (places, config) = Places::resolve(dir)?;
    let market = super::summary::market_data(&config, &places.config)?;
    let today = store::today();
    let (first, last) = (
        today.to_string(),
        today.plus_days(i64::from(days)).to_string(),
    );
    let mut rows: Vec<(String, String, Due)> = Vec::new();
    for row in crate::listing::rows(&places, &market, today, &mut |_| {})? {
        let Kind::Campaign(s) = row.kind else {
            continue;
        };
        for d in s.checked.due {
            if d.date >= first && d.date <= last {
                rows.push((row.folder.clone(), s.name.clone(), d));
            }
        }
    }
    rows.sort_by(|a, b| a.2.date.cmp(&b.2.date).then(a.0.cmp(&b.0)));
    if json_out {
        let items: Vec<Json> = rows
            .iter()
            .map(|(slug, name, d)| {
                let left = Date::parse(&d.date).map(|x| today.days_until(x));
                json!({
                    "date": d.date, "days": left, "campaign": slug, "name": name,
                    "kind": d.kind, "what": d.what, "partner": d.partner, "key": d.key,
                })
            })
            .collect();
        print_json(&Json::Array(items));
        return Ok(0);
    }
    if rows.is_empty() {
        say!("nothing due in the next {days} days");
        return Ok(0);
    }
    let mut day = "";
    for (slug, name, d) in &rows {
        if day != d.date {
            day = &d.date;
            let left = Date::parse(&d.date).map_or(0, |x| today.days_until(x));
            say!("{} ({})", d.date, days_word(left));
        }
        say!("  {name} [{slug}]: {}", d.what);
    }
    Ok(0)
}

/// `calendar --out FILE.ics`: every dated event of every campaign, with ids that stay the
/// same across runs so a calendar app updates rather than duplicates them.
pub fn calendar(dir: Option<&Path>, out: &Path) -> Result<u8, Failure> {
    let (places, _) = Places::resolve(dir)?;
    let mut cal = ics::ICalendar::new("2.0", "-//splitbrief//agenda//EN");
    let mut count = 0;
    for loaded in campaigns(&places)? {
        // The files' last change: a re-import sees an event as updated only when it was.
        let stamp = loaded
            .modified
            .and_then(|t| jiff::Timestamp::try_from(t).ok())
            .map_or_else(
                || "20000101T000000Z".to_string(),
                |t| t.strftime("%Y%m%dT%H%M%SZ").to_string(),
            );
        let name = loaded.bundle.campaign.name.clone();
        for e in events(&loaded.bundle) {
            let uid = format!("{}@splitbrief", e.uid(&loaded.slug));
            let mut event = ics::Event::new(uid, stamp.clone());
            let mut start = ics::properties::DtStart::new(ics_date(e.date));
            start.add(ics::parameters::Value::DATE);
            let mut end = ics::properties::DtEnd::new(ics_date(e.date.plus_days(1)));
            end.add(ics::parameters::Value::DATE);
            event.push(start);
            event.push(end);
            event.push(ics::properties::Summary::new(ics::escape_text(format!(
                "{name}: {}",
                e.what
            ))));
            event.push(ics::properties::Description::new(ics::escape_text(
                format!(
                    "{} · splitbrief {} · {}",
                    e.partner.as_deref().unwrap_or("all partners"),
                    loaded.slug,
                    e.key
                ),
            )));
            cal.add_event(event);
            count += 1;
        }
    }
    if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| Failure::usage(format!("{}: {e}", parent.display())))?;
    }
    store::atomic_write(out, &cal.to_string())?;
    say!("wrote {count} events to {}", out.display());
    Ok(0)
}

fn ics_date(d: Date) -> String {
    d.0.strftime("%Y%m%d").to_string()
}

/// `status SLUG [--json]`: where each deliverable and post stands.
pub fn status(dir: Option<&Path>, slug: &str, json_out: bool) -> Result<u8, Failure> {
    let (places, _) = Places::resolve(dir)?;
    let loaded = store::open(&places, slug)?;
    let b = &loaded.bundle;
    let mut rows: Vec<Json> = Vec::new();
    if let Some(c) = b.used_creator() {
        for (i, d) in c.deliverables.iter().enumerate() {
            rows.push(json!({
                "key": format!("creator.deliverables[{i}]"),
                "what": format!("{} × {}", d.quantity.unwrap_or(1), d.asset.map_or("asset", |a| a.as_str())),
                "partners": d.partners,
                "status": d.status.map_or("planned", |s| s.as_str()),
                "date": d.delivered_on.map(|x| x.to_string()),
            }));
        }
    }
    if let Some(inf) = b.used_influencer() {
        for (i, p) in inf.posts.iter().enumerate() {
            rows.push(json!({
                "key": format!("influencer.posts[{i}]"),
                "what": format!("{} × {} on {}", p.quantity.unwrap_or(1), p.format.map_or("post", |f| f.as_str()), p.platform.map_or("?", |x| x.as_str())),
                "partners": p.partners,
                "status": p.status.map_or("planned", |s| s.as_str()),
                "date": p.live_on.map(|x| x.to_string()),
                "url": p.url,
            }));
        }
    }
    if json_out {
        print_json(&Json::Array(rows));
        return Ok(0);
    }
    for r in &rows {
        let who = r["partners"]
            .as_array()
            .filter(|a| !a.is_empty())
            .map(|a| {
                a.iter()
                    .filter_map(Json::as_str)
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_else(|| "everyone".into());
        let date = r["date"]
            .as_str()
            .map(|d| format!(" ({d})"))
            .unwrap_or_default();
        say!(
            "{:<26} {:<30} {:<20} {}{date}",
            r["key"].as_str().unwrap_or_default(),
            r["what"].as_str().unwrap_or_default(),
            r["status"].as_str().unwrap_or_default(),
            who
        );
    }
    if rows.is_empty() {
        say!("{slug} has no deliverables or posts yet");
    } else if let Some((key, next)) = next_step(b) {
        say!("move a row on with: splitbrief set {slug} {key}.status={next}");
    }
    Ok(0)
}

/// The first row of a used brief that has a step left, and that step: what the hint under
/// `status` shows (never a row of a brief the campaign does not use).
fn next_step(b: &Bundle) -> Option<(String, &'static str)> {
    let planned = |s: Option<DeliverableStatus>| s.unwrap_or(DeliverableStatus::Planned);
    let creator = b.used_creator().into_iter().flat_map(|c| {
        c.deliverables.iter().enumerate().filter_map(move |(i, d)| {
            let next = planned(d.status).next()?;
            Some((format!("creator.deliverables[{i}]"), next.as_str()))
        })
    });
    let posts = b.used_influencer().into_iter().flat_map(|inf| {
        inf.posts.iter().enumerate().filter_map(|(i, p)| {
            let next = p.status.unwrap_or(PostStatus::Planned).next()?;
            Some((format!("influencer.posts[{i}]"), next.as_str()))
        })
    });
    creator.chain(posts).next()
}
