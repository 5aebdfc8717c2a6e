//! The command line as a social worker uses it.

use assert_cmd::Command;
use predicates::prelude::*;

fn plainplan() -> Command {
    let mut cmd = Command::cargo_bin("plainplan").unwrap();
    cmd.env_remove("NO_COLOR");
    cmd
}

#[test]
fn a_poor_plan_shows_each_problem_with_its_place_and_a_summary() {
    plainplan()
        .args(["check", "examples/poor-plan.md"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("warning[long-sentence]"))
        .stdout(predicate::str::contains("--> examples/poor-plan.md:13:1"))
        .stdout(predicate::str::contains("warning[reading-level]"))
        .stdout(predicate::str::contains(
            "examples/poor-plan.md: plan (its title says it is a plan); reading age",
        ))
        .stdout(predicate::str::contains("\x1b[").not());
}

#[test]
fn a_plain_plan_passes_the_reading_checks() {
    let out = plainplan()
        .args(["check", "--format", "json", "examples/good-plan.md"])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rules: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(!rules.contains(&"reading-level"), "{rules:?}");
    assert!(report["readability"]["reading_age"].as_f64().unwrap() < 12.5);
}

#[test]
fn json_is_one_report_for_one_file_and_an_array_for_several() {
    let one = plainplan()
        .args(["check", "--format", "json", "examples/poor-plan.md"])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&one.stdout).unwrap();
    assert_eq!(report["schema"], "plainplan.report.v1");
    assert_eq!(report["file"], "examples/poor-plan.md");
    assert_eq!(report["format"], "markdown");
    assert!(report["stats"]["words"].as_u64().unwrap() > 300);
    let finding = &report["findings"][0];
    for key in ["start", "end", "utf16_start", "utf16_end", "line", "column"] {
        assert!(finding["span"][key].is_u64(), "{key}");
    }

    let two = plainplan()
        .args([
            "check",
            "--format",
            "json",
            "examples/poor-plan.md",
            "examples/good-plan.md",
        ])
        .output()
        .unwrap();
    let reports: serde_json::Value = serde_json::from_slice(&two.stdout).unwrap();
    assert_eq!(reports.as_array().unwrap().len(), 2);
}

#[test]
fn json_keeps_a_file_that_could_not_be_read_as_an_error_element() {
    let json = |files: &[&str]| {
        let out = plainplan()
            .args(["check", "--format", "json"])
            .args(files)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "an unreadable file is exit 2");
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    let alone = json(&["no-such-plan.md"]);
    assert_eq!(alone["file"], "no-such-plan.md");
    assert_eq!(alone["error"]["kind"], "read");
    assert_eq!(alone["error"]["message"], "no such file");

    let both = json(&["no-such-plan.md", "examples/good-plan.md"]);
    let both = both.as_array().unwrap();
    assert_eq!(both.len(), 2, "one element per file, in order");
    assert_eq!(both[0]["error"]["kind"], "read");
    assert_eq!(both[1]["schema"], "plainplan.report.v1");
    assert_eq!(both[1]["file"], "examples/good-plan.md");

    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("plan.docx");
    std::fs::write(&doc, "not a zip archive at all").unwrap();
    let bad = json(&[doc.to_str().unwrap()]);
    assert_eq!(bad["error"]["kind"], "docx");
}
#[test]
fn spans_point_at_the_flagged_text_in_the_source() {
    let source = std::fs::read_to_string("examples/poor-plan.md").unwrap();
    let out = plainplan()
        .args(["check", "--format", "json", "examples/poor-plan.md"])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for f in report["findings"].as_array().unwrap() {
        let (s, e) = (
            f["span"]["start"].as_u64().unwrap() as usize,
            f["span"]["end"].as_u64().unwrap() as usize,
        );
        let text = f["text"].as_str().unwrap();
        // Markdown markup inside the span is the only difference allowed.
        let stripped: String = source[s..e].replace("**", "");
        assert_eq!(stripped, text.replace("**", ""));
        let line = source[..s].matches('\n').count() + 1;
        assert_eq!(f["span"]["line"].as_u64().unwrap() as usize, line);
    }
}

#[test]
fn standard_input_is_read_when_no_file_is_given() {
    plainplan()
        .args(["check", "--format", "json"])
        .write_stdin("Mum will ring Ava’s school every Monday.\n")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\"file\": \"<stdin>\""));
}

