// Trunk's post-build hook (Trunk.toml): finishes a build in its staging folder.
//
// In release builds the wasm-bindgen loader and the service worker are minified
// (scripts/minify-js.mjs).
//
// 0. The WebAssembly (in release builds its first module: scripts/wasm-split.mjs, and the later
//    module's loading below) is also written compressed twice, and the page's first script,
//    before the style sheet, chooses which to download by how long the page's own first bytes
//    took:
//    - a slow connection (over NEAR_MS from the page's request to that script) gets the
//      LZMA-compressed file (`*_bg.wasm.lzma`, `xz --format=lzma`, preset 9e: a fifth smaller
//      than gzip -9) and its decoder, a 9 KB module of its own (crates/unlzma, built here),
//      which decodes the file as it arrives;
//    - any other gets the gzip file (`*_bg.wasm.gz`, about a fifth larger), which the
//      browser's own DecompressionStream unpacks in a fraction of the time the LZMA decoder
//      takes: where the network is quick, the decoding, not the download, is what the user
//      waits for.
//    The unpacked bytes go, piece by piece, straight to WebAssembly's streaming compiler: the
//    gzip file's from the first script on, so that it compiles while the page, the style sheet
//    and the loader come; the LZMA file's from the start-up script, which replaces trunk's and
//    instantiates the module. Web servers send both files as they are, so
//    every server sends a small file, with no Content-Encoding set up. Should the compressed
//    file or the decoder be missing or changed on the way (the gzip file's own CRC-32, the LZMA
//    file's unpacked length and Adler-32, the decoder's SHA-384 no longer match), or the
//    unpacked bytes not compile, the page loads the uncompressed file. A page the service
//    worker controls loads the file the worker unpacked (assets/sw.template.js).
//    The first script also links the style sheet and the wasm-bindgen loader, which trunk
//    linked in the page; a slow connection gets them, and the decoder, gzip-compressed too
//    (`*.css.gz`, `*.js.gz`, `unlzma-*.wasm.gz`: 40 KB less to send, where a server sends
//    files as they are), each unpacked and checked against the plain file's SHA-384 before it
//    is used: the style sheet adopted as a constructed one, the loader imported from a blob:
//    URL (allowed by the page's Content-Security-Policy). Where the connection is quick, it
//    keeps the page's "loading" line out of sight for a second (`.booting`, assets/style.css).
// 1. The Content-Security-Policy in index.html allows exactly two inline scripts, those of step
//    0, by their SHA-256: the placeholder is replaced with the hashes of this build's.
// 2. A build id (a hash of every file) goes into index.html as <meta name="ita-build">.
// 3. sw.js is written from assets/sw.template.js with the build id and the list of this build's
//    files, so the service worker caches exactly them.
//
//   TRUNK_STAGING_DIR=dist node scripts/post-build.mjs      (trunk sets the variable)
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { minifyLoader, minifyScript } from "./minify-js.mjs";
import { splitWasm, unsplit } from "./wasm-split.mjs";

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

