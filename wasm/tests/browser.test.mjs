// The editor page in a real Chromium: marks sit exactly on the flagged text (curly
// quotes, an emoji, Zoë, Łukasz), a suggestion applies in one click, the panel follows,
// and the page asks for nothing outside its own origin.
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { open } from "./chromium.mjs";

const PLAN = `## What needs to change

- Zoë’s mum will engage with services 😀 and the core group will monitor.
- Łukasz was non-compliant and “refused to engage”, said the LAC review.
- Mum will take Zoë to school every day by 8.45am, shown on the school register.

## Actions

- Referral to be made to CAMHS.
- Contact with Dad to continue.
`;

const { browser, origin, close } = await open();
const requests = [];
browser.on("request", (r) => requests.push(r.url()));
try {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(origin);
  await page.waitForSelector("body[data-ready=true]");

  // Type the plan: most of it pasted, the last words typed key by key.
  const textarea = page.locator("#plan");
  await textarea.fill(PLAN.slice(0, -12));
  await textarea.press("End");
  await page.keyboard.type(PLAN.slice(-12), { delay: 5 });
  await page.waitForFunction((text) => window.plainplan.checkedText === text, PLAN);

  const marks = await page.$$eval("#backdrop mark", (ms) => ms.map((m) => ({ i: Number(m.dataset.i), text: m.textContent, kind: m.className })));
  const shown = await page.evaluate(() => window.plainplan.shown);
  assert.ok(marks.length >= 8, `only ${marks.length} marks`);
  assert.equal(marks.length, shown.length);
  for (const m of marks) {
    assert.equal(m.text, shown[m.i].text, `mark ${m.i} (${shown[m.i].rule})`);
    assert.equal(m.text, PLAN.slice(shown[m.i].span.utf16_start, shown[m.i].span.utf16_end));
  }
  for (const kind of ["language", "plan"]) {
    assert.ok(marks.some((m) => m.kind.includes(kind)), kind);
  }
  for (const word of ["engage with services", "non-compliant", "LAC"]) {
    assert.ok(marks.some((m) => m.text.includes(word)), word);
  }
  const itemsBefore = await page.$$eval("#items tr", (rows) => rows.length);
  assert.equal(itemsBefore, 5);

  // Click the care-language finding for "Contact" in the list, then use its suggestion.
  const languageBefore = Number(await page.textContent("#count-language"));
  const contact = shown.findIndex((f) => f.text === "Contact");
  assert.ok(contact >= 0, "Contact is marked");
  await page.click(`#findings button[data-i="${contact}"]`);
  await page.waitForSelector("#card:not([hidden])");
  assert.match(await page.textContent("#card-try"), /family time/);
  await page.click("#card-apply");
  const value = await textarea.inputValue();
  await page.waitForFunction((text) => window.plainplan.checkedText === text, value);
  assert.ok(value.includes("- family time with Dad to continue."), value);
  const languageAfter = Number(await page.textContent("#count-language"));
  assert.equal(languageAfter, languageBefore - 1, "the panel counts one language problem fewer");

  // Clicking a marked word in the text opens its card too.
  const after = await page.evaluate(() => window.plainplan.shown);
  const jargon = after.find((f) => f.text === "core group");
  await textarea.evaluate((el, at) => { el.focus(); el.setSelectionRange(at, at); }, jargon.span.utf16_start + 1);
  await textarea.dispatchEvent("click");
  await page.waitForSelector("#card:not([hidden])");
  assert.match(await page.textContent("#card-message"), /core group/);

  await mkdir(new URL("../test-results/", import.meta.url), { recursive: true });
  await page.screenshot({ path: new URL("../test-results/editor.png", import.meta.url).pathname, fullPage: true });

  const outside = requests.filter((u) => !u.startsWith(origin + "/"));
  assert.deepEqual(outside, [], "requests outside the page's origin");
  assert.deepEqual(errors, []);
  console.log(`browser test: ${marks.length} marks exact, suggestion applied, ${requests.length} requests all to ${origin}`);
} finally {
  await close();
}
