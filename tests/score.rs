//! `plainplan score` as a quality-assurance team uses it.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;
mod common;

fn plainplan() -> Command {
    Command::cargo_bin("plainplan").unwrap()
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("plainplan-score-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn jsonl(args: &[&str], paths: &[&Path]) -> (Vec<Value>, i32) {
    let out = plainplan()
        .args(["score", "--format", "jsonl"])
        .args(args)
        .args(paths)
        .output()
        .unwrap();
    let rows = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (rows, out.status.code().unwrap())
}

#[test]
fn the_corpus_folder_gives_one_row_per_plan_in_a_stable_order() {
    let (rows, code) = jsonl(&[], &[Path::new("tests/corpus")]);
    assert_eq!(code, 0);
    let files: Vec<&str> = rows.iter().map(|r| r["file"].as_str().unwrap()).collect();
    let plans = files.iter().filter(|f| !f.ends_with("README.md")).count();
    assert_eq!(plans, 96, "{files:?}");
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(files, sorted);
    let (again, _) = jsonl(&[], &[Path::new("tests/corpus")]);
    assert_eq!(rows, again, "the same rows whatever the thread timing");
    let row = |name: &str| {
        rows.iter()
            .find(|r| r["file"].as_str().unwrap().ends_with(name))
            .unwrap()
    };
    let (good, poor) = (row("01-cp-ashworth.md"), row("03-cp-walsh.md"));
    assert!(
        good["score"].as_u64() > poor["score"].as_u64(),
        "{good} {poor}"
    );
    assert_eq!(poor["has_contingency"], false);
    assert!(poor["vague"].as_u64().unwrap() > 5, "{poor}");
}

#[test]
fn csv_and_table_have_a_header_and_a_row_per_plan() {
    let out = plainplan()
        .args(["score", "--format", "csv", "tests/corpus"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("file,kind,score,words,reading_age"));
    let documents = std::fs::read_dir("tests/corpus")
        .unwrap()
        .filter(|e| {
            let p = e.as_ref().unwrap().path();
            p.extension().is_some_and(|x| x != "json" && x != "py")
                && p.file_name().is_some_and(|n| n != "README.md")
        })
        .count();
    assert_eq!(
        lines.count(),
        documents + 1,
        "a row per document and README.md"
    );
    let out = plainplan()
        .args(["score", "tests/corpus"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("score reading"), "{text}");
    // The leaflets, letters and notes of the corpus are listed but not scored.
    let last = text.trim_end().lines().last().unwrap();
    assert!(
        last.contains("below 60; 15 documents that are not plans, not scored"),
        "{last}"
    );
}

#[test]
fn hidden_files_other_files_and_symlink_loops_are_skipped() {
    let dir = temp("walk");
    std::fs::write(
        dir.join("plan.md"),
        "# Plan\n\n## Actions\n\n- Mum will ring the GP by Friday.\n",
    )
    .unwrap();
    std::fs::write(dir.join(".draft.md"), "# Hidden\n").unwrap();
    std::fs::write(dir.join("photo.jpg"), [0xFF, 0xD8, 0xFF]).unwrap();
    std::fs::create_dir(dir.join("sub")).unwrap();
    std::fs::write(dir.join("sub/notes.txt"), "ACTIONS\n- Ring the GP.\n").unwrap();
    std::os::unix::fs::symlink(&dir, dir.join("sub/loop")).unwrap();
    let (rows, code) = jsonl(&[], &[&dir]);
    assert_eq!(code, 0);
    let files: Vec<String> = rows
        .iter()
        .map(|r| r["file"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(
        files[0].ends_with("plan.md") && files[1].ends_with("sub/notes.txt"),
        "{files:?}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_file_that_cannot_be_read_is_listed_and_the_run_goes_on() {
    let (rows, code) = jsonl(
        &[],
        &[
            Path::new("tests/fixtures/bad"),
            Path::new("examples/good-plan.md"),
        ],
    );
    assert_eq!(code, 2);
    let errors = rows.iter().filter(|r| r.get("error").is_some()).count();
    assert_eq!(errors, 10, "{rows:?}");
    assert!(rows
        .iter()
        .any(|r| r["file"] == "examples/good-plan.md" && r["score"].is_u64()));
}

/// A PDF of a few hundred kilobytes that unpacks past the limit is refused before it
/// is unpacked, and the plans beside it still get their rows.
#[test]
fn a_pdf_that_unpacks_too_far_gets_an_error_row_and_the_run_goes_on() {
    let dir = temp("pdf-bomb");
    std::fs::write(dir.join("big.pdf"), common::pdf(210_000_000)).unwrap();
    std::fs::copy("examples/good-plan.md", dir.join("good.md")).unwrap();
    let (rows, code) = jsonl(&[], &[&dir]);
    assert_eq!(code, 2);
    let big = rows
        .iter()
        .find(|r| r["file"].as_str().unwrap().ends_with("big.pdf"));
    let message = big.unwrap()["error"].to_string();
    assert!(message.contains("unpacks to more than 200 MB"), "{message}");
    assert!(rows
        .iter()
        .any(|r| r["file"].as_str().unwrap().ends_with("good.md") && r["score"].is_u64()));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn min_score_fails_the_run_when_a_plan_is_below_it() {
    let (_, code) = jsonl(
        &["--min-score", "60"],
        &[Path::new("tests/corpus/03-cp-walsh.md")],
    );
    assert_eq!(code, 1);
    let (_, code) = jsonl(
        &["--min-score", "10"],
        &[Path::new("tests/corpus/03-cp-walsh.md")],
    );
    assert_eq!(code, 0);
}

#[test]
fn ten_thousand_plans_stream_out_in_order() {
    let dir = temp("many");
    let plan = std::fs::read_to_string("tests/corpus/03-cp-walsh.md").unwrap();
    for i in 0..10_000 {
        let sub = dir.join(format!("{:02}", i % 50));
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(sub.join(format!("plan-{i:05}.md")), &plan).unwrap();
    }
    let (rows, code) = jsonl(&[], &[&dir]);
    assert_eq!(code, 0);
    assert_eq!(rows.len(), 10_000);
    let files: Vec<&str> = rows.iter().map(|r| r["file"].as_str().unwrap()).collect();
    assert!(files.windows(2).all(|w| w[0] < w[1]));
    assert!(rows.iter().all(|r| r["score"] == rows[0]["score"]));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_audit_page_is_self_contained_and_chromium_draws_its_charts() {
    let dir = temp("audit");
    let page = dir.join("audit.html");
    plainplan()
        .args(["score", "--format", "csv", "tests/corpus", "--report"])
        .arg(&page)
        .assert()
        .success();
    let html = std::fs::read_to_string(&page).unwrap();
    assert_eq!(
        html.matches("<svg").count(),
        3,
        "reading ages, problems, jargon"
    );
    for part in [
        "Reading age against the target",
        "Most common jargon",
        "Plans that most need work",
        "03-cp-walsh.md",
    ] {
        assert!(html.contains(part), "{part}");
    }
    assert!(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"));
    let shot = dir.join("audit.png");
    let chromium = std::env::var_os("CHROMIUM").unwrap_or_else(|| "chromium".into());
    let status = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--window-size=1000,1800",
        ])
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("Chromium runs (apt-get install -y chromium, or set CHROMIUM to its path)");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let png = std::fs::read(&shot).unwrap();
    assert_eq!(&png[1..4], b"PNG");
    // A page of charts, not a blank one: a blank 1000×1800 screenshot is a few KB.
    assert!(png.len() > 40_000, "screenshot is {} bytes", png.len());
    std::fs::copy(&shot, "target/audit-screenshot.png").ok();
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `score` takes a short cut (only the counted rules, no report): it must give the same
/// line as a full check, controls and all.
#[test]
fn the_quick_summary_equals_the_full_check() {
    use plainplan::{input, Checker, Config};
    let mut plans: Vec<(String, Vec<u8>)> = std::fs::read_dir("tests/corpus")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e != "json"))
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    plans.push((
        "controls.md".into(),
        b"## Plan\n\n<!-- plainplan-ignore-next-line -->\n- The LA will hold a strategy meeting.\n\
          - Mum must engage with CAMHS.\n\n<!-- plainplan-disable jargon acronym -->\n\
          - The PLO will consider the threshold.\n<!-- plainplan-enable -->\n\
          - Dad is non-compliant with the safety plan.\n"
            .to_vec(),
    ));
    let mut checker = Checker::new(Config::default());
    let mut checked = 0;
    for (name, bytes) in &plans {
        let Ok(source) = input::read(Some(name), bytes, None, &input::Limits::default()) else {
            continue;
        };
        let (full, _) = checker.check_and_summarise(&source).unwrap();
        let quick = checker.summarise(&source).unwrap();
        assert_eq!(quick, full, "{name}");
        checked += 1;
    }
    assert!(checked > 30, "only {checked} plans checked");
    // The controls counted: without them the same plan has more findings.
    let read = |text: &str| {
        input::read(
            Some("c.md"),
            text.as_bytes(),
            None,
            &input::Limits::default(),
        )
        .unwrap()
    };
    let with = String::from_utf8(plans.last().unwrap().1.clone()).unwrap();
    let without: String = with
        .lines()
        .filter(|l| !l.starts_with("<!--"))
        .map(|l| format!("{l}\n"))
        .collect();
    let (a, b) = (
        checker.summarise(&read(&with)).unwrap(),
        checker.summarise(&read(&without)).unwrap(),
    );
    assert!(a.acronyms + a.jargon < b.acronyms + b.jargon, "{a:?} {b:?}");
}

/// A QA folder holds letters and leaflets beside plans: each row says what the file is,
/// and a leaflet is not scored as a failed plan.
#[test]
fn rows_give_each_documents_kind_and_non_plans_get_no_plan_points() {
    let dir = temp("kinds");
    std::fs::write(
        dir.join("leaflet.md"),
        "# What happens at a core group?\n\n*A guide for parents*\n\n## What will happen?\n\nWe will talk about the plan. You can bring a friend.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("plan.md"),
        "# Safety plan for Jo (6)\n\n## Actions\n\n- Mum will ring the GP by Friday.\n",
    )
    .unwrap();
    let (rows, _) = jsonl(&[], &[&dir]);
    let kinds: Vec<&str> = rows.iter().map(|r| r["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["leaflet", "plan"]);
    let leaflet = &rows[0];
    assert_eq!(
        (
            leaflet["actions"].as_u64(),
            leaflet["has_contingency"].as_bool()
        ),
        (Some(0), Some(true)),
        "{leaflet}"
    );
    assert!(leaflet["score"].is_null(), "{leaflet}");
    // The user can say what every file is.
    let (rows, _) = jsonl(&["--kind", "plan"], &[&dir]);
    assert_eq!(rows[0]["kind"], "plan");
    assert_eq!(rows[0]["has_contingency"], false, "{}", rows[0]);
    let _ = std::fs::remove_dir_all(&dir);
}

/// One folder's broken `plainplan.toml` is an error row for that folder's plans; the
/// plans beside it are still scored.
#[test]
fn a_broken_folder_config_does_not_lose_the_other_plans() {
    let dir = tempfile::tempdir().unwrap();
    for (sub, plan) in [
        ("a", "examples/good-plan.md"),
        ("b", "examples/poor-plan.md"),
    ] {
        std::fs::create_dir(dir.path().join(sub)).unwrap();
        std::fs::copy(plan, dir.path().join(sub).join("plan.md")).unwrap();
    }
    std::fs::write(dir.path().join("b/plainplan.toml"), "reading-age = 'x'\n").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_plainplan"))
        .args(["score", "--format", "csv", dir.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let csv = String::from_utf8_lossy(&out.stdout);
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 2, "{csv}");
    assert!(
        rows.iter()
            .any(|r| r.contains("a/plan.md") && r.contains(",plan,")),
        "{csv}"
    );
    assert!(
        rows.iter()
            .any(|r| r.contains("b/plan.md") && r.contains("plainplan.toml")),
        "{csv}"
    );
}
