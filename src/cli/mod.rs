//! Command-line parsing and the `check` and `explain` commands.

mod human;

use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use plainplan::rules::{self, RULES};
use plainplan::{input, Config, Format, Report, Severity};

/// Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error.
const EXIT_FINDINGS: i32 = 1;
const EXIT_ERROR: i32 = 2;

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
    /// Explain a rule: what it checks, why it matters, and an example.
    Explain {
        /// A rule id, e.g. long-sentence
        rule: String,
    },
    /// List every rule.
    Rules,
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
    /// The reading age (years) the family can manage.
    #[arg(long, value_name = "YEARS")]
    reading_age: Option<f64>,
    /// Longest sentence, in words, before `long-sentence` fires.
    #[arg(long, value_name = "WORDS")]
    max_sentence_words: Option<usize>,
    /// Read input as this format whatever its name.
    #[arg(long, value_enum)]
    input_format: Option<InputFormat>,
    /// Colour: auto uses colour on a terminal unless NO_COLOR is set.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

#[derive(Clone, Copy, ValueEnum)]
enum OutputFormat {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum InputFormat {
    Text,
    Markdown,
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
        Command::Explain { rule } => explain(&rule),
        Command::Rules => {
            for r in RULES {
                println!(
                    "{:<18} {:<8} {}",
                    r.info.id,
                    r.info.severity.name(),
                    r.info.summary
                );
            }
            0
        }
    }
}

fn explain(rule: &str) -> i32 {
    let Some(info) = rules::info(rule) else {
        eprintln!("error: {}", rules::unknown_rule(rule));
        return EXIT_ERROR;
    };
    println!(
        "{} ({}, {})\n",
        info.id,
        info.severity.name(),
        kind_name(info.kind)
    );
    println!("What it checks\n  {}\n", info.summary);
    println!("Why it matters to a family\n  {}\n", info.why);
    println!("Instead of\n  {}\n", info.before);
    println!("Write\n  {}", info.after);
    0
}

fn kind_name(kind: rules::Kind) -> &'static str {
    match kind {
        rules::Kind::Reading => "reading",
        rules::Kind::Language => "language",
        rules::Kind::Plan => "plan",
    }
}

fn config_for(args: &CheckArgs) -> Config {
    let mut config = Config::default();
    if let Some(age) = args.reading_age {
        config.reading_age_target = age;
    }
    if let Some(words) = args.max_sentence_words {
        config.max_sentence_words = words;
    }
    config
}

/// One input: its display name and its bytes, or why they could not be read.
fn read_input(path: &std::path::Path) -> Result<Vec<u8>, String> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        return Ok(buf);
    }
    if path.is_dir() {
        return Err("is a folder, not a plan (use `plainplan score` for folders)".into());
    }
    std::fs::read(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    })
}

fn check(args: CheckArgs) -> i32 {
    let config = config_for(&args);
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
    });
    let mut reports = Vec::new();
    let mut failed = false;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for path in &files {
        let name = if path.as_os_str() == "-" {
            "<stdin>".to_string()
        } else {
            path.display().to_string()
        };
        let checked = read_input(path).and_then(|bytes| {
            let text = input::decode(&bytes).map_err(|e| e.to_string())?;
            let format = forced.unwrap_or_else(|| input::detect(Some(&name), &text));
            let mut report = plainplan::check(&text, format, &config);
            report.file = name.clone();
            Ok((report, text))
        });
        match checked {
            Ok((report, text)) => {
                if let OutputFormat::Human = args.format {
                    let _ = human::write_report(&mut out, &report, &text, colour);
                }
                reports.push(report);
            }
            Err(reason) => {
                failed = true;
                eprintln!("error: {name}: {reason}");
            }
        }
    }
    if let OutputFormat::Json = args.format {
        let json = if files.len() == 1 && reports.len() == 1 {
            serde_json::to_string_pretty(&reports[0])
        } else {
            serde_json::to_string_pretty(&reports)
        };
        let _ = writeln!(out, "{}", json.expect("reports serialise"));
    }
    let _ = out.flush();
    if failed {
        return EXIT_ERROR;
    }
    let threshold = match args.fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Info => Some(Severity::Info),
        FailOn::Never => None,
    };
    let over = |r: &Report| threshold.is_some_and(|t| r.worst().is_some_and(|w| w >= t));
    if reports.iter().any(over) {
        EXIT_FINDINGS
    } else {
        0
    }
}
