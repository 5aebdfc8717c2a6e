// The editor page: sends the text to the worker as you type (debounced), marks each
// finding over the text, and keeps the side panel up to date. Offsets are UTF-16 code
// units, which is how JavaScript indexes strings, so emoji and names like Zoë or Łukasz
// never shift a mark.

const DEBOUNCE_MS = 150;
const $ = (id) => document.getElementById(id);
const plan = $("plan");
const backdrop = $("backdrop");
const card = $("card");

const state = { report: null, shown: [], asked: 0, answered: 0, timer: 0, open: -1, sent: new Map(), checkedText: null };
// For the browser tests: the last report and the findings that are marked.
window.plainplan = state;

const worker = new Worker("worker.js", { type: "module" });
worker.onmessage = (event) => {
  const msg = event.data;
  if (msg.ready) {
    $("status").textContent = `Ready · plainplan ${msg.version}`;
    document.body.dataset.ready = "true";
    schedule(0);
    return;
  }
  if (msg.id < state.answered) return; // an older answer arriving late
  state.answered = msg.id;
  if (msg.error) {
    $("status").textContent = `Could not check: ${msg.error}`;
    return;
  }
  // Render against the text that was checked; if the writer has typed since, the next
  // answer is on its way.
  if (state.sent.get(msg.id) !== plan.value) {
    state.sent.delete(msg.id);
    return;
  }
  state.report = msg.report;
  state.checkedText = state.sent.get(msg.id);
  for (const id of state.sent.keys()) if (id <= msg.id) state.sent.delete(id);
  $("status").textContent = `Checked in ${msg.ms.toFixed(1)} ms`;
  render();
  document.body.dataset.checked = String(msg.id);
};

function schedule(delay = DEBOUNCE_MS) {
  clearTimeout(state.timer);
  state.timer = setTimeout(() => {
    state.asked += 1;
    state.sent.set(state.asked, plan.value);
    worker.postMessage({ id: state.asked, text: plan.value });
  }, delay);
}

plan.addEventListener("input", () => {
  hideCard();
  schedule();
});
plan.addEventListener("scroll", () => {
  backdrop.scrollTop = plan.scrollTop;
  backdrop.scrollLeft = plan.scrollLeft;
});
plan.addEventListener("click", () => {
  // The innermost mark under the caret: words before sentences before items.
  const at = plan.selectionStart;
  const under = state.shown
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.span.utf16_start <= at && at < f.span.utf16_end)
    .sort((a, b) => (a.f.span.utf16_end - a.f.span.utf16_start) - (b.f.span.utf16_end - b.f.span.utf16_start));
  const i = under.length ? under[0].i : -1;
  if (i >= 0) showCard(i);
  else hideCard();
});
$("card-close").addEventListener("click", hideCard);
$("card-apply").addEventListener("click", () => apply(state.open));

/// The findings to mark, as nested layers: a plan finding marks its whole item, a
/// reading finding its sentence, a language finding its words. Within a layer the first
/// of overlapping findings wins; a finding that would cross the edge of the layer above
/// it is listed but not marked.
const LAYERS = ["plan", "reading", "language"];

function markable(findings) {
  const sorted = [...findings]
    .filter((f) => f.span.utf16_end > f.span.utf16_start)
    .sort((a, b) => a.span.utf16_start - b.span.utf16_start || b.span.utf16_end - a.span.utf16_end);
  const chosen = [];
  for (const layer of LAYERS) {
    let end = 0;
    for (const f of sorted.filter((f) => f.kind === layer)) {
      const { utf16_start: s, utf16_end: e } = f.span;
      const crosses = chosen.some((c) => s < c.span.utf16_end && c.span.utf16_start < e
        && !(c.span.utf16_start <= s && e <= c.span.utf16_end));
      if (s >= end && !crosses) {
        chosen.push(f);
        end = e;
      }
    }
  }
  return chosen.sort((a, b) => a.span.utf16_start - b.span.utf16_start || b.span.utf16_end - a.span.utf16_end);
}

