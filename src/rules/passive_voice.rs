use super::{Kind, Needs, RuleId, RuleInfo, Severity, Sink};
use crate::analysis::Analysis;
use crate::config::Config;
use crate::text::passive::{self, BE, BETWEEN};

pub const INFO: RuleInfo = RuleInfo {
    id: RuleId::PassiveVoice,
    kind: Kind::Language,
    severity: Severity::Note,
    needs: Needs::TEXT,
    summary: "A passive sentence that hides who does the action (a referral will be \
              made, Mum was asked).",
    why: "'A referral will be made' does not tell the family who will make it, so \
          nobody can be asked about it later. Naming the person makes the plan \
          something people can act on.",
    before: "A referral will be made to the housing team and a visit will be arranged.",
    after: "Sam, your social worker, will ask the housing team for help by Friday and \
            arrange to visit you.",
};

pub fn check(a: &Analysis, _: &Config, out: &mut Sink) {
    // Most words are not a form of "be": compare as written, and lower-case only the
    // few words that could be a participle.
    let is = |list: &[&str], w: &str| {
        let any = |w: &str| list.iter().any(|b| b.eq_ignore_ascii_case(w));
        if w.contains('’') {
            any(&w.replace('’', "'"))
        } else {
            any(w)
        }
    };
    let lower = |w: &str| w.to_lowercase().replace('’', "'");
    for s in &a.sentences {
        let words = a.sentence_words(s);
        let written = |k: usize| a.text(words[k].range());
        let mut i = 0;
        while i < words.len() {
            let w = written(i);
            if w.len() > 7 || !is(BE, w) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < words.len()
                && j - i <= 3
                && (is(BETWEEN, written(j))
                    || written(j).ends_with("ly") && !passive::listed(&lower(written(j))))
            {
                j += 1;
            }
            if j >= words.len() {
                break;
            }
            let word = lower(written(j));
            if passive::participle(&word) {
                let range = words[i].range().start..words[j].range().end;
                // The helper before "be"/"been" ("will be made", "has been made").
                let helper = (i.saturating_sub(2)..i)
                    .rev()
                    .map(|k| lower(written(k)))
                    .find(|h| HELPERS.contains(&h.as_str()));
                let tense = Tense::of(&lower(w));
                out.push(
                    range.clone(),
                    tense.message(a.text(range), helper.as_deref(), &word),
                    None,
                );
                i = j + 1;
            } else {
                i += 1;
            }
        }
    }
}

/// Words that carry the tense before "be" or "been".
const HELPERS: &[&str] = &[
    "will", "would", "shall", "should", "must", "can", "could", "may", "might", "to", "has",
    "have", "had",
];

/// When the hidden doer acts, so the example that names them keeps the sentence's tense.
#[derive(Debug, PartialEq)]
enum Tense {
    Past,
    Present,
    /// "has been seen": "Sam has seen …" is right for every verb.
    Perfect,
    /// "will be made", "must be made", "to be made".
    Modal,
}

impl Tense {
    fn of(be: &str) -> Tense {
        match be {
            "was" | "were" | "wasn't" | "weren't" => Tense::Past,
            "been" => Tense::Perfect,
            "be" => Tense::Modal,
            _ => Tense::Present,
        }
    }

    fn message(&self, phrase: &str, helper: Option<&str>, participle: &str) -> String {
        let (who, example) = match self {
            // A regular verb's past is its participle ("was asked": "Sam asked"); an
            // irregular one's is not ("was seen": "Sam saw"), so it is left open.
            Tense::Past if participle.ends_with("ed") => ("did", format!("Sam {participle} …")),
            Tense::Past => ("did", "Sam …".to_string()),
            Tense::Present => ("does", "Sam …".to_string()),
            Tense::Perfect => {
                let has = helper.filter(|h| h.starts_with("ha")).unwrap_or("has");
                let has = if has == "have" { "has" } else { has };
                ("has done", format!("Sam {has} {participle} …"))
            }
            Tense::Modal => {
                let modal = helper.filter(|h| *h != "to").unwrap_or("will");
                ("will do", format!("Sam {modal} …"))
            }
        };
        format!("“{phrase}” does not say who {who} it. Name the person: “{example}”.")
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::flagged;
    use crate::RuleId;

    #[test]
    fn flags_passives_with_no_doer_but_not_states() {
        assert_eq!(
            flagged(RuleId::PassiveVoice, "A visit will be arranged next week."),
            ["be arranged"]
        );
        assert!(flagged(RuleId::PassiveVoice, "Mum was worried and tired.").is_empty());
        assert!(flagged(RuleId::PassiveVoice, "The twins were born in May.").is_empty());
    }

    fn message(text: &str) -> String {
        let report = crate::rules::testing::report(text, crate::Format::Text);
        let f = report
            .findings
            .iter()
            .find(|f| f.rule == RuleId::PassiveVoice);
        f.map(|f| f.message.clone()).unwrap_or_default()
    }

    #[test]
    fn the_example_keeps_the_sentence_tense() {
        let past = message("Mum was asked to come to the meeting.");
        assert!(
            past.contains("who did it") && past.contains("“Sam asked …”"),
            "{past}"
        );
        let irregular = message("The flat was seen last week.");
        assert!(
            irregular.contains("“Sam …”") && !irregular.contains("will"),
            "{irregular}"
        );
        let now = message("Dad is told about each meeting.");
        assert!(
            now.contains("who does it") && now.contains("“Sam …”"),
            "{now}"
        );
        let perfect = message("The referral has been made.");
        assert!(perfect.contains("“Sam has made …”"), "{perfect}");
        let perfect = message("The forms had been sent.");
        assert!(perfect.contains("“Sam had sent …”"), "{perfect}");
        let modal = message("A visit must be arranged soon.");
        assert!(modal.contains("“Sam must …”"), "{modal}");
        let future = message("A visit will not be arranged until May.");
        assert!(future.contains("“Sam will …”"), "{future}");
        let needs = message("The forms need to be sent.");
        assert!(needs.contains("“Sam will …”"), "{needs}");
    }
}
