// End to end: years, comparison, export and import (picked and dropped), refusals and undo,
// all against the release build in Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, openApp, enterScores, byTestId, eventually, expectText, download } from "./support.mjs";

const STORAGE_KEY = "ita-selfcheck.v1";
const FIXTURES = "tests/fixtures/exchange";
const EARLIER = ["85", "80", "97", "90", "72", "88", "80", "76", "81", "90"];
const LATER = ["90.5", "88", "99.45", "91", "86.2", "92", "84.1", "80", "95", "87.5"];

let app;
before(async () => {
  app = await launch();
});
after(async () => {
  await app?.close();
});

/** The saved work, as the app keeps it on the device. */
async function saved(page) {
  const text = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  return text === null ? null : JSON.parse(text);
}

/** Waits until the saved work stops changing, and returns it. */
async function settled(page) {
  let last = JSON.stringify(await saved(page));
  for (;;) {
    await page.waitForTimeout(150);
    const now = JSON.stringify(await saved(page));
    if (now === last) return JSON.parse(now);
    last = now;
  }
}

/** Two years of work: 2567 with a measure, and 2568 carried forward from it. */
async function twoYears(page) {
  await byTestId(page, "org-name").fill("เทศบาลตำบลบ้านใหม่");
  await byTestId(page, "org-type").selectOption("subdistrict-municipality");
  await byTestId(page, "org-province").fill("น่าน");
  await byTestId(page, "fiscal-year").selectOption("2567");
  await enterScores(page, EARLIER);
  const first = byTestId(page, "measures").locator("[data-measure]").first();
  const measure = await first.getAttribute("data-measure");
  await byTestId(page, `adopt-${measure}`).click();
  await eventually(async () => assert.equal(await byTestId(page, "planned-measure").count(), 1));
  await byTestId(page, "add-year").selectOption("2568");
  assert.equal(await byTestId(page, "carry-forward").isChecked(), true);
  await byTestId(page, "add-year-button").click();
  await eventually(async () => assert.equal(await byTestId(page, "year-tab-2568").getAttribute("aria-selected"), "true"));
  await enterScores(page, LATER);
  return measure;
}

test("a new year carries the measures forward; a deleted year comes back with undo", async () => {
  const { page, url } = app;
  await openApp(page, url);
  await twoYears(page);
  // The measure came along, and the 2568 scores are empty until typed.
  assert.equal(await byTestId(page, "planned-measure").count(), 1);
  await expectText(byTestId(page, "total-score"), "89.42");

  // The year picker cannot take a year another assessment holds.
  const taken = byTestId(page, "fiscal-year").locator('option[value="2567"]');
  assert.equal(await taken.isDisabled(), true);

  await byTestId(page, "year-tab-2567").click();
  await expectText(byTestId(page, "total-score"), "84.04");
  // The year picker follows the open year: 2567 chosen, 2568 now the one another holds.
  assert.equal(await byTestId(page, "fiscal-year").inputValue(), "2567");
  assert.equal(await byTestId(page, "fiscal-year").locator('option[value="2568"]').isDisabled(), true);
  assert.equal(await taken.isDisabled(), false);
  await byTestId(page, "delete-year").click();
  await byTestId(page, "year-deleted").waitFor();
  assert.match(await byTestId(page, "year-deleted").textContent(), /2567/);
  assert.equal(await byTestId(page, "year-tab-2567").count(), 0);
  await expectText(byTestId(page, "total-score"), "89.42");
  await byTestId(page, "undo-delete-year").click();
  await byTestId(page, "year-tab-2567").waitFor();
  await byTestId(page, "year-tab-2567").click();
  await expectText(byTestId(page, "total-score"), "84.04");
  assert.equal(await byTestId(page, "score-i5").inputValue(), "72");
  assert.deepEqual(app.errors, []);
});

