// Roll-up at national scale, in headless Chromium against the release build: loads 8 317
// synthetic exchange files (the number of agencies assessed in 2568) and prints
//   - the app's time to parse, check, score and summarise them all (and to read them);
//   - the same page's JSON.parse time over the same bytes: the floor;
//   - their ratio, and peak memory (JS heap sampled during the load, and wasm memory).
// Figures only; nothing is asserted.
//
//   trunk build --release && node bench/rollup.mjs [count] [runs]
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { launch, openApp, byTestId } from "../tests/e2e/support.mjs";

const count = Number(process.argv[2] ?? 8317);
const runs = Number(process.argv[3] ?? 3);
const folder = mkdtempSync(join(tmpdir(), "ita-rollup-"));
execFileSync("node", ["scripts/synthetic.mjs", String(count), folder]);
const files = readdirSync(folder).map((f) => join(folder, f));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = [];
for (let run = 1; run <= runs; run++) {
  const app = await launch();
  try {
    const { page, url } = app;
    await openApp(page, url);
    await byTestId(page, "nav-rollup").click();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    let peakHeap = 0;
    const sample = async () => {
      const { metrics } = await cdp.send("Performance.getMetrics");
      const used = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
      peakHeap = Math.max(peakHeap, used);
    };
    await page.setInputFiles('[data-testid="rollup-files"]', files);
    const sampler = setInterval(() => sample().catch(() => {}), 50);
    await byTestId(page, "rollup-timing").waitFor({ timeout: 300_000 });
    clearInterval(sampler);
    await sample();
    const timing = await byTestId(page, "rollup-timing").evaluate((e) => ({ ...e.dataset }));

    // The floor: the same bytes, in the same page, through JSON.parse. (The app empties its
    // own file field after reading, so the files go into a field of the benchmark's own.)
    await page.evaluate(() => {
      const input = Object.assign(document.createElement("input"), { type: "file", multiple: true, id: "bench-floor" });
      document.body.append(input);
    });
    await page.setInputFiles("#bench-floor", files);
    const floor = await page.evaluate(async () => {
      const input = document.getElementById("bench-floor");
      const buffers = await Promise.all([...input.files].map((f) => f.arrayBuffer()));
      const decoder = new TextDecoder();
      let t0 = performance.now();
      const texts = buffers.map((b) => decoder.decode(b));
      const decode = performance.now() - t0;
      t0 = performance.now();
      let keep = 0;
      for (const text of texts) keep += JSON.parse(text).assessments.length;
      const parse = performance.now() - t0;
      return { decode, parse, bytes: buffers.reduce((s, b) => s + b.byteLength, 0), keep };
    });
    const ours = Number(timing.parseMs) + Number(timing.summaryMs);
    results.push({ ours, floor: floor.parse, decode: floor.decode, read: Number(timing.readMs), total: Number(timing.totalMs), heap: peakHeap, wasm: Number(timing.wasmBytes), bytes: floor.bytes });
    console.log(
      `run ${run}: ${count} files (${(floor.bytes / 1048576).toFixed(1)} MiB): parse+check+score+summarise ${ours.toFixed(0)} ms; ` +
        `JSON.parse floor ${floor.parse.toFixed(0)} ms (+ ${floor.decode.toFixed(0)} ms TextDecoder); ratio ${(ours / floor.parse).toFixed(2)}; ` +
        `reading the files ${Number(timing.readMs).toFixed(0)} ms; whole load ${Number(timing.totalMs).toFixed(0)} ms; ` +
        `peak JS heap ${(peakHeap / 1048576).toFixed(0)} MiB, wasm memory ${(Number(timing.wasmBytes) / 1048576).toFixed(0)} MiB`,
    );
  } finally {
    await app.close();
  }
}
const m = (key) => median(results.map((r) => r[key]));
console.log(
  `median of ${runs}: parse+check+score+summarise ${m("ours").toFixed(0)} ms (goal < 2000), JSON.parse floor ${m("floor").toFixed(0)} ms, ` +
    `ratio ${(m("ours") / m("floor")).toFixed(2)} (goal ≤ 3); reading ${m("read").toFixed(0)} ms; whole load ${m("total").toFixed(0)} ms; ` +
    `peak JS heap ${(m("heap") / 1048576).toFixed(0)} MiB; wasm memory ${(m("wasm") / 1048576).toFixed(0)} MiB`,
);
rmSync(folder, { recursive: true, force: true });
