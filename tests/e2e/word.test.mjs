// End to end: every document as a Word file. Each .docx is downloaded from the release build in
// Chromium (the bytes the browser made, its parts deflated by the browser), opened by a real
// word processor (LibreOffice, converting it to PDF) and read back with poppler: it opened, it
// is A4, it holds the figures and texts of the workbook, a long table repeats its header on
// every page, and hostile user text comes out literally.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { ORG, SCORES, INDICATORS, RANKED, squeeze, assertA4, savedWork } from "./fixture.mjs";
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { inflateRawSync } from "node:zlib";
import { launch, launchWithSaved, openApp, enterScores, byTestId, pdfInfo, pdfText } from "./support.mjs";

const KINDS = ["analysis", "announcement", "declaration", "report"];

// The long plan: 20 measures, each with a recorded 6-month round whose texts are its own.
// No row text holds a word of a table header, so a header found above a page's first row
// cannot be a row's text.
const pad = (n) => String(n).padStart(2, "0");
const MEASURES = Array.from({ length: 20 }, (_, k) => {
  const n = k + 1;
  return {
    id: `word-${pad(n)}`,
    name: `มาตรการเปิดเผยข้อมูลเชิงรุก ชุดที่ M${pad(n)}`,
    indicators: ["i9"],
    guideline: `แนวทาง G${pad(n)}`,
    steps: [`ขั้นที่หนึ่ง S${pad(n)}`, `ขั้นที่สอง S${pad(n)}`],
    responsible: `กองคลัง ${n}`,
    period: "ตลอดปีงบประมาณ พ.ศ. 2564",
    rhythm: "half-yearly",
    outputs: "",
    outcomes: "",
    progress: {
      6: {
        status: n % 3 === 0 ? "in-progress" : "done",
        done: `ทำแล้ว D${pad(n)}`,
        outputs: `เอกสารเผยแพร่ครบถ้วน ชุด OUT${pad(n)}`,
        outcomes: `ประชาชนเข้าถึงข้อมูล ชุด OC${pad(n)}`,
        notes: "",
      },
    },
  };
});

/** The saved work of a 2563 workbook with the long plan, as the app writes it. */
const SAVED = savedWork(MEASURES);

// Markup and script, as in safety.test.mjs; then WordprocessingML, a CDATA end, an entity
// written out, a NUL (XML 1.0 forbids it: the writer drops it) and a right-to-left mark.
const PAYLOAD = `<img src=x onerror="window.__pwned=1"><marquee>x</marquee><script>window.__pwned=2</script>"'&`;
const NAME = `=1+1 ${PAYLOAD}`;
/**
 * The hostile text, tagged throughout with where it was typed, so that each place is found on
 * its own, even when a table row is cut by a page and its cells' pieces alternate.
 */
const hostile = (tag) =>
  `${tag} ${NAME} ${tag} <w:p><w:r><w:t>แทรก</w:t></w:r></w:p> ${tag} ]]> &amp; ${tag} NUL[\u0000] RLM[\u200F] ${tag}`;
const TAGS = { org: "ORG", measure: "MEASURE", outputs: "OUTPUTS", draft: "DRAFT" };
// The draft rewritten in each document, and where each typed text must show.
const DRAFTS = {
  analysis: "analysis.foreword",
  announcement: "announcement.preamble",
  declaration: "declaration.transparency",
  report: "report.opening",
};
const HOSTILE_PLACES = {
  analysis: ["org", "measure", "draft"],
  announcement: ["org", "measure", "draft"],
  declaration: ["org", "draft"],
  report: ["org", "measure", "outputs", "draft"],
};

/** Text with every run of white space removed: how wrapped lines and table cells compare. */
/** File names keep ASCII letters and digits, Thai, and hyphens. */
const SAFE_NAME = /^[A-Za-z0-9\u0E01-\u0E5B-]+\.docx$/;

