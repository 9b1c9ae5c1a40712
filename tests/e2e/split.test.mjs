// End to end: the WebAssembly in two (scripts/wasm-split.mjs). A first load and its edits run
// only the first module; the later one comes once the app has started, and a click into it
// before it is in loads it at once instead. A returning visit, whose saved work the later
// module reads, fetches it before the app starts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { launch, openApp, enterScores, byTestId, expectText, eventually, docSheets, sentAs, refuseStorage, holdBack } from "./support.mjs";
import { SCORES } from "./fixture.mjs";

const LATER = /_later\.wasm\.gz$/;
const state = (page) => page.evaluate(() => window.wasmBindings.laterState());
/** The total once all ten scores are in (two decimals). */
async function totalShown(page) {
  await page.waitForFunction(() => /^\d+\.\d\d$/.test(document.querySelector('[data-testid="total-score"]').textContent));
  return byTestId(page, "total-score").textContent();
}
const RENEW = "the first load ran a function of the later module: renew scripts/first-load-functions.txt (node scripts/split-profile.mjs)";

test("a first load and its edits run nothing of the later module, which comes after; a returning visit reads the saved work with it", async () => {
  const app = await launch();
  try {
    const { page, url, server } = app;
    // The later module's download is held back until the edits are done.
    const release = await holdBack(page, LATER);
    await openApp(page, url);
    await byTestId(page, "score-i3").fill("1o1");
    await byTestId(page, "score-error-i3").waitFor();
    await enterScores(page, SCORES);
    const total = await totalShown(page);
    await byTestId(page, "org-name").fill("เทศบาลตำบลทดลอง");
    await byTestId(page, "lang-toggle").click();
    await page.locator("html[lang=en]").waitFor();
    await byTestId(page, "lang-toggle").click();
    await page.locator("html[lang=th]").waitFor();
    assert.deepEqual(await state(page), { placeholders: 0, at: null, in: false }, RENEW);
    // The sections below the form are the later module's: until it is in, a line says so.
    await expectText(byTestId(page, "sections-status"), "กำลังโหลดส่วนอื่นของหน้า ได้แก่ การวิเคราะห์ แผนภูมิ มาตรการ เป้าหมาย และไฟล์… ระหว่างนี้กรอกคะแนนได้ตามปกติ");
    assert.equal(await page.locator("#analysis").count(), 0);
    // A section asked for meanwhile is brought into view once it is there.
    await page.locator('nav.sections a[href="#targets"]').click();
    assert.deepEqual(await state(page), { placeholders: 0, at: null, in: false }, RENEW);

    release();
    await page.waitForFunction(() => window.wasmBindings.laterState().in, null, { timeout: 15_000 });
    assert.deepEqual(await state(page), { placeholders: 0, at: "fetched", in: true });
    await byTestId(page, "to-develop").waitFor();
    await page.locator("#files").waitFor();
    assert.equal(await byTestId(page, "sections-status").count(), 0);
    await eventually(async () => {
      const { top } = await page.locator("#targets").evaluate((e) => e.getBoundingClientRect());
      assert.ok(top >= -2 && top < (await page.evaluate(() => innerHeight)) / 2, `the targets are in view (top ${top})`);
    });
    await byTestId(page, "nav-documents").click();
    await docSheets(page, "analysis").first().waitFor();

    // The next visit has work saved on the device, which the app reads as it starts, with the
    // careful reader of the later module: the page fetches that module before it starts the
    // app (from the service worker's copy, or the network if there is none), and the work is
    // there as it was.
    await page.goto(url);
    await byTestId(page, "score-i1").waitFor();
    assert.equal(await byTestId(page, "score-i1").inputValue(), SCORES[0]);
    assert.equal(await byTestId(page, "org-name").inputValue(), "เทศบาลตำบลทดลอง");
    await expectText(byTestId(page, "total-score"), total);
    const returning = await state(page);
    assert.equal(returning.in, true);
    assert.equal(returning.at, "placeholder", "the saved work was read with the later module, already compiled");
    // Never the plain file: no synchronous request was needed (the service worker, had it
    // been in charge, would have answered with its own copy).
    assert.ok(
      sentAs(server, "_later.wasm").every((sent) => sent.startsWith(".gz ")),
      `the later module came as the gzip file, not the plain one: ${sentAs(server, "_later.wasm")}`,
    );
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("where the browser blocks storage, a first visit says so and scores without the later module", async () => {
  const app = await launch();
  try {
    const { page, url, context } = app;
    // As a locked-down office computer may: storage refused from the first script on.
    await context.addInitScript(refuseStorage);
    // The later module never comes: the banner and the scoring are the first module's.
    await page.route(LATER, () => {});
    await openApp(page, url);
    await byTestId(page, "save-error").waitFor();
    await enterScores(page, SCORES);
    await totalShown(page);
    assert.deepEqual(await state(page), { placeholders: 0, at: null, in: false }, RENEW);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("a later module whose fetch fails is said so below the form, and \"try again\" brings the sections", async () => {
  const app = await launch();
  try {
    const { page, url } = app;
    // Neither copy of the later module comes: the gzip file and the plain file refused.
    await page.route(LATER, (route) => route.abort());
    await page.route(/_later\.wasm$/, (route) => route.abort());
    await openApp(page, url);
    const status = byTestId(page, "sections-status");
    await page.locator('[data-testid="sections-status"][data-state="failed"]').waitFor();
    assert.equal(await status.getAttribute("role"), "alert");
    await expectText(status, "โหลดส่วนอื่นของหน้า (การวิเคราะห์ แผนภูมิ มาตรการ เป้าหมาย และไฟล์) ไม่สำเร็จ คะแนนที่กรอกไว้ยังอยู่ครบ ตรวจการเชื่อมต่ออินเทอร์เน็ตแล้วลองอีกครั้ง ลองอีกครั้ง");
    // The form goes on working, and what was typed stays through the next try.
    await enterScores(page, SCORES);
    const total = await totalShown(page);
    assert.equal(await byTestId(page, "later-error").count(), 0);
    await page.unrouteAll();
    await byTestId(page, "sections-retry").click();
    await byTestId(page, "to-develop").waitFor();
    assert.equal(await status.count(), 0);
    await expectText(byTestId(page, "total-score"), total);
    assert.equal(await byTestId(page, "score-i10").inputValue(), SCORES[9]);
    assert.deepEqual(await state(page), { placeholders: 0, at: "fetched", in: true });
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("a click into the later module before it has arrived loads it at once", async () => {
  const app = await launch();
  try {
    const { page, url, server } = app;
    // The gzip copy never comes: the documents need the later module, loaded then and there.
    await page.route(LATER, () => {});
    await openApp(page, url);
    await enterScores(page, SCORES);
    const total = await totalShown(page);
    assert.equal((await state(page)).in, false, RENEW);
    await byTestId(page, "nav-documents").click();
    await docSheets(page, "analysis").first().waitFor();
    const after = await state(page);
    assert.equal(after.at, "placeholder");
    assert.ok(after.placeholders >= 1);
    assert.ok(server.sent.some((s) => /_later\.wasm$/.test(s.path) && s.status === 200), "the plain later module was fetched");
    // The rest of the app carries on as before, with the sections below the form now.
    await byTestId(page, "nav-work").click();
    await byTestId(page, "to-develop").waitFor();
    await byTestId(page, "score-i2").fill("100");
    await page.waitForFunction((before) => document.querySelector('[data-testid="total-score"]').textContent !== before, total);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("a page opened on the documents fetches the later module beside the first, once, and starts with it", async () => {
  const app = await launch();
  try {
    const { page, url, server } = app;
    await page.goto(`${url}#/documents/analysis`);
    await docSheets(page, "analysis").first().waitFor();
    assert.equal((await state(page)).in, true);
    assert.deepEqual(sentAs(server, "_later.wasm"), [".gz 200"], "the later module crossed the network once, gzip-compressed");
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("a later module that cannot be loaded at all is said so above the app, and the work is kept", async () => {
  const app = await launch();
  try {
    const { page, url } = app;
    // Neither copy of the later module comes: the gzip file never, the plain file refused.
    await page.route(LATER, () => {});
    await page.route(/_later\.wasm$/, (route) => route.abort());
    await openApp(page, url);
    await enterScores(page, SCORES);
    await byTestId(page, "nav-documents").click();
    await expectText(byTestId(page, "later-error"), "โหลดส่วนนี้ของแอปไม่ได้ งานของท่านบันทึกไว้แล้ว ตรวจการเชื่อมต่ออินเทอร์เน็ต แล้วโหลดหน้านี้ใหม่");
    assert.equal(await byTestId(page, "later-error").getAttribute("role"), "alert");
    // With the network back, a reload has the work as it was.
    await page.unrouteAll();
    await page.goto(url);
    await byTestId(page, "score-i1").waitFor();
    assert.equal(await byTestId(page, "score-i10").inputValue(), SCORES[9]);
    await byTestId(page, "nav-documents").click();
    await docSheets(page, "analysis").first().waitFor();
  } finally {
    await app.close();
  }
});
