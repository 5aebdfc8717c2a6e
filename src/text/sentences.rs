//! Sentence boundaries inside one block. A block (heading, item, cell) always ends a
//! sentence; inside it, a full stop, `!` or `?` ends one unless it belongs to an
//! abbreviation, an initial, a number, a time, a date or an ellipsis.

use std::ops::Range;

/// Titles and abbreviations that a capitalised word usually follows.
const NEVER_FINAL: &[&str] = &[
    "dr", "mr", "mrs", "ms", "mx", "st", "prof", "rev", "e.g", "i.e", "eg", "ie", "cf", "vs",
    "viz", "approx", "tel", "nb", "fig", "ref",
];
/// Abbreviations that can also end a sentence: they do when a capital follows.
const MAYBE_FINAL: &[&str] = &["etc", "inc", "ltd", "jr", "sr", "co"];

/// Lines shorter than this are not hard-wrapped prose.
const SHORT_LINE: usize = 50;

/// Byte ranges (relative to `text`) of the sentences in one block, trimmed.
pub fn sentence_ranges(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut line_start = 0;
    // Only ASCII marks end a sentence or a line, so the scan looks for bytes; every
    // hit is on a char boundary.
    let find_line = |at: usize| memchr::memchr(b'\n', &bytes[at..]).map(|k| at + k);
    let find_stop = |at: usize| memchr::memchr3(b'.', b'!', b'?', &bytes[at..]).map(|k| at + k);
    let mut next_line = find_line(0);
    let mut next_stop = find_stop(0);
    while let Some(i) = next_line.into_iter().chain(next_stop).min() {
        if bytes[i] == b'\n' {
            next_line = find_line(i + 1);
            // A short line that ends with no stop is a label or field, not wrapped prose.
            let line = &text[line_start..i];
            line_start = i + 1;
            let next = text[i + 1..].trim_start();
            let short = line.len() < SHORT_LINE || line.chars().count() < SHORT_LINE;
            let ends_clause = line.trim_end().ends_with([',', ';', '-', '–', '(']);
            if short
                && !ends_clause
                && next.starts_with(|n: char| n.is_uppercase() || n.is_ascii_digit())
            {
                push(&mut out, text, start, i);
                start = i + 1;
            }
            continue;
        }
        // Take the whole run of terminators and closing quotes or brackets.
        let stop = bytes[i];
        let mut end = i + 1;
        let mut dots = usize::from(stop == b'.');
        for d in text[end..].chars() {
            if matches!(d, '.' | '!' | '?') {
                dots += usize::from(d == '.');
            } else if !matches!(d, '"' | '\'' | '”' | '’' | ')' | ']') {
                break;
            }
            end += d.len_utf8();
        }
        next_stop = find_stop(end);
        let rest = &text[end..];
        let next = rest.trim_start();
        if next.is_empty() || rest.len() == next.len() {
            continue; // end of block, or no space after: 3.30pm, 14.03.2027, e.g.,
        }
        if dots >= 2 || ends_with_ellipsis(&text[..end]) {
            continue;
        }
        let first = next.chars().next().unwrap_or(' ');
        if first.is_lowercase() {
            continue;
        }
        if stop == b'.' && !is_final_stop(&text[start..i], next) {
            continue;
        }
        push(&mut out, text, start, end);
        start = end;
    }
    push(&mut out, text, start, text.len());
    out
}

fn ends_with_ellipsis(s: &str) -> bool {
    s.trim_end_matches(['"', '\'', '”', '’', ')', ']'])
        .ends_with('…')
}

/// Whether the full stop after `before` ends the sentence, given the text after it.
fn is_final_stop(before: &str, next: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"')
        .next()
        .unwrap_or("");
    let is = |w: &&str| w.eq_ignore_ascii_case(word);
    if NEVER_FINAL.iter().any(is) {
        return false;
    }
    if word.eq_ignore_ascii_case("no") && next.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    if MAYBE_FINAL.iter().any(is) {
        return next.starts_with(|c: char| c.is_uppercase());
    }
    // An initial: "J. Smith", "A.B. Jones".
    let mut chars = word.chars();
    let initial = matches!((chars.next(), chars.next()), (Some(a), None) if a.is_uppercase());
    let dotted = word.contains('.') && word.split('.').all(|p| p.chars().count() <= 1);
    !(initial || dotted)
}

fn push(out: &mut Vec<Range<usize>>, text: &str, start: usize, end: usize) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push(start + lead..start + lead + trimmed.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        sentence_ranges(s).into_iter().map(|r| &s[r]).collect()
    }

    #[test]
    fn full_stops_question_and_exclamation_marks_end_sentences() {
        assert_eq!(
            split("Mum rang. Is Ava safe? Yes!"),
            vec!["Mum rang.", "Is Ava safe?", "Yes!"]
        );
    }

    #[test]
    fn titles_and_latin_abbreviations_do_not() {
        assert_eq!(
            split("Dr Shah and Mrs. Lee met Ms. Cole at St. Mark’s."),
            vec!["Dr Shah and Mrs. Lee met Ms. Cole at St. Mark’s."]
        );
        assert_eq!(
            split("Bring things, e.g. Books, i.e. Paper."),
            vec!["Bring things, e.g. Books, i.e. Paper."]
        );
        assert_eq!(split("Room No. 4 is free."), vec!["Room No. 4 is free."]);
        assert_eq!(
            split("It costs approx. £5 a week."),
            vec!["It costs approx. £5 a week."]
        );
    }

    #[test]
    fn etc_ends_a_sentence_only_before_a_capital() {
        assert_eq!(
            split("Pens, paper etc. and a bag."),
            vec!["Pens, paper etc. and a bag."]
        );
        assert_eq!(
            split("Pens, paper etc. Then lunch."),
            vec!["Pens, paper etc.", "Then lunch."]
        );
    }

    #[test]
    fn initials_numbers_times_dates_and_ellipses_do_not() {
        assert_eq!(
            split("J. K. Smith came at 3.30pm on 14.03.2027 with £2.50 each."),
            vec!["J. K. Smith came at 3.30pm on 14.03.2027 with £2.50 each."]
        );
        assert_eq!(
            split("We waited... Then more… And then."),
            vec!["We waited... Then more… And then."]
        );
    }

    #[test]
    fn short_label_lines_are_sentences_of_their_own() {
        assert_eq!(
            split("Child: Kayden\nMother: Jodie"),
            vec!["Child: Kayden", "Mother: Jodie"]
        );
        let wrapped =
            "We will visit Kayden every week at home and check that he has\nClean clothes.";
        assert_eq!(split(wrapped).len(), 1);
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            split("She said “I’m fine.” Then she left."),
            vec!["She said “I’m fine.”", "Then she left."]
        );
    }
}
