//! Commands that create, copy, rename, delete and restore campaigns.

use super::output::say;
use std::io::IsTerminal;
use std::path::Path;

use toml_edit::{Array, Value};

use super::Failure;
use crate::brief::FileKind;
use crate::doc::Docs;
use crate::path::KeyPath;
use crate::store::{self, BrandProfile, Config, Places};

/// `new`: writes a campaign (blank, from a template or a brand profile, with `--set` pairs)
/// and returns its slug.
pub fn new(
    dir: Option<&Path>,
    name: Option<String>,
    template: Option<String>,
    brand: Option<String>,
    sets: &[String],
    no_edit: bool,
) -> Result<String, Failure> {
    let (places, config) = Places::resolve(dir)?;
    let interactive = !no_edit && std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let Some(name) = name else {
        return Err(Failure::usage(if interactive {
            "give the campaign a name: splitbrief new \"Spring launch\""
        } else {
            "a name is required with --no-edit (or without a terminal): splitbrief new \"Spring launch\" --no-edit"
        }));
    };
    let name = name.trim().to_string();
    if name.is_empty() {
        return Err(Failure::usage(
            "the name is blank; give the campaign a name",
        ));
    }
    let mut docs = match &template {
        Some(wanted) => from_template(&places, wanted, &name)?,
        None => Docs::new_campaign(&name, "", store::now_datetime()),
    };
    apply_defaults(&mut docs, &config);
    if let Some(wanted) = &brand {
        let profile = config.brand(wanted).ok_or_else(|| {
            let known: Vec<String> = config
                .brands
                .iter()
                .map(|b| b.name.clone().unwrap_or_else(|| b.brand.clone()))
                .collect();
            Failure::usage(if known.is_empty() {
                format!(
                    "no brand profiles in {}; add a [[brands]] table there first",
                    places.config.display()
                )
            } else {
                format!(
                    "no brand profile `{wanted}`; the config has: {}",
                    known.join(", ")
                )
            })
        })?;
        apply_brand(&mut docs, profile)?;
    }
    apply_pairs(&mut docs, sets)?;
    let slug = store::create(&places, &mut docs)?;
    say!("created {slug} in {}", places.campaign_dir(&slug).display());
    Ok(slug)
}

fn from_template(places: &Places, wanted: &str, name: &str) -> Result<Docs, Failure> {
    let all = store::templates(&places.templates);
    let template = all.iter().find(|t| t.name == wanted).ok_or_else(|| {
        let names: Vec<&str> = all.iter().map(|t| t.name.as_str()).collect();
        Failure::usage(format!(
            "no template `{wanted}`; choose one of: {}",
            names.join(", ")
        ))
    })?;
    let mut docs = template.docs()?;
    docs.campaign.insert("name", toml_edit::value(name));
    docs.campaign
        .insert("created_at", toml_edit::value(store::now_datetime()));
    store::shift_dates(&mut docs, store::today().plus_days(14));
    Ok(docs)
}

/// Sets a key only when the campaign does not set it already.
fn default_value(docs: &mut Docs, path: &str, value: &str) {
    if let Ok(path) = KeyPath::parse(path)
        && docs.partnership().needs(path.file)
        && matches!(docs.get(&path), Ok(None))
    {
        let _ = docs.set(&path, value);
    }
}

fn apply_defaults(docs: &mut Docs, config: &Config) {
    if let Some(currency) = &config.currency {
        default_value(docs, "campaign.currency", currency);
    }
    if let Some(label) = &config.disclosure_label {
        default_value(docs, "creator.disclosure.label", label);
        default_value(docs, "influencer.disclosure.label", label);
    }
    if let Some(medium) = &config.utm_medium {
        default_value(docs, "influencer.tracking.utm_medium", medium);
    }
}

fn text_list(items: &[String]) -> Option<Value> {
    if items.is_empty() {
        return None;
    }
    let mut array = Array::new();
    for item in items {
        array.push(item.as_str());
    }
    Some(Value::Array(array))
}

