//! Timescale: by when, or how often. Dates in UK forms, weekdays, times, frequencies,
//! "within 10 working days", a deadline before a dated event; not "ongoing", "ASAP" or
//! "as and when" (LABELLING.md, "timescale").

use super::cues::{cues, Words};

/// Whether the item says by when or how often.
pub fn has_timescale(w: &Words) -> bool {
    let c = &cues().timescale;
    let n = w.len();
    for i in 0..n {
        let word = w.lower(i);
        if c.not_timescales.at(w, i).is_some() {
            continue;
        }
        // 09/03/2027 and 14/02 are three and two words.
        let slashed = i > 0 && w.is_number(i) && w.is_number(i - 1) && w.slash_before(i);
        if slashed || date_like(word) || time_of_day(word) {
            return true;
        }
        if c.months.at(w, i).is_some()
            && (i > 0 && w.is_number(i - 1) || i + 1 < n && w.is_number(i + 1))
            && w.is_capitalised(i)
        {
            return true;
        }
        // "May" is also a verb: only a month next to a number.
        if c.months.at(w, i).is_some() && w.is_capitalised(i) && word != "may" {
            return true;
        }
        if c.weekdays.at(w, i).is_some() || c.frequencies.at(w, i).is_some() {
            return true;
        }
        if c.unit_leads.has_word_at(w, i)
            && unit_follows(w, i + 1)
            && (!c.unit_leads_with_number.has_word_at(w, i)
                || w.get(i + 1).is_some_and(number_word))
        {
            return true;
        }
        if c.every.has_word_at(w, i) && w.get(i + 1).is_some_and(|x| x != "other") {
            return true;
        }
        if let Some(len) = c.deadline_words.at(w, i) {
            let after = i + len;
            let next = w.get(after);
            if next.is_some_and(|x| number_word(x) || date_like(x) || time_of_day(x))
                || (after..(after + 4).min(n)).any(|k| c.events.at(w, k).is_some())
            {
                return true;
            }
        }
    }
    false
}

/// A deadline: "by 28 March", "before the review conference", "on 3 May 2027",
/// "within 10 working days".
pub fn has_deadline(w: &Words) -> bool {
    let c = &cues().timescale;
    let n = w.len();
    (0..n).any(|i| {
        let at_date = |k: usize| {
            w.get(k).is_some_and(|x| {
                date_like(x) || number_word(x) && x.chars().all(|c| c.is_ascii_digit())
            }) || (k..(k + 3).min(n)).any(|j| c.months.at(w, j).is_some() && w.is_capitalised(j))
        };
        match c.deadline_words.at(w, i) {
            Some(len) if matches!(w.lower(i), "by" | "before" | "no") => {
                at_date(i + len)
                    || (i + len..(i + len + 4).min(n)).any(|k| c.events.at(w, k).is_some())
            }
            _ => {
                w.lower(i) == "within" && unit_follows(w, i + 1)
                    || w.lower(i) == "on" && at_date(i + 1)
            }
        }
    })
}

/// A frequency: "every Friday", "weekly", "twice a week", "each visit".
pub fn has_frequency(w: &Words) -> bool {
    let c = &cues().timescale;
    (0..w.len()).any(|i| {
        c.every.has_word_at(w, i)
            || c.frequencies.at(w, i).is_some()
                && !matches!(w.lower(i), "today" | "tonight" | "tomorrow")
            || c.weekdays.at(w, i).is_some()
                && (w.lower(i).ends_with('s') && w.lower(i) != "weekdays" || weekday_list(w, i))
    })
}

/// "on Mon, Wed and Fri": several days of the week, a weekly pattern.
fn weekday_list(w: &Words, i: usize) -> bool {
    let days = &cues().timescale.weekdays;
    let next = |k: usize| days.at(w, k).is_some() && !w.is_number(k.saturating_sub(1));
    i + 2 < w.len()
        && (next(i + 1) && w.comma_before(i + 1)
            || matches!(w.lower(i + 1), "and" | "or") && next(i + 2))
}

fn unit_follows(w: &Words, i: usize) -> bool {
    let c = &cues().timescale;
    let mut i = i;
    if w.get(i).is_some_and(|x| number_word(x) || x == "other") {
        i += 1;
    }
    i < w.len() && c.units.at(w, i).is_some()
}

/// A number in figures or words: "2", "two", "a few".
fn number_word(x: &str) -> bool {
    x.chars().next().is_some_and(|c| c.is_ascii_digit()) || cues().grammar.numbers.has_word(x)
}

/// 14.03.25, 2027, 1st, 28th: numbers that read as dates.
fn date_like(x: &str) -> bool {
    let digits = x.chars().filter(char::is_ascii_digit).count();
    if digits == 0 {
        return false;
    }
    let dotted = x.split('.').count() == 3
        && x.split('.')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
    let year = x.len() == 4 && x.starts_with("20") && digits == 4;
    let ordinal = ["st", "nd", "rd", "th"].iter().any(|s| {
        x.strip_suffix(s)
            .is_some_and(|d| !d.is_empty() && d.len() <= 2 && d.chars().all(|c| c.is_ascii_digit()))
    });
    dotted || year || ordinal
}

/// 9pm, 7.30pm, 10am, 09:30.
fn time_of_day(x: &str) -> bool {
    let core = x.strip_suffix("am").or_else(|| x.strip_suffix("pm"));
    core.is_some_and(|d| {
        !d.is_empty()
            && d.chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ':')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timescales_are_dates_deadlines_and_frequencies_not_ongoing() {
        for yes in [
            "by 28 January 2027",
            "every Friday",
            "within 10 working days",
            "by the next review conference",
            "14.03.27",
            "at 9.30am",
            "twice a week",
            "before his 18th birthday",
            "in two weeks",
            "each visit",
            "22/11/2027",
        ] {
            assert!(has_timescale(&Words::new(yes)), "{yes}");
        }
        for no in [
            "Ongoing",
            "ASAP",
            "as and when required",
            "Mum will ring the school.",
            "May attend",
            "every other",
        ] {
            assert!(!has_timescale(&Words::new(no)), "{no}");
        }
    }
}
