//! plainplan in the browser: the same engine as the CLI, with no server. The text never
//! leaves the page.
//!
//! ```js
//! import init, { Checker } from "plainplan-wasm";
//! await init();
//! const checker = new Checker();            // or new Checker(plainplanTomlText)
//! const report = checker.check(text, "markdown");
//! // report.findings[i].span.utf16_start / utf16_end index into `text`
//! ```

use std::cell::RefCell;
use std::sync::Arc;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use plainplan::{rules, Config, Format, RuleId, Source};

/// A checker with its settings; make one and check as often as you like.
#[wasm_bindgen]
pub struct Checker {
    config: Arc<Config>,
    /// The engine's checker, which keeps syllable counts from earlier checks: the
    /// editor checks nearly the same text at every pause in typing.
    inner: RefCell<plainplan::Checker>,
}

#[wasm_bindgen]
impl Checker {
    /// Settings in `plainplan.toml` form, or nothing for the defaults.
    #[wasm_bindgen(constructor)]
    pub fn new(config: Option<String>) -> Result<Checker, JsError> {
        let config = match config.as_deref().map(str::trim) {
            None | Some("") => Config::default(),
            Some(toml) => Config::from_toml(toml)
                .map_err(|e| JsError::new(&format!("plainplan settings: {e}")))?,
        };
        let config = Arc::new(config);
        Ok(Checker {
            inner: RefCell::new(plainplan::Checker::new(config.clone())),
            config,
        })
    }

    /// Checks `text` ("text", "markdown" or "html"; by default guessed from the text)
    /// and returns the report (schema plainplan.report.v1). Spans count UTF-16 code
    /// units of `text`, as JavaScript strings do.
    pub fn check(&self, text: &str, format: Option<String>) -> Result<JsValue, JsError> {
        let format = match format.as_deref() {
            None | Some("") => plainplan::input::detect(None, text),
            Some("text") => Format::Text,
            Some("markdown") => Format::Markdown,
            Some("html") => Format::Html,
            Some(other) => {
                return Err(JsError::new(&format!(
                    "unknown format '{other}': use \"text\", \"markdown\" or \"html\""
                )))
            }
        };
        let source = Source::new(text, format);
        // After a panic the checker may still be borrowed: check with a fresh one then.
        let report = match self.inner.try_borrow_mut() {
            Ok(mut checker) => checker.check(&source),
            Err(_) => plainplan::Checker::new(self.config.clone()).check(&source),
        }
        .map_err(|e| JsError::new(&e))?;
        to_js(&report)
    }

    /// What a rule checks, why it matters, and an example: `{id, kind, severity,
    /// summary, why, before, after}`.
    pub fn explain(&self, rule: &str) -> Result<JsValue, JsError> {
        let id = RuleId::from_name(rule).map_err(|e| JsError::new(&e))?;
        let info = rules::info(id);
        to_js(&Explained {
            id: info.id,
            kind: info.kind,
            severity: info.severity,
            summary: info.summary,
            why: info.why,
            before: info.before,
            after: info.after,
        })
    }

    /// Every rule id, in the order the CLI lists them.
    pub fn rules(&self) -> Vec<String> {
        RuleId::ALL.iter().map(|r| r.to_string()).collect()
    }

    #[wasm_bindgen(getter)]
    pub fn version(&self) -> String {
        plainplan::VERSION.to_string()
    }
}

#[derive(Serialize)]
struct Explained {
    id: RuleId,
    kind: rules::Kind,
    severity: plainplan::Severity,
    summary: &'static str,
    why: &'static str,
    before: &'static str,
    after: &'static str,
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Panics on purpose, so the tests can show a panic leaves the package usable.
#[wasm_bindgen(js_name = "__panicForTests")]
pub fn panic_for_tests() {
    panic!("plainplan: a panic the tests asked for");
}
