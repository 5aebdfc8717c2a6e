//! Properties that hold for any text: positions agree with each other and with the
//! source, checks are deterministic, findings of one rule never overlap, and counts add
//! up when a text is repeated.

mod common;
use common::check;
use plainplan::{Config, Format};
use proptest::prelude::*;

/// Plan-like text: words, names with accents, curly quotes, an emoji, punctuation,
/// Markdown and HTML marks, line breaks of every kind.
fn plan_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Mum",
        "will",
        "engage",
        "with",
        "services",
        "Zoë",
        "Łukasz",
        "’s",
        "“refused”",
        "😀",
        "core group",
        "by 14/03/2027",
        "every Friday",
        ".",
        ",",
        ";",
        ":",
        " ",
        " ",
        " ",
        "\n",
        "\r\n",
        "\r",
        "\n\n",
        "- ",
        "1. ",
        "# ",
        "## ",
        "| ",
        "\t",
        "**",
        "<p>",
        "</p>",
        "<li>",
        "&amp;",
        "&nbsp;",
        "<!-- plainplan-disable jargon -->",
        "If",
        "not",
        "LAC",
        "PLO",
        "(Public Law Outline)",
        "placement",
        "non-compliant",
        "a",
        "e\u{301}",
        "\u{a0}",
        "—",
    ]);
    prop::collection::vec(pieces, 0..120).prop_map(|v| v.concat())
}

fn format() -> impl Strategy<Value = Format> {
    prop::sample::select(vec![Format::Text, Format::Markdown, Format::Html])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn spans_lie_on_char_boundaries_and_every_unit_agrees(text in plan_text(), format in format()) {
        let Ok(report) = check(&text, format, &Config::default()) else { return Ok(()) };
        let spans = report.findings.iter().map(|f| f.span).chain(report.items.iter().map(|i| i.span));
        for span in spans {
            prop_assert!(span.start <= span.end && span.end <= text.len());
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            prop_assert_eq!(span.utf16_start, text[..span.start].encode_utf16().count());
            prop_assert_eq!(span.utf16_end, text[..span.end].encode_utf16().count());
            let before = &text[..span.start];
            let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
            let lines = before.matches('\n').count() + before.matches('\r').count()
                - before.matches("\r\n").count();
            prop_assert_eq!(span.line, lines + 1);
            prop_assert_eq!(span.column, before[line_start..].chars().count() + 1);
        }
    }

    #[test]
    fn the_same_input_gives_the_same_report(text in plan_text(), format in format()) {
        let a = check(&text, format, &Config::default()).map(|r| serde_json::to_string(&r).unwrap());
        let b = check(&text, format, &Config::default()).map(|r| serde_json::to_string(&r).unwrap());
        prop_assert_eq!(a, b);
    }

    #[test]
    fn findings_of_one_rule_do_not_overlap(text in plan_text(), format in format()) {
        let Ok(report) = check(&text, format, &Config::default()) else { return Ok(()) };
        let mut spans: Vec<_> = report.findings.iter().map(|f| (f.rule, f.span.start, f.span.end)).collect();
        spans.sort();
        spans.dedup();
        for pair in spans.windows(2) {
            let ((r1, _, e1), (r2, s2, _)) = (pair[0], pair[1]);
            // Plan rules report on whole items, which may share a span with another rule's.
            prop_assert!(r1 != r2 || s2 >= e1, "{r1} overlaps itself at {s2} < {e1}");
        }
    }

    #[test]
    fn a_text_repeated_twice_counts_twice(text in plan_text()) {
        let once = check(&text, Format::Text, &Config::default());
        let twice = check(&format!("{text}\n\n{text}"), Format::Text, &Config::default());
        if let (Ok(once), Ok(twice)) = (once, twice) {
            prop_assert_eq!(twice.stats.words, 2 * once.stats.words);
            prop_assert_eq!(twice.stats.syllables, 2 * once.stats.syllables);
        }
    }
}
