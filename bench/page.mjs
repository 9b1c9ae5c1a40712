// Benchmark of the release build in headless Chromium. Prints figures; asserts nothing.
//
//   trunk build --release && node bench/page.mjs [edits]
//
// - wasm size;
// - start-up: navigation to a usable form;
// - keystroke to re-rendered page: from an `input` event to the end of yew's render pass
//   (the first DOM mutation callback), with every section on the page: the five charts
//   (indicators, tools, radar with a what-if series, measures progress) are redrawn from
//   scratch on every edit, so this is the chart redraw budget;
// - keystroke to next frame: until the browser's next animation frame after the render.
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { launch, openApp } from "../tests/e2e/support.mjs";

const edits = Number(process.argv[2] ?? 300);
const wasm = readdirSync("dist").find((f) => f.endsWith(".wasm"));
const bytes = readFileSync(`dist/${wasm}`);
console.log(`wasm: ${(bytes.length / 1024).toFixed(0)} KiB, ${(gzipSync(bytes).length / 1024).toFixed(0)} KiB gzipped`);

const app = await launch();
try {
  const starts = [];
  for (let run = 0; run < 5; run++) {
    const t0 = Date.now();
    await openApp(app.page, app.url);
    starts.push(Date.now() - t0);
  }
  console.log(`start-up (navigation to a usable form), 5 loads: ${starts.join(", ")} ms`);

  const page = app.page;
  for (let n = 1; n <= 10; n++) await page.fill(`[data-testid="score-i${n}"]`, "80");
  for (const id of (process.env.BENCH_MEASURES === "0" ? [] : ["corruption-complaints", "public-disclosure", "stakeholder-participation"])) {
    await page.click(`[data-testid="adopt-${id}"]`);
  }
  await page.fill('[data-testid="whatif-i9"]', "95");
  const charts = await page.locator("figure.chart svg").count();

  const { render, frame } = await page.evaluate(async (edits) => {
    const field = (n) => document.querySelector(`[data-testid="score-i${n}"]`);
    // Every edit changes the field's contribution note, so the app root always mutates; the
    // observer fires once yew's render pass (one microtask) has finished.
    const root = document.getElementById("app");
    const type = (input, text) => {
      input.value = text;
      input.dispatchEvent(new InputEvent("input", { bubbles: true }));
    };
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
      type(field(1 + (i % 10)), text);
      render.push((await changed) - t0);
      await new Promise((resolve) => requestAnimationFrame(() => resolve()));
      frame.push(performance.now() - t0);
    }
    return { render, frame };
  }, edits);
  const summary = (times) => {
    times.sort((a, b) => a - b);
    const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
    return `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`;
  };
  console.log(`keystroke to re-rendered page with ${charts} charts redrawn, ${edits} edits: ${summary(render)}`);
  console.log(`keystroke to the next animation frame: ${summary(frame)}`);
} finally {
  await app.close();
}
