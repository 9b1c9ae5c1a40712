// End to end: charts in the release build, their table alternative and their downloads.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openApp, enterScores, byTestId, eventually, download } from "./support.mjs";

const SHEET = ["90", "88", "99", "96", "70", "92", "84", "80", "82", "95"];

let app;
before(async () => {
  app = await launch();
});
after(async () => {
  await app?.close();
});

test("the indicator chart follows the scores and its table shows the same numbers", async () => {
  const { page, url } = app;
  await openApp(page, url);
  await byTestId(page, "org-name").fill("เทศบาลตำบลบ้านใหม่");
  await enterScores(page, SHEET);
  const chart = byTestId(page, "chart-indicators");
  await eventually(async () => assert.match(await chart.locator("svg").innerHTML(), /!! 70\.00/));
  await byTestId(page, "score-i5").fill("86.25");
  await eventually(async () => assert.match(await chart.locator("svg").innerHTML(), /✓ 86\.25/));

  await byTestId(page, "chart-indicators-table-toggle").click();
  const table = byTestId(page, "chart-indicators-table");
  await table.waitFor({ state: "visible" });
  const cells = await table.locator("tbody tr").nth(4).locator("th, td").allTextContents();
  assert.deepEqual(cells, ["i5 การแก้ไขปัญหาการทุจริต", "86.25", "จุดแข็ง"]);
  // The SVG scales to its box: it has a viewBox and no fixed on-screen width.
  const box = await chart.locator("svg").boundingBox();
  const holder = await chart.locator(".chart-svg-box").boundingBox();
  assert.ok(Math.abs(box.width - holder.width) < 3, "the chart fills its box");
});

test("charts download as SVG and as PNG at print resolution", async () => {
  const { page, url } = app;
  await openApp(page, url);
  const svg = await download(page, "chart-indicators-svg");
  assert.match(svg.name, /^ita-indicators-เทศบาลตำบลบ้านใหม่-2569\.svg$/);
  const text = svg.bytes.toString("utf8");
  assert.ok(text.startsWith("<svg "));
  assert.match(text, /<title id="chart-indicators-title">คะแนนรายตัวชี้วัด · เทศบาลตำบลบ้านใหม่/);

  const png = await download(page, "chart-indicators-png");
  assert.match(png.name, /\.png$/);
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "a PNG file");
  // IHDR: width and height, three times the 640 × 476 chart.
  assert.equal(png.bytes.readUInt32BE(16), 1920);
  assert.equal(png.bytes.readUInt32BE(20), 1428);
  assert.ok(png.bytes.length > 20_000, "the PNG has content");
  assert.deepEqual(app.errors, []);
});

test("on a phone-width screen the charts fit without sideways scrolling", async () => {
  const { page, url } = app;
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, url);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  const box = await byTestId(page, "chart-indicators").locator("svg").boundingBox();
  assert.ok(box.width <= 360 && box.width > 250);
  await page.setViewportSize({ width: 1280, height: 900 });
});
