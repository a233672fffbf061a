//! TOML values as JSON: dates become `"2026-03-01"` strings, tables objects in file order.

use serde_json::{Map, Value as Json};
use toml_edit::{Item, Value};

use crate::doc::Docs;

/// A TOML item as JSON.
pub(crate) fn item_json(item: &Item) -> Json {
    match item {
        Item::None => Json::Null,
        Item::Value(v) => value_json(v),
        Item::Table(t) => Json::Object(
            t.iter()
                .map(|(k, v)| (k.to_string(), item_json(v)))
                .collect::<Map<_, _>>(),
        ),
        Item::ArrayOfTables(rows) => Json::Array(
            rows.iter()
                .map(|t| {
                    Json::Object(
                        t.iter()
                            .map(|(k, v)| (k.to_string(), item_json(v)))
                            .collect(),
                    )
                })
                .collect(),
        ),
    }
}

fn value_json(value: &Value) -> Json {
    match value {
        Value::String(s) => Json::String(s.value().clone()),
        Value::Integer(i) => Json::from(*i.value()),
        Value::Float(f) => {
            serde_json::Number::from_f64(*f.value()).map_or(Json::Null, Json::Number)
        }
        Value::Boolean(b) => Json::Bool(*b.value()),
        Value::Datetime(d) => Json::String(d.value().to_string()),
        Value::Array(a) => Json::Array(a.iter().map(value_json).collect()),
        Value::InlineTable(t) => Json::Object(
            t.iter()
                .map(|(k, v)| (k.to_string(), value_json(v)))
                .collect(),
        ),
    }
}

/// The whole campaign as one JSON object: `slug`, `campaign`, `creator`, `influencer`.
pub(crate) fn bundle_json(slug: &str, docs: &Docs) -> Map<String, Json> {
    let mut out = Map::new();
    out.insert("slug".into(), Json::String(slug.to_string()));
    out.insert("campaign".into(), item_json(docs.campaign.as_item()));
    out.insert(
        "creator".into(),
        docs.creator
            .as_ref()
            .map_or(Json::Null, |d| item_json(d.as_item())),
    );
    out.insert(
        "influencer".into(),
        docs.influencer
            .as_ref()
            .map_or(Json::Null, |d| item_json(d.as_item())),
    );
    out
}
