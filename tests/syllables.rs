//! The syllable counter against 20,000 common words with their dictionary syllables.

use plainplan::text::syllables;

struct Score {
    exact: f64,
    weighted: f64,
    misses: Vec<(String, u8, u8, f64)>,
}

fn score() -> Score {
    let gold = include_str!("data/syllables-gold.tsv");
    let (mut right, mut total, mut w_right, mut w_total) = (0usize, 0usize, 0f64, 0f64);
    let mut misses = Vec::new();
    for line in gold.lines().skip(1) {
        let mut cols = line.split('\t');
        let (Some(word), Some(n), Some(freq)) = (cols.next(), cols.next(), cols.next()) else {
            continue;
        };
        let n: u8 = n.parse().unwrap();
        let freq: f64 = freq.parse().unwrap();
        let got = syllables(word);
        total += 1;
        w_total += freq;
        if got == n {
            right += 1;
            w_right += freq;
        } else {
            misses.push((word.to_string(), n, got, freq));
        }
    }
    Score {
        exact: right as f64 / total as f64,
        weighted: w_right / w_total,
        misses,
    }
}

#[test]
fn counts_common_words_as_the_dictionary_does() {
    let s = score();
    if std::env::var_os("SYLLABLE_MISSES").is_some() {
        for (w, n, got, f) in &s.misses {
            println!("{w}\t{n}\t{got}\t{f:e}");
        }
    }
    println!("exact {:.4} weighted {:.4}", s.exact, s.weighted);
    assert!(s.exact >= 0.97, "exact {:.4}", s.exact);
    assert!(s.weighted >= 0.995, "weighted {:.4}", s.weighted);
}
