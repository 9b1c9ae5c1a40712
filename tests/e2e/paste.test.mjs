// End to end: scores in one go (a ranked report excerpt pasted, previewed, confirmed, undone;
// garbage changing nothing; several scores pasted into one field), the total in sight while
// typing on a phone, and the example to try, which never mixes with the user's own work.
import { test } from "node:test";
import assert from "node:assert/strict";
import { launch, openApp, enterScores, byTestId, expectText, eventually } from "./support.mjs";

// A published analysis lists the indicators by rank: the line's number is not the indicator.
// Weighted: IIT 6 × 439 = 2634, EIT 10 × 242 = 2420, OIT 20 × 147.30 = 2946 → 80.00.
const RANKED = [
  "ผลคะแนนรายตัวชี้วัด ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (เรียงจากมากไปน้อย)",
  "ตัวชี้วัดที่ 1 การใช้อำนาจ ได้คะแนน 95.20",
  "ตัวชี้วัดที่ 2 การปฏิบัติหน้าที่ ได้คะแนน 92.00",
  "ตัวชี้วัดที่ 3 การใช้ทรัพย์สินของทางราชการ ได้คะแนน 88.00",
  "ตัวชี้วัดที่ 4 คุณภาพการดำเนินงาน ได้คะแนน 86.00",
  "ตัวชี้วัดที่ 5 การใช้งบประมาณ ได้คะแนน ๘๕,๕๐",
  "ตัวชี้วัดที่ 6 การปรับปรุงการทำงาน ได้คะแนน 81.50",
  "ตัวชี้วัดที่ 7 การแก้ไขปัญหาการทุจริต ได้คะแนน 78.30",
  "ตัวชี้วัดที่ 8 การป้องกันการทุจริต ได้คะแนน 75.00",
  "ตัวชี้วัดที่ 9 ประสิทธิภาพการสื่อสาร ได้คะแนน 74.50",
  "ตัวชี้วัดที่ 10 การเปิดเผยข้อมูล ได้คะแนน 72.30",
  "คะแนนรวม 80.00 ผลการประเมิน ไม่ผ่าน",
].join("\n");
const EXPECTED = ["92.00", "85.50", "95.20", "88.00", "78.30", "86.00", "74.50", "81.50", "72.30", "75.00"];

const values = (page) => Promise.all(EXPECTED.map((_, n) => byTestId(page, `score-i${n + 1}`).inputValue()));

