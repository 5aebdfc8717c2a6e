//! Human output in the style of rustc and clippy: where, what, the line, the fix.

use std::io::{self, Write};

use hyphenation::{Hyphenator, Language, Load, Standard};

use plainplan::plan::ItemKind;
use plainplan::position::LineIndex;
use plainplan::report::{Finding, Report};
use plainplan::Kind;
use plainplan::Severity;

use super::output::printable;

/// Source lines longer than this are shown as a window around the finding.
const WINDOW: usize = 100;

struct Style {
    on: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

pub fn write_report(
    out: &mut impl Write,
    report: &Report,
    source: &str,
    colour: bool,
) -> io::Result<()> {
    let style = Style { on: colour };
    let file = &*printable(&report.file);
    let lines = LineIndex::new(source);
    let hyphenator = Standard::from_embedded(Language::EnglishUS).ok();
    for note in &report.notes {
        writeln!(
            out,
            "{} {file}: {}",
            style.paint("1;36", "note:"),
            printable(note)
        )?;
    }
    // The plan checks often find several gaps in one item: show the item once.
    let mut i = 0;
    while i < report.findings.len() {
        let f = &report.findings[i];
        let same = report.findings[i + 1..]
            .iter()
            .take_while(|g| g.kind == Kind::Plan && f.kind == Kind::Plan && g.span == f.span)
            .count();
        let also = &report.findings[i + 1..i + 1 + same];
        write_finding(out, f, also, file, &lines, &style, hyphenator.as_ref())?;
        i += 1 + same;
    }
    let kinds = |k: ItemKind| report.items.iter().filter(|i| i.kind == k).count();
    let r = &report.readability;
    let count = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
    let doc = &report.document;
    let items = if doc.kind.has_plan() {
        format!(
            "{}, {}, {}",
            counted(kinds(ItemKind::Outcome), "outcome", "outcomes"),
            counted(kinds(ItemKind::Action), "action", "actions"),
            counted(kinds(ItemKind::Contingency), "contingency", "contingencies")
        )
    } else {
        "not a plan, so no plan checks".to_string()
    };
    let summary = format!(
        "{}: {} ({}); reading age {:.1} (target {:.0}), Flesch reading ease {:.1}, {} in {}; {items}; {}, {}, {}",
        file,
        doc.kind.name(),
        doc.evidence,
        r.scores.reading_age,
        r.target_reading_age,
        r.scores.flesch_reading_ease,
        counted(report.stats.words, "word", "words"),
        counted(report.stats.sentences, "sentence", "sentences"),
        counted(count(Severity::Error), "error", "errors"),
        counted(count(Severity::Warning), "warning", "warnings"),
        counted(count(Severity::Note), "note", "notes"),
    );
    writeln!(out, "{}", style.paint("1", &summary))
}

/// "1 error", "2 errors", "0 notes".
pub(crate) fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn write_finding(
    out: &mut impl Write,
    f: &Finding,
    also: &[Finding],
    file: &str,
    lines: &LineIndex,
    style: &Style,
    hyphenator: Option<&Standard>,
) -> io::Result<()> {
    let (label, code) = match f.severity {
        Severity::Error => ("error", "1;31"),
        Severity::Warning => ("warning", "1;33"),
        Severity::Note => ("note", "1;36"),
    };
    writeln!(
        out,
        "{}{} {}",
        style.paint(code, label),
        style.paint("1", &format!("[{}]:", f.rule)),
        printable(&f.message)
    )?;
    let line_no = f.span.line;
    // Word files have no line numbers a reader could find: their margin stays blank.
    let number = match f.location {
        Some(_) => String::new(),
        None => line_no.to_string(),
    };
    let gutter = " ".repeat(number.len().max(1));
    // Word files have no lines a user can go to: name the paragraph or cell instead.
    match &f.location {
        Some(place) => writeln!(
            out,
            "{gutter}{} {file}: {}",
            style.paint("1;34", "-->"),
            printable(place)
        )?,
        None => writeln!(
            out,
            "{gutter}{} {file}:{}:{}",
            style.paint("1;34", "-->"),
            line_no,
            f.span.column
        )?,
    }
    let line: Vec<char> = lines.line_text(line_no).chars().collect();
    let start = f.span.column - 1;
    let end = if f.span.end_line == line_no {
        (f.span.end_column - 1).max(start + 1)
    } else {
        line.len().max(start + 1)
    };
    let from = if line.len() > WINDOW && start > 20 {
        start - 20
    } else {
        0
    };
    let to = line.len().min(from + WINDOW).max(start + 1).min(line.len());
    let shown: String = line[from..to].iter().collect();
    let shown = printable(&shown);
    let lead = if from > 0 { "…" } else { "" };
    let tail = if to < line.len() { "…" } else { "" };
    let bar = style.paint("1;34", "|");
    writeln!(out, "{gutter} {bar}")?;
    writeln!(
        out,
        "{} {bar} {lead}{shown}{tail}",
        style.paint("1;34", &format!("{number:>width$}", width = gutter.len()))
    )?;
    let pad = " ".repeat(start - from + lead.chars().count());
    let marks = "^".repeat(end.min(to).saturating_sub(start).max(1));
    writeln!(out, "{gutter} {bar} {pad}{}", style.paint(code, &marks))?;
    for g in also {
        writeln!(
            out,
            "{gutter} {} {}",
            style.paint("1;34", "="),
            style.paint("1", &format!("[{}]:", g.rule))
        )?;
        writeln!(out, "{gutter}   {}", printable(&g.message))?;
    }
    if let Some(s) = &f.suggestion {
        writeln!(
            out,
            "{gutter} {} try: {}",
            style.paint("1;34", "="),
            printable(s)
        )?;
    }
    if let Some(h) = &f.heard {
        writeln!(
            out,
            "{gutter} {} a family hears: “{}”",
            style.paint("1;34", "="),
            printable(h)
        )?;
    }
    if !f.hard_words.is_empty() {
        let parts: Vec<String> = f
            .hard_words
            .iter()
            .map(|w| split_word(&printable(w), hyphenator))
            .collect();
        writeln!(
            out,
            "{gutter} {} long words: {}",
            style.paint("1;34", "="),
            parts.join(", ")
        )?;
    }
    writeln!(out)
}

/// A hard word shown in its parts, e.g. re·spon·si·bil·i·ty, so the writer sees its length.
fn split_word(word: &str, hyphenator: Option<&Standard>) -> String {
    let Some(h) = hyphenator else {
        return word.to_string();
    };
    let lower = word.to_lowercase();
    if lower.len() != word.len() {
        return word.to_string();
    }
    let breaks = h.hyphenate(&lower).breaks;
    let mut out = String::new();
    let mut last = 0;
    for b in breaks {
        out.push_str(&word[last..b]);
        out.push('·');
        last = b;
    }
    out.push_str(&word[last..]);
    out
}
