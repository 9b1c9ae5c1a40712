// End to end: accessibility. axe-core over every view (the work page with a full score sheet,
// each of the four documents, the roll-up with a file loaded) in Thai and in English, and the
// keyboard: a skip link first, the views reachable by Tab, focus visible and moved to the
// new view's content.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { launch, openApp, enterScores, byTestId, eventually, expectText, download, settleSheets } from "./support.mjs";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const SHEET = ["92", "85.50", "95.20", "88", "78.30", "86", "74.50", "81.50", "72.30", "75"];
const DOCUMENTS = ["analysis", "announcement", "declaration", "report"];

let app;
before(async () => {
  app = await launch();
});
after(async () => {
  await app?.close();
});

/**
 * Runs axe-core over the whole page and returns its serious and critical violations, each as
 * one line: rule, impact, what it asks and the first few elements it found.
 */
async function seriousViolations(page, where) {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does
  // not govern: the page itself never loads a script from elsewhere.
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => {
      const targets = v.nodes.slice(0, 4).map((n) => n.target.join(" ")).join(" | ");
      return `${where}: ${v.id} (${v.impact}) ${v.help} [${v.nodes.length} element(s): ${targets}]`;
    });
}

/** The views to check, each opened by its address and waited for. */
async function everyView(page, url, lang) {
  const found = [];
  await page.goto(`${url}#/`);
  await byTestId(page, "score-i1").waitFor();
  await expectText(byTestId(page, "total-score"), "80.00");
  found.push(...(await seriousViolations(page, `${lang} work page`)));
  for (const kind of DOCUMENTS) {
    await page.goto(`${url}#/documents/${kind}`);
    await byTestId(page, `doc-${kind}`).waitFor();
    await settleSheets(page, kind);
    found.push(...(await seriousViolations(page, `${lang} documents: ${kind}`)));
  }
  await page.goto(`${url}#/rollup`);
  await byTestId(page, "rollup-table").waitFor();
  found.push(...(await seriousViolations(page, `${lang} roll-up`)));
  return found;
}

test("axe finds no serious or critical violation on any view or document, in Thai or in English", async () => {
  const { page, url } = app;
  await openApp(page, url);
  await byTestId(page, "org-name").fill("เทศบาลตำบลบ้านใหม่");
  await byTestId(page, "org-district").fill("เมืองเชียงใหม่");
  await byTestId(page, "fiscal-year").selectOption("2563");
  await enterScores(page, SHEET);
  await expectText(byTestId(page, "total-score"), "80.00");
  await byTestId(page, "adopt-public-disclosure").click();
  const card = page.locator('[data-testid="planned-measure"][data-catalogue-id="public-disclosure"]');
  const id = await card.getAttribute("data-measure-id");
  await byTestId(page, `round-${id}-6-status`).selectOption("done");
  await byTestId(page, `round-${id}-6-outputs`).fill("ข้อมูลเผยแพร่ครบถ้วน 33 รายการ");
  // A refused score shows its message: the page with an error in it is checked too.
  await byTestId(page, "whatif-i9").fill("120");
  // The roll-up, with a file in it.
  const exported = await download(page, "export-json");
  await byTestId(page, "nav-rollup").click();
  await page.setInputFiles('[data-testid="rollup-files"]', { name: exported.name, mimeType: "application/json", buffer: exported.bytes });
  await byTestId(page, "rollup-table").waitFor();

  const found = await everyView(page, url, "Thai");
  await byTestId(page, "lang-toggle").click();
  await eventually(async () => assert.equal(await page.evaluate(() => document.documentElement.lang), "en"));
  found.push(...(await everyView(page, url, "English")));
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en", "still in English");
  assert.deepEqual(found, [], `axe found serious or critical violations:\n${found.join("\n")}`);
  await byTestId(page, "lang-toggle").click();
  assert.deepEqual(app.errors, []);
});

/** Presses Tab until `matches` holds for the focused element, at most `limit` times. */
async function tabTo(page, matches, limit = 80) {
  const seen = [];
  for (let n = 0; n < limit; n++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const e = document.activeElement;
      return { testid: e?.getAttribute("data-testid"), id: e?.id, tag: e?.tagName.toLowerCase(), text: e?.textContent.trim().slice(0, 40) };
    });
    seen.push(focused.testid ?? focused.id ?? focused.tag);
    if (matches(focused)) return focused;
  }
  assert.fail(`not reached by Tab; focus went through: ${seen.join(", ")}`);
}

/** Whether the focused element shows that it has the focus (an outline or a ring). */
async function focusShows(page) {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement);
    return (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
  });
}

test("keyboard: the skip link is the first stop and moves to the main content; the views are reached by Tab", async () => {
  const { page, url } = app;
  // A fresh load, with nothing focused yet (going to a hash of the same page would not be).
  const fresh = async (hash) => {
    await page.goto(`${url}${hash}`);
    await page.reload();
    await byTestId(page, "score-i1").waitFor();
  };
  await fresh("#/");

  await page.keyboard.press("Tab");
  const skip = await page.evaluate(() => {
    const e = document.activeElement;
    const box = e.getBoundingClientRect();
    return { tag: e.tagName, href: e.getAttribute("href"), visible: box.width > 0 && box.height > 0 && box.bottom > 0 };
  });
  assert.deepEqual(skip, { tag: "A", href: "#main", visible: true }, "the first Tab stop is the skip link, shown");
  await page.keyboard.press("Enter");
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.id), "main"));
  assert.equal(await page.evaluate(() => document.activeElement.tagName), "MAIN");
  assert.match(page.url(), /#\/$/, "the skip link leaves the view's address alone");

  // From the top of the page: the language toggle and each view link, with visible focus.
  await fresh("#/");
  await tabTo(page, (f) => f.testid === "lang-toggle", 3);
  for (const view of ["nav-work", "nav-documents", "nav-rollup"]) {
    await tabTo(page, (f) => f.testid === view, 10);
    assert.ok(await focusShows(page), `${view} shows its focus`);
  }

  // Enter on a view link opens the view and puts the focus on its content.
  await fresh("#/");
  await tabTo(page, (f) => f.testid === "nav-documents", 6);
  await page.keyboard.press("Enter");
  await byTestId(page, "doc-analysis").waitFor();
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.id), "main"));
  // From there Tab reaches the documents and their controls.
  for (const control of ["doc-pick-analysis", "doc-pick-report", "doc-thai-digits", "doc-print", "draft-analysis-foreword"]) {
    await tabTo(page, (f) => f.testid === control);
    assert.ok(await focusShows(page), `${control} shows its focus`);
  }
  await page.evaluate(() => document.getElementById("main").focus());
  await tabTo(page, (f) => f.testid === "doc-pick-report");
  await page.keyboard.press("Enter");
  await byTestId(page, "doc-report").waitFor();
  await tabTo(page, (f) => f.testid === "report-round");
  assert.deepEqual(app.errors, []);
});
