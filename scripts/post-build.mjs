// Trunk's post-build hook (Trunk.toml): finishes a build in its staging folder.
//
// In release builds the wasm-bindgen loader and the service worker are minified
// (scripts/minify-js.mjs).
//
// 0. The WebAssembly is also written gzip-compressed (`*_bg.wasm.gz`, a third of its size), and
//    trunk's start-up script is replaced by one that fetches that file and decompresses it while
//    it downloads (DecompressionStream). Many web servers, intranet ones especially, send `.wasm`
//    uncompressed: this way every server sends the small file. A browser without
//    DecompressionStream, or a server that changes the compressed file on the way (its checksum
//    no longer matches), gets the uncompressed file instead.
// 1. The Content-Security-Policy in index.html allows exactly one inline script, the start-up
//    module of step 0, by its SHA-256: the placeholder is replaced with the hash of this build's.
// 2. A build id (a hash of every file) goes into index.html as <meta name="ita-build">.
// 3. sw.js is written from assets/sw.template.js with the build id and the list of this build's
//    files, so the service worker caches exactly them.
//
//   TRUNK_STAGING_DIR=dist node scripts/post-build.mjs      (trunk sets the variable)
import { createHash } from "node:crypto";
import { constants, gzipSync } from "node:zlib";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { minifyLoader, minifyScript } from "./minify-js.mjs";

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

const release = process.env.TRUNK_PROFILE === "release";
if (release) html = await minifyLoader(dir, html);

// 0. The compressed WebAssembly and the start-up script that loads it.
const sri = (data) => `sha384-${createHash("sha384").update(data).digest("base64")}`;
// Trunk minifies index.html in release builds (Trunk.toml): attribute values may have lost their
// quotes.
const boot = /<script type="?module"?>\s*import init, \* as bindings from '\.\/([^']+\.js)';\s*const wasm = await init\(\{ module_or_path: '\.\/([^']+_bg\.wasm)' \}\);[\s\S]*?<\/script>/;
const found = boot.exec(html);
if (!found) throw new Error("index.html has no start-up script of the form trunk writes: update scripts/post-build.mjs");
const [, script, plain] = found;
const wasmBytes = readFileSync(join(dir, plain));
const packedBytes = gzipSync(wasmBytes, { level: constants.Z_BEST_COMPRESSION });
const packed = `${plain}.gz`;
writeFileSync(join(dir, packed), packedBytes);
html = html.replace(
  found[0],
  () => `<script type="module">
const packed = ${JSON.stringify(`./${packed}`)};
const plain = ${JSON.stringify(`./${plain}`)};
async function webAssembly() {
  if (typeof DecompressionStream === "function") {
    try {
      // The request the preload link made, so that its download is the one used.
      const response = await fetch(packed, { integrity: ${JSON.stringify(sri(packedBytes))}, mode: "cors", credentials: "same-origin" });
      if (response.ok) {
        const body = response.body.pipeThrough(new DecompressionStream("gzip"));
        return new Response(body, { headers: { "Content-Type": "application/wasm" } });
      }
    } catch {
      // Fetched below, uncompressed.
    }
  }
  return fetch(plain, { integrity: ${JSON.stringify(sri(wasmBytes))} });
}
const module = webAssembly();
const bindings = await import(${JSON.stringify(`./${script}`)});
const wasm = await bindings.default({ module_or_path: module });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
</script>`,
);
// Trunk's preload of the uncompressed file becomes one of the compressed file: the download
// starts while the page is parsed, not once the style sheet is in and the script may run.
const preload = new RegExp(`<link(?=[^>]*\\brel="?preload"?[\\s>])[^>]*\\bhref="?\\./${plain.replace(/[.]/g, "\\.")}[\\s">][^>]*>`);
if (!preload.test(html)) throw new Error(`index.html has no preload link for ${plain}`);
html = html.replace(
  preload,
  () => `<link rel="preload" href="./${packed}" crossorigin="anonymous" integrity="${sri(packedBytes)}" as="fetch">`,
);

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
const charset = /<meta charset="?utf-8"?\s*\/?>/i;
if (!charset.test(html)) throw new Error("index.html has no charset meta to put the build id after");
html = html.replace(charset, (meta) => `${meta}\n    <meta name="ita-build" content="${build}">`);
writeFileSync(indexPath, html);

// 3. The service worker of this build.
const template = readFileSync(new URL("../assets/sw.template.js", import.meta.url), "utf8");
const cached = ["index.html", ...files];
const worker = template.replace("__BUILD__", build).replace("__FILES__", JSON.stringify(cached, null, 2));
writeFileSync(join(dir, "sw.js"), release ? await minifyScript(worker) : worker);
console.log(`post-build: build ${build}, ${cached.length} files for offline use, CSP hash set`);
