//! The audit page of `plainplan score --report`: one self-contained HTML file with
//! inline SVG charts, no scripts and nothing fetched from elsewhere.

use std::collections::HashMap;
use std::fmt::Write;

use plainplan::{Kind, RuleId};

use super::score::Row;

/// Plans listed as most needing work, with their findings.
const WORST: usize = 10;
/// Findings shown for each of them.
const FINDINGS: usize = 8;

/// What the page shows, gathered plan by plan in bounded memory.
#[derive(Default)]
pub struct Audit {
    plans: usize,
    errors: Vec<(String, String)>,
    /// Plans per reading age, by whole year.
    reading_ages: HashMap<u32, usize>,
    /// Plans using each jargon term (as first written, lower case).
    jargon: HashMap<String, usize>,
    items: usize,
    vague: usize,
    no_owner: usize,
    no_timescale: usize,
    no_measure: usize,
    no_next_step: usize,
    no_contingency: usize,
    scores: Vec<u32>,
    /// The lowest scores so far: (score, file, findings as "rule: text").
    worst: Vec<(u32, String, Vec<String>)>,
}

impl Audit {
    pub fn add(&mut self, row: &Row) {
        let (s, findings) = match &row.result {
            Ok(r) => r,
            Err(e) => {
                if self.errors.len() < 100 {
                    self.errors.push((row.path.clone(), e.clone()));
                }
                return;
            }
        };
        // Letters and leaflets are not plans: the audit's figures are the plans'.
        let Some(score) = s.score else {
            return;
        };
        self.plans += 1;
        *self
            .reading_ages
            .entry(s.reading_age.round().max(0.0) as u32)
            .or_default() += 1;
        let mut terms: Vec<String> = findings
            .iter()
            .filter(|f| matches!(f.rule, RuleId::Jargon | RuleId::Acronym))
            .map(|f| f.text.to_lowercase())
            .collect();
        terms.sort();
        terms.dedup();
        for t in terms {
            *self.jargon.entry(t).or_default() += 1;
        }
        self.items += s.outcomes + s.actions;
        self.vague += s.vague;
        self.no_owner += s.no_owner;
        self.no_timescale += s.no_timescale;
        self.no_measure += s.no_measure;
        self.no_next_step += s.no_next_step;
        self.no_contingency += usize::from(!s.has_contingency);
        self.scores.push(score);
        if self.worst.len() < WORST || self.worst.last().is_some_and(|w| score < w.0) {
            // One line per flagged text, with every rule it broke.
            let mut shown: Vec<(String, Vec<&str>)> = Vec::new();
            for f in findings
                .iter()
                .filter(|f| f.kind == Kind::Plan || f.rule == RuleId::ReadingLevel)
            {
                if let Some((_, rules)) = shown.iter_mut().find(|(t, _)| *t == f.text) {
                    rules.push(f.rule.name());
                } else if shown.len() < FINDINGS {
                    shown.push((f.text.clone(), vec![f.rule.name()]));
                }
            }
            let shown = shown
                .into_iter()
                .map(|(text, rules)| format!("{text} ({})", rules.join(", ")))
                .collect();
            self.worst.push((score, s.file.clone(), shown));
            self.worst.sort_by_key(|w| w.0);
            self.worst.truncate(WORST);
        }
    }

    pub fn html(&self, target: f64) -> String {
        let mut h = String::new();
        let median = {
            let mut s = self.scores.clone();
            s.sort_unstable();
            s.get(s.len() / 2).copied().unwrap_or(0)
        };
        let _ = write!(
            h,
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
             <title>plainplan audit</title><style>{STYLE}</style></head><body>\
             <h1>Plan audit</h1><p class=\"lead\">{} plans checked, median plain-plan score {median} out of 100, {} could not be read.</p>",
            self.plans,
            self.errors.len()
        );
        h.push_str("<h2>Reading age against the target</h2>");
        h.push_str(&self.reading_chart(target));
        h.push_str("<h2>Where outcomes and actions fall short</h2>");
        let share = |n: usize| 100.0 * n as f64 / self.items.max(1) as f64;
        let problems = [
            ("vague", share(self.vague)),
            ("no owner", share(self.no_owner)),
            ("no timescale", share(self.no_timescale)),
            ("no measure", share(self.no_measure)),
            ("no next step", share(self.no_next_step)),
            (
                "plans with no contingency",
                100.0 * self.no_contingency as f64 / self.plans.max(1) as f64,
            ),
        ];
        h.push_str(&bars(
            &problems
                .iter()
                .map(|(l, v)| (l.to_string(), *v, format!("{v:.0}%")))
                .collect::<Vec<_>>(),
            100.0,
        ));
        h.push_str("<h2>Most common jargon</h2>");
        let mut jargon: Vec<(&String, &usize)> = self.jargon.iter().collect();
        jargon.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let top: Vec<(String, f64, String)> = jargon
            .iter()
            .take(15)
            .map(|(t, n)| (t.to_string(), **n as f64, format!("{n} plans")))
            .collect();
        let max = top.first().map_or(1.0, |t| t.1);
        h.push_str(&bars(&top, max));
        h.push_str("<h2>Plans that most need work</h2><table><tr><th>score</th><th>plan</th><th>what to fix first</th></tr>");
        for (score, file, findings) in &self.worst {
            let _ = write!(
                h,
                "<tr><td class=\"n\">{score}</td><td>{}</td><td><ul>",
                esc(file)
            );
            for f in findings {
                let _ = write!(h, "<li>{}</li>", esc(f));
            }
            h.push_str("</ul></td></tr>");
        }
        h.push_str("</table>");
        if !self.errors.is_empty() {
            h.push_str("<h2>Files that could not be read</h2><ul>");
            for (file, e) in &self.errors {
                let _ = write!(h, "<li>{}: {}</li>", esc(file), esc(e));
            }
            h.push_str("</ul>");
        }
        h.push_str("<p class=\"foot\">Made by plainplan on this computer. The plans never left it.</p></body></html>");
        h
    }

