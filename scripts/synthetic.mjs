// Synthetic exchange files (format v1) for the roll-up: realistic, deterministic, and with the
// expected total of each computed here, independently of the app.
//
//   node scripts/synthetic.mjs <count> <folder>     writes <count> files into <folder>
//
// Importable: syntheticFile(n) → { name, text, rows: [{ year, hundredths[10], totalUnits }] }.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const WEIGHTS = [6, 6, 6, 6, 6, 10, 10, 10, 20, 20];
const TYPES = [
  ["subdistrict-administration", "อบต."],
  ["subdistrict-municipality", "เทศบาลตำบล"],
  ["town-municipality", "เทศบาลเมือง"],
  ["city-municipality", "เทศบาลนคร"],
  ["provincial-administration", "อบจ."],
];
const PROVINCES = ["เชียงใหม่", "น่าน", "ขอนแก่น", "นครราชสีมา", "สงขลา", "ชลบุรี", "อุบลราชธานี", "ลำปาง"];
const PLACES = ["บ้านใหม่", "หนองบัว", "ทุ่งนา", "ดอนแก้ว", "ห้วยทราย", "โคกสูง", "ป่าแดง", "นาดี", "หัวฝาย", "วังหิน"];

/** A small, seedable pseudo-random generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A score in hundredths, most of them high, as national results are. */
function score(next) {
  const high = next() < 0.75;
  const low = high ? 8000 : 5500;
  return low + Math.floor(next() * (10000 - low + 1));
}

/** As a JSON number: 88, 90.5, 99.45. */
const points = (hundredths) => Number((hundredths / 100).toFixed(2));

/** The file for organisation number `n` (from 1). */
export function syntheticFile(n) {
  const next = random(n * 7919 + 17);
  const [type, prefix] = TYPES[n % TYPES.length];
  const province = PROVINCES[n % PROVINCES.length];
  const name = `${prefix}${PLACES[n % PLACES.length]} ${n}`;
  const years = n % 4 === 0 ? [2567, 2568] : [2568];
  const rows = [];
  const assessments = years.map((year) => {
    const hundredths = WEIGHTS.map(() => score(next));
    // One organisation in thirteen has not entered i9 yet: no total.
    const incomplete = n % 13 === 0 && year === 2568;
    const scores = {};
    hundredths.forEach((h, i) => {
      if (!(incomplete && i === 8)) scores[`i${i + 1}`] = points(h);
    });
    const totalUnits = incomplete ? null : hundredths.reduce((sum, h, i) => sum + WEIGHTS[i] * h, 0);
    rows.push({ year, hundredths: incomplete ? hundredths.map((h, i) => (i === 8 ? null : h)) : hundredths, totalUnits });
    return {
      fiscal_year: year,
      framework: "ita-2566",
      scores,
      measures: next() < 0.5 ? [] : [{ id: "m1", name: "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", indicators: ["i9", "i7"], rhythm: "quarterly" }],
    };
  });
  const document = {
    format: "ita-selfcheck",
    version: 1,
    organisation: { name, type, province },
    assessments,
  };
  return { name: `ita-${String(n).padStart(5, "0")}.json`, text: JSON.stringify(document, null, 2), rows, organisation: { name, type, province } };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? 100);
  const folder = resolve(process.argv[3] ?? "synthetic");
  mkdirSync(folder, { recursive: true });
  for (let n = 1; n <= count; n++) {
    const file = syntheticFile(n);
    writeFileSync(join(folder, file.name), file.text);
  }
  console.log(`wrote ${count} files to ${folder}`);
}
