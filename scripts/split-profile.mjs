// Renews scripts/first-load-functions.txt: the functions that stay in the first WebAssembly
// module when the build splits it (scripts/wasm-split.mjs).
//
// Builds the app whole (ITA_SPLIT=off) into target/profile-dist, loads it in Chromium with V8's
// trace of the functions it compiles (each on its first call), and does what a first visit
// does before anything else: the page loads, the ten scores are typed (one of them wrong
// first; low, high and middling ones), the organisation's name, the language switched and
// back; and a first visit where the browser refuses storage, which the app says at once. Every
// function that ran is listed by its name. A returning visit, which reads the work
// saved with the careful reader of the exchange format, fetches the later module before the
// app starts (scripts/post-build.mjs), so the reader is left to it: 14.6 KB less of the first
// module's gzip file. rustc's names end with a hash of the function's crate and type,
// not of its code: the list stays true through most changes, and
// tests/e2e/split.test.mjs says when it needs renewing.
//
//   node scripts/split-profile.mjs          (run it when tests/e2e/split.test.mjs says so)
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "./serve-dist.mjs";
import { KEEP_LIST, parseFunctionMap } from "./wasm-split.mjs";
import { CHROMIUM_FLAGS, chromiumPath, refuseStorage } from "../tests/e2e/support.mjs";
import { SCORES } from "../tests/e2e/fixture.mjs";

const LOW = ["45", "62.5", "30", "71", "55", "48.25", "66", "39", "58", "60"];
const HIGH = ["100", "98", "99.5", "97", "100", "96", "99", "98.75", "100", "97"];

const root = fileURLToPath(new URL("..", import.meta.url));
const target = process.env.CARGO_TARGET_DIR ?? join(root, "target");
const dist = join(target, "profile-dist");
execFileSync("trunk", ["build", "--release", "--dist", dist], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, ITA_SPLIT: "off", PATH: `${join(root, "node_modules/.bin")}:${process.env.PATH}` },
});
const names = new Map(parseFunctionMap(readFileSync(join(target, "split/functions.txt"), "utf8")));

const server = await startServer(dist, 0, {});
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
const page = await browser.newPage({ locale: "th-TH", viewport: { width: 1280, height: 900 } });
await browser.startTracing(page, { categories: ["disabled-by-default-v8.wasm.detailed"] });
const settle = () => page.waitForTimeout(1500);
await page.goto(server.url);
await page.getByTestId("score-i1").waitFor();
await settle();
await page.getByTestId("score-i3").fill("1o1");
// Scores of every kind: strengths and urgent weaknesses, every level, the pass mark crossed.
for (const scores of [LOW, HIGH, SCORES]) {
  for (const [i, score] of scores.entries()) await page.getByTestId(`score-i${i + 1}`).fill(score);
}
await page.getByTestId("org-name").fill("เทศบาลตำบลทดลอง");
await page.getByTestId("lang-toggle").click();
await page.getByTestId("lang-toggle").click();
await settle();
// A first visit where the browser refuses storage (a locked-down office computer): the app
// says so with its first render, and the scores are typed as anywhere else.
const blocked = await browser.newPage({ locale: "th-TH", viewport: { width: 1280, height: 900 } });
await blocked.addInitScript(refuseStorage);
await blocked.goto(server.url);
await blocked.getByTestId("save-error").waitFor();
for (const [i, score] of SCORES.entries()) await blocked.getByTestId(`score-i${i + 1}`).fill(score);
await blocked.waitForTimeout(1500);
const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
await browser.close();
await server.close();

const ran = new Set(events.filter((e) => e.name === "wasm.CompileLazy").map((e) => e.args.func_index));
if (ran.size < 100) throw new Error(`split-profile: the trace named only ${ran.size} functions`);
const kept = [...new Set([...ran].map((index) => names.get(index)))].sort();
writeFileSync(
  KEEP_LIST,
  `# The functions a first load and its edits run, kept in the first WebAssembly module
# (scripts/wasm-split.mjs). Written by scripts/split-profile.mjs: renew it, do not edit it.
${kept.join("\n")}
`,
);
console.log(`split-profile: ${ran.size} functions ran, ${kept.length} names written to ${KEEP_LIST}`);
