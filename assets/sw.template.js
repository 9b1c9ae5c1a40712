// ITA Self-Check's service worker: keeps exactly one build of the app on the device so that it
// opens with no network at all. scripts/post-build.mjs fills in BUILD, FILES and PACKED for
// each build.
//
// - install: fetch every file of this build into a cache named after the build, each checked
//   with the server first (`no-cache`): a file the page has just loaded is confirmed with a
//   304, not downloaded a second time, and a stale copy is never taken. The uncompressed
//   WebAssembly is kept unpacked, so that the pages this worker controls have nothing to
//   unpack at each start, and taken from what the page loaded (scripts/post-build.mjs): the
//   gzip file or the uncompressed file, if the browser holds it (checked against this build's
//   SHA-384); otherwise the LZMA-compressed file, confirmed with the server and decoded here
//   (crates/unlzma); the uncompressed file downloaded only if that is missing or changed on the
//   way. So are the style sheet, the loader and the decoder, which a page on a slow connection
//   loads gzip-compressed: unpacked from the browser's copy, checked against this build's
//   SHA-384, or else fetched as they are. An index.html that is not this build's (a deploy in
//   progress) fails the install, so a cache never mixes two builds;
// - a new build waits until the page says the user agreed to switch ("skip-waiting"): a page
//   never runs old JavaScript with new WebAssembly, or the reverse;
// - fetch: answers from this build's cache only, and lets everything else go to the network
//   unchanged (the app itself requests nothing else);
// - activate: removes the caches of earlier builds.
"use strict";

const BUILD = "__BUILD__";
const FILES = __FILES__;
// The WebAssembly's three files and the LZMA decoder, as scripts/post-build.mjs wrote them.
const PACKED = __PACKED__;
const CACHE = `ita-selfcheck-${BUILD}`;
const PREFIX = "ita-selfcheck-";
const scope = new URL(self.registration.scope);
const url = (file) => new URL(file, scope).href;
const INDEX = url("index.html");

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const get = async (file, integrity = "") => {
        const response = await fetch(new Request(url(file), { cache: "no-cache", integrity }));
        if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
        return [file, response];
      };
      // Kept unpacked: the WebAssembly, and the style sheet, loader and decoder, whose gzip
      // copies a page on a slow connection loads (scripts/post-build.mjs).
      const kept = [PACKED.file, PACKED.gzip, PACKED.plain, ...PACKED.small.flatMap(({ file }) => [file, `${file}.gz`])];
      const files = await Promise.all([
        ...FILES.filter((file) => !kept.includes(file)).map((file) => get(file)),
        // Each small file from the browser's copy of its gzip copy, checked against this
        // build's; otherwise confirmed with the server (or downloaded). The later WebAssembly
        // module, which the page fetches only once the app has started, is downloaded
        // gzip-compressed if the browser does not hold it yet.
        ...PACKED.small.map(({ file, integrity, gzipIntegrity, type, later }) =>
          held(`${file}.gz`, gzipIntegrity)
            .catch((error) => (later ? get(`${file}.gz`, gzipIntegrity).then(([, response]) => response) : Promise.reject(error)))
            .then((response) => unzipped(response, type))
            .then(
              (response) => [file, response],
              () => get(file, integrity),
            ),
        ),
      ]);
      const decoder = files.find(([file]) => file === PACKED.decoder)[1].clone();
      const plain = await held(PACKED.gzip, PACKED.gzipIntegrity)
        .then((response) => unzipped(response, "application/wasm"))
        .catch(() => held(PACKED.plain, PACKED.plainIntegrity))
        .catch(() => unpacked(get, decoder))
        .then(
          (response) => [PACKED.plain, response],
          () => get(PACKED.plain, PACKED.plainIntegrity),
        );
      const responses = [...files, plain];
      const index = responses.find(([file]) => file === "index.html");
      const html = await index[1].clone().text();
      if (!html.includes(`<meta name="ita-build" content="${BUILD}">`)) {
        throw new Error("index.html is from another build");
      }
      await Promise.all(responses.map(([file, response]) => cache.put(url(file), response)));
    })(),
  );
});

/** A file the browser holds already, from the page's download, checked against this build's. */
async function held(file, integrity) {
  const response = await fetch(new Request(url(file), { cache: "only-if-cached", mode: "same-origin", integrity }));
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response;
}

/** A file unpacked from its gzip copy (whose checksum was this build's). */
async function unzipped(response, type) {
  const bytes = await new Response(response.body.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
  return new Response(bytes, { headers: { "Content-Type": type } });
}

/** The uncompressed WebAssembly, decoded from the LZMA file as the page decodes it. */
async function unpacked(get, decoder) {
  const [[, response], { instance }] = await Promise.all([
    get(PACKED.file, PACKED.integrity),
    decoder.arrayBuffer().then((bytes) => WebAssembly.instantiate(bytes)),
  ]);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const { memory, unlzma_input: offset, unlzma_run: decode, unlzma_sum: sum } = instance.exports;
  // The layout crates/unlzma expects: state and probabilities, then input and output.
  const state = memory.buffer.byteLength;
  const input = state + offset();
  memory.grow(Math.ceil((offset() + bytes.length + PACKED.size) / 65536));
  new Uint8Array(memory.buffer, input, bytes.length).set(bytes);
  const done = decode(state, bytes.length, bytes.length, PACKED.size, PACKED.size) >>> 0;
  if (done !== PACKED.size || sum(state, bytes.length, PACKED.size) >>> 0 !== PACKED.adler) {
    throw new Error("the WebAssembly did not decode");
  }
  const plain = new Uint8Array(memory.buffer, input + bytes.length, PACKED.size).slice();
  return new Response(plain, { headers: { "Content-Type": "application/wasm" } });
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
  if (event.data === "build" && event.source) event.source.postMessage({ build: BUILD });
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(scope.href)) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const target = request.mode === "navigate" ? INDEX : request.url.split(/[?#]/)[0];
      const cached = await cache.match(target);
      return cached ?? fetch(request);
    })(),
  );
});
