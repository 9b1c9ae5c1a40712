// Roll-up at national scale, in headless Chromium against the release build: loads 8 317
// synthetic exchange files (the number of agencies assessed in 2568) and prints
//   - the app's time to parse, check, score and summarise them all (and to read them);
//   - the same page's JSON.parse time over the same bytes: the floor;
//   - their ratio, and peak memory (JS heap sampled during the load, and wasm memory).
// Figures only; nothing is asserted. Each run is bench/measure.mjs's, as in the full benchmark.
//
//   trunk build --release && node bench/rollup.mjs [count] [runs]
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { rollupRun } from "./measure.mjs";

const count = Number(process.argv[2] ?? 8317);
const runs = Number(process.argv[3] ?? 3);
const folder = mkdtempSync(join(tmpdir(), "ita-rollup-"));
execFileSync("node", ["scripts/synthetic.mjs", String(count), folder]);
const files = readdirSync(folder).map((f) => join(folder, f));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = [];
for (let run = 1; run <= runs; run++) {
  const result = await rollupRun(files);
  results.push(result);
  console.log(
    `run ${run}: ${count} files (${(result.bytes / 1048576).toFixed(1)} MiB): parse+check+score+summarise ${result.ours.toFixed(0)} ms; ` +
      `JSON.parse floor ${result.parse.toFixed(0)} ms (+ ${result.decode.toFixed(0)} ms TextDecoder); ratio ${(result.ours / result.parse).toFixed(2)}; ` +
      `reading the files ${result.appRead.toFixed(0)} ms; whole load ${result.total.toFixed(0)} ms; ` +
      `peak JS heap ${(result.heap / 1048576).toFixed(0)} MiB, wasm memory ${(result.wasm / 1048576).toFixed(0)} MiB`,
  );
}
const m = (key) => median(results.map((r) => r[key]));
console.log(
  `median of ${runs}: parse+check+score+summarise ${m("ours").toFixed(0)} ms (goal < 2000), JSON.parse floor ${m("parse").toFixed(0)} ms, ` +
    `ratio ${(m("ours") / m("parse")).toFixed(2)} (goal ≤ 3); reading ${m("appRead").toFixed(0)} ms; whole load ${m("total").toFixed(0)} ms; ` +
    `peak JS heap ${(m("heap") / 1048576).toFixed(0)} MiB; wasm memory ${(m("wasm") / 1048576).toFixed(0)} MiB`,
);
rmSync(folder, { recursive: true, force: true });
