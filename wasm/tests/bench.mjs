// Re-checking a 50 KB plan in Chromium: the median of 50 checks, as the editor's worker
// runs them.   node tests/bench.mjs
import { readFile } from "node:fs/promises";
import { open } from "./chromium.mjs";

const part = await readFile(new URL("../../tests/corpus/01-cp-ashworth.md", import.meta.url), "utf8");
let plan = "";
while (plan.length < 50_000) plan += part + "\n\n";

const { browser, origin, close } = await open();
try {
  const page = await browser.newPage();
  await page.goto(origin);
  const result = await page.evaluate(async (text) => {
    const { default: init, Checker } = await import("/pkg/plainplan_wasm.js");
    await init();
    const checker = new Checker();
    checker.check(text); // warm up
    const times = [];
    for (let i = 0; i < 50; i++) {
      // Each run changes one character, as typing does.
      const edited = text.slice(0, i) + "x" + text.slice(i + 1);
      const t = performance.now();
      checker.check(edited);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return { median: times[25], p90: times[45], bytes: new TextEncoder().encode(text).length };
  }, plan);
  const size = (await readFile(new URL("../pkg/plainplan_wasm_bg.wasm", import.meta.url))).length;
  console.log(`re-check of a ${(result.bytes / 1000).toFixed(0)} KB plan in Chromium: median ${result.median.toFixed(1)} ms, p90 ${result.p90.toFixed(1)} ms; plainplan_wasm_bg.wasm ${(size / 1e6).toFixed(2)} MB`);
} finally {
  await close();
}
