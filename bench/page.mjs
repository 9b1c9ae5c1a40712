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
// The edits are timed by bench/measure.mjs, as in the full benchmark (bench/all.mjs).
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { launch, openApp } from "../tests/e2e/support.mjs";
import { timeEdits } from "./measure.mjs";

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
} finally {
  await app.close();
}

const { charts, render, frame } = await timeEdits(process.env.DIST ?? "dist", edits, { measures: process.env.BENCH_MEASURES !== "0" });
const summary = (times) => {
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
  return `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`;
};
console.log(`keystroke to re-rendered page with ${charts} charts redrawn, ${edits} edits: ${summary(render)}`);
console.log(`keystroke to the next animation frame: ${summary(frame)}`);