test("two years side by side: change per indicator, in the total and the result, and the measures", async () => {
  const { page, url } = app;
  await openApp(page, url);
  const table = byTestId(page, "compare-table");
  await table.waitFor();
  assert.equal(await byTestId(page, "compare-earlier").inputValue(), "2567");
  assert.equal(await byTestId(page, "compare-later").inputValue(), "2568");
  const i5 = await table.locator('tr[data-indicator="i5"]').locator("th, td").allTextContents();
  assert.equal(i5[1], "72.00");
  assert.equal(i5[2], "86.20");
  assert.equal(i5[3], "▲ +14.20");
  assert.notEqual(i5[4].trim(), "", "the measure that served i5 in 2567 is named");
  const i8 = await table.locator('tr[data-indicator="i8"]').locator("td").nth(2).textContent();
  assert.equal(i8, "▲ +4.00");
  const total = await byTestId(page, "compare-total").locator("td").allTextContents();
  assert.deepEqual(total.slice(0, 3), ["84.04", "89.42", "▲ +5.38"]);
  const result = await byTestId(page, "compare-result").locator("td").allTextContents();
  assert.deepEqual(result.slice(0, 2), ["ไม่ผ่าน", "ผ่าน"]);
});

test("export then import in a fresh browser gives the same work", async () => {
  const { page, url } = app;
  await openApp(page, url);
  // An import opens the file's latest year; so does the work exported here.
  await byTestId(page, "year-tab-2568").click();
  const before = await settled(page);
  assert.equal(before.doc.assessments.length, 2);
  assert.equal(before.open_year, 2568);
  const file = await download(page, "export-json");
  assert.match(file.name, /^ita-เทศบาลตำบลบ้านใหม่-2567-2568-\d{4}-\d{2}-\d{2}\.json$/);
  const text = readFileSync(file.path, "utf8");
  assert.ok(text.startsWith("{\n  "), "pretty-printed");
  const exported = JSON.parse(text);
  assert.equal(exported.format, "ita-selfcheck");
  assert.deepEqual(exported.assessments.map((a) => a.total), [84.04, 89.42]);

  const fresh = await launch();
  try {
    await openApp(fresh.page, fresh.url);
    await fresh.page.setInputFiles('[data-testid="import-json"]', file.path);
    await byTestId(fresh.page, "import-preview").waitFor();
    await expectText(byTestId(fresh.page, "import-added"), "2567, 2568");
    await byTestId(fresh.page, "import-confirm").click();
    await byTestId(fresh.page, "import-done").waitFor();
    await expectText(byTestId(fresh.page, "total-score"), "89.42");
    await eventually(async () => assert.deepEqual(await saved(fresh.page), before));
    assert.deepEqual(fresh.errors, []);
  } finally {
    await fresh.close();
  }
});

test("every malformed file is refused with its own message, and nothing changes", async () => {
  const { page, url } = app;
  await openApp(page, url);
  await byTestId(page, "lang-toggle").click();
  const before = await settled(page);
  const expected = JSON.parse(readFileSync(join(FIXTURES, "malformed.expected.json"), "utf8"));
  const names = readdirSync(join(FIXTURES, "malformed")).sort();
  assert.ok(names.length >= 40);
  // A 50 MB file, made here rather than kept in the repository: refused before it is read.
  const big = join(mkdtempSync(join(tmpdir(), "ita-big-")), "too-big.json");
  writeFileSync(big, `{"format":"ita-selfcheck","version":1,"assessments":[],"pad":"${"x".repeat(50 * 1024 * 1024 - 64)}"}`);
  const cases = [
    ...names.map((name) => ({ path: join(FIXTURES, "malformed", name), expected: expected[name] })),
    { path: big, expected: /^the file is 50\.0 MB; files up to 20 MB can be read$/ },
  ];
  for (const { path, expected: message } of cases) {
    assert.ok(message, `${path} has an expected message`);
    await page.setInputFiles('[data-testid="import-json"]', path);
    const error = byTestId(page, "import-error");
    await error.waitFor({ state: "visible" });
    const reason = (await error.locator(".import-reason").textContent()).trim();
    if (message instanceof RegExp) assert.match(reason, message, path);
    else assert.equal(reason, message, path);
    assert.equal(await byTestId(page, "import-preview").count(), 0);
    await byTestId(page, "import-dismiss").click();
    await error.waitFor({ state: "detached" });
  }
  assert.deepEqual(await settled(page), before, "nothing the user had changed");
  await byTestId(page, "lang-toggle").click();

  // In Thai, the same refusal names the same field.
  await page.setInputFiles('[data-testid="import-json"]', join(FIXTURES, "malformed", "score-above-100.json"));
  const reason = byTestId(page, "import-error").locator(".import-reason");
  await eventually(async () => assert.match(await reason.textContent(), /^assessments\[0\]\.scores\.i3: 105 .*100/));
  assert.match(await reason.textContent(), /เกิน/);
});

