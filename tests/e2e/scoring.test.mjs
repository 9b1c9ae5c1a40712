// End to end: the release build, served on 127.0.0.1, used as an officer would use it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openApp, enterScores, byTestId, expectText, eventually } from "./support.mjs";

// Hand-computed in tests/scoring.rs: IIT 27.3090 + EIT 25.6100 + OIT 36.5000 = 89.4190.
const SCORES_2568 = ["90.5", "88", "99.45", "91", "86.2", "92", "84.1", "80", "95", "87.5"];

let app;
before(async () => {
  app = await launch();
});
after(async () => {
  await app?.close();
});

test("a full score sheet gives the total and result, and survives a reload", async () => {
  const { page, url } = app;
  await openApp(page, url);
  await expectText(byTestId(page, "total-score"), "—");

  await byTestId(page, "org-name").fill("เทศบาลตำบลบ้านใหม่");
  await byTestId(page, "org-type").selectOption("subdistrict-municipality");
  await byTestId(page, "org-province").fill("เชียงใหม่");
  // What is not in sight at first comes a frame after the form: the provinces' suggestions,
  // the people's fields in their closed section, and the weights' table in its.
  await eventually(async () => assert.equal(await page.locator("#province-list option").count(), 77));
  assert.equal(await page.locator('#province-list option[value="เชียงใหม่"]').count(), 1);
  assert.equal(await page.locator("#people[open]").count(), 0);
  assert.equal(await page.locator("#people input").count(), 4);
  await byTestId(page, "fiscal-year").selectOption("2568");
  await expectText(byTestId(page, "framework"), "ita-2566");
  assert.equal(await page.locator('[data-testid="framework-weights"] tbody tr').count(), 10);
  await enterScores(page, SCORES_2568);

  await expectText(byTestId(page, "total-score"), "89.42");
  await expectText(byTestId(page, "result-label"), "ผ่าน");
  await expectText(byTestId(page, "tool-iit"), "27.31");
  await expectText(byTestId(page, "tool-eit"), "25.61");
  await expectText(byTestId(page, "tool-oit"), "36.50");

  await page.reload();
  await byTestId(page, "score-i1").waitFor({ state: "visible" });
  await expectText(byTestId(page, "total-score"), "89.42");
  await expectText(byTestId(page, "result-label"), "ผ่าน");
  assert.equal(await byTestId(page, "org-name").inputValue(), "เทศบาลตำบลบ้านใหม่");
  assert.equal(await byTestId(page, "org-type").inputValue(), "subdistrict-municipality");
  assert.equal(await byTestId(page, "org-province").inputValue(), "เชียงใหม่");
  assert.equal(await byTestId(page, "fiscal-year").inputValue(), "2568");
  for (const [n, score] of SCORES_2568.entries()) {
    assert.equal(await byTestId(page, `score-i${n + 1}`).inputValue(), score);
  }
  assert.deepEqual(app.errors, []);
});

test("a refused value shows its message beside the field, stays out of the total, and is kept", async () => {
  const { page, url } = app;
  await openApp(page, url);
  await byTestId(page, "score-i7").fill("8๔,๑๒๓");
  const error = byTestId(page, "score-error-i7");
  await error.waitFor({ state: "visible" });
  assert.match(await error.textContent(), /ทศนิยมได้ไม่เกิน 2 ตำแหน่ง/);
  await expectText(byTestId(page, "total-score"), "—");
  await expectText(byTestId(page, "result-label"), "—");

  await page.reload();
  await byTestId(page, "score-error-i7").waitFor({ state: "visible" });
  assert.equal(await byTestId(page, "score-i7").inputValue(), "8๔,๑๒๓");

  // Six digits once wrapped round to 0.00 in the release build (found by fuzzing).
  await byTestId(page, "score-i7").fill("655360");
  await expectText(byTestId(page, "score-error-i7"), "คะแนนต้องไม่เกิน 100");
  await expectText(byTestId(page, "total-score"), "—");

  await byTestId(page, "score-i7").fill("84,1");
  await byTestId(page, "score-error-i7").waitFor({ state: "detached" });
  await expectText(byTestId(page, "total-score"), "89.42");
});

const THAI_NAMES = [
  "การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต",
  "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร", "การปรับปรุงระบบการทำงาน", "การเปิดเผยข้อมูล", "การป้องกันการทุจริต",
];

test("each official indicator name labels exactly its score field, and English mode says Pass", async () => {
  const { page, url } = app;
  await openApp(page, url);
  // With every section on the page (analysis, targets, what-if, custom weights), each name
  // still labels one field only: getByLabel is strict and throws on two.
  await byTestId(page, "framework-custom").check();
  for (const [n, name] of THAI_NAMES.entries()) {
    assert.equal(await page.getByLabel(name).getAttribute("data-testid"), `score-i${n + 1}`);
  }
  await byTestId(page, "framework-by-year").check();
  await byTestId(page, "lang-toggle").click();
  await expectText(byTestId(page, "result-label"), "Pass");
  assert.equal(await page.getByLabel("Use of government assets").getAttribute("data-testid"), "score-i4");
  await byTestId(page, "lang-toggle").click();
  await expectText(byTestId(page, "result-label"), "ผ่าน");
});

test("an earlier fiscal year switches to levels", async () => {
  const { page, url } = app;
  await openApp(page, url);
  await byTestId(page, "fiscal-year").selectOption("2564");
  await expectText(byTestId(page, "framework"), "ita-2562");
  await expectText(byTestId(page, "result-label"), "A");
  await byTestId(page, "fiscal-year").selectOption("2568");
  await expectText(byTestId(page, "result-label"), "ผ่าน");
});

test("unreadable saved work is offered for download, never silently dropped", async () => {
  const { page, url } = app;
  await openApp(page, url);
  const garbage = '{"format":"ita-selfcheck-state","version":1,"doc":{"scores":[1,2,3 <- cut off';
  await page.evaluate((text) => localStorage.setItem("ita-selfcheck.v1", text), garbage);
  await page.reload();
  const notice = byTestId(page, "storage-unreadable");
  await notice.waitFor({ state: "visible" });
  await expectText(byTestId(page, "total-score"), "—");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    byTestId(page, "download-unreadable").click(),
  ]);
  const path = await download.path();
  const { readFile } = await import("node:fs/promises");
  assert.equal(await readFile(path, "utf8"), garbage);

  // Discarding asks first; after that the notice is gone for good.
  page.once("dialog", (dialog) => dialog.accept());
  await byTestId(page, "discard-unreadable").click();
  await notice.waitFor({ state: "detached" });
  await page.reload();
  await byTestId(page, "score-i1").waitFor({ state: "visible" });
  await eventually(async () => assert.equal(await notice.count(), 0));
});
