//! Command-line parsing and the `check` and `explain` commands.

mod audit;
mod human;
mod output;
mod sarif;
mod score;

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use plainplan::document::DocumentKind;
use plainplan::rules::{self, RULES};
use plainplan::{input, Checker, Config, Format, Report, RuleId, Severity};

/// Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error.
pub(crate) const EXIT_FINDINGS: i32 = 1;
pub(crate) const EXIT_ERROR: i32 = 2;
/// A settings file is a few lines; anything this size is not one.
const MAX_CONFIG_BYTES: usize = 1_000_000;

#[derive(Parser)]
#[command(
    name = "plainplan",
    version,
    about = "Checks child protection plans for plain language"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check plans and print what a family would find hard.
    Check(CheckArgs),
    /// Score every plan in files and folders: one row each, and an optional HTML audit.
    Score(score::ScoreArgs),
    /// Explain a rule: what it checks, why it matters, and an example.
    Explain {
        /// A rule id, e.g. long-sentence
        rule: String,
    },
    /// List every rule.
    Rules,
    /// Print a shell completion script: `plainplan completions bash > /etc/bash_completion.d/plainplan`.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Write the manual pages (plainplan.1, plainplan-check.1, …) into a folder.
    Man {
        /// The folder, e.g. /usr/local/share/man/man1
        dir: PathBuf,
    },
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Plan files; `-` or none reads standard input.
    files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    format: OutputFormat,
    /// Exit with 1 when a finding is at least this severe.
    #[arg(long, value_enum, default_value_t = FailOn::Warning)]
    fail_on: FailOn,
    /// The reading age (years) the family can manage [default: 11, or `reading-age` in
    /// plainplan.toml].
    #[arg(long, value_name = "YEARS", value_parser = reading_age)]
    reading_age: Option<f64>,
    /// Longest sentence, in words, before `long-sentence` fires [default: 25, or
    /// `max-sentence-words` in plainplan.toml].
    #[arg(long, value_name = "WORDS")]
    max_sentence_words: Option<usize>,
    /// Settings file; by default the nearest plainplan.toml in the plan's folder or above.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Read input as this format whatever its name or content.
    #[arg(long, value_enum)]
    input_format: Option<InputFormat>,
    /// Largest file to read, in megabytes.
    #[arg(long, value_name = "MB", default_value_t = 50)]
    max_file_size: usize,
    /// Colour: auto uses colour on a terminal unless NO_COLOR is set.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// What every file is, instead of working it out from its title and shape: plan,
    /// meeting-notes, letter, leaflet, guidance, assessment, case-notes, chronology.
    #[arg(long, value_name = "KIND", value_parser = DocumentKind::from_name)]
    kind: Option<DocumentKind>,
}

#[derive(Clone, Copy, ValueEnum)]
enum OutputFormat {
    Human,
    Json,
    /// SARIF 2.1.0, for code-review tools and editors.
    Sarif,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    /// Notes too (`info` is accepted for `note`).
    #[value(name = "note", alias = "info")]
    Note,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum InputFormat {
    Text,
    Markdown,
    Html,
    Docx,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

pub fn run() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_ERROR } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match cli.command {
        Command::Check(args) => check(args),
        Command::Score(args) => score::run(args),
        Command::Explain { rule } => explain(&rule),
        Command::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "plainplan", &mut script);
            output::print(&String::from_utf8_lossy(&script))
        }
        Command::Man { dir } => match clap_mangen::generate_to(Cli::command(), &dir) {
            Ok(()) => output::print(&format!(
                "wrote the manual pages to {} (`man -l` reads one where it is)\n",
                dir.display()
            )),
            Err(e) => {
                output::error(format!(
                    "{}: could not write the manual pages: {e}",
                    dir.display()
                ));
                EXIT_ERROR
            }
        },
        Command::Rules => {
            let mut text = String::new();
            for r in RULES {
                text.push_str(&format!(
                    "{:<18} {:<8} {}\n",
                    r.info.id.name(),
                    r.info.severity.name(),
                    r.info.summary
                ));
            }
            output::print(&text)
        }
    }
}

/// `--reading-age`: a number of years a plan can be written for.
fn reading_age(text: &str) -> Result<f64, String> {
    let years: f64 = text
        .parse()
        .map_err(|_| format!("'{text}' is not a number"))?;
    plainplan::config::reading_age(years)
}

