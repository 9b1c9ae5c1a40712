// End to end: data safety. Storage that is full, unavailable or corrupt; two tabs on the same
// work; and markup typed into every text field, followed to every place it shows up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { launch, openApp, enterScores, byTestId, eventually, expectText, download } from "./support.mjs";

const STORAGE_KEY = "ita-selfcheck.v1";
const SHEET = ["90", "88", "99", "96", "70", "92", "84", "80", "82", "95"];

/** The app with `script` run before the page's own, in every page of the browser. */
async function launchWith(script, arg) {
  const app = await launch();
  await app.context.addInitScript(script, arg);
  return app;
}

async function exportedScores(page, testid) {
  const file = await download(page, testid);
  return JSON.parse(file.bytes.toString("utf8")).assessments.at(-1).scores;
}

test("storage full: the page says work is not being saved, keeps working, and exports", async () => {
  const app = await launchWith(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  try {
    const { page, url } = app;
    await openApp(page, url);
    await enterScores(page, SHEET);
    const notice = byTestId(page, "save-error");
    await notice.waitFor();
    assert.match(await notice.textContent(), /บันทึกงานลงเครื่องนี้ไม่ได้/);
    assert.match(await notice.textContent(), /พื้นที่เก็บข้อมูลของเบราว์เซอร์สำหรับหน้านี้เต็ม/);
    await expectText(byTestId(page, "total-score"), "87.58");
    assert.equal((await exportedScores(page, "save-error-export")).i10, 95);
    assert.equal((await exportedScores(page, "export-json")).i1, 90);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("storage unavailable (a private window, a blocked setting): said at once, work goes on in memory", async () => {
  const app = await launchWith(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("Access is denied for this document.", "SecurityError");
      },
    });
  });
  try {
    const { page, url } = app;
    await openApp(page, url);
    const notice = byTestId(page, "save-error");
    await notice.waitFor();
    assert.match(await notice.textContent(), /เบราว์เซอร์ไม่อนุญาตให้หน้านี้เก็บข้อมูลในเครื่อง/);
    await enterScores(page, SHEET);
    await expectText(byTestId(page, "total-score"), "87.58");
    assert.equal((await exportedScores(page, "save-error-export")).i5, 70);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("corrupt storage: kept aside for download, and new work is saved again", async () => {
  const app = await launchWith((key) => {
    if (!sessionStorage.getItem("seeded")) {
      sessionStorage.setItem("seeded", "1");
      localStorage.setItem(key, '{"format": "ita-selfcheck-state", "version": 2, "doc": {"years": [');
    }
  }, STORAGE_KEY);
  try {
    const { page, url } = app;
    await openApp(page, url);
    await byTestId(page, "storage-unreadable").waitFor();
    await enterScores(page, SHEET);
    await expectText(byTestId(page, "total-score"), "87.58");
    assert.equal(await byTestId(page, "save-error").count(), 0);
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("ita-selfcheck.unreadable.")));
    assert.equal(kept.length, 1, "the unreadable text is kept under its own key");
    await page.reload();
    await byTestId(page, "score-i1").waitFor();
    assert.equal(await byTestId(page, "score-i10").inputValue(), "95");
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("two tabs on the same work: neither overwrites the other silently", async () => {
  const app = await launch();
  try {
    const { page: first, url, context } = app;
    await openApp(first, url);
    await byTestId(first, "org-name").fill("เทศบาลตำบลบ้านใหม่");
    const second = await context.newPage();
    await openApp(second, url);
    assert.equal(await byTestId(second, "org-name").inputValue(), "เทศบาลตำบลบ้านใหม่");

    // A change in one tab shows in the other, which says so and overwrites nothing.
    await enterScores(first, SHEET);
    await byTestId(second, "other-tab-taken-in").waitFor();
    await eventually(async () => assert.equal(await byTestId(second, "score-i10").inputValue(), "95"));
    await byTestId(second, "other-tab-dismiss").click();
    await byTestId(second, "score-i1").fill("91");
    await byTestId(first, "other-tab-taken-in").waitFor();
    await eventually(async () => assert.equal(await byTestId(first, "score-i1").inputValue(), "91"));

    // Both change before either hears of the other: the later save stops and asks.
    await second.evaluate((key) => {
      const saved = JSON.parse(localStorage.getItem(key));
      saved.doc.organisation.name = "อบต.ดอนแก้ว";
      localStorage.setItem(key, JSON.stringify(saved));
    }, STORAGE_KEY);
    await byTestId(second, "score-i2").fill("89");
    const conflict = byTestId(second, "other-tab-conflict");
    await conflict.waitFor();
    const stored = async () => JSON.parse(await second.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).doc;
    assert.equal((await stored()).organisation.name, "อบต.ดอนแก้ว", "the other tab's work was not overwritten");
    assert.equal(await byTestId(second, "score-i2").inputValue(), "89", "and this tab's is still on the page");
    assert.equal((await exportedScores(second, "other-tab-export")).i2, 89);

    // Keeping this tab's work saves it, and the other tab takes it in.
    await byTestId(second, "keep-this-tab").click();
    await conflict.waitFor({ state: "detached" });
    await eventually(async () => assert.equal((await stored()).years.at(-1).scores[1], "89"));
    assert.equal((await stored()).organisation.name, "เทศบาลตำบลบ้านใหม่");
    await eventually(async () => assert.equal(await byTestId(first, "score-i2").inputValue(), "89"));

    // Or the other tab's work can be taken instead.
    await second.evaluate((key) => {
      const saved = JSON.parse(localStorage.getItem(key));
      saved.doc.organisation.name = "อบต.ดอนแก้ว";
      localStorage.setItem(key, JSON.stringify(saved));
    }, STORAGE_KEY);
    await byTestId(second, "score-i3").fill("98");
    await conflict.waitFor();
    await byTestId(second, "use-other-tab").click();
    await conflict.waitFor({ state: "detached" });
    assert.equal(await byTestId(second, "org-name").inputValue(), "อบต.ดอนแก้ว");
    assert.equal(await byTestId(second, "score-i3").inputValue(), "99");
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

// Markup and script in every text field stays text everywhere it shows up.
const PAYLOAD = `<img src=x onerror="window.__pwned=1"><marquee>x</marquee><script>window.__pwned=2</script>"'&`;
const NAME = `=1+1 ${PAYLOAD}`;

async function assertNothingRan(page) {
  const found = await page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    images: document.querySelectorAll('img[src="x"]').length,
    marquees: document.querySelectorAll("marquee").length,
    handlers: document.querySelectorAll("[onerror]").length,
    scripts: [...document.scripts].filter((s) => s.textContent.includes("__pwned")).length,
  }));
  assert.deepEqual(found, { pwned: null, images: 0, marquees: 0, handlers: 0, scripts: 0 });
}

test("markup typed anywhere stays text: page, charts, files, file names and the roll-up", async () => {
  const app = await launch();
  try {
    const { page, url } = app;
    await openApp(page, url);
    await byTestId(page, "org-name").fill(NAME);
    await byTestId(page, "org-province").fill(PAYLOAD);
    await page.locator("details.people > summary").click();
    for (const id of ["preparer-name", "preparer-position", "approver-name", "approver-position"]) {
      await byTestId(page, id).fill(PAYLOAD);
    }
    await enterScores(page, SHEET);
    await byTestId(page, "add-own-measure").click();
    const card = byTestId(page, "planned-measure").last();
    const id = await card.getAttribute("data-measure-id");
    for (const field of ["name", "guideline", "steps", "responsible", "period", "outputs", "outcomes"]) {
      await byTestId(page, `measure-${id}-${field}`).fill(field === "name" ? NAME : PAYLOAD);
    }
    await byTestId(page, `measure-${id}-i5`).check();
    const round = await card.locator("fieldset.round").first().getAttribute("data-testid");
    for (const field of ["done", "outputs", "outcomes", "notes"]) {
      await byTestId(page, `${round}-${field}`).fill(PAYLOAD);
    }
    await assertNothingRan(page);

    // The page shows it as typed.
    assert.equal(await byTestId(page, "org-name").inputValue(), NAME);
    assert.ok((await byTestId(page, "province-warning").textContent()).includes(PAYLOAD));

    // Charts: the name is text in the title, escaped in the markup and in the downloads.
    const chart = byTestId(page, "chart-indicators").locator("svg");
    await eventually(async () => assert.ok((await chart.locator("title").textContent()).includes(NAME)));
    assert.ok((await chart.innerHTML()).includes("&lt;img src=x"));
    const progress = byTestId(page, "chart-progress").locator("svg");
    assert.ok((await progress.textContent()).includes("=1+1"), "the measure's name is on the progress chart");
    const svg = (await download(page, "chart-indicators-svg")).bytes.toString("utf8");
    assert.ok(svg.includes("&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;"));
    assert.ok(!svg.includes("<img") && !svg.includes("<marquee") && !svg.includes("<script"));
    const png = await download(page, "chart-progress-png");
    assert.deepEqual([...png.bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], "the PNG draws");

    // The exchange file keeps the text exactly; its name keeps only safe characters.
    const exported = await download(page, "export-json");
    assert.match(exported.name, /^[^<>:"/\\|?*\s]+\.json$/);
    const file = JSON.parse(exported.bytes.toString("utf8"));
    assert.equal(file.organisation.name, NAME);
    assert.equal(file.organisation.prepared_by.name, PAYLOAD);
    const month = round.split("-").at(-1);
    assert.equal(file.assessments.at(-1).measures.at(-1).progress[month].notes, PAYLOAD);

    // Importing it back: the preview names the organisation as text.
    await page.setInputFiles('[data-testid="import-json"]', exported.path);
    await expectText(byTestId(page, "import-organisation"), NAME);
    await byTestId(page, "import-cancel").click();

    // Another year, compared: the measure's name beside the indicator it served, as text.
    await byTestId(page, "add-year-button").click();
    const served = byTestId(page, "compare-table").locator('tr[data-indicator="i5"] .measures-before');
    await eventually(async () => assert.equal((await served.textContent()).trim(), NAME));

    // The roll-up: the name in the table as text; CSV cells a spreadsheet would run are quoted.
    await byTestId(page, "nav-rollup").click();
    await page.setInputFiles('[data-testid="rollup-files"]', { name: exported.name, mimeType: "application/json", buffer: exported.bytes });
    await byTestId(page, "rollup-timing").waitFor();
    await expectText(byTestId(page, "rollup-table").locator("tbody th").first(), NAME);
    const csv = (await download(page, "rollup-csv")).bytes.toString("utf8");
    assert.ok(csv.includes(`"'=1+1 <img src=x onerror=""window.__pwned=1""><marquee>x</marquee><script>window.__pwned=2</script>""'&"`));
    const rollup = JSON.parse((await download(page, "rollup-json")).bytes.toString("utf8"));
    assert.equal(rollup.rows[0].name, NAME);

    await assertNothingRan(page);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