test("every odd but valid file is previewed with its years and organisation; cancel changes nothing", async () => {
  const { page, url } = app;
  await openApp(page, url);
  await byTestId(page, "lang-toggle").click();
  const before = await settled(page);
  const expected = JSON.parse(readFileSync(join(FIXTURES, "accepted.expected.json"), "utf8"));
  const names = readdirSync(join(FIXTURES, "accepted")).sort();
  assert.deepEqual(names, Object.keys(expected).sort());
  for (const name of names) {
    await page.setInputFiles('[data-testid="import-json"]', join(FIXTURES, "accepted", name));
    const preview = byTestId(page, "import-preview");
    await preview.waitFor({ state: "visible" });
    assert.equal(await byTestId(page, "import-error").count(), 0, name);
    if (expected[name].organisation) {
      assert.equal(await byTestId(page, "import-organisation").textContent(), expected[name].organisation, name);
    }
    const listed = [];
    for (const id of ["import-added", "import-replaced"]) {
      const list = byTestId(page, id);
      if (await list.count()) listed.push(...((await list.textContent()).match(/\d{4}/g) ?? []).map(Number));
    }
    assert.deepEqual(listed.sort(), expected[name].years, name);
    await byTestId(page, "import-cancel").click();
    await preview.waitFor({ state: "detached" });
  }
  assert.deepEqual(await settled(page), before, "nothing the user had changed");
  await byTestId(page, "lang-toggle").click();
});

test("a file dropped on the page shows what will change; import and undo", async () => {
  const { page, url } = app;
  await openApp(page, url);
  const before = await settled(page);
  const file = JSON.stringify({
    format: "ita-selfcheck",
    version: 1,
    organisation: { name: "อบต.ดอนแก้ว", type: "subdistrict-administration", province: "ลำปาง" },
    assessments: [
      { fiscal_year: 2568, framework: "ita-2566", scores: { i1: 99, i2: 99, i3: 99, i4: 99, i5: 99, i6: 99, i7: 99, i8: 99, i9: 99, i10: 99 } },
      { fiscal_year: 2569, framework: "ita-2566", scores: { i1: 70 } },
    ],
  });
  const transfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "ดอนแก้ว.json", { type: "application/json" }));
    return transfer;
  }, file);
  await page.dispatchEvent("main", "dragover", { dataTransfer: transfer });
  await page.dispatchEvent("main", "drop", { dataTransfer: transfer });
  const preview = byTestId(page, "import-preview");
  await preview.waitFor();
  await expectText(byTestId(page, "import-organisation"), "อบต.ดอนแก้ว");
  await expectText(byTestId(page, "import-added"), "2569");
  await expectText(byTestId(page, "import-replaced"), "2568");
  await expectText(byTestId(page, "import-kept"), "2567");

  // Cancelling changes nothing.
  await byTestId(page, "import-cancel").click();
  await preview.waitFor({ state: "detached" });
  assert.deepEqual(await settled(page), before);

  await page.dispatchEvent("main", "drop", { dataTransfer: transfer });
  await byTestId(page, "import-confirm").click();
  await byTestId(page, "import-done").waitFor();
  assert.equal(await byTestId(page, "org-name").inputValue(), "อบต.ดอนแก้ว");
  await byTestId(page, "year-tab-2568").click();
  await expectText(byTestId(page, "total-score"), "99.00");

  await byTestId(page, "import-undo").click();
  await eventually(async () => assert.equal(await byTestId(page, "org-name").inputValue(), "เทศบาลตำบลบ้านใหม่"));
  assert.equal(await byTestId(page, "year-tab-2569").count(), 0);
  await eventually(async () => assert.deepEqual(await saved(page), before));
  assert.deepEqual(app.errors, []);
});

test("an exported file of an earlier version of the app imports", async () => {
  const { page, url } = app;
  await openApp(page, url);
  const folder = join(FIXTURES, "v1");
  for (const name of readdirSync(folder).filter((n) => n.endsWith(".json"))) {
    await page.setInputFiles('[data-testid="import-json"]', join(folder, name));
    await byTestId(page, "import-preview").waitFor();
    await byTestId(page, "import-cancel").click();
    await byTestId(page, "import-preview").waitFor({ state: "detached" });
  }
});
