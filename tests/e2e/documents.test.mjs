// End to end: the documents an agency publishes (analysis, measures announcement, integrity
// declaration, implementation report), from a 2563 workbook entered through the page to the
// A4 sheets of the preview and to Chromium's PDF print, read back with poppler's pdftotext.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { ORG, SCORES, INDICATORS, RANKED, squeeze, assertA4, savedWork } from "./fixture.mjs";
import {
  launch,
  launchWithSaved,
  openApp,
  enterScores,
  byTestId,
  eventually,
  expectText,
  docSheets,
  settleSheets,
  sheetTexts,
  docText,
  docTableRows,
  docClauses,
  printPdf,
  pdfInfo,
  pdfText,
} from "./support.mjs";


// The lowest (i9) and every indicator below 75 (i7) are urgent; i10 at exactly 75.00 is not.
const URGENT = new Set(["i9", "i7"]);

function standing(score, code) {
  const value = Number(score);
  if (value >= 95) return "ดีเยี่ยม";
  if (value >= 85) return "จุดแข็ง";
  return URGENT.has(code) ? "ควรพัฒนา · เร่งด่วน" : "ควรพัฒนา";
}

const ADOPTED = ["public-disclosure", "communication-channels", "corruption-risk"];
// The 6-month round of the first two measures.
const ROUNDS = [
  {
    status: "done",
    done: "ปรับปรุงเว็บไซต์ครบ 33 รายการ",
    outputs: "ข้อมูลเผยแพร่ครบถ้วน 33 รายการ",
    outcomes: "ผู้รับบริการเข้าถึงข้อมูลได้ง่ายขึ้น",
  },
  {
    status: "in-progress",
    done: "เปิดบัญชี Line OA แล้ว",
    outputs: "ช่องทางใหม่ 1 ช่องทาง",
    outcomes: "ตอบคำถามประชาชนภายใน 2 วันทำการ",
  },
];

let app;
/** The adopted measures as the page wrote them: id and name, in plan order. */
let measures = [];

before(async () => {
  app = await launch();
});
after(async () => {
  await app?.close();
});

/** Opens a document from the picker and waits until its sheets are laid out. */
async function openDocument(page, kind) {
  await byTestId(page, `doc-pick-${kind}`).click();
  await byTestId(page, `doc-${kind}`).waitFor();
  assert.equal(await byTestId(page, `doc-pick-${kind}`).getAttribute("aria-current"), "page");
  return settleSheets(page, kind);
}


