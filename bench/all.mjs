// The benchmark's measurements, run by scripts/bench once it has built the release app (dist/)
// and the floor app (bench/floor/dist/): both measured in headless Chromium (Debian's, through
// playwright-core), each figure printed against its budget (issue 12) and the whole written to
// BENCHMARKS.md with the date and the machine. Figures only: nothing is asserted.
//
//   node bench/all.mjs [--quick] [--out FILE]
//
// --quick: a couple of repetitions of everything (about a minute), to check the benchmark still
// works; written to target/BENCHMARKS-quick.md unless --out says otherwise, so that it never
// replaces the full figures.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem, release, type } from "node:os";
import { extname, join, relative, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { startServer } from "../scripts/serve-dist.mjs";
import { describeProfile, profiles } from "./floor/sync.mjs";
import { rollupRun, timeEdits } from "./measure.mjs";
import { CHROMIUM_FLAGS, byTestId, chromiumPath, enterScores, eventually, launch, launchWithSaved, openApp } from "../tests/e2e/support.mjs";

// Paths below (dist/, bench/floor/dist/, BENCHMARKS.md) are the repository root's.
process.chdir(fileURLToPath(new URL("..", import.meta.url)));
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const outAt = args.indexOf("--out");
const OUT = outAt >= 0 ? args[outAt + 1] : quick ? "target/BENCHMARKS-quick.md" : "BENCHMARKS.md";
const N = quick
  ? { loads: 2, edits: 20, rollupFiles: 500, rollupRuns: 1, docRuns: 1 }
  : { loads: 15, edits: 200, rollupFiles: 8317, rollupRuns: 5, docRuns: 3 };
const APP = "dist";
const FLOOR = "bench/floor/dist";
const BUDGET = { codeKiB: 250, loadRatio: 1.5, editP95: 16, rollupParse: 3, rollupWhole: 1.3 };
// A slow mobile connection (Chromium's DevTools network emulation): 1.6 Mbit/s down,
// 750 kbit/s up, 150 ms round trip.
const SLOW_MOBILE = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };
const USABLE = '[data-testid="score-i1"]';
const STORAGE_KEY = "ita-selfcheck.v1";
const KINDS = ["analysis", "announcement", "declaration", "report"];
const started = performance.now();
// Other work on the machine moves every figure: the load average is reported with them.
const loadAtStart = loadavg()[0];

// ---- Figures ----

const sorted = (values) => [...values].sort((a, b) => a - b);
/** The value at quantile q (0…1) of the sorted values, as bench/page.mjs takes it. */
const quantile = (values, q) => sorted(values)[Math.min(values.length - 1, Math.floor(q * values.length))];
const median = (values) => quantile(values, 0.5);
const ms = (value) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const kib = (bytes) => (bytes / 1024).toFixed(1);
const mib = (bytes) => (bytes / 1048576).toFixed(1);
const ratio = (value) => `${value.toFixed(2)}×`;
const verdict = (ok) => (ok ? "met" : "**not met**");
const log = (text) => console.log(`bench: ${text}`);