    /// Columns of plans per reading age, with the target as a line.
    fn reading_chart(&self, target: f64) -> String {
        let (lo, hi) = (5u32, 22u32);
        let max = self
            .reading_ages
            .values()
            .copied()
            .max()
            .unwrap_or(1)
            .max(1) as f64;
        let (w, h, bar) = (760.0, 200.0, 36.0);
        let mut s = format!("<svg viewBox=\"0 0 {w} {}\" width=\"{w}\" role=\"img\" aria-label=\"plans by reading age\">", h + 30.0);
        for age in lo..=hi {
            let n = self.reading_ages.get(&age).copied().unwrap_or(0);
            let x = 20.0 + (age - lo) as f64 * (bar + 4.0);
            let bh = h * n as f64 / max;
            let class = if f64::from(age) <= target + 1.0 {
                "ok"
            } else {
                "hard"
            };
            let _ = write!(
                s,
                "<rect class=\"{class}\" x=\"{x}\" y=\"{}\" width=\"{bar}\" height=\"{bh}\"><title>{n} plans at reading age {age}</title></rect>\
                 <text x=\"{}\" y=\"{}\" class=\"axis\">{age}</text>",
                h - bh,
                x + bar / 2.0,
                h + 16.0
            );
        }
        let tx = 20.0 + (target - f64::from(lo)) * (bar + 4.0) + bar / 2.0;
        let _ = write!(
            s,
            "<line x1=\"{tx}\" x2=\"{tx}\" y1=\"0\" y2=\"{h}\" class=\"target\"/><text x=\"{}\" y=\"12\" class=\"axis\">target {target}</text></svg>",
            tx + 4.0
        );
        s
    }
}

/// Horizontal bars: (label, value, value as shown), scaled to `max`.
fn bars(rows: &[(String, f64, String)], max: f64) -> String {
    let (w, row) = (720.0, 26.0);
    let mut s = format!(
        "<svg viewBox=\"0 0 {w} {}\" width=\"{w}\" role=\"img\">",
        row * rows.len().max(1) as f64
    );
    for (i, (label, value, shown)) in rows.iter().enumerate() {
        let y = i as f64 * row;
        let bw = 440.0 * value / max.max(f64::MIN_POSITIVE);
        let _ = write!(
            s,
            "<text x=\"0\" y=\"{}\" class=\"label\">{}</text><rect class=\"bar\" x=\"200\" y=\"{}\" width=\"{bw:.1}\" height=\"{}\"/>\
             <text x=\"{:.1}\" y=\"{}\" class=\"label\">{}</text>",
            y + 17.0,
            esc(label),
            y + 4.0,
            row - 8.0,
            206.0 + bw,
            y + 17.0,
            esc(shown)
        );
    }
    s.push_str("</svg>");
    s
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}\
h1{font-size:1.8rem}h2{font-size:1.2rem;margin-top:2rem}.lead{font-size:1.1rem}\
rect.ok{fill:#2e7d32}rect.hard{fill:#c62828}rect.bar{fill:#1565c0}line.target{stroke:#000;stroke-width:2;stroke-dasharray:4 3}\
text.axis{font-size:11px;text-anchor:middle}text.label{font-size:13px}\
table{border-collapse:collapse;width:100%}td,th{border-top:1px solid #ccc;padding:.4rem;text-align:left;vertical-align:top}\
td.n{font-weight:bold;font-size:1.2rem}ul{margin:0;padding-left:1.2rem}.foot{color:#555;margin-top:3rem}";
