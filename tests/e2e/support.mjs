// Shared set-up for the end-to-end tests: serve the release dist/ on 127.0.0.1 and drive
// Debian's Chromium through playwright-core (no downloaded browsers).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve-dist.mjs";
import assert from "node:assert/strict";

const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function chromiumPath() {
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
export async function launch({ base = "/", dist = process.env.DIST ?? "dist" } = {}) {
  const server = await startServer(resolve(dist), 0, { base });
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

/** The element with this `data-testid`. */
export const byTestId = (page, id) => page.locator(`[data-testid="${id}"]`);

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