/** A markdown table. */
function table(header, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

// ---- 1. Transfer size ----

const KIND_OF = { ".wasm": "wasm", ".js": "JS", ".mjs": "JS", ".css": "CSS", ".html": "HTML", ".woff2": "fonts", ".woff": "fonts", ".ttf": "fonts", ".otf": "fonts" };
const KIND_ORDER = ["wasm", "JS", "CSS", "HTML", "fonts", "other", "quick", "fallback", "copies", "later"];
const CODE = ["wasm", "JS", "CSS", "HTML"];

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Raw, gzip -9 and brotli 11 bytes of every file of a build, by kind, each file compressed alone (as served). */
function sizes(dir) {
  const kinds = Object.fromEntries(KIND_ORDER.map((k) => [k, { files: 0, raw: 0, gzip: 0, brotli: 0 }]));
  for (const path of filesUnder(dir)) {
    const bytes = readFileSync(path);
    // The app's WebAssembly is fetched as `*_bg.wasm.lzma` and decoded by the small
    // `unlzma-*.wasm` on a slow connection, and as `*_bg.wasm.gz` on a quick one
    // (scripts/post-build.mjs); the plain file beside them is fetched only where the compressed
    // one is missing or changed on the way (the service worker unpacks its own).
    // The later WebAssembly module (scripts/wasm-split.mjs), which the page fetches once the app
    // has started, as `*_later.wasm.gz`: counted apart from the first load's code, its gzip
    // column the bytes of that file.
    if (path.endsWith("_later.wasm.gz")) continue;
    const later = path.endsWith("_later.wasm");
    const packed = path.endsWith("_bg.wasm.lzma");
    const quick = path.endsWith("_bg.wasm.gz");
    const fallback = path.endsWith("_bg.wasm") && existsSync(`${path}.lzma`);
    // The gzip copies of the style sheet, the loader and the decoder, which a slow connection
    // fetches instead of the plain files (the same bytes a compressing server sends of those).
    const copy = !quick && path.endsWith(".gz") && existsSync(path.slice(0, -3));
    const kind = kinds[later ? "later" : packed ? "wasm" : quick ? "quick" : fallback ? "fallback" : copy ? "copies" : (KIND_OF[extname(path).toLowerCase()] ?? "other")];
    kind.files += 1;
    kind.raw += bytes.length;
    kind.gzip += later && existsSync(`${path}.gz`) ? statSync(`${path}.gz`).size : gzipSync(bytes, { level: 9 }).length;
    kind.brotli += brotliCompressSync(bytes, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length;
  }
  const code = { files: 0, raw: 0, gzip: 0, brotli: 0 };
  for (const k of CODE) for (const key of Object.keys(code)) code[key] += kinds[k][key];
  // On a quick connection the gzip file comes instead of the LZMA file and its decoder.
  const quickCode = Object.fromEntries(Object.keys(code).map((key) => [key, code[key] - kinds.wasm[key] + kinds.quick[key]]));
  quickCode.files = code.files - kinds.wasm.files + kinds.quick.files;
  // The first load's code and the later module together: every feature's code.
  const whole = Object.fromEntries(Object.keys(code).map((key) => [key, code[key] + kinds.later[key]]));
  return { kinds, code, quickCode: kinds.quick.files ? quickCode : null, whole: kinds.later.files ? whole : null };
}

// ---- Browsers and servers ----

const CONTEXT = { locale: "th-TH", viewport: { width: 1280, height: 900 }, acceptDownloads: true };

/**
 * Runs in every page before its own scripts: notes `performance.now()` (time since navigation
 * start) when the score field is first in the DOM and visible, and, for cold loads, takes the
 * service worker away (the app then runs as in a browser that offers none).
 */
function usableProbe(noServiceWorker) {
  if (noServiceWorker) delete Navigator.prototype.serviceWorker;
  // The app renders the sections below the score form a frame later (src/pages/work.rs):
  // the files section, the last of them, marks the whole work page.
  const observer = new MutationObserver(() => {
    const field = document.querySelector('[data-testid="score-i1"]');
    if (window.__benchUsable === undefined && field?.checkVisibility()) window.__benchUsable = performance.now();
    if (document.getElementById("files")) window.__benchWhole = performance.now();
    if (window.__benchUsable !== undefined && window.__benchWhole !== undefined) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/** A fresh context and page with the HTTP cache off, counting the bytes that cross the network. */
async function freshPage(browser, { noServiceWorker, network }) {
  const context = await browser.newContext(CONTEXT);
  await context.addInitScript(usableProbe, noServiceWorker);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (network) await cdp.send("Network.emulateNetworkConditions", network);
  const wire = { bytes: 0 };
  cdp.on("Network.loadingFinished", (e) => (wire.bytes += e.encodedDataLength));
  return { context, page, cdp, errors, wire };
}

/** Navigates (or reloads) and returns the time from navigation start to a usable score form. */
async function timeToUsable(page, navigate) {
  await navigate();
  await page.locator(USABLE).waitFor({ state: "visible", timeout: 180_000 });
  const handle = await page.waitForFunction(() => window.__benchUsable, null, { timeout: 10_000 });
  return handle.jsonValue();
}

// ---- 2. First load ----

async function coldLoad(browser, url, network, { whole = false } = {}) {
  const { context, page, errors, wire } = await freshPage(browser, { noServiceWorker: true, network });
  try {
    const usable = await timeToUsable(page, () => page.goto(url, { waitUntil: "commit" }));
    const bytesUsable = wire.bytes;
    const all = whole ? await (await page.waitForFunction(() => window.__benchWhole, null, { timeout: 60_000 })).jsonValue() : usable;
    if (errors.length) log(`WARNING: page errors at ${url}: ${errors.join("; ")}`);
    return { ms: usable, whole: all, bytes: wire.bytes, bytesUsable };
  } finally {
    await context.close();
  }
}

/** The app loaded once, its service worker in charge, then reloaded: the second visit. */
async function secondVisit(browser, url, network) {
  const { context, page, cdp, errors } = await freshPage(browser, { noServiceWorker: false });
  try {
    await timeToUsable(page, () => page.goto(url, { waitUntil: "commit" }));
    await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 120_000 });
    if (network) await cdp.send("Network.emulateNetworkConditions", network);
    let fromWorker = 0;
    let fromNetwork = 0;
    page.on("response", (r) => (r.fromServiceWorker() ? fromWorker++ : fromNetwork++));
    const usable = await timeToUsable(page, () => page.reload({ waitUntil: "commit" }));
    if (errors.length) log(`WARNING: page errors on the second visit: ${errors.join("; ")}`);
    return { ms: usable, fromWorker, fromNetwork };
  } finally {
    await context.close();
  }
}

async function firstLoads() {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  const servers = {
    app: await startServer(APP, 0),
    floor: await startServer(FLOOR, 0),
    appGzip: await startServer(APP, 0, { compress: true }),
    floorGzip: await startServer(FLOOR, 0, { compress: true }),
  };
  try {
    // One load of each, not counted: the browser's own first-time costs.
    await coldLoad(browser, servers.app.url);
    await coldLoad(browser, servers.floor.url);
    const variants = [
      { name: "cold", note: "no throttling", app: servers.app, floor: servers.floor },
      { name: "cold, slow mobile", note: "1.6 Mbit/s, 150 ms, files as served by scripts/serve-dist.mjs (not compressed)", app: servers.app, floor: servers.floor, network: SLOW_MOBILE },
      { name: "cold, slow mobile, gzip", note: "1.6 Mbit/s, 150 ms, files gzip-encoded as a compressing server sends them", app: servers.appGzip, floor: servers.floorGzip, network: SLOW_MOBILE },
    ];
    const results = [];
    for (const variant of variants) {
      const app = [];
      const floor = [];
      for (let i = 0; i < N.loads; i++) {
        app.push(await coldLoad(browser, variant.app.url, variant.network, { whole: true }));
        floor.push(await coldLoad(browser, variant.floor.url, variant.network));
      }
      const row = {
        ...variant,
        app: median(app.map((r) => r.ms)),
        appWhole: median(app.map((r) => r.whole)),
        floor: median(floor.map((r) => r.ms)),
        appBytes: median(app.map((r) => r.bytes)),
        appBytesUsable: median(app.map((r) => r.bytesUsable)),
        floorBytes: median(floor.map((r) => r.bytes)),
        appRange: [Math.min(...app.map((r) => r.ms)), Math.max(...app.map((r) => r.ms))],
        floorRange: [Math.min(...floor.map((r) => r.ms)), Math.max(...floor.map((r) => r.ms))],
      };
      results.push(row);
      log(`${variant.name}: app ${ms(row.app)} ms, floor ${ms(row.floor)} ms (medians of ${N.loads})`);
    }
    const second = [];
    for (const network of [undefined, SLOW_MOBILE]) {
      const visits = [];
      for (let i = 0; i < N.loads; i++) visits.push(await secondVisit(browser, servers.app.url, network));
      const row = {
        name: network ? "second visit, slow mobile" : "second visit",
        ms: median(visits.map((v) => v.ms)),
        range: [Math.min(...visits.map((v) => v.ms)), Math.max(...visits.map((v) => v.ms))],
        fromWorker: median(visits.map((v) => v.fromWorker)),
        fromNetwork: median(visits.map((v) => v.fromNetwork)),
      };
      second.push(row);
      log(`${row.name}: app ${ms(row.ms)} ms (median of ${N.loads}; ${row.fromWorker} responses from the service worker, ${row.fromNetwork} from the network)`);
    }
    return { results, second, chromium: browser.version() };
  } finally {
    await browser.close();
    for (const server of Object.values(servers)) await server.close();
  }
}

// ---- 3. Editing ----

/** bench/measure.mjs's method: the app with a full page, then the floor app's one field. */
async function editing(dist) {
  const times = await timeEdits(dist, N.edits, { fullPage: dist === APP });
  if (times.errors.length) log(`WARNING: page errors while editing ${dist}: ${times.errors.join("; ")}`);
  const summary = (values) => ({ p50: quantile(values, 0.5), p95: quantile(values, 0.95), max: Math.max(...values) });
  const result = { charts: times.charts, render: summary(times.render), frame: summary(times.frame) };
  log(
    `editing ${dist}: ${N.edits} edits with ${result.charts} chart(s): to the DOM p50 ${ms(result.render.p50)} ms, p95 ${ms(result.render.p95)} ms; ` +
      `to the next frame p50 ${ms(result.frame.p50)} ms, p95 ${ms(result.frame.p95)} ms`,
  );
  return result;
}

// ---- 4. Roll-up ----

/** bench/measure.mjs's roll-up runs, with the reading floor. */
async function rollup() {
  const folder = mkdtempSync(join(tmpdir(), "ita-bench-rollup-"));
  try {
    execFileSync("node", ["scripts/synthetic.mjs", String(N.rollupFiles), folder]);
    const files = readdirSync(folder).map((f) => join(folder, f));
    const runs = [];
    for (let run = 1; run <= N.rollupRuns; run++) {
      const result = await rollupRun(files);
      runs.push(result);
      log(
        `roll-up run ${run}: ${files.length} files (${mib(result.bytes)} MiB): parse+check+score+summarise ${ms(result.ours)} ms vs JSON.parse ${ms(result.parse)} ms; ` +
          `whole load ${ms(result.total)} ms vs reading floor ${ms(result.read)} ms`,
      );
    }
    const m = (key) => median(runs.map((r) => r[key]));
    // The ratios are taken run by run (each run's app and floors share a page), then their median.
    const ratios = (f) => runs.map(f);
    return {
      parseRatios: ratios((r) => r.ours / r.parse),
      wholeRatios: ratios((r) => r.total / r.read),
      files: files.length, runs: runs.length, ours: m("ours"), parse: m("parse"), decode: m("decode"), appRead: m("appRead"), total: m("total"), read: m("read"), heap: m("heap"), wasm: m("wasm"), bytes: m("bytes"), all: runs };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

// ---- 5. Documents ----

// All ten scores below the strength line, so that every catalogue measure is suggested.
const LOW_SCORES = ["72", "65.50", "70.25", "68", "61.25", "74", "58.50", "66", "55.30", "63"];

/**
 * A full year as the app saves it: every catalogue measure adopted through the page (so the
 * texts are the catalogue's own), then, in the saved JSON, an organisation and four recorded
 * rounds (3, 6, 9 and 12 months) for every measure.
 */
async function fullYear() {
  const app = await launch();
  try {
    const { page, url } = app;
    await openApp(page, url);
    await enterScores(page, LOW_SCORES);
    const adopt = page.locator('[data-testid^="adopt-"]');
    await adopt.first().waitFor();
    const ids = await adopt.evaluateAll((buttons) => buttons.map((b) => b.dataset.testid));
    for (const id of ids) await byTestId(page, id).click();
    const saved = await eventually(async () => {
      const text = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
      const envelope = JSON.parse(text);
      const year = envelope.doc.assessments.find((a) => a.fiscal_year === envelope.open_year);
      if (year.measures.length !== ids.length) throw new Error(`${year.measures.length} of ${ids.length} measures saved`);
      return envelope;
    }, 10_000);
    const doc = saved.doc;
    doc.organisation = {
      ...doc.organisation,
      name: "เทศบาลตำบลบ้านใหม่",
      district: "เมืองเชียงใหม่",
      province: "เชียงใหม่",
      prepared_by: { name: "นางสาวสมใจ ใจดี", position: "นักวิเคราะห์นโยบายและแผน" },
      approved_by: { name: "นายสมชาย รักษ์ดี", position: "นายกเทศมนตรีตำบลบ้านใหม่" },
    };
    const year = doc.assessments.find((a) => a.fiscal_year === saved.open_year);
    for (const [n, measure] of year.measures.entries()) {
      measure.rhythm = "quarterly";
      measure.progress = Object.fromEntries(
        [3, 6, 9, 12].map((month) => [
          String(month),
          {
            status: month >= 9 ? "done" : "in-progress",
            done: `รอบ ${month} เดือน: ดำเนินการตามขั้นตอนของมาตรการที่ ${n + 1} ครบทุกขั้น จัดประชุมชี้แจงบุคลากร และเผยแพร่ผลทางเว็บไซต์ของหน่วยงาน`,
            outputs: `เอกสารสรุปผลการดำเนินงานรอบ ${month} เดือน จำนวน ${n + 2} ฉบับ และรายงานต่อผู้บริหาร`,
            outcomes: `บุคลากรและผู้มีส่วนได้ส่วนเสียรับทราบแนวทาง ร้อยละ ${80 + (n % 20)}`,
            notes: month === 12 ? "ปรับปรุงแนวทางสำหรับปีถัดไป" : "",
          },
        ]),
      );
    }
    return { saved, measures: ids.length };
  } finally {
    await app.close();
  }
}

/**
 * Clicks `click` (a selector, or nothing) and waits until the sheets of `kind` are laid out
 * (`data-laid="true"`) and stay the same for half a second: the time from the click to the
 * last change of the sheets, and their count.
 */
async function timeSheets(page, kind, click) {
  return page.evaluate(
    async ({ kind, click }) => {
      const selector = `[data-testid="doc-${kind}"]`;
      const state = () => {
        const sheets = document.querySelector(selector);
        return sheets ? `${sheets.dataset.laid}/${sheets.dataset.sheets}` : "none";
      };
      let last = state();
      let changed = performance.now();
      const note = () => {
        const now = state();
        if (now !== last) [last, changed] = [now, performance.now()];
      };
      const observer = new MutationObserver(note);
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-laid", "data-sheets", "data-testid"] });
      const t0 = performance.now();
      if (click) document.querySelector(click).click();
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        note();
        if (last.startsWith("true/") && performance.now() - changed >= 500) break;
        if (performance.now() - t0 > 60_000) throw new Error(`the sheets of ${kind} are not laid out after 60 s (${last})`);
      }
      observer.disconnect();
      return { ms: changed - t0, sheets: Number(last.split("/")[1]) };
    },
    { kind, click },
  );
}

async function documents() {
  const { saved, measures } = await fullYear();
  const text = JSON.stringify(saved);
  const runs = [];
  for (let run = 1; run <= N.docRuns; run++) {
    const app = await launchWithSaved(saved);
    try {
      const { page, url } = app;
      // Start on the last document, fonts loaded and laid out; then each in turn, the report last.
      await page.goto(`${url}#/documents/report`);
      await timeSheets(page, "report");
      const result = {};
      for (const kind of KINDS) {
        const preview = await timeSheets(page, kind, `[data-testid="doc-pick-${kind}"]`);
        const button = byTestId(page, `docx-${kind}`);
        await button.waitFor();
        const t0 = performance.now();
        const [download] = await Promise.all([
          page.waitForEvent("download", { timeout: 120_000 }),
          button.evaluate((b) => b.click()),
        ]);
        const word = performance.now() - t0;
        const bytes = statSync(await download.path()).size;
        result[kind] = { preview: preview.ms, sheets: preview.sheets, word, bytes };
        log(`documents run ${run}: ${kind}: preview ${ms(preview.ms)} ms (${preview.sheets} sheets), Word ${ms(word)} ms (${kib(bytes)} KiB)`);
      }
      if (app.errors.length) log(`WARNING: page errors in the documents: ${app.errors.join("; ")}`);
      runs.push(result);
    } finally {
      await app.close();
    }
  }
  const summary = Object.fromEntries(
    KINDS.map((kind) => [
      kind,
      {
        preview: median(runs.map((r) => r[kind].preview)),
        word: median(runs.map((r) => r[kind].word)),
        sheets: median(runs.map((r) => r[kind].sheets)),
        bytes: median(runs.map((r) => r[kind].bytes)),
      },
    ]),
  );
  return { measures, rounds: 4, bytes: text.length, runs: runs.length, kinds: summary };
}

// ---- The machine and the build ----

function machine(chromiumVersion) {
  const cpu = cpus();
  const model = cpu[0]?.model?.trim() || "unknown CPU";
  const git = (...a) => {
    try {
      return execFileSync("git", a, { encoding: "utf8" }).trim();
    } catch {
      return "";
    }
  };
  const dirty = git("status", "--porcelain", "--untracked-files=no", "--", "src", "Cargo.toml", "Cargo.lock", "index.html", "Trunk.toml", "assets");
  // The floor was built with the app's profile as it was when the run began (bench/floor/sync.mjs).
  const { app, floor } = profiles();
  const profile = describeProfile(floor || app);
  const profileChanged = floor !== "" && app !== floor;
  const html = readFileSync("index.html", "utf8");
  const [level, params] = [/data-wasm-opt="([^"]*)"/, /data-wasm-opt-params="([^"]*)"/].map((re) => re.exec(html)?.[1]);
  const wasmOpt = [level && `-O${level}`, params].filter(Boolean).join(" ");
  return {
    cpu: `${model}, ${cpu.length} logical CPUs`,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${type()} ${release()}`,
    load: `${loadAtStart.toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end`,
    chromium: chromiumVersion,
    node: process.version,
    commit: `${git("rev-parse", "--short", "HEAD") || "unknown"}${dirty ? " with uncommitted changes" : ""}`,
    profile,
    profileChanged,
    wasmOpt,
  };
}

// ---- The report ----

function report({ size, loads, edits, roll, docs, host, seconds }) {
  const now = new Date();
  const app = size.app;
  const floor = size.floor;
  const cold = loads.results[0];
  const slow = loads.results[1];
  const slowGzip = loads.results[2];
  const loadRatio = (r) => r.app / r.floor;
  const parseRatio = median(roll.parseRatios);
  const wholeRatio = median(roll.wholeRatios);
  const runRatios = (values) => (values.length > 1 ? ` (runs: ${values.map(ratio).join(", ")})` : "");
  const lines = [];
  lines.push(`# Benchmarks${quick ? " (quick run: too few repetitions to quote)" : ""}`);
  lines.push("");
  lines.push(
    `Written by \`./scripts/bench${quick ? " --quick" : ""}\` (bench/README.md) on ${now.toISOString().slice(0, 16).replace("T", " ")} UTC; ` +
      `the measurements took ${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s. Figures, not tests: nothing here is asserted.`,
  );
  lines.push("");
  lines.push(`- Machine: ${host.cpu}, ${host.memory} memory, ${host.os}; load average (1 min) ${host.load}`);
  lines.push(`- Browser: Chromium ${host.chromium}, headless (playwright-core); Node ${host.node}`);
  lines.push(`- App: commit ${host.commit}; both apps built with the release profile \`${host.profile}\` and wasm-opt \`${host.wasmOpt}\``);
  if (host.profileChanged) lines.push("- **Cargo.toml's release profile changed during the run**: the app may have been built with another profile than the floor");
  lines.push(`- Floor app: bench/floor/, an empty Yew 0.23 app with plotters drawing one small SVG chart, a heading and one score field`);
  lines.push("");
  lines.push("## Against the budgets");
  lines.push("");
  lines.push(
    table(
      ["figure", "budget", "measured", ""],
      [
        ["code transfer (wasm + JS + CSS + HTML, gzip -9; fonts apart)", `≤ ${BUDGET.codeKiB} KiB`, `${kib(app.code.gzip)} KiB (floor ${kib(floor.code.gzip)} KiB)`, verdict(app.code.gzip <= BUDGET.codeKiB * 1024)],
        ...(app.whole
          ? [["code with the later module (fetched once the app has started: every feature's code)", "", `${kib(app.whole.gzip)} KiB`, ""]]
          : []),
        ...(app.quickCode
          ? [["code transfer on a quick connection (the gzip wasm instead of the LZMA one)", `≤ ${BUDGET.codeKiB} KiB`, `${kib(app.quickCode.gzip)} KiB`, verdict(app.quickCode.gzip <= BUDGET.codeKiB * 1024)]]
          : []),
        ...[cold, slow, slowGzip].map((r) => [`first load, ${r.name}: app ÷ floor`, `≤ ${BUDGET.loadRatio}×`, `${ratio(loadRatio(r))} (${ms(r.app)} ÷ ${ms(r.floor)} ms)`, verdict(loadRatio(r) <= BUDGET.loadRatio)]),
        ["edit to updated total and charts in the DOM, p95", `≤ ${BUDGET.editP95} ms`, `${ms(edits.app.render.p95)} ms (floor ${ms(edits.floor.render.p95)} ms)`, verdict(edits.app.render.p95 <= BUDGET.editP95)],
        ["roll-up parse, check, score, summarise ÷ `JSON.parse`", `≤ ${BUDGET.rollupParse}×`, `${ratio(parseRatio)} (medians ${ms(roll.ours)} and ${ms(roll.parse)} ms)`, verdict(parseRatio <= BUDGET.rollupParse)],
        ["whole roll-up load ÷ reading floor", `≤ ${BUDGET.rollupWhole}×`, `${ratio(wholeRatio)} (medians ${ms(roll.total)} and ${ms(roll.read)} ms)`, verdict(wholeRatio <= BUDGET.rollupWhole)],
      ],
    ),
  );
  lines.push("");
  lines.push("## 1. Transfer size");
  lines.push("");
  lines.push(
    "Every file of each `dist/`, compressed one by one as a server sends it: gzip -9 and brotli quality 11 (Node's zlib). KiB = 1 024 bytes. " +
      "The app's wasm row is the two files browsers fetch on a slow connection, `*_bg.wasm.lzma` (`xz --format=lzma`, preset 9e, at build time, decoded by the page as it arrives) " +
      "and its decoder `unlzma-*.wasm` (crates/unlzma, 9 KB): the raw size is what an uncompressing server sends, and a server that " +
      "compresses the `.lzma` again gains nothing on it. On a quick connection (the page's first bytes in, and its first script running, " +
      "within 120 ms of its request: scripts/post-build.mjs) the page fetches the gzip -9 file `*_bg.wasm.gz` instead, which the browser " +
      "unpacks natively in a fraction of the LZMA decoder's time; it is listed apart, with the code total it makes. " +
      "On a slow connection the style sheet, the loader and the decoder come as gzip -9 copies too (`*.gz`, unpacked and checked by the page), " +
      "so that a server sending files as they are sends about their gzip size: the code total's gzip column, which counts each file as a compressing server sends it.",
  );
  lines.push("");
  const sizeRow = (label, a, f) => [label, `${a.files}`, kib(a.raw), kib(a.gzip), kib(a.brotli), `${f.files}`, kib(f.raw), kib(f.gzip), kib(f.brotli)];
  lines.push(
    table(
      ["kind", "app files", "app raw", "app gzip", "app brotli", "floor files", "floor raw", "floor gzip", "floor brotli"],
      [
        ...CODE.map((k) => sizeRow(k === "JS" ? "JS (with sw.js)" : k, app.kinds[k], floor.kinds[k])),
        sizeRow(`**code total** (budget ${BUDGET.codeKiB} KiB gzip: ${verdict(app.code.gzip <= BUDGET.codeKiB * 1024)})`, app.code, floor.code),
        ...(app.whole
          ? [
              sizeRow("later wasm module (apart: fetched as `*_later.wasm.gz` once the app has started; the gzip column is that file)", app.kinds.later, floor.kinds.later),
              sizeRow("code total with the later module", app.whole, floor.code),
            ]
          : []),
        sizeRow("fonts (woff2, apart)", app.kinds.fonts, floor.kinds.fonts),
        sizeRow("other (icons, manifest)", app.kinds.other, floor.kinds.other),
        sizeRow("uncompressed wasm (apart: only where the compressed file is missing or changed on the way)", app.kinds.fallback, floor.kinds.fallback),
        ...(app.kinds.copies.files
          ? [sizeRow("gzip copies of the style sheet, loader and decoder (apart: on a slow connection, instead of those files)", app.kinds.copies, floor.kinds.copies)]
          : []),
        ...(app.quickCode
          ? [
              sizeRow("gzip wasm (apart: on a quick connection, instead of the `.lzma` file and its decoder)", app.kinds.quick, floor.kinds.quick),
              sizeRow("code total on a quick connection", app.quickCode, floor.code),
            ]
          : []),
      ],
    ),
  );
  lines.push("");
  lines.push("## 2. First load");
  lines.push("");
  lines.push(
    `Navigation start to a usable score form (\`[data-testid="score-i1"]\` in the DOM and visible, \`performance.now()\` in the page), ` +
      `median of ${N.loads} loads (range in brackets). Cold: each load in a fresh browser context, HTTP cache disabled ` +
      "(CDP `Network.setCacheDisabled`), no service worker; one load of each app first, not counted. " +
      "Slow mobile: CDP `Network.emulateNetworkConditions`, 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency. " +
      "The app's page takes the gzip wasm on the cold loads unthrottled and the LZMA one on the slow mobile loads (section 1). " +
      "Bytes: what had crossed the network by the usable form and by the whole page (median; the floor's page is whole at once). The app renders the score form and the result first; the " +
      "sections below the form, whose code is in the later module (src/later.rs), follow once it is in, in three steps, each " +
      "once the browser has painted the one before (src/pages/work.rs): the whole page column gives the time to the last of " +
      "them (`#files` in the DOM), not counted in the ratio.",
  );
  lines.push("");
  lines.push(
    table(
      ["load", "app", "app, whole page", "floor", "app ÷ floor", `budget ≤ ${BUDGET.loadRatio}×`, "app bytes: form / whole page", "floor bytes"],
      loads.results.map((r) => [
        r.name,
        `${ms(r.app)} ms (${ms(r.appRange[0])}–${ms(r.appRange[1])})`,
        `${ms(r.appWhole)} ms`,
        `${ms(r.floor)} ms (${ms(r.floorRange[0])}–${ms(r.floorRange[1])})`,
        ratio(loadRatio(r)),
        verdict(loadRatio(r) <= BUDGET.loadRatio),
        `${kib(r.appBytesUsable)} / ${kib(r.appBytes)} KiB`,
        `${kib(r.floorBytes)} KiB`,
      ]),
    ),
  );
  lines.push("");
  lines.push(
    "The slow mobile rows differ in what the server sends: scripts/serve-dist.mjs sends files as they are (as many intranet " +
      "servers do for `.wasm`); the gzip row serves the same files gzip-encoded (-9), as a server set to compress them would.",
  );
  lines.push("");
  lines.push(
    table(
      ["second visit (the app's service worker in charge, HTTP cache disabled)", "app", "responses from the service worker / network"],
      loads.second.map((r) => [r.name, `${ms(r.ms)} ms (${ms(r.range[0])}–${ms(r.range[1])})`, `${r.fromWorker} / ${r.fromNetwork}`]),
    ),
  );
  lines.push("");
  lines.push("## 3. Editing");
  lines.push("");
  lines.push(
    `bench/page.mjs's method: all ten scores entered, three measures adopted, a what-if set (${edits.app.charts} charts on the page), ` +
      `then ${N.edits} edits of the score fields in turn, each timed from the \`input\` event to the end of yew's render pass ` +
      "(the first DOM mutation: the total, every section and the charts redrawn) and to the browser's next animation frame. " +
      "The next edit is typed in that frame's callback, so the frame figure also holds the browser's style, layout and paint of " +
      "the page and its wait for the following frame. The floor app: its one field, edited the same way, its chart redrawn.",
  );
  lines.push("");
  lines.push(
    table(
      ["edit to", "app p50", "app p95", "app max", "floor p50", "floor p95", `budget: app p95 ≤ ${BUDGET.editP95} ms`],
      [
        ["updated total and charts in the DOM", ...["p50", "p95", "max"].map((q) => `${ms(edits.app.render[q])} ms`), ...["p50", "p95"].map((q) => `${ms(edits.floor.render[q])} ms`), verdict(edits.app.render.p95 <= BUDGET.editP95)],
        ["the next animation frame", ...["p50", "p95", "max"].map((q) => `${ms(edits.app.frame[q])} ms`), ...["p50", "p95"].map((q) => `${ms(edits.floor.frame[q])} ms`), "(for information)"],
      ],
    ),
  );
  lines.push("");
  lines.push("## 4. Roll-up");
  lines.push("");
  lines.push(
    `${roll.files} synthetic exchange files (scripts/synthetic.mjs, ${mib(roll.bytes)} MiB) loaded into the roll-up view, median of ${roll.runs} run${roll.runs > 1 ? "s" : ""} (each ratio is the median of the runs' own ratios), ` +
      "each in a fresh browser. The app's figures come from `[data-testid=rollup-timing]`; the floors run in the same page over the same files: " +
      "`JSON.parse` of every file (after decoding, timed apart), and reading every file's bytes with `Promise.all(files.map(f => f.arrayBuffer()))`.",
  );
  lines.push("");
  lines.push(
    table(
      ["figure", "app", "floor", "ratio", "budget"],
      [
        ["parse, check, score, summarise", `${ms(roll.ours)} ms`, `${ms(roll.parse)} ms \`JSON.parse\` (+ ${ms(roll.decode)} ms decoding)`, `${ratio(parseRatio)}${runRatios(roll.parseRatios)}`, `≤ ${BUDGET.rollupParse}×: ${verdict(parseRatio <= BUDGET.rollupParse)}`],
        ["whole load (read, parse, check, score, summarise)", `${ms(roll.total)} ms (of which reading ${ms(roll.appRead)} ms)`, `${ms(roll.read)} ms reading`, `${ratio(wholeRatio)}${runRatios(roll.wholeRatios)}`, `≤ ${BUDGET.rollupWhole}×: ${verdict(wholeRatio <= BUDGET.rollupWhole)}`],
        ["peak JS heap / wasm memory", `${mib(roll.heap)} MiB / ${mib(roll.wasm)} MiB`, "", "", ""],
      ],
    ),
  );
  lines.push("");
  lines.push("## 5. Documents");
  lines.push("");
  lines.push(
    `A full year injected as saved work: ${docs.measures} catalogue measures adopted, ${docs.rounds} rounds recorded for each, all ten scores ` +
      `(${kib(docs.bytes)} KiB of saved JSON). Preview: from clicking \`doc-pick-<kind>\` until \`doc-<kind>\` is laid out (\`data-laid="true"\`) ` +
      "and its sheets stay the same for half a second (the time is that of the last change). Word: from clicking `docx-<kind>` " +
      `to the browser's download. Median of ${docs.runs} run${docs.runs > 1 ? "s" : ""}, each in a fresh browser, the documents in this order.`,
  );
  lines.push("");
  lines.push(
    table(
      ["document", "preview", "sheets", "Word file", "Word size"],
      KINDS.map((k) => [k, `${ms(docs.kinds[k].preview)} ms`, `${docs.kinds[k].sheets}`, `${ms(docs.kinds[k].word)} ms`, `${kib(docs.kinds[k].bytes)} KiB`]),
    ),
  );
  lines.push("");
  return lines.join("\n");
}

// ---- Run ----

for (const dir of [APP, FLOOR]) {
  try {
    statSync(join(dir, "index.html"));
  } catch {
    throw new Error(`${dir}/index.html is missing: build first (./scripts/bench does)`);
  }
}
log(`${quick ? "quick" : "full"} run: ${N.loads} loads, ${N.edits} edits, ${N.rollupFiles} roll-up files × ${N.rollupRuns}, documents × ${N.docRuns}`);
const size = { app: sizes(APP), floor: sizes(FLOOR) };
log(`code transfer (gzip): app ${kib(size.app.code.gzip)} KiB, floor ${kib(size.floor.code.gzip)} KiB`);
if (size.app.quickCode) log(`code transfer on a quick connection (gzip): app ${kib(size.app.quickCode.gzip)} KiB`);
if (size.app.whole) log(`code with the later module (gzip): app ${kib(size.app.whole.gzip)} KiB`);
const loads = await firstLoads();
const edits = { app: await editing(APP), floor: await editing(FLOOR) };
const roll = await rollup();
const docs = await documents();
const host = machine(loads.chromium);
const text = report({ size, loads, edits, roll, docs, host, seconds: (performance.now() - started) / 1000 });
mkdirSync(resolve(OUT, ".."), { recursive: true });
writeFileSync(OUT, text);
console.log(`\n${text}`);
log(`written to ${relative(process.cwd(), resolve(OUT))}`);
