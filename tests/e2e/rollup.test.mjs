// End to end: the roll-up of many organisations' files, checked against figures worked out
// here from the generator's own numbers (not from the app).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, openApp, byTestId, eventually, expectText, download } from "./support.mjs";
import { syntheticFile } from "../../scripts/synthetic.mjs";

const COUNT = 36;
let app;
let folder;
let files;
let generated;
before(async () => {
  app = await launch();
  folder = mkdtempSync(join(tmpdir(), "ita-rollup-test-"));
  generated = Array.from({ length: COUNT }, (_, n) => syntheticFile(n + 1));
  files = generated.map((file) => {
    const path = join(folder, file.name);
    writeFileSync(path, file.text);
    return path;
  });
  // Two that fail, one that is not a results file at all, and one skipped as not .json.
  const broken = { "zz-broken.json": '{"format": "ita-selfcheck", "version": 1, "assessments": [{"fiscal_year": 2568, "scores": {"i3": 105}}]}', "zz-not-json.json": "ITA 2568" };
  for (const [name, text] of Object.entries(broken)) {
    writeFileSync(join(folder, name), text);
    files.push(join(folder, name));
  }
  writeFileSync(join(folder, "notes.txt"), "not a results file");
  files.push(join(folder, "notes.txt"));
});
after(async () => {
  await app?.close();
});