// 0. The compressed WebAssembly, its decoder, and the start-up script that loads them.
const root = fileURLToPath(new URL("..", import.meta.url));
const run = (command, args, options = {}) => execFileSync(command, args, { cwd: root, maxBuffer: 1 << 30, ...options });
const sri = (data) => `sha384-${createHash("sha384").update(data).digest("base64")}`;
// Trunk minifies index.html in release builds (Trunk.toml): attribute values may have lost their
// quotes.
const boot = /<script type="?module"?>\s*import init, \* as bindings from '\.\/([^']+\.js)';\s*const wasm = await init\(\{ module_or_path: '\.\/([^']+_bg\.wasm)' \}\);[\s\S]*?<\/script>/;
const found = boot.exec(html);
if (!found) throw new Error("index.html has no start-up script of the form trunk writes: update scripts/post-build.mjs");
const [, script, trunkWasm] = found;
const target = process.env.CARGO_TARGET_DIR ?? join(root, "target");
// The WebAssembly in two: what the first load runs, and the rest, fetched once the app has
// started (scripts/wasm-split.mjs). ITA_SPLIT=off leaves it whole, with a list of its
// functions, for scripts/split-profile.mjs to measure which ones a first load runs.
let laterFile = null;
if (release) {
  if (process.env.ITA_SPLIT === "off") unsplit(join(dir, trunkWasm), join(target, "split"));
  else laterFile = splitWasm(dir, trunkWasm, script, join(target, "split"));
  html = await minifyLoader(dir, html);
}
const wasmBytes = readFileSync(join(dir, trunkWasm));
// Trunk names the wasm by a hash of wasm-bindgen's output, before wasm-opt: a change to
// wasm-opt's settings alone would serve other bytes under the same name, which a cache may
// still hold. The file is named by a hash of the bytes it holds instead.
const plain = trunkWasm.replace(/-[0-9a-f]{16}_bg\.wasm$/, `-${sha(wasmBytes, "hex").slice(0, 16)}_bg.wasm`);
renameSync(join(dir, trunkWasm), join(dir, plain));
// -9e takes a few seconds on a release build; a debug build's much larger file gets the fastest
// preset instead. Four literal context bits and no position bits suit the wasm best (1.2 KB
// smaller than the preset's lc = 3, pb = 2); crates/unlzma takes lc + lp <= 4.
const preset = release ? "preset=9e,lc=4,pb=0" : "preset=0";
const packedBytes = run("xz", ["--format=lzma", `--lzma1=${preset}`, "--stdout", join(dir, plain)]);
const packed = `${plain}.lzma`;
writeFileSync(join(dir, packed), packedBytes);
// A file's gzip copy beside it, `*.gz`; returns the copy's bytes. A release build's comes from
// zopfli (Debian's package, scripts/setup), whose gzip is 4-7 % smaller than gzip -9's (12 KB
// less for the first module, 7 KB for the later one) and which takes about 3 s for all five;
// any other build's from GNU gzip -9 (2 KB smaller than Node's zlib at the same level).
const gzipCopy = (file) => {
  const bytes = release ? run("zopfli", ["-c", join(dir, file)]) : run("gzip", ["-9", "--no-name", "--stdout", join(dir, file)]);
  writeFileSync(join(dir, `${file}.gz`), bytes);
  return bytes;
};
const zippedBytes = gzipCopy(plain);
const zipped = `${plain}.gz`;
// The later module (scripts/wasm-split.mjs), named by a hash of its bytes too, and its gzip -9
// copy, which the page fetches once the app has started.
let later = null;
if (laterFile) {
  const bytes = readFileSync(join(dir, laterFile));
  const file = laterFile.replace(/-[0-9a-f]{16}_later\.wasm$/, `-${sha(bytes, "hex").slice(0, 16)}_later.wasm`);
  renameSync(join(dir, laterFile), join(dir, file));
  const gzipped = gzipCopy(file);
  later = { file, integrity: sri(bytes), gzipIntegrity: sri(gzipped), type: "application/wasm", size: bytes.length };
}
// The connections the gzip file is for: from the page's request to its first script, no more
// than this many milliseconds. Measured in Chromium on this machine: 28-77 ms to a server on
// the same machine, 54-66 ms with 20 ms of latency added, 79-105 ms with 60 ms (a good mobile
// connection), 178-207 ms with 150 ms (the slow mobile connection of bench/README.md). Where
// it took longer, every kilobyte counts more than the LZMA decoder's time.
const NEAR_MS = 120;
// The decoder: built for speed (Cargo.toml), then stripped of its names.
run("cargo", ["build", "--locked", "--quiet", "--release", "-p", "unlzma", "--target", "wasm32-unknown-unknown"], { stdio: "inherit" });
const optimised = join(target, "unlzma.opt.wasm");
run(join(root, "node_modules/.bin/wasm-opt"), ["-O3", "--strip-debug", "--strip-producers", join(target, "wasm32-unknown-unknown/release/unlzma.wasm"), "-o", optimised]);
const decoderBytes = readFileSync(optimised);
const decoder = `unlzma-${sha(decoderBytes, "hex").slice(0, 16)}.wasm`;
writeFileSync(join(dir, decoder), decoderBytes);
// The page's style sheet and the wasm-bindgen loader, as trunk linked them: the first script
// links them itself (below), or, on a slow connection, fetches them gzip-compressed.
const linked = (rel, ext) => {
  const tag = new RegExp(`<link\\b(?=[^>]*\\brel="?${rel}"?[\\s>])[^>]*\\bhref="?\\./([^"\\s>]+\\.${ext})"?[^>]*>`).exec(html);
  const integrity = tag && /\bintegrity="?([^"\s>]+)"?/.exec(tag[0]);
  if (!integrity) throw new Error(`index.html has no ${rel} link for a .${ext} file with an integrity attribute`);
  html = html.replace(tag[0], "");
  return { file: tag[1], integrity: integrity[1] };
};
const styleSheet = linked("stylesheet", "css");
const loader = linked("modulepreload", "js");
if (loader.file !== script) throw new Error(`the modulepreload link names ${loader.file}, the start-up script ${script}`);
// On a slow connection the three small files the first load needs besides the WebAssembly come
// gzip-compressed as well: the style sheet, the loader and the LZMA decoder (55.5 KB raw, which
// servers that compress nothing send as it is; 14.7 KB so). The page unpacks each with the
// browser's DecompressionStream and checks it against this build's SHA-384 (the plain file's)
// before using it; any other outcome takes the plain file.
const small = [
  { ...styleSheet, type: "text/css; charset=utf-8" },
  { ...loader, type: "text/javascript; charset=utf-8" },
  { file: decoder, integrity: sri(decoderBytes), type: "application/wasm" },
].map((entry) => ({ ...entry, gzipIntegrity: sri(gzipCopy(entry.file)) }));
// The Adler-32 checksum (RFC 1950) of the plain file, as crates/unlzma's adler32 computes it.
function adler32(bytes) {
  let [a, b] = [1, 0];
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}
// The later module: how the start-up script loads it (scripts/wasm-split.mjs). Before the app
// starts, it tells the loader how to load it at once, should the app call into it first. A page
// opened on the documents, the roll-up or a place on the work page, which need it from their
// start, or with work saved on the device, which the app reads as it starts, fetches and
// compiles it beside the first module and starts the app once both are in; any other fetches it
// once the app has started, the page is drawn and its fonts are in (as the catalogue's texts),
// and shows the work page's sections below the score form once it is in (src/later.rs). Either
// way the gzip file is unpacked by the browser on a first visit, and the plain file comes from
// the service worker's cache on the others; a failed fetch is tried again.
// The key under which the app saves the work on the device (src/state.rs).
const storageKey = readFileSync(new URL("../src/state.rs", import.meta.url), "utf8").match(/pub const STORAGE_KEY: &str = "([^"]+)";/)?.[1];
if (!storageKey) throw new Error("post-build: src/state.rs has no STORAGE_KEY as this script reads it");
const laterBefore = later && `
const LATER = ${JSON.stringify(`./${later.file}`)};
const LATER_SIZE = ${later.size};
let laterBytes = null;
// At once: a synchronous request, which can read bytes only as binary text, and cannot have the
// browser check a checksum: the length is checked, and the file's name is the hash of its bytes.
function laterNow() {
  const request = new XMLHttpRequest();
  request.open("GET", LATER, false);
  request.overrideMimeType("text/plain; charset=x-user-defined");
  request.send();
  const text = request.responseText;
  if (request.status !== 200 || text.length !== LATER_SIZE) throw new Error(\`\${LATER}: HTTP \${request.status}, \${text.length} bytes\`);
  const bytes = new Uint8Array(LATER_SIZE);
  for (let i = 0; i < LATER_SIZE; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}
let laterCompiled = null;
async function laterFetched() {
  if (downloads && typeof DecompressionStream === "function") {
    try {
      const bytes = await new Response(window.itaGunzipped(await fetch(LATER + ".gz"))).arrayBuffer();
      if (bytes.byteLength === LATER_SIZE) return bytes;
    } catch {}
  }
  return checked(await fetch(LATER, { integrity: ${JSON.stringify(later.integrity)} })).arrayBuffer();
}
// Where the later module is, for the app (src/later.rs): \`itaLaterState\` is "loading", "in"
// (its functions can be called at once) or "failed" (the last try failed; the tries go on),
// each change announced by an \`italater\` event; \`itaLater\` settles once it is in, and
// \`itaLaterAgain()\` tries again at once (the app's "try again").
let laterArrived;
window.itaLater = new Promise((arrived) => (laterArrived = arrived));
window.itaLaterState = "loading";
function laterSaid(state) {
  window.itaLaterState = state;
  if (state === "in") laterArrived();
  dispatchEvent(new Event("italater"));
}
async function laterTried(tries) {
  try {
    // Loaded at once already, should a call into it have come first.
    if (!bindings.laterState().in) {
      laterBytes ??= await laterFetched();
      bindings.laterIn(laterCompiled ?? (await WebAssembly.compile(laterBytes)));
    }
    laterSaid("in");
  } catch (error) {
    console.warn("the later module:", error);
    if (window.itaLaterState !== "in") laterSaid("failed");
    if (tries > 1) return new Promise((again) => setTimeout(again, 5000)).then(() => laterTried(tries - 1));
  }
}
window.itaLaterAgain = () => {
  laterSaid("loading");
  laterTried(1);
};
// Work saved on the device is read as the app starts, by the careful reader of the exchange
// format, which is in the later module: on a returning visit the service worker has it.
const saved = () => {
  try {
    return localStorage.getItem(${JSON.stringify(storageKey)}) !== null;
  } catch {
    return false;
  }
};
// Fetched and compiled from here on, while the loader comes.
const laterEarly =
  /^#(\\/(documents|rollup)|[^/])/.test(location.hash) || saved()
    ? laterFetched().then(async (bytes) => {
        laterBytes = bytes;
        laterCompiled = await WebAssembly.compile(bytes).catch(() => null);
      }, () => {})
    : null;
`;
// Once the loader is in, before the app starts.
const laterBound = later && `
bindings.laterFrom(() => {
  // Said once the call that needed it has returned to the browser.
  setTimeout(() => bindings.laterState().in && laterSaid("in"));
  return laterCompiled ?? new WebAssembly.Module(laterBytes ?? laterNow());
});
await laterEarly;
// Compiled already: the app's first call into it instantiates it then and there.
if (laterCompiled) laterSaid("in");
// The app, which starts below, registers the service worker once the later module is in
// (src/offline.rs), which then keeps the browser's copy rather than download another.
let laterGo;
new Promise((go) => (laterGo = go)).then(() => laterTried(5));
`;
const laterAfter = later && `
document.fonts.ready.then(() => requestAnimationFrame(() => setTimeout(laterGo)));
`;
const start = `
const plain = ${JSON.stringify(`./${plain}`)};
const SIZE = ${wasmBytes.length};
const ADLER = ${adler32(wasmBytes)};
const checked = (response) => {
  if (!response.ok) throw new Error(\`\${response.url}: HTTP \${response.status}\`);
  return response;
};
const wasmResponse = (body) => new Response(body, { headers: { "Content-Type": "application/wasm" } });
// The LZMA-compressed WebAssembly, decoded by crates/unlzma as it downloads; each decoded piece
// (at most 128 KiB) goes to the streaming compiler while the next is decoded.
async function decoded([packed, decoder]) {
  const [response, { instance }] = await Promise.all([
    packed.then(checked),
    decoder.then(checked).then((response) => response.arrayBuffer()).then((bytes) => WebAssembly.instantiate(bytes)),
  ]);
  const PACKED = ${packedBytes.length};
  // The decoder's memory, laid out as crates/unlzma expects: its state (zero to begin with) and
  // probabilities, then room for the compressed file and for the plain file.
  const { memory, unlzma_input: offset, unlzma_run: decode, unlzma_sum: sum } = instance.exports;
  const state = memory.buffer.byteLength;
  const input = state + offset();
  memory.grow(Math.ceil((offset() + PACKED + SIZE) / 65536));
  const reader = response.body.getReader();
  let have = 0;
  let done = 0;
  const next = async () => {
    for (;;) {
      const decodedTo = decode(state, PACKED, have, SIZE, Math.min(SIZE, done + 131072));
      if (decodedTo > done) {
        const piece = new Uint8Array(memory.buffer, input + PACKED + done, decodedTo - done).slice();
        done = decodedTo;
        return piece;
      }
      // -1: corrupt; no progress with the whole file: cut short.
      if (decodedTo < done || have === PACKED) throw new Error("the WebAssembly did not decode");
      const read = await reader.read();
      if (read.done || have + read.value.length > PACKED) throw new Error("the WebAssembly is not the expected size");
      new Uint8Array(memory.buffer, input + have, read.value.length).set(read.value);
      have += read.value.length;
    }
  };
  // A file that does not decode at all is found here, before compiling begins.
  const first = await next();
  const body = new ReadableStream({
    start: (controller) => controller.enqueue(first),
    async pull(controller) {
      if (done < SIZE) return controller.enqueue(await next());
      // A file changed on the way that still decodes: the compiler never gets its last piece.
      if (!(await reader.read()).done || sum(state, PACKED, SIZE) >>> 0 !== ADLER) {
        throw new Error("the WebAssembly is not this build's");
      }
      controller.close();
    },
  });
  return wasmResponse(body);
}
const uncompressed = () => fetch(plain, { integrity: ${JSON.stringify(sri(wasmBytes))} });
// A page the service worker controls gets the uncompressed file from its cache, unpacked there
// once (assets/sw.template.js); the first script started the downloads of any other: the gzip
// file, which it compiles as it arrives, or the LZMA file and its decoder.
const downloads = window.itaDownloads;
const module = downloads ? (downloads.length === 1 ? downloads[0] : decoded(downloads)).catch(uncompressed) : uncompressed();
// The loader: a blob: URL of the copy the first script unpacked and checked, on a slow
// connection, or the file itself.
const LOADER = ${JSON.stringify(`./${script}`)};
${later ? laterBefore : ""}
const bindings = await import(await (window.itaLoader ?? LOADER)).catch(() => import(LOADER));
${later ? laterBound : ""}
let wasm;
try {
  wasm = await bindings.default({ module_or_path: module });
} catch {
  // The unpacked bytes did not compile.
  wasm = await bindings.default({ module_or_path: uncompressed() });
}
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
${later ? laterAfter : ""}
`;
// The first script of the page links the style sheet and the loader and starts the downloads,
// before any other element that fetches (a script after the style sheet would wait for it), and
// only where they are needed: a preload link in the page would fetch the compressed WebAssembly
// on every visit, even those of pages the service worker serves the unpacked file.
const [css, js, lzmaDecoder] = small;
const early = `
{
  const options = { mode: "cors", credentials: "same-origin" };
  // A page the service worker controls gets every file from its cache, as it is.
  const fresh = !navigator.serviceWorker?.controller;
  // How long the page's own first bytes took to come and run: latency, and the page's first
  // kilobytes at the connection's speed (scripts/post-build.mjs, NEAR_MS).
  const [page] = performance.getEntriesByType("navigation");
  const slow = fresh && (!page || performance.now() - page.requestStart > ${NEAR_MS} || navigator.connection?.saveData);
  const unzips = typeof DecompressionStream === "function";
  // Where the app is up in a fraction of a second, its "loading" line is not drawn for the
  // first second: the browser does not lay out and paint a page that the app replaces at once
  // (about 8 ms of a quick cold load's 120). Should the app not be up by then, the line shows.
  if (!slow) {
    const root = document.documentElement;
    root.classList.add("booting");
    setTimeout(() => root.classList.remove("booting"), 1000);
  }
  // The small files gzip-compressed, where the browser can unpack and check them and adopt a
  // style sheet made in script (scripts/post-build.mjs).
  const compact = slow && unzips && !!crypto.subtle && "adoptedStyleSheets" in document;
  const link = (rel, href, integrity) => {
    const element = Object.assign(document.createElement("link"), { rel, href, integrity });
    // The page is drawn once its style sheet is in, as with a style sheet in the page itself.
    if (rel === "stylesheet") element.setAttribute("blocking", "render");
    return document.head.appendChild(element);
  };
  // A gzip file's response, unpacked as it arrives: a server that marks .gz files
  // gzip-encoded has had the browser unpack it already.
  const gunzipped = (response) => {
    if (!response.ok) throw new Error(response.url + ": HTTP " + response.status);
    return response.headers.has("Content-Encoding") ? response.body : response.body.pipeThrough(new DecompressionStream("gzip"));
  };
  // A small file's gzip copy, unpacked, and checked against the plain file's SHA-384.
  const unpacked = async ([file, integrity]) => {
    const bytes = await new Response(gunzipped(await fetch(file + ".gz", options))).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-384", bytes));
    if ("sha384-" + btoa(String.fromCharCode(...digest)) !== integrity) throw new Error(file + " is not this build's");
    return bytes;
  };
  // On a quick connection, the gzip file unpacked by the browser as it arrives and compiled
  // as it is unpacked, from here on, while the page, the style sheet and the loader come (the
  // start-up script instantiates the compiled module). The browser checks the file's own
  // CRC-32 and length as it unpacks it, and the stream ends in an error instead of its end if
  // either is wrong (a checksum of our own, in JavaScript, would cost 13-15 ms of the main
  // thread); where the server has had the browser unpack it, of what gzip checks, the length
  // at least is checked here.
  const compiled = async (download) => {
    const body = gunzipped(await download);
    let length = 0;
    const check = new TransformStream({
      transform(piece, controller) {
        length += piece.length;
        controller.enqueue(piece);
      },
      flush() {
        if (length !== ${wasmBytes.length}) throw new Error("the WebAssembly is not the expected size");
      },
    });
    const wasm = new Response(body.pipeThrough(check), { headers: { "Content-Type": "application/wasm" } });
    return WebAssembly.compileStreaming ? WebAssembly.compileStreaming(wasm) : WebAssembly.compile(await wasm.arrayBuffer());
  };
  const CSS = ${JSON.stringify([`./${css.file}`, css.integrity])};
  const JS = ${JSON.stringify([`./${js.file}`, js.integrity])};
  const DECODER = ${JSON.stringify([`./${lzmaDecoder.file}`, lzmaDecoder.integrity])};
  const preloaded = () => (link("modulepreload", ...JS), JS[0]);
  if (compact) {
    // Nothing is drawn until the style sheet is in (or has failed), as above.
    const root = document.documentElement;
    root.hidden = true;
    unpacked(CSS)
      .then((bytes) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(new TextDecoder().decode(bytes));
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      })
      .catch(
        () =>
          new Promise((loaded) => {
            const element = link("stylesheet", ...CSS);
            element.onload = element.onerror = loaded;
          }),
      )
      .finally(() => (root.hidden = false));
    // The start-up script imports the loader from this URL.
    window.itaLoader = unpacked(JS)
      .then((bytes) => URL.createObjectURL(new Blob([bytes], { type: "text/javascript" })))
      .catch(preloaded);
  } else {
    link("stylesheet", ...CSS);
    window.itaLoader = preloaded();
  }
  if (fresh) {
    // No checksum on the compressed WebAssembly's download: one would hold the whole file back
    // until it had arrived. What it unpacks to is checked instead, as it is unpacked (the
    // start-up script).
    const decoder = () => fetch(DECODER[0], { ...options, integrity: DECODER[1] });
    window.itaDownloads =
      slow || !unzips
        ? [
            fetch(${JSON.stringify(`./${packed}`)}, options),
            compact ? unpacked(DECODER).then((bytes) => new Response(bytes), decoder) : decoder(),
          ]
        : [compiled(fetch(${JSON.stringify(`./${zipped}`)}, options))];
    // A failed download is the start-up script's to handle, not an unhandled rejection before
    // that script runs.
    for (const download of window.itaDownloads) download.catch(() => {});
    // The start-up script unpacks the later WebAssembly module's gzip file with it too.
    window.itaGunzipped = gunzipped;
  }
}
`;
// The inline scripts, minified in a release build like the other scripts.
const [earlyScript, startScript] = release
  ? [await minifyScript(early), await minifyScript(start, { module: true })]
  : [early, start];
