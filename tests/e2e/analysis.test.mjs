// End to end: reading the scores, adopting a measure, recording a round, planning targets.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, openApp, enterScores, byTestId, expectText, eventually } from "./support.mjs";

// Total 87.58 (IIT 26.58, EIT 25.60, OIT 35.40); i5 is lowest and below 75.
const SHEET = ["90", "88", "99", "96", "70", "92", "84", "80", "82", "95"];

let app;
before(async () => {
  app = await launch();
});
after(async () => {
  await app?.close();
});

/** The `data-indicator` (or another attribute) of each item of a list, in order. */
async function itemsOf(page, testid, attribute = "data-indicator") {
  return byTestId(page, testid).locator(":scope > li").evaluateAll(
    (items, name) => items.map((item) => item.getAttribute(name)),
    attribute,
  );
}

test("strengths, weaknesses and suggested measures appear once all ten scores are in", async () => {
  const { page, url } = app;
  await openApp(page, url);
  await enterScores(page, SHEET);
  await expectText(byTestId(page, "total-score"), "87.58");
  await eventually(async () => {
    assert.deepEqual(await itemsOf(page, "strengths"), ["i3", "i4", "i10", "i6", "i1", "i2"]);
  });
  assert.deepEqual(await itemsOf(page, "to-develop"), ["i5", "i9", "i8", "i7"]);
  assert.deepEqual(await itemsOf(page, "urgent"), ["i5"]);
  const measures = await itemsOf(page, "measures", "data-measure");
  assert.equal(measures[0], "corruption-complaints");
  assert.ok(measures.includes("ita-results"), "last year's results are always offered");
  const served = await itemsOf(page, "measures", "data-indicators");
  assert.equal(served[0], "i5 i9");
  // The weak indicator's explanation is on the page, in Thai.
  const urgentText = await byTestId(page, "urgent").textContent();
  assert.match(urgentText, /การแก้ไขปัญหาการทุจริต/);
  assert.match(urgentText, /ต่ำกว่า 75\.00/);
});

test("an adopted measure with a recorded round survives a reload", async () => {
  const { page, url } = app;
  await openApp(page, url);
  await byTestId(page, "adopt-public-disclosure").click();
  const card = page.locator('[data-testid="planned-measure"][data-catalogue-id="public-disclosure"]');
  await card.waitFor({ state: "visible" });
  const id = await card.getAttribute("data-measure-id");
  await byTestId(page, `measure-${id}-responsible`).fill("งานประชาสัมพันธ์ สำนักปลัด");
  await byTestId(page, `round-${id}-3-status`).selectOption("in-progress");
  await byTestId(page, `round-${id}-3-done`).fill("ทำบัญชีข้อมูล 42 รายการ มอบหมายผู้รับผิดชอบแล้ว");
  await byTestId(page, `round-${id}-3-outputs`).fill("คำสั่งมอบหมาย 1 ฉบับ");
  await byTestId(page, `round-${id}-3-outcomes`).fill("ข้อมูลบนเว็บไซต์เป็นปัจจุบัน 38 จาก 42 รายการ");
  await byTestId(page, `round-${id}-3-notes`).fill("<script>alert(1)</script>");
  assert.equal(await byTestId(page, "adopt-public-disclosure").isDisabled(), true);

  await page.reload();
  await byTestId(page, `round-${id}-3-status`).waitFor({ state: "visible" });
  assert.equal(await byTestId(page, `measure-${id}-responsible`).inputValue(), "งานประชาสัมพันธ์ สำนักปลัด");
  assert.equal(await byTestId(page, `round-${id}-3-status`).inputValue(), "in-progress");
  assert.equal(await byTestId(page, `round-${id}-3-done`).inputValue(), "ทำบัญชีข้อมูล 42 รายการ มอบหมายผู้รับผิดชอบแล้ว");
  assert.equal(await byTestId(page, `round-${id}-3-outcomes`).inputValue(), "ข้อมูลบนเว็บไซต์เป็นปัจจุบัน 38 จาก 42 รายการ");
  assert.equal(await byTestId(page, `round-${id}-3-notes`).inputValue(), "<script>alert(1)</script>");
  assert.equal(await byTestId(page, "adopt-public-disclosure").isDisabled(), true);
  assert.deepEqual(app.errors, []);
});