/** Half up to two decimals of `numerator / denominator` (both whole, non-negative). */
function roundedRatio(numerator, denominator) {
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  const hundredths = (2n * n * 100n + d) / (2n * d);
  const text = hundredths.toString().padStart(3, "0");
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

/** The expected summary of the rows of one fiscal year. */
function expected(year, keep = () => true) {
  const rows = generated.flatMap((file) => file.rows.filter((r) => r.year === year && keep(file)).map((r) => ({ ...r, file })));
  const withTotal = rows.filter((r) => r.totalUnits !== null);
  // Pass on the total rounded half up to two decimals: units are 1/10 000 points.
  const passed = withTotal.filter((r) => Math.floor((r.totalUnits + 50) / 100) >= 8500).length;
  const sumTotal = withTotal.reduce((s, r) => s + r.totalUnits, 0);
  const averages = Array.from({ length: 10 }, (_, i) => {
    const entered = rows.map((r) => r.hundredths[i]).filter((h) => h !== null);
    return roundedRatio(entered.reduce((s, h) => s + h, 0), entered.length * 100);
  });
  return {
    rows: rows.length,
    withTotal: withTotal.length,
    passed,
    share: roundedRatio(passed * 100, withTotal.length),
    averageTotal: roundedRatio(sumTotal, withTotal.length * 10_000),
    averages,
  };
}

test("a few dozen files: counts, averages and the share passing match figures worked out here", async () => {
  const { page, url } = app;
  await openApp(page, url);
  // The roll-up has a view of its own.
  await byTestId(page, "nav-rollup").click();
  await page.setInputFiles('[data-testid="rollup-files"]', files);
  await byTestId(page, "rollup-timing").waitFor({ timeout: 30_000 });

  // The failed files are listed with their reasons; the rest loaded.
  const failures = byTestId(page, "rollup-failures").locator("li");
  assert.equal(await failures.count(), 2);
  const broken = await failures.filter({ hasText: "zz-broken.json" }).textContent();
  assert.match(broken, /assessments\[0\]\.scores\.i3: 105 เกิน 100/);
  assert.match(await failures.filter({ hasText: "zz-not-json.json" }).textContent(), /JSON/);

  const allRows = generated.reduce((s, f) => s + f.rows.length, 0);
  const want = expected(2568);
  // The latest year is shown first.
  assert.equal(await byTestId(page, "rollup-filter-year").inputValue(), "2568");
  await expectText(byTestId(page, "rollup-count"), `แสดง ${want.rows} แถว จากทั้งหมด ${allRows} แถว`);
  assert.equal(await byTestId(page, "rollup-table").locator("tbody tr").count(), want.rows);
  const share = await byTestId(page, "rollup-pass-share").textContent();
  assert.ok(share.includes(`ผ่าน 85 ขึ้นไป ${want.share}% (${want.passed} จาก ${want.withTotal} หน่วยงาน)`), share);
  assert.ok(share.includes(Number(want.share) >= 80 ? "ถึงเป้าหมาย" : "ต่ำกว่าเป้าหมาย"), share);
  await expectText(byTestId(page, "rollup-average-total"), want.averageTotal);
  for (let i = 0; i < 10; i++) {
    const cell = byTestId(page, "rollup-averages").locator(`td[data-indicator="i${i + 1}"]`);
    assert.equal((await cell.textContent()).trim(), want.averages[i], `i${i + 1}`);
  }
  // The distribution counts every organisation with a total.
  const table = byTestId(page, "chart-distribution-table");
  const counts = await table.locator("tbody td").allTextContents();
  assert.equal(counts.map(Number).filter((n) => !Number.isNaN(n)).reduce((s, n) => s + n, 0), want.withTotal);
  assert.deepEqual(app.errors, []);
});

test("filters by province and result narrow the table and the summary", async () => {
  const { page } = app;
  const province = generated[0].organisation.province;
  await byTestId(page, "rollup-filter-province").selectOption(province);
  const want = expected(2568, (file) => file.organisation.province === province);
  await eventually(async () => assert.equal(await byTestId(page, "rollup-table").locator("tbody tr").count(), want.rows));
  await expectText(byTestId(page, "rollup-average-total"), want.averageTotal);
  for (const row of await byTestId(page, "rollup-table").locator("tbody tr").all()) {
    assert.ok((await row.textContent()).includes(province));
  }
  await byTestId(page, "rollup-filter-result").selectOption("not-passed");
  await eventually(async () => {
    const rows = await byTestId(page, "rollup-table").locator("tbody tr").allTextContents();
    assert.equal(rows.length, want.withTotal - want.passed);
    for (const row of rows) assert.match(row, /ไม่ผ่าน/);
  });
  await byTestId(page, "rollup-filter-result").selectOption("");
  await byTestId(page, "rollup-filter-province").selectOption("");
});

test("sorting by total puts the highest first, then reverses", async () => {
  const { page } = app;
  const header = byTestId(page, "rollup-table").locator("thead th").filter({ hasText: "คะแนนรวม" }).locator("button");
  await header.click();
  const totals = async () =>
    (await byTestId(page, "rollup-table").locator("tbody tr td.num.total").allTextContents())
      .map((t) => Number(t))
      .filter((t) => !Number.isNaN(t));
  await eventually(async () => {
    const shown = await totals();
    assert.deepEqual(shown, [...shown].sort((a, b) => b - a));
    assert.ok(shown.length > 0);
  });
  await header.click();
  await eventually(async () => {
    const shown = await totals();
    assert.deepEqual(shown, [...shown].sort((a, b) => a - b));
  });
});

test("CSV opens in Excel with Thai intact; anonymised exports hold no names", async () => {
  const { page } = app;
  const want = expected(2568);
  const csv = await download(page, "rollup-csv");
  assert.match(csv.name, /^ita-rollup-\d{4}-\d{2}-\d{2}\.csv$/);
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 byte order mark");
  const lines = csv.bytes.toString("utf8").slice(1).split("\r\n").filter(Boolean);
  assert.equal(lines.length, want.rows + 1);
  assert.match(lines[0], /^ลำดับ,ชื่อหน่วยงาน,ประเภท,จังหวัด,ปีงบประมาณ,คะแนนรวม,ผล,ระดับ,ตัวชี้วัดที่ต่ำสุด,i1,/);
  assert.ok(generated.some((f) => csv.bytes.toString("utf8").includes(f.organisation.name)));

  await byTestId(page, "rollup-anonymise").check();
  const anonymous = (await download(page, "rollup-csv")).bytes.toString("utf8");
  const json = JSON.parse((await download(page, "rollup-json")).bytes.toString("utf8"));
  for (const file of generated) {
    assert.ok(!anonymous.includes(file.organisation.name), file.organisation.name);
    assert.ok(!JSON.stringify(json).includes(file.organisation.name), file.organisation.name);
    assert.ok(!anonymous.includes(file.name), file.name);
  }
  assert.equal(anonymous.split("\r\n").filter(Boolean).length, want.rows + 1);
  assert.deepEqual(app.errors, []);
});