html = html.replace(found[0], () => `<script type="module">${startScript}</script>`);
const policy = /<meta(?=[^>]*\bhttp-equiv="?Content-Security-Policy"?[\s>])[^>]*>/i;
if (!policy.test(html)) throw new Error("index.html has no Content-Security-Policy meta to put the first script after");
// Without JavaScript, the page's one message still gets its style sheet.
const noscript = `<noscript><link rel="stylesheet" href="./${css.file}"></noscript>`;
html = html.replace(policy, (meta) => `${meta}<script>${earlyScript}</script>${noscript}`);
// Trunk's preload of the uncompressed file goes: the first script fetches what is needed.
const preload = new RegExp(`<link(?=[^>]*\\brel="?preload"?[\\s>])[^>]*\\bhref="?\\./${trunkWasm.replace(/[.]/g, "\\.")}[\\s">][^>]*>`);
if (!preload.test(html)) throw new Error(`index.html has no preload link for ${trunkWasm}`);
html = html.replace(preload, "");

// 1. The hashes of the two inline scripts.
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
if (inline.length !== 2) throw new Error(`expected two inline scripts in index.html, found ${inline.length}`);
const placeholder = "'sha256-BOOT_SCRIPT_HASH'";
if (!html.includes(placeholder)) throw new Error(`index.html has no ${placeholder} in its Content-Security-Policy`);
html = html.replace(placeholder, inline.map(([, body]) => `'sha256-${sha(body, "base64")}'`).join(" "));

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
const worker = template
  .replace("__BUILD__", build)
  .replace("__FILES__", JSON.stringify(cached, null, 2))
  .replace(
    "__PACKED__",
    JSON.stringify({
      file: packed,
      integrity: sri(packedBytes),
      gzip: zipped,
      gzipIntegrity: sri(zippedBytes),
      plain,
      plainIntegrity: sri(wasmBytes),
      size: wasmBytes.length,
      adler: adler32(wasmBytes),
      decoder,
      small: [...small, ...(later ? [{ ...later, later: true }] : [])].map(({ file, integrity, gzipIntegrity, type, later }) => ({ file, integrity, gzipIntegrity, type, later })),
    }),
  );
writeFileSync(join(dir, "sw.js"), release ? await minifyScript(worker) : worker);
console.log(`post-build: build ${build}, ${cached.length} files for offline use, CSP hashes set`);