fn explain(rule: &str) -> i32 {
    let info = match RuleId::from_name(rule) {
        Ok(id) => rules::info(id),
        Err(e) => {
            output::error(e);
            return EXIT_ERROR;
        }
    };
    output::print(&format!(
        "{} ({}, {})\n\nWhat it checks\n  {}\n\nWhy it matters to a family\n  {}\n\nInstead of\n  {}\n\nWrite\n  {}\n",
        info.id,
        info.severity.name(),
        info.kind.name(),
        info.summary,
        info.why,
        info.before,
        info.after
    ))
}

/// The settings for a plan: `--config`, or the nearest `plainplan.toml` above the plan,
/// then the command-line flags on top.
fn config_for(args: &CheckArgs, plan: &Path) -> Result<Config, String> {
    let mut config = load_config(args.config.as_deref(), plan)?;
    if let Some(age) = args.reading_age {
        config.reading_age_target = age;
    }
    if let Some(words) = args.max_sentence_words {
        config.max_sentence_words = words;
    }
    if args.kind.is_some() {
        config.kind = args.kind;
    }
    Ok(config)
}

/// `given`, or the nearest `plainplan.toml` above the plan, or the defaults.
pub(crate) fn load_config(given: Option<&Path>, plan: &Path) -> Result<Config, String> {
    let file = match given {
        Some(f) => Some(f.to_path_buf()),
        None => find_config(plan),
    };
    match file {
        Some(f) => {
            let named = |e: String| format!("{}: {e}", f.display());
            let file = open_regular(&f, "settings file").map_err(named)?;
            let bytes = read_bounded(file, MAX_CONFIG_BYTES)
                .map_err(|e| named(e.unwrap_or_else(|e| e.to_string())))?;
            let text = String::from_utf8(bytes).map_err(|_| named("is not UTF-8 text".into()))?;
            Config::from_toml(&text).map_err(named)
        }
        None => Ok(Config::default()),
    }
}

fn find_config(plan: &Path) -> Option<PathBuf> {
    let start = if plan.as_os_str() == "-" {
        std::env::current_dir().ok()?
    } else {
        std::fs::canonicalize(plan).ok()?.parent()?.to_path_buf()
    };
    start
        .ancestors()
        .map(|d| d.join("plainplan.toml"))
        .find(|f| f.is_file())
}

/// One input's bytes, or why they could not be read. A file over the limit is refused
/// before it is read.
pub(crate) fn read_input(path: &std::path::Path, limit: usize) -> Result<Vec<u8>, String> {
    if path.as_os_str() == "-" {
        let stdin = std::io::stdin();
        // Someone who typed `plainplan check` alone would otherwise wait in silence.
        if stdin.is_terminal() {
            output::hint(
                "reading a plan from the keyboard: paste or type it, then press Ctrl-D (Ctrl-Z then Enter on Windows). To check a file: plainplan check plan.docx",
            );
        }
        return read_bounded(stdin.lock(), limit)
            .map_err(|e| e.unwrap_or_else(|e| format!("cannot read standard input: {e}")));
    }
    let file = open_regular(path, "plan")?;
    read_bounded(file, limit).map_err(|e| e.unwrap_or_else(|e| e.to_string()))
}

/// Pretty JSON and a line break, written as it is made: a big report is never held
/// twice, as a value and as its text.
fn write_json(out: &mut impl Write, value: &impl serde::Serialize) -> std::io::Result<()> {
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut buffered, value)?;
    writeln!(buffered)?;
    buffered.flush()
}

/// A file that could not be checked, as JSON reports it.
#[derive(serde::Serialize)]
pub(crate) struct FileError {
    file: String,
    error: Problem,
}

#[derive(serde::Serialize)]
pub(crate) struct Problem {
    /// "read", "config", "empty", "binary", "too-large", "old-word", "pdf", "docx",
    /// "check".
    kind: &'static str,
    message: String,
}

/// What became of one file: its report, or why it could not be checked. The JSON
/// output has one per file, in order.
#[derive(serde::Serialize)]
#[serde(untagged)]
pub(crate) enum Checked {
    Report(Box<Report>),
    Error(FileError),
}

