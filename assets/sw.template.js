// ITA Self-Check's service worker: keeps exactly one build of the app on the device so that it
// opens with no network at all. scripts/post-build.mjs fills in BUILD and FILES for each build.
//
// - install: fetch every file of this build into a cache named after the build (of its two
//   WebAssembly files, the one this browser's pages load: the gzip-compressed file where
//   DecompressionStream exists and the server sends that file unchanged, the uncompressed one
//   otherwise; scripts/post-build.mjs), each checked with the server first (`no-cache`): a
//   file the page has just loaded is confirmed with a 304, not downloaded a second time, and a
//   stale copy is never taken; an index.html that is not this build's (a deploy in progress)
//   fails the install, so a cache never mixes two builds;
// - a new build waits until the page says the user agreed to switch ("skip-waiting"): a page
//   never runs old JavaScript with new WebAssembly, or the reverse;
// - fetch: answers from this build's cache only, and lets everything else go to the network
//   unchanged (the app itself requests nothing else);
// - activate: removes the caches of earlier builds.
"use strict";

const BUILD = "__BUILD__";
const FILES = __FILES__;
const CACHE = `ita-selfcheck-${BUILD}`;
const PREFIX = "ita-selfcheck-";
const scope = new URL(self.registration.scope);
const url = (file) => new URL(file, scope).href;
const INDEX = url("index.html");

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const get = async (file) => {
        const response = await fetch(new Request(url(file), { cache: "no-cache" }));
        if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
        return [file, response];
      };
      const packed = typeof DecompressionStream === "function";
      const responses = await Promise.all(
        FILES.filter((file) => !file.endsWith(packed ? "_bg.wasm" : "_bg.wasm.gz")).map(async (file) => {
          const fetched = await get(file);
          if (!file.endsWith(".wasm.gz")) return fetched;
          // A server that decompressed it on the way: the page will load the plain file.
          const head = new Uint8Array(await fetched[1].clone().arrayBuffer(), 0, 2);
          return head[0] === 0x1f && head[1] === 0x8b ? fetched : get(file.slice(0, -".gz".length));
        }),
      );
      const index = responses.find(([file]) => file === "index.html");
      const html = await index[1].clone().text();
      if (!html.includes(`<meta name="ita-build" content="${BUILD}">`)) {
        throw new Error("index.html is from another build");
      }
      await Promise.all(responses.map(([file, response]) => cache.put(url(file), response)));
    })(),
  );
});

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
