//! Syllables by counting vowel groups with English spelling rules, corrected by a small
//! table of words the rules get wrong (`dictionaries/syllable-exceptions.tsv`).
//!
//! Hyphenation patterns are not used here: they mark where a word may be broken at a
//! line end, not its syllables, and counting them makes scores about 12 points too easy.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

const EXCEPTIONS: &str = include_str!("../../dictionaries/syllable-exceptions.tsv");

fn exceptions() -> &'static FxHashMap<&'static str, u8> {
    static TABLE: OnceLock<FxHashMap<&'static str, u8>> = OnceLock::new();
    TABLE.get_or_init(|| {
        EXCEPTIONS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let (word, n) = l.split_once('\t')?;
                Some((word.trim(), n.trim().parse().ok()?))
            })
            .collect()
    })
}

/// Syllables in one word; a number or symbol counts as one.
pub fn syllables(word: &str) -> u8 {
    // A diaeresis starts a new syllable: Zo-ë, na-ïve, No-ël.
    if let Some((at, _)) = word
        .char_indices()
        .skip(1)
        .find(|&(_, c)| matches!(c, 'ë' | 'ï' | 'ü' | 'ö' | 'Ë' | 'Ï' | 'Ü' | 'Ö'))
    {
        return syllables(&word[..at]).saturating_add(syllables(&word[at..]));
    }
    let mut buf = [0u8; 48];
    let mut len = 0;
    for c in word.chars() {
        let c = fold(c);
        if c == '\'' {
            continue;
        }
        if !c.is_ascii_alphabetic() || len == buf.len() {
            if c.is_ascii_alphabetic() {
                return long_word(word);
            }
            continue;
        }
        buf[len] = c.to_ascii_lowercase() as u8;
        len += 1;
    }
    if len == 0 {
        return 1;
    }
    let mut w = &buf[..len];
    // Possessive and contracted forms count as their stem: Ava's, we'll.
    if w.len() > 3
        && w.ends_with(b"s")
        && word.contains(['\'', '’'])
        && !word.ends_with(['\'', '’'])
    {
        w = &w[..w.len() - 1];
    }
    let w = std::str::from_utf8(w).unwrap_or("");
    if let Some(&n) = exceptions().get(w) {
        return n;
    }
    rules(w).max(1)
}

/// Words longer than the buffer: count them in pieces.
fn long_word(word: &str) -> u8 {
    let folded: String = word
        .chars()
        .map(fold)
        .filter(char::is_ascii_alphabetic)
        .collect();
    rules(&folded.to_ascii_lowercase()).max(1)
}

