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
        let written = |k: usize| a.text(words[k].range.clone());
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
                let range = words[i].range.start..words[j].range.end;
                out.push(
                    range,
                    format!("“{}” does not say who does it. Name the person: “Sam will …”, not “… will be {word}”.", a.text(words[i].range.start..words[j].range.end)),
                    None,
                );
                i = j + 1;
            } else {
                i += 1;
            }
        }
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
    }
}
