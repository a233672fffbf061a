//! The campaigns as `list`, home and learnings see them: the store's summary index, with the
//! practice rules filling in coverage and finding counts. The one place the two meet, so
//! the command line and the app always count alike.

use std::path::PathBuf;

use crate::brief::{Bundle, Date};
use crate::practice::{self, MarketData, NicheLearnings};
use crate::store::index::{self, Checked, Kind, Progress, Row, Scan};
use crate::store::{Loaded, Places, StoreError};

/// Coverage and finding counts of a campaign on a day, by the rules.
pub fn check(bundle: &Bundle, market: &MarketData, today: Date) -> Checked {
    let coverage = practice::coverage(bundle);
    let counts = practice::Counts::of(&practice::check(bundle, market, today));
    Checked {
        done: coverage.done(),
        applicable: coverage.applicable(),
        error: counts.error,
        warning: counts.warning,
        info: counts.info,
        progress: bundle.progress().text(),
        due: practice::agenda::events(bundle)
            .into_iter()
            .map(|e| index::Due {
                date: e.date.to_string(),
                kind: serde_json::to_value(e.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                what: e.what,
                partner: e.partner,
                key: e.key.to_string(),
            })
            .collect(),
    }
}

/// The market data the rules read: the defaults plus the config's `[market]` (and its
/// rights warning), or why the config's table is wrong.
pub fn market(config: &crate::store::Config) -> Result<MarketData, String> {
    MarketData::configured(config.market.as_ref(), config.rights_warning_days)
}

/// Learnings by niche of campaigns already read (what `learnings` gathers from disk).
pub fn gather(campaigns: &[(String, Bundle)]) -> Vec<NicheLearnings> {
    practice::gather(campaigns, None)
}

/// A hash of what the rules read besides the campaigns: the config file (its `[market]`).
pub fn rules_hash(places: &Places) -> u64 {
    std::fs::read(&places.config).map_or(0, |bytes| index::fnv1a(&bytes))
}

/// Every folder of the root as a row, sorted by folder name; `progress` hears of rows as
/// they are ready.
pub fn rows(
    places: &Places,
    market: &MarketData,
    today: Date,
    progress: &mut dyn FnMut(Progress<'_>),
) -> Result<Vec<Row>, StoreError> {
    let check = |bundle: &Bundle, day: Date| check(bundle, market, day);
    let scan = Scan {
        today,
        rules: rules_hash(places),
        check: &check,
    };
    index::scan(places, &scan, progress)
}

/// The row of a campaign already loaded.
pub fn row_of(loaded: &Loaded, market: &MarketData, today: Date) -> Row {
    let check = |bundle: &Bundle, day: Date| check(bundle, market, day);
    let scan = Scan {
        today,
        rules: 0,
        check: &check,
    };
    index::row_of(loaded, &scan)
}

/// The past hooks, formats and notes of campaigns in `niche`, newest first, `except` left
/// out (only campaigns with a niche are read in full).
pub fn past_hooks(
    places: &Places,
    market: &MarketData,
    today: Date,
    niche: &str,
    except: &str,
) -> Result<Vec<practice::Suggestion>, StoreError> {
    Ok(practice::past_hooks(
        &with_niche(places, market, today)?,
        niche,
        except,
    ))
}

/// Every campaign with a niche, read in full.
fn with_niche(
    places: &Places,
    market: &MarketData,
    today: Date,
) -> Result<Vec<(String, Bundle)>, StoreError> {
    let dirs: Vec<PathBuf> = rows(places, market, today, &mut |_| {})?
        .into_iter()
        .filter(|r| matches!(&r.kind, Kind::Campaign(s) if s.niche.is_some()))
        .map(|r| places.campaign_dir(&r.folder))
        .collect();
    let mut campaigns: Vec<(String, Bundle)> = Vec::new();
    index::read_each(
        &dirs,
        &|dir| {
            crate::store::read_campaign(places, dir)
                .ok()
                .map(|l| (l.slug, l.bundle))
        },
        &mut |found| campaigns.extend(found),
    );
    Ok(campaigns)
}

/// Learnings by niche across every campaign (only campaigns with a niche are read in full).
pub fn learnings(
    places: &Places,
    market: &MarketData,
    today: Date,
    niche: Option<&str>,
) -> Result<Vec<NicheLearnings>, StoreError> {
    let campaigns = with_niche(places, market, today)?;
    Ok(practice::gather(&campaigns, niche))
}
