// Shared set-up for the end-to-end tests: serve the release dist/ on 127.0.0.1 and drive
// Debian's Chromium through playwright-core (no downloaded browsers).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve-dist.mjs";
import assert from "node:assert/strict";

/** The flags every browser of the tests and benchmarks starts with. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Debian's Chromium (or $CHROMIUM): never a downloaded browser. */
export function chromiumPath() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  return execFileSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], { encoding: "utf8" }).trim();
}

/**
 * Starts the server and a browser with an empty profile; `close()` stops both.
 *
 * Every request the pages make is recorded, and so is every Content-Security-Policy violation:
 * `close()` fails the test if any request left the app's own origin (the app must never send a
 * byte elsewhere) or if the page broke its own policy.
 */
export async function launch({ base = "/", dist = process.env.DIST ?? "dist", missing = null, changed = null, encoded = null } = {}) {
  const server = await startServer(resolve(dist), 0, { base, missing, changed, encoded });
  const profile = mkdtempSync(join(tmpdir(), "ita-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
    acceptDownloads: true,
    locale: "th-TH",
    viewport: { width: 1280, height: 900 },
  });
  const origin = new URL(server.url).origin;
  const foreign = [];
  context.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith("data:") && !url.startsWith("blob:") && new URL(url).origin !== origin) foreign.push(url);
  });
  const violations = [];
  await context.exposeFunction("__itaPolicyViolation", (text) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__itaPolicyViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return {
    url: server.url,
    server,
    context,
    page,
    errors,
    foreign,
    violations,
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
      assert.deepEqual(foreign, [], "requests left the app's origin");
      assert.deepEqual(violations, [], "the page broke its Content-Security-Policy");
    },
  };
}

/** A browser (`launch()`) whose first page load finds `saved` (an object) as the saved work. */
export async function launchWithSaved(saved) {
  const app = await launch();
  await app.context.addInitScript(
    ([key, text]) => {
      if (!sessionStorage.getItem("seeded")) {
        sessionStorage.setItem("seeded", "1");
        localStorage.setItem(key, text);
      }
    },
    ["ita-selfcheck.v1", JSON.stringify(saved)],
  );
  return app;
}

/**
 * Holds back the responses to the page's requests that match `pattern` until the returned
 * function is called.
 */
export async function holdBack(page, pattern) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/**
 * An init script (`addInitScript`) with which the page's storage is refused, as a private window
 * or a locked-down office computer may: reading `localStorage` throws.
 */
export function refuseStorage() {
  Object.defineProperty(window, "localStorage", {
    get() {
      throw new DOMException("Access is denied for this document.", "SecurityError");
    },
  });
}

/** The element with this `data-testid`. */
export const byTestId = (page, id) => page.locator(`[data-testid="${id}"]`);

/** The files whose path holds `part` the server sent, in order: extension and status. */
export const sentAs = (server, part) =>
  server.sent.filter((s) => s.path.includes(part)).map((s) => `${s.path.slice(s.path.lastIndexOf("."))} ${s.status}`);

/** Clicks the element and returns the file it downloads: its suggested name, path and bytes. */
export async function download(page, testid) {
  const [file] = await Promise.all([page.waitForEvent("download"), byTestId(page, testid).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), path, bytes: readFileSync(path) };
}

/** Opens the app and waits until it has replaced the loading text. */
export async function openApp(page, url) {
  await page.goto(url);
  await byTestId(page, "score-i1").waitFor({ state: "visible", timeout: 30_000 });
}

/** Types ten scores into score-i1 … score-i10. */
export async function enterScores(page, scores) {
  for (const [n, score] of scores.entries()) {
    await byTestId(page, `score-i${n + 1}`).fill(score);
  }
}

/**
 * Retries `check` (which throws while not yet true) until it passes or `timeout` ms pass:
 * the DOM updates asynchronously, and a fixed sleep would be both slow and flaky.
 */
