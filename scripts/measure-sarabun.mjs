// Measures how large Sarabun (the OFL font the documents ship) must be set, and with what line
// height, for a sheet to look like the 16 pt TH SarabunPSK page Thai officers expect: the same
// characters per line (the width of the same Thai and English text) and the same lines per page
// (the font's natural line pitch, which is what Word's "single" spacing uses). It compares the
// two in headless Chromium. The result is recorded in assets/style.css (.sheet-body).
//
//   npm pack font-th-sarabun-new && tar xzf font-th-sarabun-new-1.0.0.tgz
//   node scripts/measure-sarabun.mjs package/fonts/THSarabunNew-webfont.ttf
//
// TH Sarabun New is TH SarabunPSK's successor with the same design and metrics. Without an
// argument the script falls back to Debian's Laksaman (fonts-thai-tlwg), a free derivative whose
// glyphs match but whose line metrics were changed: its line pitch is not TH SarabunPSK's.
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { chromium } from "playwright-core";

const font = (file) => readFileSync(new URL(`../assets/fonts/${file}`, import.meta.url)).toString("base64");
const reference = process.argv[2] ?? "/usr/share/fonts/truetype/tlwg/Laksaman.ttf";
const laksaman = readFileSync(reference).toString("base64");
const sample = [
  "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ",
  "หน่วยงานเปิดเผยข้อมูลข่าวสารตามมาตรา 9 แห่งพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540",
  "ได้คะแนนรวม 80.00 คะแนน ผลการประเมินอยู่ในระดับ B ประจำปีงบประมาณ พ.ศ. 2566",
  "Integrity and Transparency Assessment (ITA) 2566",
];
const html = `<!doctype html><meta charset=utf-8><style>
@font-face { font-family: S; src: url(data:font/woff2;base64,${font("sarabun-thai-400-normal.woff2")}) format("woff2"); unicode-range: U+0E01-0E5B, U+200C-200D, U+25CC; }
@font-face { font-family: S; src: url(data:font/woff2;base64,${font("sarabun-latin-400-normal.woff2")}) format("woff2"); unicode-range: U+0000-00FF, U+2000-206F; }
@font-face { font-family: L; src: url(data:font/ttf;base64,${laksaman}) format("truetype"); }
span { white-space: nowrap; }
div.pitch { width: 2000px; }
</style><body></body>`;

const exe = process.env.CHROMIUM ?? execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
const browser = await chromium.launch({
  executablePath: exe,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage();
await page.setContent(html);
const result = await page.evaluate(async (sample) => {
  await document.fonts.load("16pt S", "ก");
  await document.fonts.load("16pt L", "ก");
  const width = (family, pt, text) => {
    const span = document.createElement("span");
    span.style.font = `${pt}pt ${family}`;
    span.textContent = text;
    document.body.append(span);
    const w = span.getBoundingClientRect().width;
    span.remove();
    return w;
  };
  // The natural line pitch: the height of ten lines at line-height: normal.
  const pitch = (family, pt) => {
    const div = document.createElement("div");
    div.className = "pitch";
    div.style.font = `${pt}pt ${family}`;
    div.innerHTML = Array(10).fill("ทดสอบ ITA").join("<br>");
    document.body.append(div);
    const h = div.getBoundingClientRect().height / 10;
    div.remove();
    return h;
  };
  const laksaman = sample.reduce((sum, t) => sum + width("L", 16, t), 0);
  const sarabun16 = sample.reduce((sum, t) => sum + width("S", 16, t), 0);
  return {
    laksaman16: laksaman,
    sarabun16,
    ratio: laksaman / sarabun16,
    pitchLaksaman16: pitch("L", 16),
    pitchSarabun16: pitch("S", 16),
  };
}, sample);
await browser.close();
const size = 16 * result.ratio;
const pitchAt = (result.pitchSarabun16 * size) / 16;
console.log(`Reference: ${reference}`);
console.log(`16 pt of the reference sets the sample ${result.laksaman16.toFixed(1)} px wide;`);
console.log(`16 pt Sarabun sets it ${result.sarabun16.toFixed(1)} px wide (${(1 / result.ratio).toFixed(3)}× as wide).`);
console.log(`Matching width: Sarabun at ${size.toFixed(2)} pt.`);
console.log(`Natural line pitch: reference 16 pt ${result.pitchLaksaman16.toFixed(2)} px; Sarabun ${size.toFixed(2)} pt ${pitchAt.toFixed(2)} px`);
console.log(`Line height for Sarabun at ${size.toFixed(2)} pt to keep the reference's lines per page: ${(result.pitchLaksaman16 / ((size * 96) / 72)).toFixed(3)}`);
