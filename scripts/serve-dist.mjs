// Serves a built dist/ folder on 127.0.0.1 with the right content types, and nothing else.
//
//   node scripts/serve-dist.mjs [dir] [port]     (port 0 picks a free one)
//
// Prints "Serving <dir> at http://127.0.0.1:<port>/" once it listens. Like any real web server it
// sends an ETag and answers a request that already holds the file's with 304 Not Modified.
// Also importable: `startServer(dir, port, { base })` resolves to { url, close, serve, sent }
// for tests: `base` puts the folder under a sub-path (as an intranet folder would), `serve(dir)`
// switches to another folder (as a new deploy would), and `sent` lists every answer given as
// { path, status }. `missing: ".lzma"` answers 404 for files so named, as a server that does not
// know the extension may; `changed: ".lzma"` sends such files with one byte changed, as a broken
// proxy might; `encoded: ".gz"` marks such files `Content-Encoding: gzip`, as a server that maps
// the extension to an encoding does (Apache's `AddEncoding gzip .gz`); `compress: true` sends
// every file gzip-encoded (-9), as a compressing server does (the benchmark's gzip row).
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { constants, gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

export function startServer(dir, port = 0, { base = "/", missing = null, changed = null, encoded = null, compress = false } = {}) {
  let root = resolve(dir);
  const sent = [];
  const gzipped = new Map();
  const server = createServer(async (req, res) => {
    try {
      const full = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
      if (!full.startsWith(base)) {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
        return;
      }
      const path = full.slice(base.length - 1);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) file = join(file, "index.html");
      if (missing && file.endsWith(missing)) throw new Error("not served");
      const body = await readFile(file);
      if (changed && file.endsWith(changed)) body[body.length >> 1] ^= 0x5a;
      const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
      const headers = { "cache-control": "no-cache", etag };
      const status = req.headers["if-none-match"] === etag ? 304 : 200;
      sent.push({ path, status });
      if (status === 304) {
        res.writeHead(304, headers).end();
        return;
      }
      // A file compressed already is sent as it is, as compressing servers do.
      const encode = compress && !/\.(lzma|gz)$/.test(file);
      if (encode && !gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: constants.Z_BEST_COMPRESSION }));
      const encoding = encode || (encoded && file.endsWith(encoded)) ? { "content-encoding": "gzip" } : {};
      res.writeHead(200, { ...headers, ...encoding, "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(encode ? gzipped.get(file) : body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const url = `http://127.0.0.1:${server.address().port}${base}`;
      resolvePromise({
        url,
        close: () => new Promise((done) => server.close(done)),
        serve: (next) => {
          root = resolve(next);
        },
        sent,
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? "dist";
  const port = Number(process.argv[3] ?? 8080);
  const { url } = await startServer(dir, port);
  console.log(`Serving ${dir} at ${url}`);
  console.log("Press Ctrl+C to stop.");
}
