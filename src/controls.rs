//! Comments in a plan that switch rules off: `<!-- plainplan-disable RULE -->` …
//! `<!-- plainplan-enable RULE -->`, and `<!-- plainplan-ignore-next-line -->`.

use std::collections::HashMap;
use std::ops::Range;

use crate::document::Control;
use crate::registry::RuleId;

/// Where rules are switched off, worked out from a document's control comments.
#[derive(Debug, Default)]
pub struct Controls {
    /// For each rule (`None`: every rule), the analysed-text ranges where it is off,
    /// sorted and merged, so a finding is looked up by bisection.
    off: HashMap<Option<RuleId>, Vec<Range<usize>>>,
    /// Source lines (1-based) whose findings are dropped, sorted.
    ignored_lines: Vec<usize>,
}

impl Controls {
    /// Reads the controls; an unknown directive or rule is an error naming its line
    /// (never the comment's words, which are the plan's text).
    pub fn new(
        controls: &[Control],
        line_of: impl Fn(usize) -> usize,
        text_len: usize,
    ) -> Result<Controls, String> {
        let mut out = Controls::default();
        let mut off: Vec<(Option<RuleId>, Range<usize>)> = Vec::new();
        let mut open: Vec<(Option<RuleId>, usize)> = Vec::new();
        for c in controls {
            let line = line_of(c.source_at);
            let mut words = c.directive.split_whitespace();
            let verb = words.next().unwrap_or("");
            let mut names = Vec::new();
            for w in words {
                let id = RuleId::from_name(w).map_err(|_| {
                    format!(
                        "line {line}: a control comment names a rule plainplan does not have (`plainplan rules` lists them)"
                    )
                })?;
                names.push(Some(id));
            }
            if names.is_empty() {
                names.push(None);
            }
            match verb {
                "plainplan-disable" => open.extend(names.into_iter().map(|n| (n, c.at))),
                "plainplan-enable" => {
                    for n in names {
                        open.retain(|&(o, at)| {
                            let closing = n.is_none() || o == n;
                            if closing {
                                off.push((o, at..c.at));
                            }
                            !closing
                        });
                    }
                }
                "plainplan-ignore-next-line" => out.ignored_lines.push(line + 1),
                _ => {
                    return Err(format!(
                        "line {line}: unknown control comment (use plainplan-disable, plainplan-enable or plainplan-ignore-next-line)"
                    ))
                }
            }
        }
        off.extend(open.into_iter().map(|(o, at)| (o, at..text_len)));
        for (rule, range) in off {
            out.off.entry(rule).or_default().push(range);
        }
        for ranges in out.off.values_mut() {
            ranges.sort_by_key(|r| r.start);
            let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
            for r in ranges.drain(..) {
                match merged.last_mut() {
                    Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                    _ => merged.push(r),
                }
            }
            *ranges = merged;
        }
        out.ignored_lines.sort_unstable();
        Ok(out)
    }

    /// Whether a finding at this analysed-text range, on the source line `line` gives,
    /// is switched off.
    pub fn silences(
        &self,
        rule: RuleId,
        range: &Range<usize>,
        line: impl FnOnce() -> usize,
    ) -> bool {
        let off = |key: Option<RuleId>| {
            self.off.get(&key).is_some_and(|ranges| {
                let i = ranges.partition_point(|r| r.end <= range.start);
                ranges.get(i).is_some_and(|r| r.start <= range.start)
            })
        };
        !self.ignored_lines.is_empty() && self.ignored_lines.binary_search(&line()).is_ok()
            || off(Some(rule))
            || off(None)
    }
}