let work;
let profile;
before(() => {
  work = mkdtempSync(join(tmpdir(), "ita-word-"));
  // LibreOffice's own profile, so that parallel runs and a desktop session never share one.
  profile = mkdtempSync(join(tmpdir(), "lo-profile-ita-word-"));
});
after(() => {
  for (const dir of [work, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * Opens a document in the documents view and clicks its Word button: the download (name and
 * bytes, copied to `dir/<kind>.docx`), or the message the page shows beside the button when it
 * could not make the file. The button is busy while the file is made; a message is taken as
 * this click's only once the button is free again, since one left from another document's
 * button may still show.
 */
async function downloadDocx(page, kind, dir) {
  await byTestId(page, `doc-pick-${kind}`).click();
  await byTestId(page, `doc-${kind}`).waitFor();
  const button = byTestId(page, `docx-${kind}`);
  const alert = button.locator("xpath=..").locator('[role="alert"]');
  // Set to "done" once the button has been busy and is free again (both changes may come in
  // one batch of records).
  await button.evaluate((b) => {
    delete b.dataset.cycle;
    const observer = new MutationObserver((records) => {
      if (records.some((r) => r.oldValue === "true") && b.getAttribute("aria-busy") !== "true") {
        b.dataset.cycle = "done";
        observer.disconnect();
      }
    });
    observer.observe(b, { attributes: true, attributeFilter: ["aria-busy"], attributeOldValue: true });
  });
  const finished = page.waitForFunction((b) => b.dataset.cycle === "done", await button.elementHandle(), { timeout: 60_000 });
  const downloaded = page.waitForEvent("download", { timeout: 60_000 }).then((file) => ({ file }));
  const refused = finished.then(async () => ((await alert.count()) ? { error: (await alert.textContent()).trim() } : downloaded));
  await button.click();
  const outcome = await Promise.race([downloaded, refused]);
  downloaded.catch(() => {});
  refused.catch(() => {});
  if (outcome.error) return { kind, error: outcome.error };
  await finished;
  assert.equal(await alert.count(), 0, `${kind}: a download, and a failure message beside the button`);
  const path = join(dir, `${kind}.docx`);
  copyFileSync(await outcome.file.path(), path);
  return { kind, name: outcome.file.suggestedFilename(), path, bytes: readFileSync(path) };
}

/**
 * Converts the Word files to PDF with one LibreOffice call (much faster than one per file):
 * each file's PDF path, and the time the call took in ms.
 */
async function toPdf(files, outdir) {
  mkdirSync(outdir, { recursive: true });
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    "--headless",
    "--norestore",
    "--convert-to",
    "pdf",
    "--outdir",
    outdir,
    ...files,
  ];
  const started = performance.now();
  const { stdout, stderr } = await new Promise((resolve, reject) =>
    execFile("soffice", args, { timeout: 180_000, encoding: "utf8" }, (error, stdout, stderr) =>
      error ? reject(Object.assign(error, { message: `${error.message}\n${stdout}\n${stderr}` })) : resolve({ stdout, stderr }),
    ),
  );
  const ms = performance.now() - started;
  const pdfs = files.map((file) => join(outdir, file.split("/").at(-1).replace(/\.docx$/, ".pdf")));
  for (const pdf of pdfs) assert.ok(existsSync(pdf), `LibreOffice did not convert ${pdf}: it refused the file\n${stdout}\n${stderr}`);
  return { pdfs, ms };
}


/**
 * The pages a table spans (those holding one of its row markers, from the page where `start`
 * is written, and after it there), each checked to carry every word of the header above its
 * first row. Text is compared in drawing order (`pdftotext -raw`), white space removed.
 */
function tableHeaderOnEveryPage(pdf, label, { start, markers, header }) {
  const { pages } = pdfInfo(pdf);
  const spanned = [];
  const problems = [];
  let begun = false;
  for (let n = 1; n <= pages; n++) {
    let text = squeeze(pdfText(pdf, n, "raw"));
    if (!begun) {
      const at = text.indexOf(squeeze(start));
      if (at < 0) continue;
      begun = true;
      text = text.slice(at + squeeze(start).length);
    }
    const rows = markers.map((m) => text.indexOf(squeeze(m))).filter((at) => at >= 0);
    if (!rows.length) continue;
    spanned.push(n);
    const above = text.slice(0, Math.min(...rows));
    const missing = header.filter((word) => !above.includes(squeeze(word)));
    if (missing.length) problems.push(`${label}, page ${n}: the table's header (${missing.join(", ")}) is not above its rows; the page reads: ${above.slice(0, 200)}…`);
  }
  assert.ok(begun, `${label}: "${start}" is not in the PDF`);
  return { spanned, problems };
}

/**
 * Whether `expected` reads in the pages' text in order, broken only where a page ends: a table
 * row taller than a page goes on on the next one, after the repeated header, so its cells'
 * texts are cut there. `pages` are the pages' texts, white space removed.
 */
function readsAcrossPages(pages, expected) {
  // The length of the longest prefix of `rest` the text holds (shorter prefixes it holds too).
  const longestPrefix = (text, rest) => {
    let [low, high] = [0, rest.length];
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (text.includes(rest.slice(0, mid))) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  for (let first = 0; first < pages.length; first++) {
    let rest = expected;
    for (let p = first; rest && p < pages.length; p++) {
      const found = longestPrefix(pages[p], rest);
      if (!found) break;
      rest = rest.slice(found);
    }
    if (!rest) return true;
  }
  return false;
}

/** The entries of a ZIP file by name, inflated (stored and deflated entries only). */
function unzip(bytes) {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, "no end of central directory");
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let k = 0; k < count; k++) {
    assert.equal(bytes.readUInt32LE(at), 0x02014b50, "a central directory entry");
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const dataAt = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(dataAt, dataAt + size);
    assert.ok(method === 0 || method === 8, `${name}: compression method ${method}`);
    entries.set(name, method === 8 ? inflateRawSync(data) : data);
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

test("a 2563 workbook with 20 measures: the four Word files open in LibreOffice, A4, with every figure, measure, output and a repeated table header", async () => {
  const app = await launchWithSaved(SAVED);
  const dir = join(work, "workbook");
  mkdirSync(dir);
  try {
    const { page, url } = app;
    await page.goto(`${url}#/documents/analysis`);
    await byTestId(page, "doc-analysis").waitFor({ timeout: 30_000 });
    assert.equal(await byTestId(page, "doc-year").inputValue(), "2563");

    const files = [];
    for (const kind of KINDS) {
      const file = await downloadDocx(page, kind, dir);
      assert.equal(file.error, undefined, `${kind}: the page could not make the Word file`);
      const year = kind === "analysis" ? 2563 : 2564;
      assert.match(file.name, SAFE_NAME, `${kind}: ${file.name}`);
      assert.ok(file.name.startsWith(`ita-${ORG.name}-`) && file.name.endsWith(`-${year}.docx`), `${kind}: ${file.name} names the organisation and ${year}`);
      assert.deepEqual([...file.bytes.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04], `${kind}: a ZIP package`);
      files.push(file);
    }
    assert.equal(new Set(files.map((f) => f.name)).size, 4, "four different file names");
    assert.deepEqual(app.errors, []);

    const { pdfs, ms } = await toPdf(files.map((f) => f.path), join(dir, "pdf"));
    const pdf = Object.fromEntries(KINDS.map((kind, k) => [kind, pdfs[k]]));
    const popplerStarted = performance.now();
    const problems = [];
    const pages = {};
    const text = {};
    for (const kind of KINDS) {
      const info = pdfInfo(pdf[kind]);
      assertA4(info, kind === "report", kind);
      pages[kind] = info.pages;
      text[kind] = squeeze(pdfText(pdf[kind], undefined, "raw"));
      const expect = (label, expected) => {
        if (!text[kind].includes(squeeze(expected))) problems.push(`${kind}: ${label}: ${expected}`);
      };
      expect("the organisation", ORG.name);
      expect("the district and province", `อำเภอ${ORG.district} จังหวัด${ORG.province}`);
      expect("the fiscal year", `ประจำปีงบประมาณ พ.ศ. ${kind === "analysis" ? 2563 : 2564}`);
      if (kind === "analysis") {
        expect("the total and level", "ได้คะแนนรวม 80.00 คะแนน ผลการประเมินอยู่ในระดับ B");
        expect("the tools table's total", "คะแนนรวม 100 80.00");
        const byCode = new Map(INDICATORS.map((row) => [row[0], row]));
        RANKED.forEach((code, k) => {
          const [, name, tool, weight, score, lost] = byCode.get(code);
          expect(`ranking row ${k + 1}`, `${k + 1} ${code} ${name} ${tool} ${score} ${weight} ${lost}`);
          expect("the issues table's cell", `${code} ${name} ${score} คะแนน`);
        });
      }
      if (kind === "analysis" || kind === "announcement") {
        for (const m of MEASURES) expect("a measure", m.name);
      }
      if (kind === "announcement") {
        MEASURES.forEach((m, k) => {
          expect("a measure's clause", `${k + 1}. ${m.name} ${k + 1}.1 แนวทางการปฏิบัติ: ${m.guideline}`);
          expect("a measure in the annexed table", `${k + 1}. ${m.name} ${m.guideline}`);
        });
      }
      if (kind === "declaration") {
        expect("the executive", `ข้าพเจ้า ${ORG.executive} ตำแหน่ง ${ORG.executivePosition}`);
        expect("the first clause", "1. ด้านความโปร่งใส");
        expect("the sixth clause", "6. ด้านการสื่อสารภายในหน่วยงาน");
      }
      if (kind === "report") {
        expect("the round", "รอบ 6 เดือน");
        for (const m of MEASURES) {
          const round = m.progress[6];
          expect("a round's outputs", round.outputs);
          expect("a round's work done", round.done);
          expect("a round's outcomes", round.outcomes);
        }
      }
    }
    assert.deepEqual(problems, [], "the text of the converted Word files (pdftotext) lacks these");

    // The long tables: each page they span starts with their header.
    const tables = [
      ["report", "the report's table", { start: "1. ผลการดำเนินการตามมาตรการ ณ รอบ 6 เดือน", markers: MEASURES.map((m) => m.name), header: ["รายละเอียดการดำเนินงาน", "ผู้รับผิดชอบ", "ระยะเวลา", "ผลการดำเนินการ", "ผลผลิต", "ผลลัพธ์", "หมายเหตุ"] }],
      ["announcement", "the announcement's annexed table", { start: "แนบท้ายประกาศ", markers: MEASURES.map((m) => m.name), header: ["มาตรการ/แนวทาง", "วิธีการดำเนินงาน", "ผู้รับผิดชอบ", "การติดตามผล"] }],
      ["analysis", "the analysis' measures table", { start: "7. มาตรการที่เสนอสำหรับปีงบประมาณ พ.ศ. 2564", markers: MEASURES.map((m) => m.name), header: ["แนวทางการปฏิบัติ", "ขั้นตอน/วิธีการปฏิบัติ"] }],
    ];
    const spans = [];
    for (const [kind, label, table] of tables) {
      const { spanned, problems: missing } = tableHeaderOnEveryPage(pdf[kind], `${kind}: ${label}`, table);
      problems.push(...missing);
      spans.push(`${label} on pages ${spanned.join(", ")}`);
      assert.ok(spanned.length >= 2, `${label} spans ${spanned.length} page(s)`);
    }
    assert.deepEqual(problems, [], "a long table's header is missing from a page it spans");
    const poppler = performance.now() - popplerStarted;

    console.log(
      `LibreOffice: 4 Word files (${KINDS.map((k) => `${k} ${pages[k]} p.`).join(", ")}) converted to PDF in one call: ` +
        `${(ms / 1000).toFixed(1)} s; pdfinfo/pdftotext checks ${(poppler / 1000).toFixed(1)} s; ${spans.join("; ")}`,
    );
  } finally {
    await app.close();
  }
});

test("hostile text (markup, &, <w:p>, ]]>, quotes, a NUL, a right-to-left mark) typed into the page: every Word file opens and shows it literally", async () => {
  const app = await launch();
  const dir = join(work, "hostile");
  mkdirSync(dir);
  try {
    const { page, url } = app;
    await openApp(page, url);
    const typed = async (testid, text) => {
      const field = byTestId(page, testid);
      await field.fill(text);
      assert.equal(await field.inputValue(), text, `${testid} keeps what was typed, NUL and mark included`);
    };
    await typed("org-name", hostile(TAGS.org));
    await byTestId(page, "fiscal-year").selectOption("2563");
    await enterScores(page, SCORES);
    await byTestId(page, "add-own-measure").click();
    const card = byTestId(page, "planned-measure").last();
    const id = await card.getAttribute("data-measure-id");
    await typed(`measure-${id}-name`, hostile(TAGS.measure));
    await byTestId(page, `measure-${id}-i9`).check();
    const round = await card.locator("fieldset.round").first().getAttribute("data-testid");
    assert.match(round, /-6$/, "the first round is the 6-month one the report covers");
    await typed(`${round}-outputs`, hostile(TAGS.outputs));
    await byTestId(page, "nav-documents").click();

    const files = [];
    const problems = [];
    for (const kind of KINDS) {
      await byTestId(page, `doc-pick-${kind}`).click();
      await typed(`draft-${DRAFTS[kind].replace(".", "-")}`, hostile(TAGS.draft));
      const file = await downloadDocx(page, kind, dir);
      if (file.error) {
        problems.push(`${kind}: no Word file; the page says "${file.error}"`);
        continue;
      }
      assert.match(file.name, SAFE_NAME, `${kind}: ${file.name}`);
      assert.deepEqual([...file.bytes.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04], `${kind}: a ZIP package`);
      // The XML as the browser packed it: the NUL dropped, the mark kept, markup escaped.
      const xml = unzip(file.bytes).get("word/document.xml")?.toString("utf8") ?? "";
      if (xml.includes("\u0000")) problems.push(`${kind}: word/document.xml holds a NUL`);
      if (!xml.includes("RLM[\u200F]")) problems.push(`${kind}: word/document.xml lost the right-to-left mark`);
      if (xml.includes("<w:p><w:r><w:t>แทรก") || !xml.includes("&lt;w:p&gt;")) problems.push(`${kind}: the typed <w:p> is not escaped`);
      files.push(file);
    }
    assert.deepEqual(app.errors, []);

    let ms = 0;
    if (files.length) {
      const converted = await toPdf(files.map((f) => f.path), join(dir, "pdf"));
      ms = converted.ms;
      files.forEach((file, k) => {
        const pdf = converted.pdfs[k];
        const info = pdfInfo(pdf);
        assertA4(info, file.kind === "report", file.kind);
        // pdftotext has no glyph for the NUL (dropped) nor the mark (invisible): the rest, literally.
        const { pages } = info;
        const texts = Array.from({ length: pages }, (_, n) => squeeze(pdfText(pdf, n + 1, "raw")));
        for (const place of HOSTILE_PLACES[file.kind]) {
          const expected = squeeze(hostile(TAGS[place]).replace(/[\u0000\u200F]/g, ""));
          if (!readsAcrossPages(texts, expected)) problems.push(`${file.kind}: the ${place} text is not shown literally (pdftotext)`);
        }
      });
    }
    console.log(`LibreOffice: ${files.length} hostile Word file(s) converted to PDF in one call: ${(ms / 1000).toFixed(1)} s`);
    assert.deepEqual(problems, [], "hostile text in the Word files");
  } finally {
    await app.close();
  }
});