impl Checked {
    pub(crate) fn report(&self) -> Option<&Report> {
        match self {
            Checked::Report(r) => Some(r),
            Checked::Error(_) => None,
        }
    }

    pub(crate) fn error(&self) -> Option<&FileError> {
        match self {
            Checked::Report(_) => None,
            Checked::Error(e) => Some(e),
        }
    }
}

/// Opens a regular file. A folder, device, pipe or socket is refused before it is
/// opened: opening a pipe would wait for a writer, and a device never ends.
fn open_regular(path: &Path, what: &str) -> Result<std::fs::File, String> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    })?;
    if meta.is_dir() {
        return Err(if what == "plan" {
            "is a folder, not a plan (use `plainplan score` for folders)".into()
        } else {
            format!("is a folder, not a {what}")
        });
    }
    if !meta.is_file() {
        return Err(format!(
            "is not a regular file (a device, pipe or socket); save the {what} as a file"
        ));
    }
    std::fs::File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    })
}

/// Reads at most `limit` bytes: a larger input is refused once the limit is passed,
/// without reading the rest. `Err(Ok(message))` is a refusal, `Err(Err(e))` a read
/// error.
fn read_bounded(
    reader: impl Read,
    limit: usize,
) -> Result<Vec<u8>, Result<String, std::io::Error>> {
    let mut buf = Vec::new();
    reader
        .take(limit as u64 + 1)
        .read_to_end(&mut buf)
        .map_err(Err)?;
    if buf.len() > limit {
        return Err(Ok(input::InputError::TooLarge { limit }.to_string()));
    }
    Ok(buf)
}

fn check(args: CheckArgs) -> i32 {
    let files = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    let colour = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    };
    let forced = args.input_format.map(|f| match f {
        InputFormat::Text => Format::Text,
        InputFormat::Markdown => Format::Markdown,
        InputFormat::Html => Format::Html,
        InputFormat::Docx => Format::Docx,
    });
    let limits = input::Limits {
        max_file_bytes: args.max_file_size.saturating_mul(1_000_000),
        ..input::Limits::default()
    };
    let mut results: Vec<Checked> = Vec::new();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for path in &files {
        let name = if path.as_os_str() == "-" {
            "<stdin>".to_string()
        } else {
            path.display().to_string()
        };
        let checked = config_for(&args, path)
            .map_err(|e| ("config", e))
            .and_then(|config| {
                let bytes = read_input(path, limits.max_file_bytes).map_err(|e| ("read", e))?;
                let source = input::read(Some(&name), &bytes, forced, &limits)
                    .map_err(|e| (e.kind(), e.to_string()))?;
                let mut report = Checker::new(config)
                    .check(&source)
                    .map_err(|e| ("check", e))?;
                report.file = name.clone();
                Ok((report, source.text))
            });
        match checked {
            Ok((report, text)) => {
                if let OutputFormat::Human = args.format {
                    if let Err(e) = human::write_report(&mut out, &report, &text, colour) {
                        return output::failed(&e);
                    }
                }
                results.push(Checked::Report(Box::new(report)));
            }
            Err((kind, reason)) => {
                output::error(format!("{name}: {reason}"));
                results.push(Checked::Error(FileError {
                    file: name,
                    error: Problem {
                        kind,
                        message: reason,
                    },
                }));
            }
        }
    }
    if let OutputFormat::Json = args.format {
        // One file gives one object; several files give an array.
        let written = if files.len() > 1 {
            write_json(&mut out, &results)
        } else {
            write_json(&mut out, &results[0])
        };
        if let Err(e) = written {
            return output::failed(&e);
        }
    }
    if let OutputFormat::Sarif = args.format {
        if let Err(e) = write_json(&mut out, &sarif::log(&results)) {
            return output::failed(&e);
        }
    }
    if let Err(e) = out.flush() {
        return output::failed(&e);
    }
    if results.iter().any(|r| r.error().is_some()) {
        return EXIT_ERROR;
    }
    let threshold = match args.fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Note => Some(Severity::Note),
        FailOn::Never => None,
    };
    let over = |r: &Report| threshold.is_some_and(|t| r.worst().is_some_and(|w| w >= t));
    if results.iter().filter_map(Checked::report).any(over) {
        EXIT_FINDINGS
    } else {
        0
    }
}
