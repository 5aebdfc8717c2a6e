//! Plans as they really arrive: Word, HTML from editors, text in every encoding, and
//! inputs that are not plans at all.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn plainplan() -> Command {
    let mut cmd = Command::cargo_bin("plainplan").unwrap();
    cmd.env_remove("NO_COLOR");
    cmd
}

fn report(path: &str) -> Value {
    let out = plainplan()
        .args(["check", "--format", "json", path])
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{path}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn items(r: &Value) -> Vec<(String, String)> {
    r["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["kind"].as_str().unwrap().to_string(),
                i["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn every_corpus_plan_in_every_format_checks_without_error() {
    let mut seen = std::collections::HashSet::new();
    for entry in std::fs::read_dir("tests/corpus").unwrap() {
        let path = entry.unwrap().path();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !["md", "txt", "docx", "html"].contains(&ext) {
            continue;
        }
        // Letters, leaflets and notes are read too, but only plans have items.
        let Ok(labels) = std::fs::read_to_string(path.with_extension("labels.json")) else {
            continue;
        };
        let is_plan = serde_json::from_str::<Value>(&labels).unwrap()["is_plan"] != false;
        let r = report(path.to_str().unwrap());
        if is_plan {
            assert!(
                !r["items"].as_array().unwrap().is_empty(),
                "{path:?} has no items"
            );
        }
        seen.insert(ext.to_string());
    }
    assert_eq!(seen.len(), 4, "{seen:?}");
}

#[test]
fn word_tracked_changes_fields_text_boxes_and_merged_cells_read_as_word_shows_them() {
    let r = report("tests/fixtures/word-features.docx");
    assert_eq!(r["format"], "docx");
    let all: String = items(&r).into_iter().map(|(_, t)| t + "\n").collect();
    assert!(
        all.contains("Mum will take Zoë to school every day."),
        "{all}"
    );
    assert!(!all.contains("nursery"), "deleted text was read: {all}");
    assert!(!all.contains("DATE"), "a field code was read: {all}");
    for hidden in ["COMMENT TEXT", "HEADER TEXT", "FOOTER TEXT"] {
        assert!(!all.contains(hidden), "{hidden}: {all}");
    }
    // A text box is read once (a number to ring is not an item, so look at the text).
    let bytes = std::fs::read("tests/fixtures/word-features.docx").unwrap();
    let source = plainplan::input::read(
        Some("word-features.docx"),
        &bytes,
        None,
        &plainplan::input::Limits::default(),
    )
    .unwrap();
    assert_eq!(source.text.matches("Call 999 in an emergency.").count(), 1);
    assert_eq!(
        all.matches("Zoë will be in school every day.").count(),
        1,
        "{all}"
    );
    let places: Vec<&str> = r["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["location"].as_str())
        .collect();
    assert!(
        places.contains(&"table 1, row 3, column 'Action'"),
        "{places:?}"
    );
    assert!(
        places.iter().any(|p| p.starts_with("paragraph ")),
        "{places:?}"
    );
}

#[test]
fn a_plan_written_by_python_docx_has_its_headings_lists_and_table() {
    let r = report("tests/fixtures/python-docx.docx");
    let got = items(&r);
    assert!(
        got.contains(&("action".into(), "Mum will walk Zoë to school.".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&(
            "contingency".into(),
            "If Zoë misses 2 days in a week, Łukasz will visit the same day.".into()
        )),
        "{got:?}"
    );
    let table_row = r["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["text"] == "Parents to maintain the home.")
        .unwrap();
    assert_eq!(
        table_row["has_timescale"], false,
        "'Ongoing' is no timescale"
    );
    assert_eq!(table_row["has_owner"], true, "the Who column says Parents");
}

#[test]
fn word_findings_say_which_paragraph_or_cell_they_are_in() {
    plainplan()
        .args([
            "check",
            "--color",
            "never",
            "tests/fixtures/python-docx.docx",
        ])
        .assert()
        .stdout(predicate::str::contains(
            "--> tests/fixtures/python-docx.docx: table 1, row 3, column 'Action'",
        ));
}

#[test]
fn html_findings_point_at_the_source_line_and_text() {
    let path = "tests/corpus/22-cp-morgan.html";
    let source = std::fs::read_to_string(path).unwrap();
    let r = report(path);
    let lines: Vec<&str> = source.lines().collect();
    let findings = r["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    for f in findings {
        let span = &f["span"];
        let (start, end) = (
            span["start"].as_u64().unwrap() as usize,
            span["end"].as_u64().unwrap() as usize,
        );
        let text = f["text"].as_str().unwrap();
        // Entities and collapsed spaces aside, the source holds the flagged words.
        let first = text.split_whitespace().next().unwrap();
        assert!(
            source[start..end].contains(first.trim_end_matches(['.', ','])),
            "{f}"
        );
        let line = lines[span["line"].as_u64().unwrap() as usize - 1];
        let column = span["column"].as_u64().unwrap() as usize;
        let at: String = line
            .chars()
            .skip(column - 1)
            .take(first.chars().count())
            .collect();
        assert_eq!(
            source[start..]
                .chars()
                .take(at.chars().count())
                .collect::<String>(),
            at,
            "{f}"
        );
    }
}

#[test]
fn every_encoding_gives_the_same_plan() {
    let base = items(&report("tests/fixtures/encodings/utf8-bom.txt"));
    assert_eq!(base.len(), 2, "{base:?}");
    for name in ["utf16le.txt", "utf16be.txt", "crlf.txt", "cr.txt"] {
        let got = items(&report(&format!("tests/fixtures/encodings/{name}")));
        assert_eq!(got, base, "{name}");
    }
    let cp1252 = items(&report("tests/fixtures/encodings/windows-1252.txt"));
    assert!(cp1252[0].1.contains("Zoë"), "{cp1252:?}");
}

#[test]
fn the_format_comes_from_content_and_input_format_forces_it() {
    let dir = std::env::temp_dir().join(format!("plainplan-formats-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let docx = dir.join("plan-without-extension");
    std::fs::copy("tests/fixtures/python-docx.docx", &docx).unwrap();
    assert_eq!(report(docx.to_str().unwrap())["format"], "docx");
    let html = dir.join("pasted.txt");
    std::fs::write(
        &html,
        "<h2>Actions</h2><ul><li>Mum will ring the GP by Friday.</li></ul>",
    )
    .unwrap();
    let out = plainplan()
        .args(["check", "--format", "json", "--input-format", "html"])
        .arg(&html)
        .output()
        .unwrap();
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["format"], "html");
    assert_eq!(r["items"][0]["text"], "Mum will ring the GP by Friday.");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Each bad input: one line naming the file and the reason, exit code 2.
#[test]
fn bad_inputs_get_a_one_line_error_naming_the_file_and_the_reason() {
    let cases = [
        ("tests/fixtures/bad/empty.txt", "the file is empty"),
        ("tests/fixtures/bad/binary.txt", "looks like binary data"),
        (
            "tests/fixtures/bad/not-a-zip.docx",
            "not a Word .docx file: it is not a zip archive",
        ),
        ("tests/fixtures/bad/truncated.docx", "damaged or incomplete"),
        (
            "tests/fixtures/bad/malformed-xml.docx",
            "word/document.xml in the Word file is not well-formed XML",
        ),
        (
            "tests/fixtures/bad/no-document.docx",
            "it has no word/document.xml",
        ),
        (
            "tests/fixtures/bad/zip-bomb.docx",
            "unpacks to more than 200 MB",
        ),
        (
            "tests/fixtures/bad/scanned.pdf",
            "no text could be taken from this PDF",
        ),
        // Made with `qpdf --encrypt secret owner 256`.
        (
            "tests/fixtures/bad/locked.pdf",
            "this PDF is protected by a password",
        ),
        ("tests/fixtures/no-such-plan.md", "no such file"),
        ("tests/fixtures", "is a folder"),
    ];
    for (path, reason) in cases {
        let out = plainplan().args(["check", path]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{path}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{path}: {stderr}");
        assert!(
            stderr.starts_with(&format!("error: {path}: ")),
            "{path}: {stderr}"
        );
        assert!(stderr.contains(reason), "{path}: {stderr}");
    }
}

#[test]
fn a_text_pdf_is_read_best_effort_and_says_so() {
    let r = report("tests/fixtures/text-plan.pdf");
    assert_eq!(r["format"], "pdf");
    assert!(r["notes"][0]
        .as_str()
        .unwrap()
        .contains("tables may be read out of order"));
    let got = items(&r);
    assert!(
        got.contains(&("action".into(), "Referral to be made to CAMHS.".into())),
        "{got:?}"
    );
    plainplan()
        .args(["check", "tests/fixtures/text-plan.pdf"])
        .assert()
        .stdout(predicate::str::contains(
            "note: tests/fixtures/text-plan.pdf: Read from a PDF, best effort",
        ));
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    plainplan()
        .args(["check", "--max-file-size", "0", "examples/good-plan.md"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("larger than the limit"));
}

#[test]
fn an_unreadable_file_is_named() {
    use std::os::unix::fs::PermissionsExt;
    let path = std::env::temp_dir().join(format!("plainplan-locked-{}.md", std::process::id()));
    std::fs::write(&path, "# Plan\n").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Root reads anything: there the case cannot happen.
    if std::fs::read(&path).is_err() {
        plainplan()
            .arg("check")
            .arg(&path)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("permission denied"));
    }
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn one_bad_file_does_not_lose_the_others() {
    let out = plainplan()
        .args([
            "check",
            "--format",
            "json",
            "examples/good-plan.md",
            "tests/fixtures/bad/truncated.docx",
            "tests/fixtures/python-docx.docx",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let reports: Value = serde_json::from_slice(&out.stdout).unwrap();
    let files: Vec<&str> = reports
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        files,
        [
            "examples/good-plan.md",
            "tests/fixtures/bad/truncated.docx",
            "tests/fixtures/python-docx.docx"
        ]
    );
    assert_eq!(reports[1]["error"]["kind"], "docx");
    assert!(
        reports[2]["findings"].is_array(),
        "the file after it is checked"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("truncated.docx"));
}
