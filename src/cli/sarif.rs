//! `--format sarif`: one SARIF 2.1.0 log for all the files checked, so code-review tools
//! and editors that read SARIF show plainplan's findings.

use serde_json::{json, Value};

use plainplan::rules::RULES;
use plainplan::Report;

use super::Checked;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The SARIF log: every rule with its help text, every finding as a result, and every
/// file that could not be read as an error notification.
pub(crate) fn log(checked: &[Checked]) -> Value {
    let rules: Vec<Value> = RULES.iter().map(|r| rule(r.info)).collect();
    let results: Vec<Value> = checked
        .iter()
        .filter_map(Checked::report)
        .flat_map(results)
        .collect();
    let notifications: Vec<Value> = checked
        .iter()
        .filter_map(Checked::error)
        .map(|e| {
            json!({
                "level": "error",
                "message": { "text": format!("{}: {}", e.file, e.error.message) },
                "descriptor": { "id": e.error.kind },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri(&e.file) } } }],
            })
        })
        .collect();
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "plainplan",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            // Columns are counted in characters, as in the human and JSON output.
            "columnKind": "unicodeCodePoints",
            "invocations": [{
                "executionSuccessful": notifications.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "results": results,
        }],
    })
}

fn rule(info: &plainplan::registry::RuleInfo) -> Value {
    let help = format!(
        "{}\n\nWhy it matters to a family: {}\n\nInstead of: {}\nWrite: {}",
        info.summary, info.why, info.before, info.after
    );
    json!({
        "id": info.id.name(),
        "shortDescription": { "text": info.summary },
        "fullDescription": { "text": info.why },
        "help": { "text": help },
        "defaultConfiguration": { "level": info.severity.name() },
        "properties": { "tags": [info.kind.name()] },
    })
}

fn results(report: &Report) -> Vec<Value> {
    // Lines and columns of Word and PDF files count in the text taken out of them, not in
    // the file, so those results give the place in words ("table 2, row 3") instead.
    let has_lines = !matches!(report.format, "docx" | "pdf");
    report
        .findings
        .iter()
        .map(|f| {
            let index = RULES
                .iter()
                .position(|r| r.info.id == f.rule)
                .expect("every rule is listed");
            let mut location = json!({
                "physicalLocation": { "artifactLocation": { "uri": uri(&report.file) } },
            });
            if has_lines {
                location["physicalLocation"]["region"] = json!({
                    "startLine": f.span.line,
                    "startColumn": f.span.column,
                    "endLine": f.span.end_line,
                    "endColumn": f.span.end_column,
                    "byteOffset": f.span.start,
                    "byteLength": f.span.end - f.span.start,
                    "snippet": { "text": f.text },
                });
            }
            if let Some(place) = &f.location {
                location["logicalLocations"] = json!([{ "name": place, "kind": "element" }]);
            }
            let mut result = json!({
                "ruleId": f.rule.name(),
                "ruleIndex": index,
                "level": f.severity.name(),
                "message": { "text": f.message },
                "locations": [location],
            });
            if let Some(better) = &f.suggestion {
                result["message"]["text"] = json!(format!("{} Try: {better}", f.message));
            }
            result
        })
        .collect()
}

/// A path as a URI reference: relative paths stay relative, and every byte outside
/// the unreserved set and `/` is percent-encoded.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::uri;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("plans/a plan.md"), "plans/a%20plan.md");
        assert_eq!(uri("/srv/plans/x.md"), "file:///srv/plans/x.md");
        assert_eq!(uri("<stdin>"), "%3Cstdin%3E");
        assert_eq!(uri("Plan – Ñ.md"), "Plan%20%E2%80%93%20%C3%91.md");
    }
}
