// The 2563 workbook the document tests share: its organisation, the ten scores (a total of
// exactly 80.00, level B) and what each indicator must show, and small checks of printed PDFs.
import assert from "node:assert/strict";

export const ORG = {
  name: "เทศบาลตำบลบ้านใหม่",
  district: "เมืองเชียงใหม่",
  province: "เชียงใหม่",
  preparer: "นางสาวสมใจ ใจดี",
  preparerPosition: "นักวิเคราะห์นโยบายและแผน",
  executive: "นายสมชาย รักษ์ดี",
  executivePosition: "นายกเทศมนตรีตำบลบ้านใหม่",
};

/** i1…i10; weighted: IIT 26.34 + EIT 24.20 + OIT 29.46 = 80.00 exactly, level B. */
export const SCORES = ["92", "85.50", "95.20", "88", "78.30", "86", "74.50", "81.50", "72.30", "75"];

/** Each indicator: code, official Thai name, tool, weight, score as shown, points lost. */
export const INDICATORS = [
  ["i1", "การปฏิบัติหน้าที่", "IIT", 6, "92.00", "0.48"],
  ["i2", "การใช้งบประมาณ", "IIT", 6, "85.50", "0.87"],
  ["i3", "การใช้อำนาจ", "IIT", 6, "95.20", "0.29"],
  ["i4", "การใช้ทรัพย์สินของราชการ", "IIT", 6, "88.00", "0.72"],
  ["i5", "การแก้ไขปัญหาการทุจริต", "IIT", 6, "78.30", "1.30"],
  ["i6", "คุณภาพการดำเนินงาน", "EIT", 10, "86.00", "1.40"],
  ["i7", "ประสิทธิภาพการสื่อสาร", "EIT", 10, "74.50", "2.55"],
  ["i8", "การปรับปรุงระบบการทำงาน", "EIT", 10, "81.50", "1.85"],
  ["i9", "การเปิดเผยข้อมูล", "OIT", 20, "72.30", "5.54"],
  ["i10", "การป้องกันการทุจริต", "OIT", 20, "75.00", "5.00"],
];

/** Highest first; i9 (the lowest) and i7 (below 75) are urgent, i10 at exactly 75.00 is not. */
export const RANKED = ["i3", "i1", "i4", "i6", "i2", "i8", "i5", "i10", "i7", "i9"];

/** Text with every run of white space removed: how pdftotext's wrapped lines compare. */
export const squeeze = (text) => text.replace(/\s+/g, "");

/**
 * Whether every page of the PDF is A4 (595.28 × 841.89 pt, give or take a point), portrait,
 * or landscape for the implementation report, whose seven columns need the width.
 */
export function assertA4(info, landscape = false, label = "") {
  assert.ok(info.pages >= 1, `${label}: no page`);
  assert.equal(info.sizes.length, info.pages);
  const [w, h] = landscape ? [841.89, 595.28] : [595.28, 841.89];
  info.sizes.forEach(([width, height], k) => {
    assert.ok(
      Math.abs(width - w) < 1 && Math.abs(height - h) < 1,
      `${label} page ${k + 1} is ${width} × ${height} pt, not A4 ${landscape ? "landscape" : "portrait"}`,
    );
  });
}

/** The saved work of the 2563 workbook with `measures` as its plan, as version 2 of the app
 * stored it: every test that starts from it also reads an earlier version's save. */
export function savedWork(measures) {
  return {
    format: "ita-selfcheck-state",
    version: 2,
    doc: {
      lang: "th",
      thai_digits: false,
      organisation: {
        name: ORG.name,
        district: ORG.district,
        province: ORG.province,
        prepared_by: { name: ORG.preparer, position: ORG.preparerPosition },
        approved_by: { name: ORG.executive, position: ORG.executivePosition },
      },
      years: [{ fiscal_year: 2563, scores: SCORES, measures }],
      open_year: 2563,
    },
  };
}