/// HTML for text[from, to) with the marks that lie inside it, nested.
function marked(text, marks, from, to) {
  let html = "";
  let at = from;
  let i = 0;
  while (i < marks.length) {
    const m = marks[i];
    const { utf16_start: s, utf16_end: e } = m.f.span;
    const inside = [];
    let j = i + 1;
    while (j < marks.length && marks[j].f.span.utf16_start < e) inside.push(marks[j++]);
    html += escape(text.slice(at, s));
    html += `<mark class="${m.f.kind}" data-i="${m.i}">${marked(text, inside, s, e)}</mark>`;
    at = e;
    i = j;
  }
  return html + escape(text.slice(at, to));
}

function escape(s) {
  return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

function render() {
  const r = state.report;
  const text = plan.value;
  state.shown = markable(r.findings);
  const marks = state.shown.map((f, i) => ({ f, i }));
  // A trailing space keeps the backdrop as tall as the text area when text ends in a newline.
  backdrop.innerHTML = marked(text, marks, 0, text.length) + " ";
  backdrop.scrollTop = plan.scrollTop;

  const age = r.readability.reading_age;
  const target = r.readability.target_reading_age;
  $("reading-age").textContent = r.stats.words ? age.toFixed(1) : "–";
  $("target").textContent = target;
  $("flesch").textContent = r.stats.words ? r.readability.flesch_reading_ease.toFixed(0) : "–";
  const scale = (years) => Math.max(0, Math.min(200, ((years - 5) / 17) * 200));
  $("gauge-fill").setAttribute("width", r.stats.words ? scale(age) : 0);
  $("gauge-fill").classList.toggle("hard", age > target + 1);
  $("gauge-target").setAttribute("x1", scale(target));
  $("gauge-target").setAttribute("x2", scale(target));
  for (const kind of ["reading", "language", "plan"]) {
    $(`count-${kind}`).textContent = r.findings.filter((f) => f.kind === kind).length;
  }
  $("findings").innerHTML = state.shown
    .map((f, i) => `<li><button type="button" class="${f.kind}" data-i="${i}">${escape(f.text.slice(0, 60))}</button> <span>${f.rule}</span></li>`)
    .join("");
  for (const b of $("findings").querySelectorAll("button")) {
    b.addEventListener("click", () => showCard(Number(b.dataset.i)));
  }
  const tick = (ok) => (ok ? "✓" : "✗");
  $("items").innerHTML = r.items
    .filter((i) => i.kind !== "contingency")
    .map((i) => `<tr class="${i.vague ? "vague" : ""}"><td title="${escape(i.text)}">${escape(i.kind)}: ${escape(i.text.slice(0, 48))}</td>` +
      `<td>${tick(i.has_owner)}</td><td>${tick(i.has_timescale)}</td><td>${tick(i.has_measure)}</td><td>${tick(i.has_next_step)}</td></tr>`)
    .join("");
}

/// The first of a suggestion's alternatives ("home / [carer's name] house"), slots kept
/// for the writer to fill.
function replacement(f) {
  return f.suggestion ? f.suggestion.split(" / ")[0].trim() : null;
}

function showCard(i) {
  const f = state.shown[i];
  if (!f) return;
  state.open = i;
  $("card-rule").textContent = `${f.rule} · ${f.severity}`;
  $("card-message").textContent = f.message;
  $("card-heard").textContent = f.heard ? `A family hears: “${f.heard}”` : "";
  const use = replacement(f);
  $("card-try").textContent = use ? `Try: ${f.suggestion}` : "";
  $("card-apply").hidden = !use;
  card.hidden = false;
  for (const m of backdrop.querySelectorAll("mark.open")) m.classList.remove("open");
  backdrop.querySelector(`mark[data-i="${i}"]`)?.classList.add("open");
}

function hideCard() {
  card.hidden = true;
  state.open = -1;
}

function apply(i) {
  const f = state.shown[i];
  const use = f && replacement(f);
  if (!use) return;
  const text = plan.value;
  plan.value = text.slice(0, f.span.utf16_start) + use + text.slice(f.span.utf16_end);
  plan.focus();
  plan.setSelectionRange(f.span.utf16_start + use.length, f.span.utf16_start + use.length);
  hideCard();
  schedule(0);
}
