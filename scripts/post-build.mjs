// Trunk's post-build hook (Trunk.toml): finishes a build in its staging folder.
//
// 1. The Content-Security-Policy in index.html allows exactly one inline script, trunk's
//    start-up module, by its SHA-256: the placeholder is replaced with the hash of this build's.
// 2. A build id (a hash of every file) goes into index.html as <meta name="ita-build">.
// 3. sw.js is written from assets/sw.template.js with the build id and the list of this build's
//    files, so the service worker caches exactly them.
//
//   TRUNK_STAGING_DIR=dist node scripts/post-build.mjs      (trunk sets the variable)
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run through trunk build");

const sha = (data, encoding) => createHash("sha256").update(data).digest(encoding);

function filesUnder(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(dir, path).split(sep).join("/")];
  });
}

const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");

// 1. The hash of the one inline script.
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
if (inline.length !== 1) throw new Error(`expected one inline script in index.html, found ${inline.length}`);
const placeholder = "'sha256-BOOT_SCRIPT_HASH'";
if (!html.includes(placeholder)) throw new Error(`index.html has no ${placeholder} in its Content-Security-Policy`);
html = html.replace(placeholder, `'sha256-${sha(inline[0][1], "base64")}'`);

// 2. The build id, over every file of the build.
const files = filesUnder(dir)
  .filter((file) => file !== "sw.js" && file !== "index.html")
  .sort();
const build = sha(files.map((file) => `${file}:${sha(readFileSync(join(dir, file)), "hex")}`).join("\n") + html, "hex").slice(0, 16);
const charset = '<meta charset="utf-8" />';
if (!html.includes(charset)) throw new Error("index.html has no charset meta to put the build id after");
html = html.replace(charset, `${charset}\n    <meta name="ita-build" content="${build}">`);
writeFileSync(indexPath, html);

// 3. The service worker of this build.
const template = readFileSync(new URL("../assets/sw.template.js", import.meta.url), "utf8");
const cached = ["index.html", ...files];
writeFileSync(
  join(dir, "sw.js"),
  template.replace("__BUILD__", build).replace("__FILES__", JSON.stringify(cached, null, 2)),
);
console.log(`post-build: build ${build}, ${cached.length} files for offline use, CSP hash set`);
