// Shortens the names under which a release build's WebAssembly imports the loader's functions.
//
// wasm-bindgen names each function the wasm imports from its loader after the browser function
// it wraps, with a hash: `__wbg_setAttribute_f75317b2b5cabfb4`. The app has over 200, each named
// twice (in the wasm's import section and as a key of the loader's imports object), and their
// hashes do not compress. Here each becomes `_0`, `_1`, … in both files: 3.6 KB fewer in the
// wasm's LZMA and 3.0 KB fewer in the loader's gzip. The loader names each import exactly once;
// should a wasm-bindgen update name one otherwise, the build stops here rather than ship a
// loader that does not match its wasm.
//
// scripts/minify-js.mjs calls this before it minifies the loader, for the app and the floor app.
import { readFileSync, writeFileSync } from "node:fs";

const IMPORT_SECTION = 2;

/** `n` as an unsigned LEB128, as the wasm binary format writes lengths and counts. */
function leb128(n) {
  const bytes = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    bytes.push(byte);
  } while (n > 0);
  return Buffer.from(bytes);
}

/** A name as the wasm binary format writes it: its length, then its UTF-8 bytes. */
const name = (text) => {
  const bytes = Buffer.from(text, "utf8");
  return Buffer.concat([leb128(bytes.length), bytes]);
};

/** Reads a wasm binary from `at` on: unsigned LEB128 numbers and names. */
function reader(bytes, at) {
  const r = {
    at,
    u32() {
      let [value, scale, byte] = [0, 1, 0];
      do {
        byte = bytes[r.at++];
        value += (byte & 0x7f) * scale;
        scale *= 128;
      } while (byte & 0x80);
      return value;
    },
    name() {
      const length = r.u32();
      const text = bytes.toString("utf8", r.at, r.at + length);
      r.at += length;
      return text;
    },
  };
  return r;
}

/** Skips an import's description (function, table, memory, global or tag) at `r`. */
function skipDescription(bytes, r) {
  const limits = () => {
    const flags = bytes[r.at++];
    r.u32();
    if (flags & 1) r.u32();
  };
  const kind = bytes[r.at++];
  if (kind === 0) r.u32();
  else if (kind === 1) {
    r.at++;
    limits();
  } else if (kind === 2) limits();
  else if (kind === 3) r.at += 2;
  else if (kind === 4) {
    r.at++;
    r.u32();
  } else throw new Error(`wasm-imports: an import of unknown kind ${kind}`);
}

/**
 * Renames the imports of `wasmPath` from the loader (module `./…_bg.js`) to short names, there
 * and in `source`, the loader's code; writes the wasm and returns the new source.
 */
export function shortenImports(wasmPath, source) {
  const wasm = readFileSync(wasmPath);
  const parts = [wasm.subarray(0, 8)];
  const renamed = new Map();
  const r = reader(wasm, 8);
  while (r.at < wasm.length) {
    const start = r.at;
    const id = wasm[r.at++];
    const end = r.u32() + r.at;
    if (id !== IMPORT_SECTION) {
      parts.push(wasm.subarray(start, end));
      r.at = end;
      continue;
    }
    const count = r.u32();
    const body = [leb128(count)];
    for (let i = 0; i < count; i++) {
      const module = r.name();
      let field = r.name();
      const description = r.at;
      skipDescription(wasm, r);
      if (module.startsWith("./") && module.endsWith("_bg.js")) {
        if (!renamed.has(field)) renamed.set(field, `_${renamed.size.toString(36)}`);
        field = renamed.get(field);
      }
      body.push(name(module), name(field), wasm.subarray(description, r.at));
    }
    if (r.at !== end) throw new Error("wasm-imports: the import section did not read to its end");
    const section = Buffer.concat(body);
    parts.push(Buffer.from([IMPORT_SECTION]), leb128(section.length), section);
  }
  let code = source;
  for (const [long, short] of renamed) {
    const key = new RegExp(`(?<![\\w$])${long.replace(/[$]/g, "\\$")}(?![\\w$])`, "g");
    const found = code.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`wasm-imports: the loader names the import ${long} ${found} times, not once`);
    code = code.replace(key, short);
  }
  writeFileSync(wasmPath, Buffer.concat(parts));
  console.log(`wasm-imports: ${renamed.size} imports renamed`);
  return code;
}
