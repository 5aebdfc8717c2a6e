// Checks in a Web Worker so typing never waits for the checker.
import init, { Checker } from "./pkg/plainplan_wasm.js";

let checker = null;
const ready = init().then(() => {
  checker = new Checker();
  postMessage({ ready: true, version: checker.version });
});

onmessage = async (event) => {
  await ready;
  const { id, text } = event.data;
  const started = performance.now();
  try {
    const report = checker.check(text);
    postMessage({ id, report, ms: performance.now() - started });
  } catch (error) {
    // After a failure start again with a fresh checker, so the page keeps working.
    checker = new Checker();
    postMessage({ id, error: String(error && error.message ? error.message : error) });
  }
};
