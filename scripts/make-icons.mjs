// Renders the app icons (assets/icons/*.png) from their SVG sources in Debian's Chromium.
// Run once after changing an SVG; the PNGs are committed.
//
//   node scripts/make-icons.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { chromium } from "playwright-core";

const ICONS = [
  ["assets/icons/icon.svg", "assets/icons/icon-192.png", 192],
  ["assets/icons/icon.svg", "assets/icons/icon-512.png", 512],
  ["assets/icons/maskable.svg", "assets/icons/maskable-512.png", 512],
];
const executablePath = execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
try {
  for (const [source, target, size] of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const svg = readFileSync(source, "utf8");
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}`);
    writeFileSync(target, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    await page.close();
    console.log(`wrote ${target}`);
  }
} finally {
  await browser.close();
}