/// Accented letters count as their base letter: Zoë, Siobhán, José.
fn fold(c: char) -> char {
    match c {
        'à'..='å' | 'À'..='Å' | 'ā' | 'ą' => 'a',
        'è'..='ë' | 'È'..='Ë' | 'ē' | 'ę' | 'ė' => 'e',
        'ì'..='ï' | 'Ì'..='Ï' | 'ī' => 'i',
        'ò'..='ö' | 'ø' | 'Ò'..='Ö' | 'ō' => 'o',
        'ù'..='ü' | 'Ù'..='Ü' | 'ū' => 'u',
        'ý' | 'ÿ' => 'y',
        'ç' | 'ć' | 'č' => 'c',
        'ñ' | 'ń' => 'n',
        'ł' | 'Ł' => 'l',
        'ś' | 'š' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        '’' => '\'',
        _ => c,
    }
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// Suffixes and second halves of compounds after which a final-looking e is silent:
/// like-ly, state-ment, home-less, some-thing.
const AFTER_SILENT_E: &[&str] = &[
    "ly", "ment", "ments", "ness", "less", "ful", "fully", "ty", "thing", "things", "times",
    "time", "where", "body", "way", "ways", "day", "days", "work", "how", "what", "while", "ship",
    "land", "line", "lines", "side", "room", "book", "fire", "wide", "house", "care",
];

/// The spelling rules, on a lower-case ASCII word.
fn rules(w: &str) -> u8 {
    let b = w.as_bytes();
    let n = b.len();
    // Letters said one by one: mr, tv, gp.
    if !b.iter().any(|&c| is_vowel(c)) {
        return n.min(8) as u8;
    }
    let mut count: i32 = 0;
    let mut i = 0;
    while i < n {
        if !vowel_at(b, i) {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        while i < n
            && vowel_at(b, i)
            && !(b[i - 1] == b'y' && start < i - 1)
            && !(b[i] == b'y' && i + 1 < n && is_vowel(b[i + 1]))
        {
            i += 1;
        }
        count += 1 + split_groups(b, start, i);
        // A lone e that ends a stem before a suffix: like-ly, home-less.
        if i - start == 1 && b[start] == b'e' && start >= 2 && i < n && !is_vowel(b[i]) {
            let stem_has_vowel = b[..start - 1].iter().any(|&c| is_vowel(c));
            let syllabic_le = b[start - 1] == b'l';
            if stem_has_vowel && !syllabic_le && AFTER_SILENT_E.contains(&&w[i..]) {
                count -= 1;
            }
        }
    }
    count -= silent_endings(b);
    count += spoken_endings(b);
    count.clamp(1, 40) as u8
}

/// Whether the letter at `i` is a vowel; y is a consonant at the start of a word and
/// after a vowel when another vowel follows (you, beyond, player).
fn vowel_at(b: &[u8], i: usize) -> bool {
    if b[i] != b'y' {
        return is_vowel(b[i]);
    }
    let next_vowel = i + 1 < b.len() && is_vowel(b[i + 1]) && b[i + 1] != b'y';
    let yard = b[i + 1..].starts_with(b"ar");
    !(next_vowel && (i == 0 || is_vowel(b[i - 1]) || b[i - 1] == b'w' || yard))
}

/// Extra syllables inside one vowel group said as two: cre-ate, ri-ot, qui-et, try-ing.
fn split_groups(b: &[u8], start: usize, end: usize) -> i32 {
    let n = b.len();
    let mut extra = 0;
    for pos in start..end.saturating_sub(1) {
        let pair = &b[pos..pos + 2];
        let before = if pos > 0 { b[pos - 1] } else { b' ' };
        let before2 = if pos > 1 { b[pos - 2] } else { b' ' };
        let after = b.get(pos + 2).copied().unwrap_or(b' ');
        let after2 = b.get(pos + 3).copied().unwrap_or(b' ');
        let at_end = pos + 2 == n;
        let splits = match pair {
            // so-cial, Rus-sian but me-di-a, cre-ate, as-so-ci-ate
            b"ia" => {
                let soft = matches!(before, b'c' | b't' | b's' | b'g' | b'x');
                let ate = after == b't' && pos + 3 < n;
                let liance = before == b'l' && after == b'n' && after2 == b'c';
                !soft && !(before == b'l' && (after == b'n' || at_end)) || soft && ate || liance
            }
            // ra-di-o but na-tion, mil-lion, o-pin-ion
            b"io" => {
                let soft = matches!(before, b'c' | b't' | b's' | b'g' | b'x')
                    || before == b'h' && matches!(before2, b'c' | b's');
                let yon = matches!(before, b'l' | b'n')
                    && (is_vowel(before2) || before2 == b'l')
                    && after == b'n';
                !soft && !yon
            }
            b"eo" => !matches!(before, b'g' | b'p' | b'c'),
            b"ua" | b"uo" => !matches!(before, b'q' | b'g'),
            b"ue" => !at_end && !matches!(before, b'q' | b'g') && !matches!(after, b's' | b'd'),
            b"ui" => {
                !at_end
                    && !matches!(before, b'q' | b'g')
                    && !matches!(after, b'c' | b't' | b'l' | b'r' | b's')
                    || after == b't' && after2 == b'y'
            }
            // i-de-a, ko-re-an, re-act but real, clean, great
            b"ea" => {
                at_end
                    || after == b's' && pos + 3 == n
                    || after == b'c' && after2 == b't'
                    || after == b'n'
                        && pos + 3 == n
                        && b[..pos].iter().filter(|&&c| is_vowel(c)).count() >= 2
                    || before == b'r' && after == b't' && after2 == b'i'
                    || pos == 1 && before == b'r' && after == b'l' && after2 == b'i'
            }
            // sci-ence, qui-et, ex-pe-ri-ence but friend, pa-tient, an-cient
            b"ie" => match after {
                b't' => true,
                b'n' => {
                    !(before == b'r' && before2 == b'f')
                        && before != b't'
                        && !(before == b'c' && before2 != b's')
                        && before != b'g'
                }
                b'r' => !at_end && pos + 3 == n && before != b'd' && before != b'c',
                b's' => after2 == b't' && pos + 4 == n,
                _ => false,
            },
            b"oe" => !at_end && after != b's',
            b"iu" | b"yi" | b"ya" | b"yo" | b"ye"
                if pair[0] == b'y' && end - start == 2 || pair == b"iu" =>
            {
                true
            }
            b"oi" | b"ei" => after == b'n' && after2 == b'g',
            _ => false,
        };
        extra += i32::from(splits);
    }
    extra
}

/// Endings written with a vowel that is not said as a syllable: make, makes, walked.
fn silent_endings(b: &[u8]) -> i32 {
    let n = b.len();
    if n < 3 {
        return 0;
    }
    let stem_end = match &b[n - 2..] {
        _ if b[n - 1] == b'e' => n - 1,
        b"es" | b"ed" if n >= 4 => n - 2,
        _ => return 0,
    };
    let stem = &b[..stem_end];
    let c = stem[stem.len() - 1];
    let c2 = stem[stem.len() - 2];
    let suffix = &b[stem_end..];
    // league, unique, colleagues: the -ue is silent too.
    let ue_at = if b[n - 1] == b's' { n - 1 } else { n };
    if ue_at >= 4 && matches!(&b[ue_at - 3..ue_at], b"gue" | b"que") && is_vowel(b[ue_at - 4]) {
        return 1;
    }
    if is_vowel(c) && !(c == b'y' && is_vowel(c2)) {
        return 0;
    }
    // ta-ble, cen-tre, hun-dred: a consonant before l or r keeps the vowel.
    if matches!(c, b'l' | b'r') && !is_vowel(c2) && c2 != c {
        return 0;
    }
    match suffix {
        b"es"
            if matches!(c, b's' | b'x' | b'z' | b'c' | b'g')
                || stem.ends_with(b"ch")
                || stem.ends_with(b"sh") =>
        {
            0
        }
        b"ed" if matches!(c, b't' | b'd') => 0,
        _ => i32::from(stem[..stem.len() - 1].iter().any(|&v| is_vowel(v))),
    }
}

/// Endings said with one more or one fewer syllable than their vowels show: fi-re,
/// rac-is-m, strug-gl-ing, ba-sic-ly.
fn spoken_endings(b: &[u8]) -> i32 {
    let ends = |s: &[u8]| b.ends_with(s);
    let vowels_before = |end: usize| b[..end].iter().filter(|&&c| is_vowel(c)).count();
    let n = b.len();
    let ire = [&b"ire"[..], b"ires", b"ired"]
        .iter()
        .find(|e| ends(e))
        .is_some_and(|e| vowels_before(n - e.len()) == 0);
    let ism = ends(b"sm") && n > 3;
    let ling =
        ends(b"ling") && n > 5 && !is_vowel(b[n - 5]) && !matches!(b[n - 5], b'l' | b'r' | b'w');
    let ically = ends(b"ically");
    i32::from(ire) + i32::from(ism) + i32::from(ling) - i32::from(ically)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words() {
        for (w, n) in [
            ("the", 1),
            ("plan", 1),
            ("table", 2),
            ("makes", 1),
            ("boxes", 2),
            ("wanted", 2),
            ("walked", 1),
            ("create", 2),
            ("social", 2),
            ("you", 1),
            ("every", 3),
            ("responsibility", 6),
            ("Zoë", 2),
            ("Ava’s", 2),
            ("2027", 1),
        ] {
            assert_eq!(syllables(w), n, "{w}");
        }
    }
}
