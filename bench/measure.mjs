// The two timed methods the benchmarks share: bench/all.mjs (the full benchmark) and the single
// measurements bench/page.mjs and bench/rollup.mjs all take their figures from here, so that
// the figures of one are the figures of the others. Nothing is asserted.
import { launch, openApp, byTestId } from "../tests/e2e/support.mjs";

/** The measures adopted for the editing benchmark (with them, the progress chart is on the page). */
const MEASURES = ["corruption-complaints", "public-disclosure", "stakeholder-participation"];

/**
 * Waits for the app's later WebAssembly module (scripts/wasm-split.mjs), which the page fetches
 * once the app has started: what is timed then is the code, not its arrival. (The floor app has
 * none.)
 */
async function laterIn(page) {
  await page.waitForFunction(() => window.wasmBindings?.laterState?.().in ?? true, null, { timeout: 30_000 });
}

/**
 * Times `edits` edits of the score fields in turn, in a fresh browser on the build in `dist`,
 * each from the `input` event to the end of yew's render pass (the first DOM mutation) and to
 * the browser's next animation frame (the next edit is typed in that frame's callback).
 *
 * `fullPage`: first enter all ten scores, adopt three measures (unless `measures` is false) and
 * set a what-if, so that every section and chart is on the page. The floor app, with one field,
 * is edited as it is.
 *
 * Returns `{ charts, render, frame, errors }`: the charts on the page, the two lists of times
 * in milliseconds, and the page's errors.
 */
export async function timeEdits(dist, edits, { fullPage = true, measures = true } = {}) {
  const app = await launch({ dist });
  try {
    const { page, url } = app;
    await openApp(page, url);
    await laterIn(page);
    if (fullPage) {
      for (let n = 1; n <= 10; n++) await page.fill(`[data-testid="score-i${n}"]`, "80");
      for (const id of measures ? MEASURES : []) await page.click(`[data-testid="adopt-${id}"]`);
      await page.fill('[data-testid="whatif-i9"]', "95");
    }
    const charts = await page.locator(fullPage ? "figure.chart svg" : "figure svg").count();
    const times = await page.evaluate(async (edits) => {
      // The floor app has one field: every edit goes to it.
      const field = (n) => document.querySelector(`[data-testid="score-i${n}"]`) ?? document.querySelector('[data-testid="score-i1"]');
      // Every edit changes the field's contribution note, so the app root always mutates; the
      // observer fires once yew's render pass (one microtask) has finished.
      const root = document.getElementById("app");
      const render = [];
      const frame = [];
      for (let i = 0; i < edits; i++) {
        const text = (50 + ((i * 731) % 5000) / 100).toFixed(2);
        const changed = new Promise((resolve, reject) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve(performance.now());
          });
          observer.observe(root, { characterData: true, childList: true, subtree: true, attributes: true });
          setTimeout(() => reject(new Error(`no update after edit ${i} (${text})`)), 2000);
        });
        const t0 = performance.now();
        const input = field(1 + (i % 10));
        input.value = text;
        input.dispatchEvent(new InputEvent("input", { bubbles: true }));
        render.push((await changed) - t0);
        await new Promise((resolve) => requestAnimationFrame(() => resolve()));
        frame.push(performance.now() - t0);
      }
      return { render, frame };
    }, edits);
    return { charts, ...times, errors: [...app.errors] };
  } finally {
    await app.close();
  }
}

/**
 * One roll-up run in a fresh browser on the release build (`dist`, by default dist/): `files` (paths) loaded into
 * the roll-up view, peak JS heap sampled meanwhile, the app's own timing read from
 * `[data-testid=rollup-timing]`; then, in the same page over the same files, the floors:
 * reading every file's bytes at once (`Promise.all(file.arrayBuffer())`), decoding them, and
 * `JSON.parse` of each.
 *
 * Returns, in milliseconds: `ours` (the app's parse, check, score and summarise), `appRead` and
 * `total` (the app's reading and whole load), `read`, `decode` and `parse` (the floors); and
 * `heap`, `wasm` and `bytes` in bytes.
 */
export async function rollupRun(files, dist) {
  const app = await launch({ dist });
  try {
    const { page, url } = app;
    await openApp(page, url);
    await laterIn(page);
    await byTestId(page, "nav-rollup").click();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    let peakHeap = 0;
    const sample = async () => {
      const { metrics } = await cdp.send("Performance.getMetrics");
      peakHeap = Math.max(peakHeap, metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0);
    };
    await page.setInputFiles('[data-testid="rollup-files"]', files);
    const sampler = setInterval(() => sample().catch(() => {}), 50);
    await byTestId(page, "rollup-timing").waitFor({ timeout: 300_000 });
    clearInterval(sampler);
    await sample();
    const timing = await byTestId(page, "rollup-timing").evaluate((e) => ({ ...e.dataset }));
    // The app empties its own file field after reading, so the files go into a field of the
    // benchmark's own.
    await page.evaluate(() => {
      document.body.append(Object.assign(document.createElement("input"), { type: "file", multiple: true, id: "bench-floor" }));
    });
    await page.setInputFiles("#bench-floor", files);
    const floor = await page.evaluate(async () => {
      const input = document.getElementById("bench-floor");
      let t0 = performance.now();
      const buffers = await Promise.all([...input.files].map((f) => f.arrayBuffer()));
      const read = performance.now() - t0;
      const decoder = new TextDecoder();
      t0 = performance.now();
      const texts = buffers.map((b) => decoder.decode(b));
      const decode = performance.now() - t0;
      t0 = performance.now();
      let keep = 0;
      for (const text of texts) keep += JSON.parse(text).assessments.length;
      const parse = performance.now() - t0;
      return { read, decode, parse, bytes: buffers.reduce((s, b) => s + b.byteLength, 0), keep };
    });
    return {
      ours: Number(timing.parseMs) + Number(timing.summaryMs),
      appRead: Number(timing.readMs),
      total: Number(timing.totalMs),
      read: floor.read,
      decode: floor.decode,
      parse: floor.parse,
      heap: peakHeap,
      wasm: Number(timing.wasmBytes),
      bytes: floor.bytes,
    };
  } finally {
    await app.close();
  }
}
