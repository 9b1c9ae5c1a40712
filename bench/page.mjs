// Benchmark of the release build in headless Chromium: start-up time and the time from a
// keystroke to the re-rendered page (total, result, contributions). Prints figures only.
//
//   trunk build --release && node bench/page.mjs [edits]
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

  const times = await app.page.evaluate(async (edits) => {
    const field = (n) => document.querySelector(`[data-testid="score-i${n}"]`);
    // Every edit changes the field's contribution note, so the app root always mutates; the
    // observer fires once yew's render pass (one microtask) has finished.
    const root = document.getElementById("app");
    const type = (input, text) => {
      input.value = text;
      input.dispatchEvent(new InputEvent("input", { bubbles: true }));
    };
    for (let n = 1; n <= 10; n++) type(field(n), "80");
    await new Promise((r) => setTimeout(r, 50));
    const results = [];
    for (let i = 0; i < edits; i++) {
      const text = (50 + ((i * 731) % 5000) / 100).toFixed(2);
      const changed = new Promise((resolve, reject) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(root, { characterData: true, childList: true, subtree: true });
        setTimeout(() => reject(new Error(`no update after edit ${i} (${text})`)), 2000);
      });
      const t0 = performance.now();
      type(field(1 + (i % 10)), text);
      results.push((await changed) - t0);
    }
    return results;
  }, edits);
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
  console.log(`keystroke to updated page, ${edits} edits: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
} finally {
  await app.close();
}
