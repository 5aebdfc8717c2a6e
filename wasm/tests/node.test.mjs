// The npm package in node: the API, UTF-16 spans, errors as exceptions, and recovery
// after a panic.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { initSync, Checker, __panicForTests } from "../pkg/plainplan_wasm.js";

const CARGO_VERSION = (await readFile(new URL("../../Cargo.toml", import.meta.url), "utf8"))
  .match(/^version = "(.+)"/m)[1];
initSync({ module: await readFile(new URL("../pkg/plainplan_wasm_bg.wasm", import.meta.url)) });

const PLAN = `## What needs to change

- Zoë’s mum will engage with services 😀 and the core group will monitor.
- Łukasz was non-compliant and “refused to engage”, said the LAC review.

## Actions

- Referral to be made to CAMHS.
`;

test("check returns the schema v1 report with UTF-16 spans into the string", () => {
  const checker = new Checker();
  const report = checker.check(PLAN, "markdown");
  assert.equal(report.schema, "plainplan.report.v1");
  assert.ok(report.findings.length > 5);
  for (const f of report.findings) {
    assert.equal(PLAN.slice(f.span.utf16_start, f.span.utf16_end), f.text, f.rule);
  }
  const rules = new Set(report.findings.map((f) => f.rule));
  for (const r of ["jargon", "blaming-language", "care-language", "vague-outcome", "no-owner", "no-contingency"]) {
    assert.ok(rules.has(r), r);
  }
  assert.equal(report.items.length, 3);
});

test("settings, explain, rules and version", () => {
  const checker = new Checker('reading-age = 9\n[rules]\njargon = "off"\n');
  const report = checker.check(PLAN);
  assert.equal(report.readability.target_reading_age, 9);
  assert.ok(!report.findings.some((f) => f.rule === "jargon"));
  const explained = checker.explain("vague-outcome");
  assert.equal(explained.kind, "plan");
  assert.match(explained.before, /engage with services/);
  assert.ok(checker.rules().includes("no-next-step"));
  assert.equal(checker.version, CARGO_VERSION);
});

test("bad arguments become exceptions with a message", () => {
  assert.throws(() => new Checker("[rules]\njargn = 'off'"), /unknown rule 'jargn'/);
  assert.throws(() => new Checker().check(PLAN, "pdf"), /unknown format 'pdf'/);
  assert.throws(() => new Checker().explain("no-such-rule"), /unknown rule 'no-such-rule'/);
});

test("a panic throws, and the package keeps working afterwards", () => {
  const before = new Checker();
  assert.throws(() => __panicForTests(), WebAssembly.RuntimeError);
  assert.equal(before.check(PLAN).schema, "plainplan.report.v1");
  const after = new Checker();
  assert.equal(after.check(PLAN).findings.length, before.check(PLAN).findings.length);
});

test("the wasm module imports nothing but wasm-bindgen's value helpers (no network, no DOM)", async () => {
  const module = new WebAssembly.Module(await readFile(new URL("../pkg/plainplan_wasm_bg.wasm", import.meta.url)));
  // What the engine needs from JavaScript: building result objects and strings, and
  // throwing errors. A new import (fetch, a socket, the DOM) fails here until reviewed.
  const allowed = /^(__wbg_(set|String|new|Error|__wbindgen_throw|__wbindgen_is_string)_[0-9a-f]+|__wbindgen_init_externref_table|__wbindgen_generic_[0-9]+)$/;
  const imports = WebAssembly.Module.imports(module);
  assert.ok(imports.length > 0);
  for (const i of imports) {
    assert.equal(i.kind, "function", i.name);
    assert.match(i.name, allowed, `unexpected import ${i.module}:${i.name}`);
  }
});
