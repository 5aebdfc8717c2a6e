//! docs/report-schema.md against what `check --format json` really prints: every field
//! the reports hold is documented with its type, and every documented field occurs.

use std::collections::{BTreeMap, BTreeSet};

use assert_cmd::Command;
use serde_json::Value;

/// Documented fields and their types, from the tables' first two columns. The span
/// table has no type column: its fields are integers.
fn documented() -> BTreeMap<String, String> {
    let page = std::fs::read_to_string("docs/report-schema.md").unwrap();
    let mut fields = BTreeMap::new();
    for line in page.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = line.split(" | ").collect();
        let names = cells[0].trim_start_matches("| ");
        let kind = if names.starts_with("`span.") {
            "integer"
        } else {
            cells[1]
        };
        for name in names.split(", ") {
            fields.insert(name.trim_matches('`').to_string(), kind.to_string());
        }
    }
    fields
}

/// Each field path in the JSON ("items[].kind"); every span's fields as "span.start".
fn walk(value: &Value, path: &str, found: &mut BTreeMap<String, BTreeSet<&'static str>>) {
    let key = match path.rfind(".span.") {
        Some(at) => path[at + 1..].to_string(),
        None => path.to_string(),
    };
    let kind = match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_f64() => "number",
        Value::Number(_) => "integer",
        Value::String(_) => "string",
        Value::Object(map) => {
            for (k, v) in map {
                let child = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                walk(v, &child, found);
            }
            // An array's objects ("items[]") and spans are fields of their own; other
            // objects only group their fields ("stats.words").
            if path.ends_with(".span") {
                "span"
            } else if path.ends_with("[]") {
                "object"
            } else {
                return;
            }
        }
        Value::Array(items) => {
            for item in items {
                walk(item, &format!("{path}[]"), found);
            }
            return;
        }
    };
    if !path.is_empty() {
        found.entry(key).or_default().insert(kind);
    }
}

fn fits(documented: &str, seen: &str) -> bool {
    match seen {
        "integer" => documented == "integer" || documented == "number",
        "null" => documented.contains("null"),
        other => documented.starts_with(other),
    }
}

#[test]
fn the_schema_page_lists_exactly_the_fields_reports_hold() {
    let mut files: Vec<String> = std::fs::read_dir("tests/corpus")
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .filter(|p| !p.ends_with(".json") && !p.ends_with(".py"))
        .collect();
    files.sort();
    // A file that cannot be read gives an error element.
    files.push("tests/corpus/no-such-plan.md".to_string());
    let out = Command::cargo_bin("plainplan")
        .unwrap()
        .args(["check", "--format", "json", "--fail-on", "never"])
        .args(&files)
        .output()
        .unwrap();
    let reports: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(reports.as_array().unwrap().len(), files.len());

    let mut found = BTreeMap::new();
    for element in reports.as_array().unwrap() {
        walk(element, "", &mut found);
    }
    let documented = documented();
    for (field, kinds) in &found {
        let doc = documented
            .get(field)
            .unwrap_or_else(|| panic!("`{field}` is in the JSON but not in docs/report-schema.md"));
        for kind in kinds {
            assert!(
                fits(doc, kind),
                "`{field}` is {kind} but documented as {doc}"
            );
        }
    }
    for field in documented.keys() {
        assert!(
            found.contains_key(field),
            "`{field}` is documented but no report holds it"
        );
    }
}
