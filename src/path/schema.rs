//! JSON Schema of each file, made from the key table (so editors such as taplo can check and
//! complete the files as they are typed).

use serde_json::{Map, Value as Json, json};

use super::{Key, Kind, file_keys};
use crate::brief::FileKind;

fn kind_schema(kind: Kind) -> Json {
    match kind {
        Kind::Text | Kind::Handle | Kind::LongText => json!({"type": "string"}),
        Kind::Email => json!({"type": "string", "format": "email"}),
        Kind::Url => json!({"type": "string", "format": "uri"}),
        Kind::Count => json!({"type": "integer", "minimum": 0}),
        Kind::Money => json!({"type": "number", "minimum": 0}),
        Kind::Percent => json!({"type": "number", "minimum": 0, "maximum": 100}),
        Kind::Number => json!({"type": "number"}),
        Kind::Date => json!({"type": "string", "format": "date"}),
        Kind::DateTime => json!({"type": "string", "format": "date-time"}),
        Kind::Bool => json!({"type": "boolean"}),
        Kind::OneOf(values) => json!({"type": "string", "enum": values}),
        Kind::ManyOf(values) => {
            json!({"type": "array", "items": {"type": "string", "enum": values}})
        }
        Kind::TextList | Kind::Handles | Kind::Languages | Kind::Assignees => {
            json!({"type": "array", "items": {"type": "string"}})
        }
        Kind::Countries => {
            json!({"type": "array", "items": {"type": "string", "pattern": "^[A-Za-z]{2}$"}})
        }
        Kind::Regions => json!({
            "type": "array",
            "items": {"type": "string", "pattern": "^([A-Za-z]{2}|worldwide)$"}
        }),
        Kind::Currency => json!({"type": "string", "pattern": "^[A-Z]{3}$"}),
        Kind::Table(keys) => object(keys),
        Kind::Rows(keys) => json!({"type": "array", "items": object(keys)}),
    }
}

fn object(keys: &[Key]) -> Json {
    let properties: Map<String, Json> = keys
        .iter()
        .map(|k| (k.name.to_string(), kind_schema(k.kind)))
        .collect();
    let required: Vec<&str> = keys.iter().filter(|k| k.required).map(|k| k.name).collect();
    let mut schema = json!({
        "type": "object",
        "properties": properties,
        "additionalProperties": false,
    });
    if !required.is_empty() {
        schema["required"] = json!(required);
    }
    schema
}

/// The JSON Schema of one file.
pub(crate) fn json_schema(file: FileKind) -> Json {
    let mut schema = object(file_keys(file));
    schema["$schema"] = json!("https://json-schema.org/draft/2020-12/schema");
    schema["title"] = json!(format!("splitbrief {}", file.file_name()));
    schema["properties"]["version"] = json!({"const": crate::brief::FORMAT_VERSION});
    schema["properties"]["kind"] = json!({"const": file.as_str()});
    schema
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_follows_the_key_table() {
        let s = json_schema(FileKind::Creator);
        assert_eq!(s["properties"]["kind"]["const"], "creator");
        assert_eq!(s["additionalProperties"], false);
        let rows = &s["properties"]["deliverables"]["items"]["properties"];
        assert!(
            rows["asset"]["enum"]
                .as_array()
                .unwrap()
                .contains(&json!("short-video"))
        );
        assert!(s["properties"]["usage_rights"]["properties"]["raw_footage"].is_object());
        let i = json_schema(FileKind::Influencer);
        assert!(i["properties"]["usage_rights"]["properties"]["raw_footage"].is_null());
    }
}
