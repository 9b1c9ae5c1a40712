// Minifies a release build's JavaScript with terser: the loader that wasm-bindgen writes (about
// 60 KB, most of it the glue of each browser function the app calls; the names under which the
// wasm imports them shortened first, in both files, by scripts/wasm-imports.mjs), whose
// modulepreload link in index.html then gets the new checksum, and the service worker. Trunk
// minifies the HTML and CSS of a release build (Trunk.toml), but its JavaScript minifier cannot
// read wasm-bindgen's `export default` and leaves the loader as it is.
//
// scripts/post-build.mjs calls these functions for the app; the benchmark's floor app runs this
// file as its own post-build hook (bench/floor/Trunk.toml), so that both loaders are built alike:
//
//   TRUNK_STAGING_DIR=dist TRUNK_PROFILE=release node scripts/minify-js.mjs
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { minify } from "terser";
import { shortenImports } from "./wasm-imports.mjs";

/** `source` minified: a module's or a classic script's. */
export async function minifyScript(source, { module = false } = {}) {
  // A module's top level is its own; the names of its exports and of the browser functions the
  // WebAssembly imports (object keys) stay as they are.
  const { code } = await minify(source, { module, ecma: 2020, compress: { passes: 2 }, mangle: true });
  return code;
}

/**
 * Minifies the loader that index.html's modulepreload link names, in the staging folder `dir`,
 * and returns `html` with that link's checksum replaced.
 */
export async function minifyLoader(dir, html) {
  const link = /<link\b(?=[^>]*\brel="?modulepreload"?[\s>])[^>]*\bhref="?\.\/([^"\s>]+\.js)"?[^>]*>/.exec(html);
  if (!link) throw new Error("index.html has no modulepreload link for the wasm-bindgen loader: update scripts/minify-js.mjs");
  const [tag, file] = link;
  const path = join(dir, file);
  // The WebAssembly beside the loader imports its functions by name: both get short names.
  const source = shortenImports(join(dir, file.replace(/\.js$/, "_bg.wasm")), readFileSync(path, "utf8"));
  const code = await minifyScript(source, { module: true });
  writeFileSync(path, code);
  const integrity = `sha384-${createHash("sha384").update(code).digest("base64")}`;
  const checked = /\bintegrity="?([^"\s>]+)"?/;
  if (!checked.test(tag)) throw new Error(`the modulepreload link for ${file} has no integrity attribute`);
  console.log(`minify-js: ${file} ${source.length} -> ${code.length} bytes`);
  return html.replace(tag, () => tag.replace(checked, () => `integrity="${integrity}"`));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run through trunk build");
  // Debug builds stay readable, as trunk leaves them (`minify = "on_release"`).
  if (process.env.TRUNK_PROFILE === "release") {
    const index = join(dir, "index.html");
    writeFileSync(index, await minifyLoader(dir, readFileSync(index, "utf8")));
  }
}
