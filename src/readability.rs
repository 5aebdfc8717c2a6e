//! Readability formulas over counts of words, sentences, syllables and letters.

use serde::Serialize;

/// What the formulas need, summed over any stretch of text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
    /// Letters, for Coleman–Liau.
    pub letters: usize,
    /// Letters and digits, for ARI.
    pub characters: usize,
    /// Words of three or more syllables, for Gunning Fog and SMOG.
    pub polysyllables: usize,
}

impl Counts {
    pub fn add(&mut self, other: &Counts) {
        self.words += other.words;
        self.sentences += other.sentences;
        self.syllables += other.syllables;
        self.letters += other.letters;
        self.characters += other.characters;
        self.polysyllables += other.polysyllables;
    }
}

/// Scores for a document or a sentence. Grades are US school grades; `reading_age` is
/// the UK reading age in years.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Scores {
    pub flesch_reading_ease: f64,
    pub flesch_kincaid_grade: f64,
    pub gunning_fog: f64,
    pub smog: f64,
    pub coleman_liau: f64,
    pub ari: f64,
    pub reading_age: f64,
}

/// A reader of this age is in US grade (age − 5): grade 1 is the year a child turns 6
/// or 7 in England's Year 2, so ages follow Flesch–Kincaid grade plus five.
const GRADE_TO_AGE: f64 = 5.0;
/// Nobody reads below the age of five; the top is a graduate.
const AGE_RANGE: (f64, f64) = (5.0, 22.0);

impl Scores {
    /// The scores, or `None` for text with no words or no sentences.
    pub fn from_counts(c: &Counts) -> Option<Scores> {
        if c.words == 0 || c.sentences == 0 {
            return None;
        }
        let words = c.words as f64;
        let sentences = c.sentences as f64;
        let per_sentence = words / sentences;
        let syllables_per_word = c.syllables as f64 / words;
        let grade = 0.39 * per_sentence + 11.8 * syllables_per_word - 15.59;
        Some(Scores {
            flesch_reading_ease: 206.835 - 1.015 * per_sentence - 84.6 * syllables_per_word,
            flesch_kincaid_grade: grade,
            gunning_fog: 0.4 * (per_sentence + 100.0 * c.polysyllables as f64 / words),
            smog: 1.0430 * (c.polysyllables as f64 * 30.0 / sentences).sqrt() + 3.1291,
            coleman_liau: 0.0588 * (100.0 * c.letters as f64 / words)
                - 0.296 * (100.0 * sentences / words)
                - 15.8,
            ari: 4.71 * (c.characters as f64 / words) + 0.5 * per_sentence - 21.43,
            reading_age: (grade + GRADE_TO_AGE).clamp(AGE_RANGE.0, AGE_RANGE.1),
        })
    }

    /// Every score rounded to one decimal place, as reports show them.
    pub fn rounded(self) -> Scores {
        let r = |x: f64| (x * 10.0).round() / 10.0;
        Scores {
            flesch_reading_ease: r(self.flesch_reading_ease),
            flesch_kincaid_grade: r(self.flesch_kincaid_grade),
            gunning_fog: r(self.gunning_fog),
            smog: r(self.smog),
            coleman_liau: r(self.coleman_liau),
            ari: r(self.ari),
            reading_age: r(self.reading_age),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) {
        assert!((a - b).abs() < 1e-9, "{a} != {b}");
    }

    #[test]
    fn formulas_match_hand_computed_values() {
        // 20 words, 2 sentences, 30 syllables, 80 letters, 84 characters, 2 long words.
        let c = Counts {
            words: 20,
            sentences: 2,
            syllables: 30,
            letters: 80,
            characters: 84,
            polysyllables: 2,
        };
        let s = Scores::from_counts(&c).unwrap();
        // 206.835 - 1.015 * 10 - 84.6 * 1.5
        close(s.flesch_reading_ease, 69.785);
        // 0.39 * 10 + 11.8 * 1.5 - 15.59
        close(s.flesch_kincaid_grade, 6.01);
        // 0.4 * (10 + 100 * 0.1)
        close(s.gunning_fog, 8.0);
        // 1.0430 * sqrt(2 * 30 / 2) + 3.1291
        close(s.smog, 1.0430 * 30f64.sqrt() + 3.1291);
        // 0.0588 * 400 - 0.296 * 10 - 15.8
        close(s.coleman_liau, 4.76);
        // 4.71 * 4.2 + 0.5 * 10 - 21.43
        close(s.ari, 3.352);
        close(s.reading_age, 11.01);
    }

    #[test]
    fn no_words_means_no_score() {
        assert_eq!(Scores::from_counts(&Counts::default()), None);
    }

    #[test]
    fn reading_age_stays_in_a_human_range() {
        let tiny = Counts {
            words: 3,
            sentences: 3,
            syllables: 3,
            letters: 6,
            characters: 6,
            polysyllables: 0,
        };
        assert_eq!(Scores::from_counts(&tiny).unwrap().reading_age, 5.0);
    }
}
