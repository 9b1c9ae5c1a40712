// End to end: the app opens and works with no network after the first visit, also from a
// sub-path, is installable, and switches to a new deploy only when the user agrees, never
// mixing two builds. (Every test here, like every e2e test, also fails on any request off the
// app's origin and on any Content-Security-Policy violation: see support.mjs.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, openApp, enterScores, byTestId, eventually, expectText, download } from "./support.mjs";

const SHEET = ["90", "88", "99", "96", "70", "92", "84", "80", "82", "95"];

/** Waits until this build is kept on the device for offline use. */
async function offlineReady(page) {
  await page.locator('[data-testid="offline-status"][data-state="ready"]').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

const build = (page) => page.locator('meta[name="ita-build"]').getAttribute("content");

test("after the first visit the app opens and works with no network, and is installable", async () => {
  const app = await launch();
  try {
    const { page, url, context } = app;
    await openApp(page, url);
    await offlineReady(page);
    await expectText(byTestId(page, "offline-status"), "ใช้งานแบบออฟไลน์ได้: เปิดหน้านี้ได้แม้ไม่มีอินเทอร์เน็ต");
    // Keeping the build costs no second download: the service worker checks each file the page
    // has just loaded with the server, which answers 304.
    // The WebAssembly comes LZMA-compressed (scripts/post-build.mjs), and the service worker
    // keeps it decoded: the uncompressed file never crosses the network.
    const wasm = app.server.sent.filter((s) => s.path.endsWith("_bg.wasm.lzma")).map((s) => s.status);
    assert.deepEqual(wasm, [200, 304], "the WebAssembly crossed the network once");
    assert.deepEqual(app.server.sent.filter((s) => s.path.endsWith("_bg.wasm")), [], "the uncompressed WebAssembly was not fetched");
    const cdp = await context.newCDPSession(page);
    assert.deepEqual((await cdp.send("Page.getInstallabilityErrors")).installabilityErrors, []);
    const manifest = await cdp.send("Page.getAppManifest");
    assert.deepEqual(manifest.errors, []);
    const parsed = JSON.parse(manifest.data);
    assert.match(parsed.name, /ประเมินตนเอง/);
    assert.match(parsed.translations.en.name, /self-assessment/);
    assert.deepEqual(parsed.icons.filter((i) => i.type === "image/png").map((i) => i.sizes), ["192x192", "512x512", "512x512"]);

    await enterScores(page, SHEET);
    await expectText(byTestId(page, "total-score"), "87.58");

    await context.setOffline(true);
    await page.reload();
    await byTestId(page, "score-i1").waitFor({ timeout: 15_000 });
    // A page the worker controls loads the file it decoded, with nothing to decode itself.
    const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).filter((n) => n.includes("_bg.wasm")));
    assert.deepEqual(loaded.map((n) => n.split(".").pop()), ["wasm"]);
    assert.equal(await byTestId(page, "score-i5").inputValue(), "70");
    await byTestId(page, "score-i5").fill("86");
    await expectText(byTestId(page, "total-score"), "88.54");
    // Charts draw and files export with no network either.
    await byTestId(page, "chart-indicators").locator("svg").waitFor();
    const file = await download(page, "export-json");
    assert.equal(JSON.parse(file.bytes.toString("utf8")).assessments[0].scores.i5, 86);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

for (const [server, options] of [
  ["does not send the compressed WebAssembly", { missing: ".wasm.lzma" }],
  ["changes the compressed WebAssembly on the way", { changed: ".wasm.lzma" }],
]) {
  test(`a server that ${server} gets the plain WebAssembly loaded and kept for offline use`, async () => {
    // The page finds the file missing, or not decoding to this build's bytes, and loads the
    // uncompressed file; the service worker, finding the same, keeps that file.
    const app = await launch(options);
    try {
      const { page, url, context } = app;
      await openApp(page, url);
      await offlineReady(page);
      const plain = app.server.sent.filter((s) => s.path.endsWith("_bg.wasm")).map((s) => s.status);
      assert.deepEqual(plain, [200, 304], "the plain WebAssembly loaded, and kept without a second download");
      await enterScores(page, SHEET);
      await context.setOffline(true);
      await page.reload();
      await byTestId(page, "score-i1").waitFor({ timeout: 15_000 });
      await expectText(byTestId(page, "total-score"), "87.58");
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });
}

test("on a slow connection the WebAssembly is decoded piece by piece as it arrives", async () => {
  // At 1.6 Mbit/s the file comes in many small reads: the page decodes each as far as it can,
  // waits for more, and never falls back to the uncompressed file.
  const app = await launch();
  try {
    const { page, url, context } = app;
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 });
    await openApp(page, url);
    // (The service worker, installing meanwhile, may have confirmed the file too: a 304.)
    const packed = app.server.sent.filter((s) => s.path.endsWith(".wasm.lzma") && s.status === 200);
    assert.equal(packed.length, 1, "the compressed WebAssembly was downloaded once");
    assert.deepEqual(app.server.sent.filter((s) => s.path.endsWith("_bg.wasm")), [], "the uncompressed WebAssembly was not fetched");
    await enterScores(page, SHEET);
    await expectText(byTestId(page, "total-score"), "87.58");
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("decoded bytes that do not compile give way to the plain WebAssembly", async () => {
  const app = await launch();
  try {
    const { page, url } = app;
    // The compiler refuses the first, decoded, file it is given.
    await app.context.addInitScript(() => {
      const compile = WebAssembly.instantiateStreaming;
      WebAssembly.instantiateStreaming = async (source, imports) => {
        const response = await source;
        if (!response.url) throw new WebAssembly.CompileError("refused by the test");
        return compile(response, imports);
      };
    });
    await openApp(page, url);
    assert.deepEqual(app.server.sent.filter((s) => s.path.endsWith("_bg.wasm")).map((s) => s.status), [200]);
    await enterScores(page, SHEET);
    await expectText(byTestId(page, "total-score"), "87.58");
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("hosted under a sub-path (an intranet folder), it works and works offline", async () => {
  const app = await launch({ base: "/intranet/ita-selfcheck/" });
  try {
    const { page, url, context } = app;
    assert.match(url, /\/intranet\/ita-selfcheck\/$/);
    await openApp(page, url);
    await offlineReady(page);
    const worker = await page.evaluate(() => navigator.serviceWorker.controller.scriptURL);
    assert.equal(worker, `${url}sw.js`);
    await enterScores(page, SHEET);
    await context.setOffline(true);
    await page.goto(`${url}index.html`);
    await byTestId(page, "score-i1").waitFor({ timeout: 15_000 });
    await expectText(byTestId(page, "total-score"), "87.58");
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

/** A copy of `dist` that looks like a new deploy: another build id and a visible marker. */
function newDeploy(dist, id) {
  const folder = mkdtempSync(join(tmpdir(), "ita-deploy-"));
  cpSync(dist, folder, { recursive: true });
  const old = readFileSync(join(dist, "index.html"), "utf8").match(/<meta name="ita-build" content="([0-9a-f]+)">/)[1];
  const index = join(folder, "index.html");
  writeFileSync(index, readFileSync(index, "utf8").replace(old, id).replace("<title>", "<title>[new] "));
  // The service worker is minified in a release build: its build id appears in it once, quoted.
  const worker = join(folder, "sw.js");
  const script = readFileSync(worker, "utf8");
  assert.ok(script.includes(`"${old}"`), "sw.js names its build");
  writeFileSync(worker, script.replace(`"${old}"`, `"${id}"`));
  return folder;
}

test("a new deploy waits for the user's go-ahead, then replaces the old build whole", async () => {
  const app = await launch();
  try {
    const { page, url, server } = app;
    await openApp(page, url);
    await offlineReady(page);
    const first = await build(page);
    await enterScores(page, SHEET);

    server.serve(newDeploy("dist", "0123456789abcdef"));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const banner = byTestId(page, "update-ready");
    await banner.waitFor({ timeout: 30_000 });
    await expectText(banner.locator("h2"), "ITA Self-Check รุ่นใหม่พร้อมแล้ว");

    // Until the user agrees, every load is the old build, whole.
    await page.reload();
    await byTestId(page, "score-i1").waitFor();
    assert.equal(await build(page), first);
    assert.doesNotMatch(await page.title(), /\[new\]/);
    await banner.waitFor({ timeout: 30_000 });

    await byTestId(page, "update-apply").click();
    await eventually(async () => assert.equal(await build(page), "0123456789abcdef"), 30_000);
    await byTestId(page, "score-i1").waitFor();
    assert.match(await page.title(), /^\[new\] /);
    await expectText(byTestId(page, "total-score"), "87.58");
    assert.equal(await banner.count(), 0);
    // Only the new build is kept.
    await eventually(async () => assert.deepEqual(await page.evaluate(() => caches.keys()), ["ita-selfcheck-0123456789abcdef"]));
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
