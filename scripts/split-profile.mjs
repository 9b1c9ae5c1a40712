// Renews scripts/first-load-functions.txt: the functions that stay in the first WebAssembly
// module when the build splits it (scripts/wasm-split.mjs).
//
// Builds the app whole (ITA_SPLIT=off) into target/profile-dist, loads it in Chromium with V8's
// trace of the functions it compiles (each on its first call), and does what a first visit
// does before the later module has come: the page loads, the ten scores are typed (one of them
// wrong first; low, high and middling ones), the organisation's name, the language switched
// and back, the links to the form and to the analysis followed; a first visit where the
// browser refuses storage, which the app says at once; and one where the later module's fetch
// fails, which the page says with "try again". The sections below the form wait for the later
// module (src/later.rs), so the profile's pages are told it has not come. Every function that
// ran is listed by its name. A returning visit, which reads the work
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

// As the start-up script of a split build has it before the later module is in
// (scripts/post-build.mjs): the profile's build is whole, and its start-up script says nothing.
function laterNotYet() {
  window.itaLaterState = "loading";
  window.itaLater = new Promise(() => {});
  window.itaLaterAgain = () => {
    window.itaLaterState = "loading";
    dispatchEvent(new Event("italater"));
  };
}

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
await page.addInitScript(laterNotYet);
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
for (const place of ["#scores", "#analysis"]) await page.locator(`nav.sections a[href="${place}"]`).click();
await page.getByTestId("score-i2").fill("80");
await settle();
// A first visit where the browser refuses storage (a locked-down office computer): the app
// says so with its first render, and the scores are typed as anywhere else.
const blocked = await browser.newPage({ locale: "th-TH", viewport: { width: 1280, height: 900 } });
await blocked.addInitScript(refuseStorage);
await blocked.addInitScript(laterNotYet);
await blocked.goto(server.url);
await blocked.getByTestId("save-error").waitFor();
for (const [i, score] of SCORES.entries()) await blocked.getByTestId(`score-i${i + 1}`).fill(score);
await blocked.waitForTimeout(1500);
// A first visit whose later module could not be fetched: the page says so, and "try again".
const failed = await browser.newPage({ locale: "th-TH", viewport: { width: 1280, height: 900 } });
await failed.addInitScript(laterNotYet);
await failed.goto(server.url);
await failed.getByTestId("sections-status").waitFor({ state: "attached" });
await failed.getByTestId("score-i1").fill(SCORES[0]);
await failed.evaluate(() => {
  window.itaLaterState = "failed";
  dispatchEvent(new Event("italater"));
});
await failed.getByTestId("sections-retry").click();
await failed.locator('[data-testid="sections-status"][data-state="loading"]').waitFor({ state: "attached" });
await failed.waitForTimeout(1500);
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