test("a ranked report pasted: previewed, confirmed, the total checked, and undone", async () => {
  const app = await launch();
  try {
    const { page, url } = app;
    await openApp(page, url);
    await byTestId(page, "score-i4").fill("60");
    await page.locator("details.paste > summary").click();
    await byTestId(page, "paste-scores").fill(RANKED);
    const preview = byTestId(page, "paste-preview");
    await preview.waitFor();
    // Nothing changes before confirming.
    assert.equal(await byTestId(page, "score-i1").inputValue(), "");
    assert.equal(await preview.locator("tbody tr").count(), 10);
    assert.equal((await preview.locator('tr[data-indicator="i3"] td').last().textContent()).trim(), "95.20");
    assert.equal((await preview.locator('tr[data-indicator="i4"] td').first().textContent()).trim(), "60");
    await byTestId(page, "paste-confirm").click();
    await eventually(async () => assert.deepEqual(await values(page), EXPECTED));
    await expectText(byTestId(page, "total-score"), "80.00");
    await expectText(byTestId(page, "result-label"), "ไม่ผ่าน");
    // One click undoes it: what was there before comes back.
    await byTestId(page, "paste-undo").click();
    await eventually(async () => assert.equal(await byTestId(page, "score-i4").inputValue(), "60"));
    assert.equal(await byTestId(page, "score-i1").inputValue(), "");
    await expectText(byTestId(page, "total-score"), "—");
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("garbage pasted changes nothing; a refused value is shown refused and never enters the form", async () => {
  const app = await launch();
  try {
    const { page, url } = app;
    await openApp(page, url);
    await enterScores(page, EXPECTED.map((s) => s.replace(/\.00$/, "")));
    const before = await values(page);
    await page.locator("details.paste > summary").click();
    await byTestId(page, "paste-scores").fill("สวัสดีครับ ขอคะแนนหน่อย\n<img src=x onerror=alert(1)>\n1 2 3");
    await byTestId(page, "paste-preview").waitFor();
    assert.equal(await byTestId(page, "paste-confirm").isDisabled(), true);
    await byTestId(page, "paste-cancel").click();
    await eventually(async () => assert.equal(await byTestId(page, "paste-preview").count(), 0));
    assert.deepEqual(await values(page), before);

    await byTestId(page, "paste-scores").fill("การใช้อำนาจ 99.45\nการเปิดเผยข้อมูล 105\nการป้องกันการทุจริต 72.305");
    await byTestId(page, "paste-refused-i9").waitFor();
    await byTestId(page, "paste-refused-i10").waitFor();
    await byTestId(page, "paste-confirm").click();
    await eventually(async () => assert.equal(await byTestId(page, "score-i3").inputValue(), "99.45"));
    assert.equal(await byTestId(page, "score-i9").inputValue(), before[8], "105 never entered");
    assert.equal(await byTestId(page, "score-i10").inputValue(), before[9], "three decimals never entered");
    assert.equal(await page.locator("img[src=x]").count(), 0);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test("several scores pasted into one score field go to the preview, not into that field", async () => {
  const app = await launch();
  try {
    const { page, url } = app;
    await openApp(page, url);
    const row = "92\t85.50\t95.20\t88\t78.30\t86\t74.50\t81.50\t72.30\t75";
    await byTestId(page, "score-i1").focus();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      const field = document.querySelector('[data-testid="score-i1"]');
      field.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, row);
    await byTestId(page, "paste-preview").waitFor();
    assert.equal(await byTestId(page, "score-i1").inputValue(), "", "the field is untouched");
    assert.equal(await byTestId(page, "paste-scores").inputValue(), row);
    await byTestId(page, "paste-confirm").click();
    await expectText(byTestId(page, "total-score"), "80.00");
  } finally {
    await app.close();
  }
});

test("on a phone, the tenth score typed, the total is read without scrolling", async () => {
  const app = await launch();
  try {
    const { page, url } = app;
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, url);
    for (const [n, score] of EXPECTED.entries()) {
      const field = byTestId(page, `score-i${n + 1}`);
      await field.scrollIntoViewIfNeeded();
      await field.fill(score);
    }
    // Where the page is now (the tenth field in view): the bar holds the total, in sight.
    const bar = byTestId(page, "score-bar");
    await expectText(byTestId(page, "score-bar-total"), "80.00");
    await expectText(byTestId(page, "score-bar-result"), "ไม่ผ่าน");
    const box = await bar.boundingBox();
    const field = await byTestId(page, "score-i10").boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 844, `the bar is on screen: ${JSON.stringify(box)}`);
    assert.ok(field && field.y >= box.y + box.height, "the bar does not cover the field being typed in");
    // The full summary is far below on a phone: the bar links to it.
    assert.equal(await bar.locator('a[href="#summary"]').count(), 1);
  } finally {
    await app.close();
  }
});

test("the example opens on a blank workbook, shows every section and document, and closing it brings back exactly the work that was there", async () => {
  const app = await launch();
  try {
    const { page, url } = app;
    await openApp(page, url);
    // A blank workbook offers the example.
    await byTestId(page, "try-example").waitFor();
    await byTestId(page, "try-example").click();
    await byTestId(page, "example-banner").waitFor();
    await expectText(byTestId(page, "total-score"), "81.36");
    for (const id of ["strengths", "to-develop", "measures", "chart-indicators"]) {
      await byTestId(page, id).waitFor({ state: "attached" });
    }
    // Nothing of the example is saved.
    assert.equal(await page.evaluate(() => localStorage.getItem("ita-selfcheck.v1")?.includes("ตัวอย่าง") ?? false), false);
    await byTestId(page, "nav-documents").click();
    for (const kind of ["analysis", "announcement", "declaration", "report"]) {
      await byTestId(page, `doc-pick-${kind}`).click();
      const sheet = byTestId(page, `doc-${kind}`).locator(".sheet").first();
      await sheet.waitFor();
      assert.match(await sheet.textContent(), /ข้อมูลตัวอย่างเพื่อทดลองใช้/, `${kind} says it is an example`);
      await byTestId(page, "example-banner").waitFor();
    }
    await byTestId(page, "close-example").click();
    await eventually(async () => assert.equal(await byTestId(page, "example-banner").count(), 0));
    await byTestId(page, "nav-work").click();
    await byTestId(page, "try-example").waitFor();

    // With work of one's own: the example is offered at the foot of the page, keeps the work
    // aside, saves nothing, and gives the work back exactly.
    await byTestId(page, "org-name").fill("เทศบาลของฉัน");
    await byTestId(page, "org-type").selectOption("subdistrict-administration");
    await byTestId(page, "score-i2").fill("81.25");
    await eventually(async () =>
      assert.match(await page.evaluate(() => localStorage.getItem("ita-selfcheck.v1") ?? ""), /เทศบาลของฉัน/),
    );
    const saved = await page.evaluate(() => localStorage.getItem("ita-selfcheck.v1"));
    await byTestId(page, "try-example").click();
    await byTestId(page, "example-banner").waitFor();
    await expectText(byTestId(page, "total-score"), "81.36");
    await byTestId(page, "score-i1").fill("10");
    await byTestId(page, "org-name").fill("แก้ในตัวอย่าง");
    assert.equal(await page.evaluate(() => localStorage.getItem("ita-selfcheck.v1")), saved, "nothing saved");
    await byTestId(page, "close-example").click();
    await eventually(async () => assert.equal(await byTestId(page, "org-name").inputValue(), "เทศบาลของฉัน"));
    // The list shows the kind picked before, not the example's nor none.
    assert.equal(await byTestId(page, "org-type").inputValue(), "subdistrict-administration");
    assert.equal(await byTestId(page, "score-i2").inputValue(), "81.25");
    assert.equal(await byTestId(page, "score-i1").inputValue(), "");
    await page.reload();
    await byTestId(page, "score-i1").waitFor();
    assert.equal(await byTestId(page, "org-name").inputValue(), "เทศบาลของฉัน");
    assert.equal(await page.evaluate(() => localStorage.getItem("ita-selfcheck.v1")), saved);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