#[test]
fn the_reading_age_target_and_sentence_limit_can_be_changed() {
    let rules = |args: &[&str]| -> Vec<String> {
        let out = plainplan()
            .args(["check", "--format", "json"])
            .args(args)
            .arg("examples/poor-plan.md")
            .output()
            .unwrap();
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["rule"].as_str().unwrap().to_string())
            .collect()
    };
    let default = rules(&[]);
    assert!(default.iter().any(|r| r == "reading-level"));
    assert!(default.iter().any(|r| r == "long-sentence"));
    let relaxed = rules(&["--reading-age", "18", "--max-sentence-words", "200"]);
    assert!(
        !relaxed
            .iter()
            .any(|r| r == "reading-level" || r == "long-sentence"),
        "{relaxed:?}"
    );
}

#[test]
fn a_missing_file_is_named_and_the_other_files_are_still_checked() {
    plainplan()
        .args(["check", "no-such-plan.md", "examples/poor-plan.md"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "error: no-such-plan.md: no such file",
        ))
        .stdout(predicate::str::contains(
            "examples/poor-plan.md: plan (its title says it is a plan); reading age",
        ));
}

#[test]
fn empty_binary_and_folder_inputs_are_clear_errors() {
    plainplan()
        .args(["check", "-"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("<stdin>: the file is empty"));
    plainplan()
        .args(["check", "-"])
        .write_stdin(&b"\x7fELF\x02\x01\x00\x00"[..])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("binary data"));
    plainplan()
        .args(["check", "examples"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("examples: is a folder"));
}

#[test]
fn fail_on_sets_which_findings_fail_the_run() {
    // The poor plan has no contingency (an error) and many warnings.
    plainplan()
        .args(["check", "--fail-on", "error", "examples/poor-plan.md"])
        .assert()
        .code(1);
    plainplan()
        .args(["check", "--fail-on", "error", "examples/good-plan.md"])
        .assert()
        .code(0);
    plainplan()
        .args(["check", "--fail-on", "never", "examples/poor-plan.md"])
        .assert()
        .code(0);
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    plainplan()
        .args(["check", "--color", "always", "examples/poor-plan.md"])
        .assert()
        .stdout(predicate::str::contains("\x1b[1;33mwarning"));
}

#[test]
fn explain_says_what_why_and_shows_an_example() {
    plainplan()
        .args(["explain", "long-sentence"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Why it matters to a family"))
        .stdout(predicate::str::contains("Instead of"));
    plainplan()
        .args(["explain", "no-such-rule"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown rule 'no-such-rule'"));
}

#[test]
fn usage_errors_exit_with_two() {
    plainplan()
        .args(["check", "--format", "yaml"])
        .assert()
        .code(2);
}

#[test]
fn plainplan_toml_is_found_above_the_plan_and_can_be_given() {
    let dir = std::env::temp_dir().join(format!("plainplan-config-{}", std::process::id()));
    let sub = dir.join("plans");
    std::fs::create_dir_all(&sub).unwrap();
    std::fs::write(dir.join("plainplan.toml"), "[rules]\njargon = \"off\"\n").unwrap();
    std::fs::write(sub.join("plan.txt"), "The core group met on Monday.\n").unwrap();
    plainplan()
        .args(["check"])
        .arg(sub.join("plan.txt"))
        .assert()
        .code(0);
    std::fs::write(dir.join("bad.toml"), "[rules]\njargn = \"off\"\n").unwrap();
    plainplan()
        .args(["check", "--config"])
        .arg(dir.join("bad.toml"))
        .arg(sub.join("plan.txt"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.toml: unknown rule 'jargn'"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn explain_vague_outcome_shows_a_vague_and_a_specific_example() {
    plainplan()
        .args(["explain", "vague-outcome"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Mum to engage with services"))
        .stdout(predicate::str::contains(
            "Kai will go to nursery every weekday",
        ));
}

#[test]
fn an_item_with_several_gaps_is_shown_once_with_each_gap() {
    let out = plainplan()
        .args(["check", "--color", "never", "examples/poor-plan.md"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let item = "- Mum to engage with services and demonstrate capacity to change.";
    // Once for its four plan gaps and once for each of its two word findings, not
    // once per plan gap.
    assert_eq!(text.matches(item).count(), 3, "{text}");
    assert!(text.contains("= [no-timescale]:"), "{text}");
    assert!(
        text.contains("outcomes, 9 actions, 0 contingencies"),
        "{text}"
    );
}

/// A leaflet's "What will happen?" is not an action: it gets language and reading
/// findings only, and the report says what plainplan took it for, and why.
#[test]
fn a_leaflet_gets_no_plan_findings_unless_the_user_says_it_is_a_plan() {
    let leaflet = "# What is a core group?\n\n*A guide for parents and carers*\n\n## What will happen?\n\nThe core group will meet every month. We will talk about the strategy discussion.\n";
    let run = |args: &[&str]| {
        let out = plainplan()
            .args(["check", "--format", "json", "-"])
            .args(args)
            .write_stdin(leaflet)
            .output()
            .unwrap();
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    let report = run(&[]);
    assert_eq!(report["document"]["kind"], "leaflet");
    assert!(report["document"]["evidence"]
        .as_str()
        .unwrap()
        .contains("title"));
    assert_eq!(report["items"].as_array().unwrap().len(), 0);
    let plan_rules = [
        "no-contingency",
        "vague-outcome",
        "no-owner",
        "no-next-step",
    ];
    let findings = report["findings"].as_array().unwrap();
    assert!(
        findings
            .iter()
            .all(|f| !plan_rules.contains(&f["rule"].as_str().unwrap())),
        "{findings:?}"
    );
    assert!(
        findings
            .iter()
            .any(|f| f["rule"] == "jargon" && f["text"] == "strategy discussion"),
        "{findings:?}"
    );
    let forced = run(&["--kind", "plan"]);
    assert_eq!(forced["document"]["kind"], "plan");
    assert!(forced["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "no-contingency"));
}

/// Output that cannot be written is an error with exit code 2 (a full disk), or ends
/// quietly (a reader that has gone); never a panic.
#[test]
fn output_that_cannot_be_written_is_an_error_not_a_panic() {
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    let run = |args: &[&str], stderr_full: bool| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_plainplan"));
        cmd.args(args).stdout(full());
        if stderr_full {
            cmd.stderr(full());
        }
        cmd.output().unwrap()
    };
    for args in [
        &["rules"][..],
        &["explain", "jargon"],
        &["check", "examples/poor-plan.md"],
        &["check", "--format", "json", "examples/poor-plan.md"],
        &["score", "--format", "csv", "examples"],
    ] {
        let out = run(args, false);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("could not write the output"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
    // Standard error full as well: still no panic (101).
    let out = run(&["check", "examples/poor-plan.md"], true);
    assert_eq!(out.status.code(), Some(2));
    // A reader that stops reading.
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "{} rules | head -c 1 >/dev/null",
            env!("CARGO_BIN_EXE_plainplan")
        ))
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

/// A reading age that is not a number of years is refused, on the command line and in
/// plainplan.toml.
#[test]
fn a_reading_age_that_is_not_a_number_of_years_is_refused() {
    for bad in ["nan", "inf", "-1", "300"] {
        plainplan()
            .args([
                "check",
                &format!("--reading-age={bad}"),
                "examples/good-plan.md",
            ])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("reading age"));
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plainplan.toml"), "reading-age = nan\n").unwrap();
    std::fs::copy("examples/good-plan.md", dir.path().join("plan.md")).unwrap();
    plainplan()
        .args(["check", dir.path().join("plan.md").to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("reading-age"));
}

/// `score --report` never writes the audit page over a plan it scores.
#[test]
fn the_audit_page_never_overwrites_a_plan() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.html");
    std::fs::write(&plan, "<h1>Plan for Leo</h1><p>Mum will ring the GP.</p>").unwrap();
    plainplan()
        .args(["score", dir.path().to_str().unwrap(), "--report"])
        .arg(&plan)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("names a plan being scored"));
    let kept = std::fs::read_to_string(&plan).unwrap();
    assert!(kept.starts_with("<h1>Plan for Leo"));
}

/// A warning past the `max-findings` cap still fails the run under `--fail-on
/// warning`, and `max-findings = 0` does not make every plan pass.
#[test]
fn the_findings_cap_does_not_decide_the_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plainplan.toml"), "max-findings = 0\n").unwrap();
    std::fs::copy("examples/poor-plan.md", dir.path().join("plan.md")).unwrap();
    plainplan()
        .args(["check", dir.path().join("plan.md").to_str().unwrap()])
        .assert()
        .code(1);
}

/// A pipe or a device named like a plan (or as the settings file) is refused at once,
/// never waited on or read for ever; the other plans of a `score` run still get rows.
#[test]
fn pipes_and_devices_are_refused_not_waited_on() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("plan.md");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    std::fs::copy("examples/good-plan.md", dir.path().join("good.md")).unwrap();
    plainplan()
        .timeout(std::time::Duration::from_secs(20))
        .args(["check", fifo.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a regular file"));
    plainplan()
        .timeout(std::time::Duration::from_secs(20))
        .args(["check", "--config", "/dev/zero", "examples/good-plan.md"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a regular file"));
    plainplan()
        .timeout(std::time::Duration::from_secs(20))
        .args(["score", "--format", "csv", dir.path().to_str().unwrap()])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("good.md"))
        .stderr(predicate::str::contains("not a regular file"));
    // Standard input past the limit is refused once the limit is passed.
    plainplan()
        .timeout(std::time::Duration::from_secs(20))
        .args(["check", "--max-file-size", "1"])
        .write_stdin(vec![b'a'; 2_000_000])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("larger than the limit"));
}

/// `plainplan check` alone on a terminal says it is reading the keyboard and how to
/// stop, instead of waiting in silence.
#[test]
fn check_with_no_file_on_a_terminal_says_how_to_end_the_input() {
    let out = std::process::Command::new("python3")
        .args(["tests/tools/pty_check.py", env!("CARGO_BIN_EXE_plainplan")])
        .output()
        .expect("python3 runs");
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(shown.contains("press Ctrl-D"), "{shown}");
    assert!(shown.contains("8 words in 1 sentence;"), "{shown}");
    // Piped input gets no hint: it is not for a person.
    plainplan()
        .arg("check")
        .write_stdin("Mum will ring the GP by 3 May.\n")
        .assert()
        .stderr(predicate::str::contains("Ctrl-D").not());
}

#[test]
fn counts_are_singular_for_one_and_plural_otherwise() {
    plainplan()
        .args(["check", "-"])
        .write_stdin("# Plan\n\n## Actions\n\n- Mum will ring the GP by 3 May.\n")
        .assert()
        .stdout(predicate::str::contains("1 action, 0 contingencies"))
        .stdout(predicate::str::contains("1 error,"))
        .stdout(predicate::str::contains("1 warning,"));
}

#[test]
fn fail_on_takes_note_and_its_alias_info() {
    for level in ["note", "info"] {
        plainplan()
            .args(["check", "--fail-on", level, "examples/good-plan.md"])
            .assert()
            .code(1);
    }
    plainplan()
        .args(["check", "--help"])
        .assert()
        .stdout(predicate::str::contains("note"));
}

#[test]
fn score_with_no_plan_files_says_so_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    plainplan()
        .args(["score"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no plan files were found"));
    plainplan()
        .args(["score", "no-such-plan.md"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("no plans scored"));
}

/// A Word file has no lines to go to: findings name the paragraph or cell, and the
/// margin beside the quoted text shows no line number.
#[test]
fn word_findings_show_no_line_numbers() {
    let out = plainplan()
        .args([
            "check",
            "--color",
            "never",
            "tests/corpus/b04-cp-plan-neglect-table.docx",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains(".docx: table 1, row"), "{text}");
    let numbered: Vec<&str> = text
        .lines()
        .filter(|l| l.trim_start().starts_with(|c: char| c.is_ascii_digit()) && l.contains(" | "))
        .collect();
    assert!(numbered.is_empty(), "{numbered:?}");
    assert!(!text.contains(".docx:1:"), "{text}");
}

#[test]
fn sarif_has_the_fields_sarif_2_1_0_requires_and_regions_that_land_on_the_words() {
    let out = plainplan()
        .args([
            "check",
            "--format",
            "sarif",
            "examples/poor-plan.md",
            "tests/fixtures/python-docx.docx",
            "no-such-plan.md",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "the missing file is an error");
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "plainplan");
    let rules = driver["rules"].as_array().unwrap();
    let listed = plainplan().arg("rules").output().unwrap();
    assert_eq!(
        rules.len(),
        String::from_utf8_lossy(&listed.stdout).lines().count()
    );
    for rule in rules {
        assert!(rule["id"].is_string());
        assert!(!rule["shortDescription"]["text"]
            .as_str()
            .unwrap()
            .is_empty());
        assert!(rule["help"]["text"]
            .as_str()
            .unwrap()
            .contains("Why it matters"));
    }

    let source = std::fs::read_to_string("examples/poor-plan.md").unwrap();
    let lines: Vec<&str> = source.lines().collect();
    let results = run["results"].as_array().unwrap();
    let mut in_word = 0;
    for result in results {
        let id = result["ruleId"].as_str().unwrap();
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], id);
        assert!(["note", "warning", "error"].contains(&result["level"].as_str().unwrap()));
        assert!(!result["message"]["text"].as_str().unwrap().is_empty());
        let place = &result["locations"][0]["physicalLocation"];
        if place["artifactLocation"]["uri"] == "tests/fixtures/python-docx.docx" {
            // Word has no lines: the place is said in words instead.
            assert!(place.get("region").is_none());
            assert!(result["locations"][0]["logicalLocations"][0]["name"].is_string());
            in_word += 1;
            continue;
        }
        assert_eq!(place["artifactLocation"]["uri"], "examples/poor-plan.md");
        let region = &place["region"];
        let (line, column) = (
            region["startLine"].as_u64().unwrap(),
            region["startColumn"].as_u64().unwrap(),
        );
        if region["endLine"] == region["startLine"] {
            let end = region["endColumn"].as_u64().unwrap() as usize;
            let words: String = lines[line as usize - 1]
                .chars()
                .skip(column as usize - 1)
                .take(end - column as usize)
                .collect();
            assert_eq!(words, region["snippet"]["text"].as_str().unwrap(), "{id}");
        }
    }
    assert!(results.len() > 20 && in_word > 0);
    let invocation = &run["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let note = &invocation["toolExecutionNotifications"][0];
    assert_eq!(note["level"], "error");
    assert!(note["message"]["text"]
        .as_str()
        .unwrap()
        .contains("no-such-plan.md"));
}

#[test]
fn completions_for_every_shell_know_the_commands_and_options() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = plainplan().args(["completions", shell]).output().unwrap();
        assert!(out.status.success(), "{shell}");
        let script = String::from_utf8(out.stdout).unwrap();
        for word in ["check", "score", "explain", "fail-on"] {
            assert!(script.contains(word), "{shell} completion lacks {word}");
        }
        // PowerShell's script completes names only, not option values.
        if shell != "powershell" {
            assert!(
                script.contains("sarif"),
                "{shell} completes --format's values"
            );
        }
    }
    let bash = plainplan().args(["completions", "bash"]).output().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("plainplan.bash");
    std::fs::write(&script, &bash.stdout).unwrap();
    let syntax = std::process::Command::new("bash")
        .arg("-n")
        .arg(&script)
        .status()
        .unwrap();
    assert!(syntax.success(), "the bash completion parses");
    plainplan()
        .args(["completions", "tcsh"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("possible values"));
}

#[test]
fn man_writes_a_page_per_command_with_the_options_and_defaults() {
    let dir = tempfile::tempdir().unwrap();
    plainplan().arg("man").arg(dir.path()).assert().success();
    for page in [
        "plainplan.1",
        "plainplan-check.1",
        "plainplan-score.1",
        "plainplan-explain.1",
    ] {
        let roff = std::fs::read_to_string(dir.path().join(page)).unwrap();
        assert!(
            roff.starts_with(".ie") || roff.contains(".TH"),
            "{page} is roff"
        );
    }
    let check = std::fs::read_to_string(dir.path().join("plainplan-check.1")).unwrap();
    assert!(check.contains("fail\\-on") && check.contains("default: warning"));
    plainplan()
        .args(["man", "/no/such/folder"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("could not write the manual pages"));
}

#[test]
fn check_help_shows_every_default() {
    plainplan()
        .args(["check", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("[default: human]"))
        .stdout(predicate::str::contains("[default: warning]"))
        .stdout(predicate::str::contains(
            "[default: 11, or `reading-age` in",
        ))
        .stdout(predicate::str::contains("[default: 25, or"))
        .stdout(predicate::str::contains("[default: 50]"))
        .stdout(predicate::str::contains("[default: auto]"));
}

#[test]
fn text_and_file_names_cannot_send_escape_sequences_or_forge_lines() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = String::from("# Plan\n\n## Actions\n\n");
    for week in 1..=100 {
        plan.push_str(&format!(
            "- Mum will take Ava to school by 9am in week {week}.\n"
        ));
    }
    plan.push_str("- Mum will go to the core group \x1b[2J\x1b]0;title\x07 meeting.\n");
    let name = dir.path().join("a\nerror: forged \x1b[31m.md");
    std::fs::write(&name, plan).unwrap();
    for args in [vec!["check"], vec!["score"]] {
        let out = plainplan()
            .args(&args)
            .arg(&name)
            .arg("no-such-plan.md")
            .output()
            .unwrap();
        for stream in [&out.stdout, &out.stderr] {
            let text = String::from_utf8_lossy(stream);
            assert!(
                !text.contains('\x1b') && !text.contains('\x07'),
                "{args:?}: {text}"
            );
            assert!(
                !text.lines().any(|l| l.starts_with("error: forged")),
                "{text}"
            );
        }
        if args == ["check"] {
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(
                text.contains("core group ␛[2J"),
                "the text is shown, made visible"
            );
        }
    }
}
