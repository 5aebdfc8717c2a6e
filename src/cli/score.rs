//! `plainplan score`: every plan in some folders, one row each, in parallel, streamed
//! in a stable order; and the audit page.

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use plainplan::document::DocumentKind;
use plainplan::score::Summary;
use plainplan::{input, Checker, Config};

use super::audit::Audit;

/// Extensions a folder walk picks up; files named on the command line are always read.
const PLAN_EXTENSIONS: &[&str] = &[
    "md", "markdown", "txt", "text", "html", "htm", "docx", "pdf",
];

/// Plans checked at a time: enough to keep every core busy, few enough that memory does
/// not grow with the folder.
const CHUNK: usize = 256;

thread_local! {
    /// Each worker thread's checker: the syllable counts it learns are kept from plan
    /// to plan, whatever each plan's settings.
    static CHECKER: std::cell::RefCell<Checker> = Default::default();
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ScoreFormat {
    Table,
    Csv,
    Jsonl,
}

#[derive(clap::Args)]
pub struct ScoreArgs {
    /// Plan files and folders (searched recursively).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ScoreFormat::Table)]
    format: ScoreFormat,
    /// Also write a self-contained HTML audit report to this file.
    #[arg(long, value_name = "FILE.html")]
    report: Option<PathBuf>,
    /// Exit with 1 when any plan scores below this.
    #[arg(long, value_name = "SCORE")]
    min_score: Option<u32>,
    /// Settings file; by default the nearest plainplan.toml above each plan.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Largest file to read, in megabytes.
    #[arg(long, value_name = "MB", default_value_t = 50)]
    max_file_size: usize,
    /// What every file is, instead of working it out from its title and shape.
    #[arg(long, value_name = "KIND", value_parser = DocumentKind::from_name)]
    kind: Option<DocumentKind>,
}

/// One plan's result: its summary and findings, or why it could not be read.
pub struct Row {
    pub path: String,
    pub result: Result<(Summary, Vec<plainplan::report::Finding>), String>,
}

pub fn run(args: ScoreArgs) -> i32 {
    let (files, mut failed) = walk(&args.paths);
    if files.is_empty() && failed.is_empty() {
        super::output::error(
            "no plan files were found (plainplan scores .md, .txt, .html, .docx and .pdf files)",
        );
        return super::EXIT_ERROR;
    }
    // The audit page must never be written over a plan it scores.
    if let Some(report) = &args.report {
        let target = std::fs::canonicalize(report).ok();
        if target.is_some()
            && files
                .iter()
                .any(|f| std::fs::canonicalize(f).ok() == target)
        {
            super::output::error(format!(
                "{}: --report names a plan being scored; choose another file for the audit page",
                report.display()
            ));
            return super::EXIT_ERROR;
        }
    }
    let limits = input::Limits {
        max_file_bytes: args.max_file_size.saturating_mul(1_000_000),
        ..input::Limits::default()
    };
    let configs = match configs(&files, args.config.as_deref(), args.kind) {
        Ok(c) => c,
        Err(e) => {
            super::output::error(e);
            return super::EXIT_ERROR;
        }
    };
    let progress = std::io::stderr().is_terminal().then(|| {
        let bar = indicatif::ProgressBar::new(files.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} plans {eta}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut audit = args.report.as_ref().map(|_| Audit::default());
    let mut below = false;
    let mut totals = Some(Totals::default());
    // The first write that fails: the scoring goes on (the audit page may still be
    // written), and the run ends with an error, never as if the rows were seen.
    let mut lost: Option<std::io::Error> = None;
    let mut keep = |r: std::io::Result<()>| {
        if let Err(e) = r {
            lost.get_or_insert(e);
        }
    };
    if let ScoreFormat::Table = args.format {
        keep(writeln!(out, "{}", table_header()));
    }
    if let ScoreFormat::Csv = args.format {
        keep(writeln!(out, "{}", CSV_HEADER));
    }
    for (name, error) in &failed {
        keep(write_row(
            &mut out,
            args.format,
            &Row {
                path: name.clone(),
                result: Err(error.clone()),
            },
        ));
    }
    for chunk in files.chunks(CHUNK) {
        let rows: Vec<Row> = chunk
            .par_iter()
            .map(|path| score_one(path, &configs, &limits, audit.is_some()))
            .collect();
        for row in &rows {
            keep(write_row(&mut out, args.format, row));
            if let (Some(t), Ok((s, _))) = (totals.as_mut(), &row.result) {
                t.add(s.score);
            }
            match &row.result {
                Ok((s, _)) => {
                    below |= args
                        .min_score
                        .is_some_and(|m| s.score.is_some_and(|s| s < m))
                }
                Err(e) => failed.push((row.path.clone(), e.clone())),
            }
            if let Some(a) = audit.as_mut() {
                a.add(row);
            }
        }
        if let Some(bar) = &progress {
            bar.inc(chunk.len() as u64);
        }
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if let (ScoreFormat::Table, Some(a)) = (args.format, &totals) {
        keep(writeln!(out, "\n{}", a.line()));
    }
    keep(out.flush());
    for (name, error) in &failed {
        super::output::error(format!("{name}: {error}"));
    }
    if let (Some(path), Some(audit)) = (&args.report, audit) {
        let target = configs
            .values()
            .find_map(|c| c.as_ref().ok())
            .map_or(11.0, |c| c.reading_age_target);
        if let Err(e) = std::fs::write(path, audit.html(target)) {
            super::output::error(format!("{}: {e}", path.display()));
            return super::EXIT_ERROR;
        }
    }
    if let Some(e) = lost {
        let code = super::output::failed(&e);
        if code != 0 {
            return code;
        }
    }
    if !failed.is_empty() {
        super::EXIT_ERROR
    } else if below {
        super::EXIT_FINDINGS
    } else {
        0
    }
}

/// The line under the table.
#[derive(Default)]
struct Totals {
    plans: usize,
    sum: u64,
    below_60: usize,
    /// Letters, leaflets and the like: listed, not scored.
    others: usize,
}

impl Totals {
    fn add(&mut self, score: Option<u32>) {
        let Some(score) = score else {
            self.others += 1;
            return;
        };
        self.plans += 1;
        self.sum += u64::from(score);
        self.below_60 += usize::from(score < 60);
    }

    fn line(&self) -> String {
        let others = match self.others {
            0 => String::new(),
            1 => "; 1 document that is not a plan, not scored".to_string(),
            n => format!("; {n} documents that are not plans, not scored"),
        };
        if self.plans == 0 {
            return format!("no plans scored{others}");
        }
        format!(
            "{}, mean score {:.0}, {} below 60{others}",
            super::human::counted(self.plans, "plan", "plans"),
            self.sum as f64 / self.plans as f64,
            self.below_60
        )
    }
}

/// Every plan under `paths`, in a stable order: hidden files and other file types
/// skipped, symbolic links to folders not followed (so no loops). Paths that cannot be
/// read come back as errors.
fn walk(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<(String, String)>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for root in paths {
        match std::fs::metadata(root) {
            Ok(m) if m.is_dir() => {
                let mut found = Vec::new();
                let mut stack = vec![root.clone()];
                while let Some(dir) = stack.pop() {
                    let entries = match std::fs::read_dir(&dir) {
                        Ok(e) => e,
                        Err(e) => {
                            errors.push((dir.display().to_string(), e.to_string()));
                            continue;
                        }
                    };
                    for entry in entries.flatten() {
                        let path = entry.path();
                        let hidden = entry.file_name().to_string_lossy().starts_with('.');
                        let Ok(kind) = entry.file_type() else {
                            continue;
                        };
                        if hidden || kind.is_symlink() && path.is_dir() {
                            continue;
                        }
                        if kind.is_dir() {
                            stack.push(path);
                        } else if is_plan(&path) {
                            found.push(path);
                        }
                    }
                }
                found.sort();
                files.extend(found);
            }
            Ok(_) => files.push(root.clone()),
            Err(_) => errors.push((root.display().to_string(), "no such file or folder".into())),
        }
    }
    (files, errors)
}

fn is_plan(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| PLAN_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// The settings for each folder: read once, not once per plan.
/// Each folder's settings. A `--config` file that cannot be read stops the run; a
/// folder's own `plainplan.toml` that cannot be read is an error for that folder's
/// plans only, and the others are still scored.
fn configs(
    files: &[PathBuf],
    given: Option<&Path>,
    kind: Option<DocumentKind>,
) -> Result<Configs, String> {
    let mut out = HashMap::new();
    for f in files {
        let dir = f.parent().unwrap_or(Path::new("")).to_path_buf();
        if let std::collections::hash_map::Entry::Vacant(slot) = out.entry(dir) {
            let config = match super::load_config(given, f) {
                Ok(mut config) => {
                    if kind.is_some() {
                        config.kind = kind;
                    }
                    Ok(Arc::new(config))
                }
                Err(e) if given.is_some() => return Err(e),
                Err(e) => Err(e),
            };
            slot.insert(config);
        }
    }
    Ok(out)
}

type Configs = HashMap<PathBuf, Result<Arc<Config>, String>>;

fn score_one(path: &Path, configs: &Configs, limits: &input::Limits, with_findings: bool) -> Row {
    let name = path.display().to_string();
    // Every plan's folder has its settings (the defaults where it has no file).
    let config = match path.parent().and_then(|d| configs.get(d)) {
        Some(Err(e)) => {
            return Row {
                path: name,
                result: Err(e.clone()),
            }
        }
        Some(Ok(c)) => Some(c),
        None => None,
    };
    let result = super::read_input(path, limits.max_file_bytes).and_then(|bytes| {
        let source = input::read(Some(&name), &bytes, None, limits).map_err(|e| e.to_string())?;
        // The audit page lists findings; the rows alone need only the counts.
        let (mut summary, findings) = CHECKER.with_borrow_mut(|checker| {
            checker.set_config(config.cloned().unwrap_or_default());
            if with_findings {
                let (summary, report) = checker.check_and_summarise(&source)?;
                Ok::<_, String>((summary, report.findings))
            } else {
                Ok((checker.summarise(&source)?, Vec::new()))
            }
        })?;
        summary.file = name.clone();
        Ok((summary, findings))
    });
    Row { path: name, result }
}

const CSV_HEADER: &str = "file,kind,score,words,reading_age,flesch_reading_ease,jargon,acronyms,blaming,outcomes,actions,vague,no_owner,no_timescale,no_measure,no_next_step,has_contingency,error";

fn table_header() -> String {
    format!(
        "{:>5} {:>7} {:>6} {:>6} {:>7} {:>5} {:>5} {:>8} {:>8} {:>8} {:>8} {:>11}  {:<13}  file",
        "score",
        "reading",
        "words",
        "jargon",
        "blaming",
        "items",
        "vague",
        "no owner",
        "no time",
        "no meas.",
        "no next",
        "contingency",
        "kind"
    )
}

fn write_row(out: &mut impl Write, format: ScoreFormat, row: &Row) -> std::io::Result<()> {
    match (&row.result, format) {
        (Ok((s, _)), ScoreFormat::Table) => writeln!(
            out,
            "{:>5} {:>7.1} {:>6} {:>6} {:>7} {:>5} {:>5} {:>8} {:>8} {:>8} {:>8} {:>11}  {:<13}  {}",
            s.score.map_or("-".to_string(), |s| s.to_string()),
            s.reading_age,
            s.words,
            s.jargon + s.acronyms,
            s.blaming,
            s.outcomes + s.actions,
            s.vague,
            s.no_owner,
            s.no_timescale,
            s.no_measure,
            s.no_next_step,
            match (s.kind.has_plan(), s.has_contingency) {
                (false, _) => "-",
                (true, true) => "yes",
                (true, false) => "NO",
            },
            s.kind.name(),
            super::output::printable(&s.file)
        ),
        (Err(e), ScoreFormat::Table) => {
            let path = super::output::printable(&row.path);
            writeln!(out, "{:>5} {:>7} {e}  {path}", "-", "error")
        }
        (Ok((s, _)), ScoreFormat::Csv) => writeln!(
            out,
            "{},{},{},{},{:.1},{:.1},{},{},{},{},{},{},{},{},{},{},{},",
            csv(&s.file),
            s.kind.name(),
            s.score.map_or(String::new(), |s| s.to_string()),
            s.words,
            s.reading_age,
            s.flesch_reading_ease,
            s.jargon,
            s.acronyms,
            s.blaming,
            s.outcomes,
            s.actions,
            s.vague,
            s.no_owner,
            s.no_timescale,
            s.no_measure,
            s.no_next_step,
            s.has_contingency
        ),
        (Err(e), ScoreFormat::Csv) => writeln!(out, "{},,,,,,,,,,,,,,,,,{}", csv(&row.path), csv(e)),
        (Ok((s, _)), ScoreFormat::Jsonl) => writeln!(
            out,
            "{}",
            serde_json::to_string(s).expect("summary serialises")
        ),
        (Err(e), ScoreFormat::Jsonl) => writeln!(
            out,
            "{}",
            serde_json::json!({ "file": row.path, "error": e })
        ),
    }
}

/// A CSV field, quoted when it must be.
fn csv(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::csv;

    #[test]
    fn csv_quotes_a_field_with_a_comma_quote_or_line_break() {
        assert_eq!(csv("plan.md"), "plan.md");
        assert_eq!(csv("a,b.md"), "\"a,b.md\"");
        assert_eq!(csv("say \"hi\".md"), "\"say \"\"hi\"\".md\"");
        assert_eq!(csv("a\rb.md"), "\"a\rb.md\"");
        assert_eq!(csv("a\nb.md"), "\"a\nb.md\"");
    }
}
