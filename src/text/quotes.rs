//! Stretches of text inside quotation marks, so a parent's or child's own words are
//! not blamed on the writer.

use std::ops::Range;

/// Ranges (shifted by `base`) between “ and ”, between straight double quotes, and
/// between ‘ and ’ where ‘ opens a word (not an apostrophe).
pub fn quotes(text: &str, base: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<(char, usize)> = None;
    // Every mark is " or starts with the byte E2 (“ ” ‘ ’), so only those are looked at.
    for i in memchr::memchr2_iter(b'"', 0xE2, text.as_bytes()) {
        let Some(c) = text[i..].chars().next() else {
            continue;
        };
        match (open, c) {
            (None, '“') | (None, '"') => open = Some((c, i)),
            (None, '‘') => {
                let prev = text[..i].chars().next_back().unwrap_or(' ');
                if !prev.is_alphanumeric() {
                    open = Some((c, i));
                }
            }
            (Some(('“', s)), '”') | (Some(('"', s)), '"') => {
                out.push(base + s..base + i + c.len_utf8());
                open = None;
            }
            (Some(('‘', s)), '’') => {
                let next = text[i + c.len_utf8()..].chars().next().unwrap_or(' ');
                if !next.is_alphanumeric() {
                    out.push(base + s..base + i + c.len_utf8());
                    open = None;
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_curly_straight_and_single_quotes_but_not_apostrophes() {
        let t = "Mum said “I’m not chaotic” and \"fine\"; Ava’s word was ‘rubbish’.";
        let got: Vec<&str> = quotes(t, 0).into_iter().map(|r| &t[r]).collect();
        assert_eq!(got, vec!["“I’m not chaotic”", "\"fine\"", "‘rubbish’"]);
    }
}