test("a 2563 workbook entered through the page: organisation, people, scores, three measures, two rounds", async () => {
  const { page, url } = app;
  await openApp(page, url);
  await byTestId(page, "org-name").fill(ORG.name);
  await byTestId(page, "org-district").fill(ORG.district);
  await byTestId(page, "org-province").fill(ORG.province);
  await page.locator("#people > summary").click();
  await byTestId(page, "preparer-name").fill(ORG.preparer);
  await byTestId(page, "preparer-position").fill(ORG.preparerPosition);
  await byTestId(page, "approver-name").fill(ORG.executive);
  await byTestId(page, "approver-position").fill(ORG.executivePosition);
  await byTestId(page, "fiscal-year").selectOption("2563");
  await enterScores(page, SCORES);
  await expectText(byTestId(page, "total-score"), "80.00");
  await expectText(byTestId(page, "result-label"), "B");

  for (const id of ADOPTED) {
    await byTestId(page, `adopt-${id}`).click();
    await page.locator(`[data-testid="planned-measure"][data-catalogue-id="${id}"]`).waitFor();
  }
  const cards = byTestId(page, "planned-measure");
  assert.equal(await cards.count(), 3);
  measures = [];
  for (const id of ADOPTED) {
    const measureId = await page.locator(`[data-testid="planned-measure"][data-catalogue-id="${id}"]`).getAttribute("data-measure-id");
    const name = await byTestId(page, `measure-${measureId}-name`).inputValue();
    assert.ok(name.startsWith("มาตรการ"), name);
    measures.push({ id: measureId, name });
  }
  for (const [k, round] of ROUNDS.entries()) {
    const prefix = `round-${measures[k].id}-6`;
    await byTestId(page, `${prefix}-status`).selectOption(round.status);
    await byTestId(page, `${prefix}-done`).fill(round.done);
    await byTestId(page, `${prefix}-outputs`).fill(round.outputs);
    await byTestId(page, `${prefix}-outcomes`).fill(round.outcomes);
  }

  await byTestId(page, "nav-documents").click();
  await byTestId(page, "doc-analysis").waitFor();
  assert.match(page.url(), /#\/documents\/analysis$/);
  await byTestId(page, "doc-complete").waitFor();
  assert.equal(await byTestId(page, "doc-year").inputValue(), "2563");
  assert.deepEqual(app.errors, []);
});

test("the analysis names 2563 and holds the result, the ten indicators ranked and the urgent ones", async () => {
  const { page } = app;
  await openDocument(page, "analysis");
  const sheets = await sheetTexts(page, "analysis");
  assert.ok(sheets.length >= 2, "an analysis of this size takes several A4 sheets");
  const first = sheets[0];
  assert.ok(first.includes("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)"), first);
  assert.ok(first.includes("ประจำปีงบประมาณ พ.ศ. 2563"));
  assert.ok(first.includes(ORG.name));
  assert.ok(first.includes("อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่"));

  const text = await docText(page, "analysis");
  assert.ok(text.includes("ได้คะแนนรวม 80.00 คะแนน ผลการประเมินอยู่ในระดับ B"), "the total and the level");
  assert.ok(text.includes("7. มาตรการที่เสนอสำหรับปีงบประมาณ พ.ศ. 2564"), "the measures are for N + 1");
  assert.equal(await byTestId(page, "doc-analysis").locator("article.sheet figure svg").count(), 1, "the indicator chart");

  assert.deepEqual(await docTableRows(page, "analysis", "เครื่องมือการประเมิน"), [
    ["แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", "30", "87.80", "26.34"],
    ["แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)", "30", "80.67", "24.20"],
    ["แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)", "40", "73.65", "29.46"],
    ["คะแนนรวม", "100", "", "80.00"],
  ]);

  const byCode = new Map(INDICATORS.map((row) => [row[0], row]));
  const expectedRanking = RANKED.map((code, k) => {
    const [, name, tool, weight, score, lost] = byCode.get(code);
    return [String(k + 1), `${code} ${name}`, tool, score, String(weight), lost, standing(score, code)];
  });
  assert.deepEqual(await docTableRows(page, "analysis", "ลำดับ"), expectedRanking);

  const clauses = await docClauses(page, "analysis");
  const numbered = (prefix) => clauses.filter(([number]) => number.startsWith(prefix));
  assert.deepEqual(
    numbered("4.").map(([, clause]) => clause),
    ["i3 การใช้อำนาจ 95.20 คะแนน (ดีเยี่ยม)", "i1 การปฏิบัติหน้าที่ 92.00 คะแนน", "i4 การใช้ทรัพย์สินของราชการ 88.00 คะแนน", "i6 คุณภาพการดำเนินงาน 86.00 คะแนน", "i2 การใช้งบประมาณ 85.50 คะแนน"],
    "the strengths",
  );
  const urgent = numbered("5.");
  assert.equal(urgent.length, 2, "i9 and i7 only");
  assert.equal(urgent[0][1], "i9 การเปิดเผยข้อมูล 72.30 คะแนน (คะแนนต่ำที่สุดและต่ำกว่า 75.00 คะแนน) คะแนนรวมเสียไป 2.54 คะแนนเทียบกับเกณฑ์ 85.00");
  assert.equal(urgent[1][1], "i7 ประสิทธิภาพการสื่อสาร 74.50 คะแนน (ต่ำกว่า 75.00 คะแนน) คะแนนรวมเสียไป 1.05 คะแนนเทียบกับเกณฑ์ 85.00");
  assert.ok(text.includes("เกณฑ์: ตัวชี้วัดที่ได้คะแนนต่ำที่สุด และทุกตัวชี้วัดที่ได้คะแนนต่ำกว่า 75.00 คะแนน"), "the rule that made them urgent");

  // One table per tool, every indicator of the tool with its score.
  const issues = await docTableRows(page, "analysis", "ประเด็นการประเมิน");
  assert.deepEqual(
    issues.map((row) => row[0]),
    INDICATORS.map(([code, name, , , score]) => `${code} ${name} / ${score} คะแนน`),
  );
  // The adopted plan, not the catalogue's suggestions.
  const planned = await docTableRows(page, "analysis", "แนวทางการปฏิบัติ");
  assert.deepEqual(planned.map((row) => row[0]), measures.map((m) => m.name));
  assert.ok(text.includes(`(${ORG.preparer})`) && text.includes(`(${ORG.executive})`), "both signatures");
  assert.deepEqual(app.errors, []);
});

test("the announcement names 2564 and holds the three measures as clauses and in the annexed table", async () => {
  const { page } = app;
  await openDocument(page, "announcement");
  const text = await docText(page, "announcement");
  assert.ok(text.startsWith(`ประกาศ${ORG.name}เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2564`), text.slice(0, 200));
  assert.ok(text.includes(`ประจำปีงบประมาณ พ.ศ. 2563 ซึ่ง${ORG.name}ได้คะแนนรวม 80.00 คะแนน ผลการประเมินอยู่ในระดับ B`));
  const clauses = await docClauses(page, "announcement");
  assert.deepEqual(
    clauses.filter(([number]) => /^\d+\.$/.test(number)),
    measures.map((m, k) => [`${k + 1}.`, m.name]),
    "each measure is a numbered clause",
  );
  for (const k of [1, 2, 3]) {
    const sub = clauses.filter(([number]) => number.startsWith(`${k}.`) && number !== `${k}.`).map(([number]) => number);
    assert.deepEqual(sub, [`${k}.1`, `${k}.2`, `${k}.3`, `${k}.4`, `${k}.5`], `measure ${k}'s sub-clauses`);
  }
  assert.ok(clauses.some(([number, clause]) => number === "1.4" && clause === "ระยะเวลาดำเนินการ: ตลอดปีงบประมาณ พ.ศ. 2564"));
  assert.ok(clauses.some(([number]) => number === "(1)"), "steps are sub-numbered");
  assert.ok(text.includes("ประกาศ ณ วันที่ ………… เดือน"), "no date yet: blanks to fill in");
  assert.ok(text.includes(`(${ORG.executive})ตำแหน่ง ${ORG.executivePosition}`), "the executive signs");

  const annex = await docTableRows(page, "announcement", "วิธีการดำเนินงาน");
  assert.equal(annex.length, 3);
  annex.forEach((row, k) => {
    assert.equal(row.length, 5);
    assert.ok(row[0].startsWith(`${k + 1}. ${measures[k].name}`), row[0]);
  });

  // The date, written in the Buddhist Era with the Thai month.
  await byTestId(page, "doc-date").fill("2020-10-01");
  await eventually(async () => assert.ok((await docText(page, "announcement")).includes("ประกาศ ณ วันที่ 1 เดือน ตุลาคม พ.ศ. 2563")));
  assert.ok((await docText(page, "announcement")).includes("แนบท้ายประกาศเทศบาลตำบลบ้านใหม่ ลงวันที่ 1 ตุลาคม 2563"));
  // Without the annexed table, only the clauses.
  await byTestId(page, "doc-announcement-table").uncheck();
  await eventually(async () => assert.deepEqual(await docTableRows(page, "announcement", "วิธีการดำเนินงาน"), []));
  await byTestId(page, "doc-announcement-table").check();
  await eventually(async () => assert.equal((await docTableRows(page, "announcement", "วิธีการดำเนินงาน")).length, 3));
  assert.deepEqual(app.errors, []);
});

test("the declaration names 2564, the executive, and the six clauses", async () => {
  const { page } = app;
  await openDocument(page, "declaration");
  const text = await docText(page, "declaration");
  assert.ok(text.includes("เรื่อง ประกาศเจตจำนงสุจริตของผู้บริหาร ประจำปีงบประมาณ พ.ศ. 2564"));
  assert.ok(text.includes(`ข้าพเจ้า ${ORG.executive} ตำแหน่ง ${ORG.executivePosition}`));
  const clauses = await docClauses(page, "declaration");
  const areas = [
    "ด้านความโปร่งใส",
    "ด้านความพร้อมรับผิด",
    "ด้านความปลอดจากการทุจริตในการปฏิบัติงาน",
    "ด้านวัฒนธรรมคุณธรรมในองค์กร",
    "ด้านคุณธรรมการทำงานในหน่วยงาน",
    "ด้านการสื่อสารภายในหน่วยงาน",
  ];
  assert.equal(clauses.length, 6);
  clauses.forEach(([number, clause], k) => {
    assert.equal(number, `${k + 1}.`);
    assert.ok(clause.startsWith(areas[k]), clause);
  });
  const signature = await byTestId(page, "doc-declaration").locator("article.sheet .doc-signature").last().textContent();
  assert.ok(signature.includes(`(${ORG.executive})`) && signature.includes(ORG.executivePosition), signature);
  assert.deepEqual(app.errors, []);
});

test("the report names 2564 and the round, with the recorded outputs and the counts; 12 months retitles it", async () => {
  const { page } = app;
  await openDocument(page, "report");
  assert.equal(await byTestId(page, "report-round").inputValue(), "6");
  let text = await docText(page, "report");
  assert.ok(text.includes("ประจำปีงบประมาณ พ.ศ. 2564 รอบ 6 เดือน (ต.ค. 2563 – มี.ค. 2564)"), text.slice(0, 300));
  const table = byTestId(page, "doc-report").locator("article.sheet table").first();
  assert.equal(await table.locator("thead tr").count(), 2, "a two-level header");
  const header = await table.locator("thead").textContent();
  for (const column of ["มาตรการ", "รายละเอียดการดำเนินงาน", "ผู้รับผิดชอบ", "ระยะเวลา", "ผลการดำเนินการ", "ผลผลิต", "ผลลัพธ์", "หมายเหตุ"]) {
    assert.ok(header.includes(column), column);
  }
  const rows = await docTableRows(page, "report", "ผลผลิต");
  assert.equal(rows.length, 3);
  assert.equal(rows[0][0], `1. ${measures[0].name} / (สถานะ: ดำเนินการแล้ว)`);
  assert.equal(rows[1][0], `2. ${measures[1].name} / (สถานะ: อยู่ระหว่างดำเนินการ)`);
  assert.equal(rows[2][0], `3. ${measures[2].name} / (สถานะ: ยังไม่เริ่ม)`);
  assert.deepEqual(rows.map((row) => [row[1], row[4], row[5]]), [
    [ROUNDS[0].done, ROUNDS[0].outputs, ROUNDS[0].outcomes],
    [ROUNDS[1].done, ROUNDS[1].outputs, ROUNDS[1].outcomes],
    ["ยังไม่ได้บันทึกผล", "", ""],
  ]);
  assert.ok(text.includes("มาตรการทั้งหมด 3 มาตรการ ดำเนินการแล้ว 1 มาตรการ อยู่ระหว่างดำเนินการ 1 มาตรการ และยังไม่เริ่มดำเนินการ 1 มาตรการ"));
  assert.equal(await byTestId(page, "doc-report").locator("article.sheet figure svg").count(), 1, "the progress chart");

  await byTestId(page, "report-round").selectOption("12");
  await eventually(async () => {
    text = await docText(page, "report");
    assert.ok(text.includes("ประจำปีงบประมาณ พ.ศ. 2564 รอบ 12 เดือน (ต.ค. 2563 – ก.ย. 2564)"));
  });
  const title = await byTestId(page, "doc-report").locator("article.sheet .doc-title").first().textContent();
  assert.ok(title.includes("รอบ 12 เดือน") && !title.includes("รอบ 6 เดือน"), title);
  await byTestId(page, "report-round").selectOption("6");
  await eventually(async () => assert.ok((await docText(page, "report")).includes("รอบ 6 เดือน (ต.ค. 2563 – มี.ค. 2564)")));
  assert.deepEqual(app.errors, []);
});


test("printing the analysis gives A4 pages with the organisation, every indicator and its score, numbered from page 2", async () => {
  const { page } = app;
  await openDocument(page, "analysis");
  const pdf = await printPdf(page, "analysis");
  const info = pdfInfo(pdf);
  assertA4(info);
  assert.ok(info.pages >= 2);

  // In drawing order each table cell's lines come together, so white space aside a row
  // reads as its cells one after another.
  const all = squeeze(pdfText(pdf, undefined, "raw"));
  assert.ok(all.includes(squeeze(ORG.name)), "the organisation");
  assert.ok(all.includes(squeeze("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส")), "the title");
  assert.ok(all.includes(squeeze("ประจำปีงบประมาณ พ.ศ. 2563")));
  assert.ok(all.includes(squeeze("คะแนนรวม 100 80.00")), "the total in the tools table");
  const byCode = new Map(INDICATORS.map((row) => [row[0], row]));
  RANKED.forEach((code, k) => {
    const [, name, tool, weight, score, lost] = byCode.get(code);
    // The ranking table's row, and the issues table's cell of the indicator.
    assert.ok(all.includes(squeeze(`${k + 1} ${code} ${name} ${tool} ${score} ${weight} ${lost}`)), `ranking row ${k + 1}: ${code} ${name} ${score}`);
    assert.ok(all.includes(squeeze(`${code} ${name} ${score} คะแนน`)), `${code} ${name} ${score} คะแนน`);
  });

  assert.doesNotMatch(pdfText(pdf, 1), /^\s*-\s*1\s*-\s*$/m, "no number on the first page");
  assert.match(pdfText(pdf, 2), /^\s*-\s*2\s*-\s*$/m, "page 2 is numbered");
  assert.deepEqual(app.errors, []);
});

test("print matches the preview: one printed page per sheet, and no sheet holds more than its page shows", async () => {
  const { page } = app;
  const problems = [];
  for (const kind of ["analysis", "announcement", "declaration", "report"]) {
    const count = await openDocument(page, kind);
    // The text area of an A4 sheet with the official margins: 297 − 25 − 20 mm.
    const overflowing = await docSheets(page, kind).evaluateAll((sheets) => {
      const mm = 96 / 25.4;
      return sheets
        .map((sheet, k) => [k + 1, sheet.querySelector(".sheet-body").getBoundingClientRect().height / mm])
        .filter(([, height]) => height > 252.5)
        .map(([n, height]) => `sheet ${n} is ${height.toFixed(1)} mm tall`);
    });
    if (overflowing.length) problems.push(`${kind}: ${overflowing.join(", ")} (text area 252 mm: the rest is cut off in the preview)`);
    const pages = pdfInfo(await printPdf(page, kind)).pages;
    if (pages !== count) problems.push(`${kind}: ${count} sheets in the preview, ${pages} pages printed`);
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(app.errors, []);
});

test("Thai digits: every number of the sheets in Thai digits, the chart's attributes untouched, remembered", async () => {
  const { page } = app;
  await openDocument(page, "analysis");
  await byTestId(page, "doc-thai-digits").check();
  await eventually(async () => assert.ok((await docText(page, "analysis")).includes("ประจำปีงบประมาณ พ.ศ. ๒๕๖๓")));
  await settleSheets(page, "analysis");

  const assertThai = async () => {
    const text = await docText(page, "analysis");
    assert.ok(text.includes("ได้คะแนนรวม ๘๐.๐๐ คะแนน ผลการประเมินอยู่ในระดับ B"));
    const sheets = await sheetTexts(page, "analysis");
    const ascii = sheets.flatMap((sheet, k) => (/[0-9]/.test(sheet) ? [`sheet ${k + 1}: …${sheet.slice(Math.max(0, sheet.search(/[0-9]/) - 40), sheet.search(/[0-9]/) + 20)}…`] : []));
    assert.deepEqual(ascii, [], "no ASCII digit in the text of the sheets, the chart's text included");
    assert.equal((await docSheets(page, "analysis").nth(1).locator(".sheet-number").textContent()).trim(), "- ๒ -");
    const chart = byTestId(page, "doc-analysis").locator("article.sheet figure svg").first();
    assert.match(await chart.getAttribute("viewBox"), /^0 0 \d+ \d+$/, "attributes keep ASCII digits");
    assert.ok((await chart.textContent()).includes("๙๕.๒๐"), "the chart's numbers are Thai");
  };
  await assertThai();

  const pdf = await printPdf(page, "analysis-thai");
  assert.match(pdfText(pdf, 2), /^\s*-\s*๒\s*-\s*$/m, "page 2 numbered in Thai digits");
  assert.doesNotMatch(pdfText(pdf, 1), /^\s*-\s*[1๑]\s*-\s*$/m);
  assert.ok(squeeze(pdfText(pdf)).includes(squeeze("ได้คะแนนรวม ๘๐.๐๐ คะแนน")));

  await page.reload();
  await byTestId(page, "doc-analysis").waitFor();
  assert.equal(await byTestId(page, "doc-thai-digits").isChecked(), true, "the choice survives a reload");
  await settleSheets(page, "analysis");
  await assertThai();

  await byTestId(page, "doc-thai-digits").uncheck();
  await eventually(async () => assert.ok((await docText(page, "analysis")).includes("ได้คะแนนรวม 80.00 คะแนน")));
  assert.deepEqual(app.errors, []);
});

test("a drafted paragraph rewritten shows in the sheet, survives a reload, and goes back to the app's text", async () => {
  const { page } = app;
  await openDocument(page, "analysis");
  const field = byTestId(page, "draft-analysis-foreword");
  const original = await field.inputValue();
  assert.ok(original.startsWith("รายงานฉบับนี้จัดทำขึ้น"), original);
  assert.equal(await byTestId(page, "reset-draft-analysis-foreword").count(), 0);
  const foreword = () =>
    byTestId(page, "doc-analysis")
      .locator('article.sheet .doc-p[data-draft="analysis.foreword"]')
      .evaluateAll((ps) => ps.map((p) => p.textContent));

  const rewritten = "คำนำที่เทศบาลเขียนเอง ฉบับปรับปรุงโดยงานนโยบายและแผน\nย่อหน้าที่สองของคำนำ";
  await field.fill(rewritten);
  await eventually(async () => assert.deepEqual(await foreword(), rewritten.split("\n")));
  assert.ok(!(await docText(page, "analysis")).includes("รายงานฉบับนี้จัดทำขึ้น"));
  await byTestId(page, "reset-draft-analysis-foreword").waitFor();

  // A declaration clause is a draft too.
  await byTestId(page, "doc-pick-declaration").click();
  const clause = byTestId(page, "draft-declaration-transparency");
  await clause.fill("ด้านความโปร่งใส จะเปิดเผยข้อมูลทุกรายการภายใน 7 วัน");
  await eventually(async () =>
    assert.equal((await docClauses(page, "declaration"))[0][1], "ด้านความโปร่งใส จะเปิดเผยข้อมูลทุกรายการภายใน 7 วัน"),
  );

  await page.reload();
  await byTestId(page, "doc-declaration").waitFor();
  assert.equal(await byTestId(page, "draft-declaration-transparency").inputValue(), "ด้านความโปร่งใส จะเปิดเผยข้อมูลทุกรายการภายใน 7 วัน");
  await byTestId(page, "reset-draft-declaration-transparency").click();
  await eventually(async () => assert.ok((await docClauses(page, "declaration"))[0][1].startsWith("ด้านความโปร่งใส จะเปิดเผยข้อมูลการดำเนินงาน")));

  await byTestId(page, "doc-pick-analysis").click();
  await byTestId(page, "doc-analysis").waitFor();
  assert.equal(await field.inputValue(), rewritten, "the rewritten text survives a reload");
  await eventually(async () => assert.deepEqual(await foreword(), rewritten.split("\n")));

  await byTestId(page, "reset-draft-analysis-foreword").click();
  await eventually(async () => assert.equal(await field.inputValue(), original));
  await eventually(async () => assert.deepEqual(await foreword(), [original]));
  assert.equal(await byTestId(page, "reset-draft-analysis-foreword").count(), 0);
  await page.reload();
  await byTestId(page, "doc-analysis").waitFor();
  assert.equal(await field.inputValue(), original, "back to the app's text, saved");
  assert.deepEqual(app.errors, []);
});

test("views have addresses: a document survives a reload, back and forward move between views, a missing item links to its place", async () => {
  const { page, url } = app;
  const inView = async (view, check) => {
    await eventually(async () => assert.ok((await page.locator("main#main").getAttribute("class")).split(" ").includes(`view-${view}`), view));
    if (check) await check();
  };

  await page.goto(`${url}#/documents/report`);
  await byTestId(page, "doc-report").waitFor();
  await page.reload();
  await byTestId(page, "doc-report").waitFor();
  assert.equal(await byTestId(page, "doc-pick-report").getAttribute("aria-current"), "page");
  assert.equal(await byTestId(page, "nav-documents").getAttribute("aria-current"), "page");
  await byTestId(page, "report-round").waitFor();

  // Work → documents (analysis) → declaration → roll-up, then back and forward.
  await byTestId(page, "nav-work").click();
  await inView("work", () => byTestId(page, "score-i1").waitFor());
  await byTestId(page, "nav-documents").click();
  await inView("documents", () => byTestId(page, "doc-analysis").waitFor());
  await byTestId(page, "doc-pick-declaration").click();
  await inView("documents", () => byTestId(page, "doc-declaration").waitFor());
  await byTestId(page, "nav-rollup").click();
  await inView("rollup");
  assert.match(page.url(), /#\/rollup$/);
  assert.equal(await byTestId(page, "nav-rollup").getAttribute("aria-current"), "page");

  await page.goBack();
  await inView("documents", () => byTestId(page, "doc-declaration").waitFor());
  await page.goBack();
  await inView("documents", () => byTestId(page, "doc-analysis").waitFor());
  await page.goBack();
  await inView("work", () => byTestId(page, "score-i1").waitFor());
  assert.equal(await byTestId(page, "score-i10").inputValue(), "75", "the work is all there");
  await page.goForward();
  await inView("documents", () => byTestId(page, "doc-analysis").waitFor());
  await page.goForward();
  await inView("documents", () => byTestId(page, "doc-declaration").waitFor());
  await page.goForward();
  await inView("rollup");

  // A score missing: the analysis says so, and its link opens the work page at the scores.
  await byTestId(page, "nav-work").click();
  await byTestId(page, "score-i10").fill("");
  await byTestId(page, "nav-documents").click();
  await byTestId(page, "doc-pick-analysis").click();
  const missing = byTestId(page, "doc-missing");
  await missing.waitFor();
  assert.match(await missing.textContent(), /กรอกคะแนนแล้ว 9 จาก 10 ตัวชี้วัด/);
  await missing.locator('a[href="#scores"]').click();
  await inView("work");
  assert.match(page.url(), /#scores$/);
  await eventually(async () => {
    const { top, bottom } = await page.locator("#scores").evaluate((e) => e.getBoundingClientRect());
    const height = await page.evaluate(() => innerHeight);
    assert.ok(top < height && bottom > 0 && top >= -2 && top < height / 2, `the scores are in view (top ${top})`);
  });
  await byTestId(page, "score-i10").fill("75");
  await expectText(byTestId(page, "total-score"), "80.00");
  assert.deepEqual(app.errors, []);
});

/** A saved workbook of 2563 (all ten scores) with a plan of `count` short measures. */
function longPlan(count) {
  const pad = (n) => String(n).padStart(2, "0");
  const measure = (n) => ({
    id: `long-${pad(n)}`,
    name: `มาตรการทดสอบ M${pad(n)}`,
    indicators: ["i9"],
    guideline: `แนวทางสั้นของมาตรการ ${n}`,
    steps: [`ขั้นที่หนึ่ง ${n}`, `ขั้นที่สอง ${n}`],
    responsible: `กองทดสอบ ${n}`,
    period: "ตลอดปีงบประมาณ พ.ศ. 2564",
    rhythm: "half-yearly",
    outputs: "",
    outcomes: "",
    progress: {
      6: { status: n % 3 === 0 ? "in-progress" : "done", done: `ทำแล้ว D${pad(n)}`, outputs: `OUT${pad(n)}`, outcomes: `เป้าหมายบรรลุ ${n}`, notes: "" },
    },
  });
  return savedWork(Array.from({ length: count }, (_, k) => measure(k + 1)));
}

/**
 * The pages of a printed table: those holding one of its row markers. On each, the header
 * words must come before the first row.
 */
function headerOnEveryPage(pdf, pages, markers, header, from = 1) {
  const spanned = [];
  for (let n = from; n <= pages; n++) {
    const text = pdfText(pdf, n);
    const rows = markers.map((m) => text.indexOf(m)).filter((at) => at >= 0);
    if (!rows.length) continue;
    spanned.push(n);
    const firstRow = Math.min(...rows);
    for (const word of header) {
      const at = text.indexOf(word);
      assert.ok(at >= 0 && at < firstRow, `page ${n}: the header "${word}" is not above the table's rows\n${text}`);
    }
  }
  return spanned;
}

test("a long table repeats its header on every printed page it spans", async () => {
  const long = await launchWithSaved(longPlan(20));
  try {
    const { page, url } = long;
    await page.goto(`${url}#/documents/report`);
    await byTestId(page, "doc-report").waitFor();
    const markers = Array.from({ length: 20 }, (_, k) => `M${String(k + 1).padStart(2, "0")}`);

    // The implementation report: a two-level header over the rounds' outputs.
    await settleSheets(page, "report");
    assert.equal((await docTableRows(page, "report", "ผลผลิต")).length, 20);
    let pdf = await printPdf(page, "report");
    let info = pdfInfo(pdf);
    assertA4(info, true);
    const outputs = markers.map((m) => `OUT${m.slice(1)}`);
    let spanned = headerOnEveryPage(pdf, info.pages, outputs, ["ผลการดำเนินการ", "ผลผลิต", "ผลลัพธ์"]);
    assert.ok(spanned.length >= 2, `the report's table spans ${spanned.length} page(s)`);
    const found = outputs.filter((m) => pdfText(pdf).includes(m));
    assert.deepEqual(found, outputs, "every row is printed");

    // The announcement's annexed table, after the clauses.
    await byTestId(page, "doc-pick-announcement").click();
    await settleSheets(page, "announcement");
    pdf = await printPdf(page, "announcement");
    info = pdfInfo(pdf);
    assertA4(info);
    let annexFrom = 0;
    for (let n = 1; n <= info.pages && !annexFrom; n++) if (pdfText(pdf, n).includes("แนบท้ายประกาศ")) annexFrom = n;
    assert.ok(annexFrom > 1, "the annex follows the clauses");
    spanned = headerOnEveryPage(pdf, info.pages, markers, ["วิธีการดำเนินงาน"], annexFrom);
    assert.ok(spanned.length >= 2, `the annexed table spans ${spanned.length} page(s)`);

    // The analysis' recommended measures.
    await byTestId(page, "doc-pick-analysis").click();
    await settleSheets(page, "analysis");
    pdf = await printPdf(page, "analysis");
    info = pdfInfo(pdf);
    assertA4(info);
    spanned = headerOnEveryPage(pdf, info.pages, markers, ["แนวทางการ", "ขั้นตอน/วิธีการ"]);
    assert.ok(spanned.length >= 2, `the measures table spans ${spanned.length} page(s)`);
    assert.deepEqual(long.errors, []);
  } finally {
    await long.close();
  }
});