export async function eventually(check, timeout = 5_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

/** Waits until the element's trimmed text equals `expected`. */
export async function expectText(locator, expected, timeout) {
  await eventually(async () => {
    assert.equal((await locator.textContent())?.trim(), expected);
  }, timeout);
}

// ---- Documents: sheets, printing and the PDF's text (poppler-utils) ----

/** The container of a document's sheets in the documents view (`doc-analysis`…). */
export const docSheets = (page, kind) => byTestId(page, `doc-${kind}`).locator("article.sheet");

/**
 * Waits until a document's sheets are laid out with the document font: the font's faces have
 * loaded (Thai and Latin, regular and bold) and the sheets stop changing over several frames.
 * Sheets measured in a fallback font would cut pages elsewhere than print does.
 */
export async function settleSheets(page, kind, timeout = 15_000) {
  const selector = `[data-testid="doc-${kind}"] article.sheet`;
  let last = null;
  let same = 0;
  await eventually(async () => {
    const shape = await page.evaluate(async (selector) => {
      const fonts = ['400 16px "ITA Sarabun"', '700 16px "ITA Sarabun"'];
      if (!fonts.every((font) => document.fonts.check(font, "กA1"))) return null;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const sheets = [...document.querySelectorAll(selector)];
      return sheets.length ? sheets.map((s) => s.textContent.length).join(",") : null;
    }, selector);
    assert.ok(shape, `the sheets of ${kind} are not laid out in the document font yet`);
    same = shape === last ? same + 1 : 0;
    last = shape;
    assert.ok(same >= 3, `the sheets of ${kind} are still changing`);
  }, timeout);
  return docSheets(page, kind).count();
}

/** The text of a document's sheets (never the hidden measuring copy), one string per sheet. */
export async function sheetTexts(page, kind) {
  return docSheets(page, kind).evaluateAll((sheets) => sheets.map((s) => s.textContent));
}

const pdfFolders = [];
process.on("exit", () => pdfFolders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Prints the page as Chromium does (print media, CSS page size) to a PDF file; its path. */
export async function printPdf(page, name = "print") {
  await page.emulateMedia({ media: "print" });
  try {
    const dir = mkdtempSync(join(tmpdir(), "ita-pdf-"));
    pdfFolders.push(dir);
    const path = join(dir, `${name}.pdf`);
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    return path;
  } finally {
    await page.emulateMedia({ media: "screen" });
  }
}

/** `pdfinfo`: the page count and each page's size in points. */
export function pdfInfo(path) {
  const text = execFileSync("pdfinfo", ["-f", "1", "-l", "9999", path], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(text)?.[1]);
  const sizes = [...text.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])]);
  return { pages, sizes };
}

/**
 * `pdftotext` of the whole PDF or of one page (1-based): `"layout"` as printed (a table's
 * row on one line, its cells side by side), or `"raw"` in the order it was drawn (each
 * table cell's lines together).
 */
export function pdfText(path, pageNumber, mode = "layout") {
  const range = pageNumber ? ["-f", String(pageNumber), "-l", String(pageNumber)] : [];
  return execFileSync("pdftotext", [...range, `-${mode}`, "-enc", "UTF-8", path, "-"], { encoding: "utf8", maxBuffer: 64 << 20 });
}

/**
 * The text of a document as its sheets show it: the sheets' bodies (not their page numbers)
 * joined, so that a paragraph broken across two sheets reads whole again.
 */
export async function docText(page, kind) {
  return byTestId(page, `doc-${kind}`)
    .locator("article.sheet .sheet-body")
    .evaluateAll((bodies) => bodies.map((b) => b.textContent).join(""));
}

/**
 * The body rows of the document's tables whose header holds `headerText`, gathered across
 * the sheets a table is cut into: each row a list of cells, each cell's paragraphs joined
 * with " / ".
 */
export async function docTableRows(page, kind, headerText) {
  return byTestId(page, `doc-${kind}`)
    .locator("article.sheet table")
    .evaluateAll(
      (tables, headerText) =>
        tables
          .filter((t) => t.tHead?.textContent.includes(headerText))
          .flatMap((t) =>
            [...t.tBodies].flatMap((body) =>
              [...body.rows].map((row) =>
                [...row.cells].map((cell) => [...cell.querySelectorAll("p")].map((p) => p.textContent).join(" / ")),
              ),
            ),
          ),
      headerText,
    );
}

/** The numbered clauses of a document's sheets, in order: `[number, text]`. */
export async function docClauses(page, kind) {
  return byTestId(page, `doc-${kind}`)
    .locator("article.sheet .doc-clause")
    .evaluateAll((clauses) => clauses.map((c) => [c.querySelector(".num").textContent, c.querySelector(".text").textContent]));
}