fn apply_brand(docs: &mut Docs, profile: &BrandProfile) -> Result<(), Failure> {
    let mut values: Vec<(String, Option<Value>)> = vec![
        (
            "campaign.brand".into(),
            Some(Value::from(profile.brand.as_str())),
        ),
        (
            "campaign.brand_website".into(),
            profile.website.as_deref().map(Value::from),
        ),
    ];
    for file in [FileKind::Creator, FileKind::Influencer] {
        if !docs.partnership().needs(file) {
            continue;
        }
        let g = |key: &str| format!("{file}.guidelines.{key}");
        values.push((g("tone"), profile.tone.as_deref().map(Value::from)));
        values.push((g("dos"), text_list(&profile.dos)));
        values.push((g("donts"), text_list(&profile.donts)));
        values.push((g("mandatories"), text_list(&profile.mandatories)));
        values.push((g("claims_banned"), text_list(&profile.claims_banned)));
    }
    for (path, value) in values {
        let Some(value) = value else { continue };
        let path = KeyPath::parse(&path).map_err(|e| Failure::usage(e.to_string()))?;
        docs.set_value(&path, Some(value))
            .map_err(|e| Failure::usage(e.to_string()))?;
    }
    Ok(())
}

/// Applies `KEY=VALUE` pairs in order; the first bad one fails the whole command.
pub(crate) fn apply_pairs(docs: &mut Docs, pairs: &[String]) -> Result<(), Failure> {
    for pair in pairs {
        let (key, value) = pair.split_once('=').ok_or_else(|| {
            Failure::usage(format!(
                "`{pair}` is not KEY=VALUE; write it like campaign.brand=Acme (KEY= clears)"
            ))
        })?;
        let path = KeyPath::parse(key).map_err(|e| Failure::usage(e.to_string()))?;
        docs.set(&path, value)
            .map_err(|e| Failure::usage(e.to_string()))?;
    }
    docs.validate().map_err(|e| Failure::usage(e.to_string()))
}

/// `duplicate`.
pub fn duplicate(dir: Option<&Path>, slug: &str, name: Option<String>) -> Result<u8, Failure> {
    let (places, _) = Places::resolve(dir)?;
    let new = store::duplicate(&places, slug, name.as_deref())?;
    say!("created {new} in {}", places.campaign_dir(&new).display());
    Ok(0)
}

/// `rename`.
pub fn rename(dir: Option<&Path>, slug: &str, name: &str) -> Result<u8, Failure> {
    let (places, _) = Places::resolve(dir)?;
    store::rename(&places, slug, name)?;
    say!(
        "renamed {slug} to \"{}\" (the slug stays {slug})",
        name.trim()
    );
    Ok(0)
}

/// `delete`.
pub fn delete(dir: Option<&Path>, slug: &str) -> Result<u8, Failure> {
    let (places, _) = Places::resolve(dir)?;
    let entry = store::to_trash(&places, slug)?;
    say!("moved {slug} to the trash as {entry}; `splitbrief restore {entry}` brings it back");
    Ok(0)
}

/// `trash`.
pub fn trash(dir: Option<&Path>) -> Result<u8, Failure> {
    let (places, _) = Places::resolve(dir)?;
    let entries = store::trash_entries(&places)?;
    if entries.is_empty() {
        say!("the trash is empty");
        return Ok(0);
    }
    for e in entries {
        say!(
            "{}\t{}\t{}",
            e.name,
            e.deleted_at.as_deref().unwrap_or("?"),
            e.title.as_deref().unwrap_or("(unreadable campaign.toml)")
        );
    }
    Ok(0)
}

/// `restore`.
pub fn restore(dir: Option<&Path>, name: &str) -> Result<u8, Failure> {
    let (places, _) = Places::resolve(dir)?;
    let slug = store::restore(&places, name)?;
    say!(
        "restored {slug} in {}",
        places.campaign_dir(&slug).display()
    );
    Ok(0)
}