test("the what-if total moves live beside the current one, and a target plan fills it", async () => {
  const { page, url } = app;
  await openApp(page, url);
  await expectText(byTestId(page, "projected-total"), "87.58");
  await byTestId(page, "whatif-i9").fill("100");
  await expectText(byTestId(page, "projected-total"), "91.18");
  await expectText(byTestId(page, "total-score"), "87.58");
  await byTestId(page, "clear-whatif").click();
  await expectText(byTestId(page, "projected-total"), "87.58");

  const plan = byTestId(page, "target-plan");
  assert.match(await plan.textContent(), /51\.15/);
  await byTestId(page, "target-level-aa-use").click();
  await expectText(byTestId(page, "projected-total"), "95.00");
  assert.equal(await byTestId(page, "whatif-i7").inputValue(), "92.15");
});

test("the measures' and indicators' long texts come after the first paint; a failed load says so, waits, and can be tried again", async () => {
  // Not in the WebAssembly a first visit waits for: in catalogue.txt beside it.
  const dist = process.env.DIST ?? "dist";
  const guideline = "หน่วยงานเปิดเผยข้อมูลข่าวสารตามมาตรา 9";
  const [wasm] = readdirSync(dist).filter((f) => f.endsWith("_bg.wasm"));
  for (const text of [guideline, thaiOf("i5", "asks"), thaiOf("i5", "develop"), thaiOf("declaration.culture", "draft")]) {
    assert.equal(readFileSync(join(dist, wasm)).includes(Buffer.from(text)), false, text);
  }
  assert.ok(readFileSync(join(dist, "catalogue.txt"), "utf8").includes(guideline));

  const failing = await launch();
  try {
    const { page, url } = failing;
    await page.route("**/catalogue.txt", (route) => route.abort("connectionfailed"));
    await openApp(page, url);
    // The example's measures come from the catalogue: its offer waits, and says why.
    const status = byTestId(page, "catalogue-status");
    await expectText(byTestId(page, "catalogue-retry").first(), "ลองอีกครั้ง");
    assert.equal(await status.first().getAttribute("data-state"), "failed");
    assert.match(await status.first().textContent(), /โหลดรายละเอียดของมาตรการไม่สำเร็จ/);
    assert.equal(await byTestId(page, "try-example").isDisabled(), true);
    // Suggestions still name the measures and why, and nothing can be adopted half-written.
    await enterScores(page, SHEET);
    const item = page.locator('[data-testid="measures"] li[data-measure="public-disclosure"]');
    await item.waitFor();
    assert.match(await item.locator(".suggestion-name").textContent(), /มาตรการเผยแพร่ข้อมูลต่อสาธารณะ/);
    assert.equal(await item.locator(".guideline").count(), 0);
    assert.equal(await byTestId(page, "adopt-public-disclosure").isDisabled(), true);
    assert.equal(await page.locator('#measures [data-testid="catalogue-status"]').count(), 1);
    // The analysis names the indicators to develop, without what their tools ask until then.
    const develop = byTestId(page, "to-develop").locator("li").first();
    await develop.waitFor();
    assert.equal(await byTestId(page, "to-develop").locator(".asks").count(), 0);
    // No document is built without them.
    await page.goto(`${url}#/documents/analysis`);
    await byTestId(page, "catalogue-status").first().waitFor();
    assert.equal(await byTestId(page, "doc-analysis").count(), 0);
    assert.equal(await byTestId(page, "doc-print").isDisabled(), true);
    // Back on the work page, the connection is back: "try again" loads them.
    await page.unroute("**/catalogue.txt");
    await page.goto(`${url}#/`);
    await byTestId(page, "catalogue-retry").first().click();
    await expectText(item.locator(".guideline"), thaiOf("public-disclosure", "guideline"));
    const code = await develop.getAttribute("data-indicator");
    await expectText(develop.locator(".asks"), thaiOf(code, "asks"));
    assert.equal(await byTestId(page, "catalogue-status").count(), 0);
    await byTestId(page, "adopt-public-disclosure").click();
    const card = page.locator('[data-testid="planned-measure"][data-catalogue-id="public-disclosure"]');
    await card.waitFor({ state: "visible" });
    const id = await card.getAttribute("data-measure-id");
    assert.match(await byTestId(page, `measure-${id}-guideline`).inputValue(), new RegExp(guideline));
    await page.goto(`${url}#/documents/analysis`);
    await byTestId(page, "doc-analysis").waitFor();
    assert.deepEqual(failing.errors, []);
  } finally {
    await failing.close();
  }

  /** The Thai text of a measure's or an indicator's field, as catalogue.txt has it. */
  function thaiOf(id, field) {
    const line = readFileSync(join(dist, "catalogue.txt"), "utf8")
      .split("\n")
      .find((l) => l.startsWith(`${id}\t${field}\t`));
    return line.split("\t")[2];
  }
});
