// Splits a release build's WebAssembly in two, so that a first visit downloads only the code a
// first visit runs.
//
// The first load needs the code that draws the work page and recomputes it on an edit: a little
// over half of the wasm's code. The rest (the documents and their Word files, the roll-up, reading
// and writing files, the analysis's and the plan's other paths, error messages) goes into a
// second module, `*_later.wasm`, which the page fetches once the app has started
// (scripts/post-build.mjs) and the service worker keeps with the build. Binaryen's wasm-split
// does the splitting: the later module shares the first one's memory, table and globals, so
// nothing (yew, serde, the allocator) is in it twice, and each function it holds is called
// through the table, where the first module has a placeholder until the later module is in.
//
// Which functions stay: those named in scripts/first-load-functions.txt, the functions a cold
// load to the usable score form, a round of score edits and a returning visit ran, as
// scripts/split-profile.mjs measures them (rustc's names end with a hash of the function's
// crate and type, not of its code, so the list holds through most changes). Should
// the app call a function of the later module before it has arrived (a function added since
// the list was made, or a click during the first seconds of a slow connection), the placeholder
// loads the later module at once, synchronously (the loader's code added below), and carries
// on: slower, never wrong. tests/e2e/split.test.mjs checks that a first load and its edits call
// none, so that the list is renewed when the code changes.
//
// The tools: wasm-opt, wasm-dis and wasm-as 132 (npm binaryen, which has no wasm-split), and
// wasm-split 108 (Debian's binaryen, unpacked into .tools/ by scripts/setup). Version 108
// cannot read `table.fill`, which wasm-bindgen writes (twice, clearing one slot of its table of
// JavaScript values): that is written as the `table.set` it amounts to before 108 reads the file.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const npmBin = (tool) => join(root, "node_modules/.bin", tool);
/** Debian's binaryen 108, as scripts/setup unpacks it. */
export const SPLIT_TOOLS = join(root, ".tools/binaryen-108/usr/bin");
// The features rustc's and wasm-bindgen's output uses, spelled so that version 108 takes them.
const FEATURES = [
  "--mvp-features",
  "--enable-mutable-globals",
  "--enable-sign-ext",
  "--enable-nontrapping-float-to-int",
  "--enable-bulk-memory",
  "--enable-reference-types",
  "--enable-multivalue",
];
const run = (command, args) => execFileSync(command, args, { cwd: root, maxBuffer: 1 << 30, encoding: "utf8" });

/** The names of the first load's functions, one per line (`#` starts a comment). */
export const KEEP_LIST = join(root, "scripts/first-load-functions.txt");

/** `index:name` lines, as wasm-opt --print-function-map writes them, as [index, name] pairs. */
export function parseFunctionMap(text) {
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(":");
      return [Number(line.slice(0, colon)), line.slice(colon + 1)];
    });
}

/** The functions of `wasmPath` as version 108 names them, as [index, name] pairs. */
function functionMap(wasmPath) {
  return parseFunctionMap(run(join(SPLIT_TOOLS, "wasm-opt"), [...FEATURES, wasmPath, "--print-function-map", "-o", "/dev/null"]));
}

/** `from` without names or the tools' section, written to `to`. */
const strip = (from, to) => run(npmBin("wasm-opt"), [...FEATURES, "--strip-debug", "--strip-producers", from, "-o", to]);

/**
 * The wasm at `wasmPath` (with its names: index.html's wasm-opt settings keep them) as version
 * 108 reads it, written to `work/input.wasm`; returns that path.
 */
export function readableBy108(wasmPath, work) {
  mkdirSync(work, { recursive: true });
  const text = run(npmBin("wasm-dis"), [wasmPath]);
  // table.fill of one slot with null: the table.set it amounts to.
  const fill = /\(table\.fill (\$\S+)\s+(\(local\.get \$\d+\))\s+(\(ref\.null noextern\))\s+\(i32\.const 1\)\s*\)/g;
  const rewritten = text.replace(fill, "(table.set $1 $2 $3)");
  if (rewritten.includes("(table.fill")) {
    throw new Error("wasm-split: the wasm fills a table otherwise than one slot with null, which binaryen 108 cannot read");
  }
  const wat = join(work, "input.wat");
  const input = join(work, "input.wasm");
  writeFileSync(wat, rewritten);
  run(npmBin("wasm-as"), [...FEATURES, "-g", wat, "-o", input]);
  return input;
}

/**
 * Splits `dir/wasmFile` in place: the first module replaces it, the later one is written beside
 * it as `*_later.wasm`, both without names; `dir/loaderFile` gets the code that loads the later
 * module (below). Returns the later module's file name.
 */
export function splitWasm(dir, wasmFile, loaderFile, work) {
  if (!existsSync(join(SPLIT_TOOLS, "wasm-split"))) {
    throw new Error(`wasm-split: binaryen 108's wasm-split is not in ${SPLIT_TOOLS}: run ./scripts/setup`);
  }
  const input = readableBy108(join(dir, wasmFile), work);
  const wanted = new Set(
    readFileSync(KEEP_LIST, "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith("#")),
  );
  const functions = functionMap(input);
  // Version 108 writes some characters of a name as `\xx` (a space as `\20`), and takes them so.
  const plain = (name) => name.replace(/\\([0-9a-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  const kept = functions.filter(([, name]) => wanted.has(plain(name))).map(([, name]) => name);
  if (kept.length < wanted.size * 0.9) {
    // The app still works, each function of the later module called before it is in loading
    // it at once; tests/e2e/split.test.mjs fails.
    console.warn(`wasm-split: WARNING: only ${kept.length} of the ${wanted.size} functions of ${KEEP_LIST} are in the wasm: renew the list (node scripts/split-profile.mjs)`);
  }
  const keepFile = join(work, "keep.txt");
  writeFileSync(keepFile, kept.join("\n") + "\n");
  const first = join(work, "first.wasm");
  const later = join(work, "later.wasm");
  // The first module imports a placeholder for each of the later module's functions in its
  // table (970 of them), each under the namespace's name: `p` rather than `placeholder` makes
  // it 9.7 KB smaller raw (0.2 KB in gzip).
  run(join(SPLIT_TOOLS, "wasm-split"), [
    ...FEATURES,
    input,
    `--keep-funcs=@${keepFile}`,
    "--placeholder-namespace=p",
    "-o1",
    first,
    "-o2",
    later,
  ]);
  const laterFile = wasmFile.replace(/_bg\.wasm$/, "_later.wasm");
  // Version 108 exports the table of JavaScript values under its name, as the loader and the
  // later module expect, but points the export at the table of functions: pointed back here.
  const text = run(npmBin("wasm-dis"), [first]);
  const values = /^ \(table (\$\S+) \d+(?: \d+)? externref\)$/m.exec(text);
  const exported = /\(export "__wbindgen_externrefs" \(table \$\S+\)\)/;
  if (!values || !exported.test(text)) throw new Error("wasm-split: the first module has no table of JavaScript values to export");
  writeFileSync(join(work, "first.wat"), text.replace(exported, `(export "__wbindgen_externrefs" (table ${values[1]}))`));
  run(npmBin("wasm-as"), [...FEATURES, join(work, "first.wat"), "-o", first]);
  strip(first, join(dir, wasmFile));
  strip(later, join(dir, laterFile));
  const loaderPath = join(dir, loaderFile);
  writeFileSync(loaderPath, withLaterModule(readFileSync(loaderPath, "utf8")));
  console.log(`wasm-split: ${kept.length} of ${functions.length} functions in the first module, the rest in ${laterFile}`);
  return laterFile;
}

/**
 * For scripts/split-profile.mjs: leaves `wasmPath` whole, writes the list of its functions
 * (`index:name`, the index as V8 counts it) to `work/functions.txt`, and strips the names.
 */
export function unsplit(wasmPath, work) {
  mkdirSync(work, { recursive: true });
  const map = run(npmBin("wasm-opt"), [...FEATURES, wasmPath, "--print-function-map", "-o", "/dev/null"]);
  writeFileSync(join(work, "functions.txt"), map);
  strip(wasmPath, wasmPath);
  console.log(`wasm-split: left whole, its functions listed in ${join(work, "functions.txt")}`);
}

/**
 * The wasm-bindgen loader `source` with the placeholders the first module imports, and two
 * functions for the start-up script: `laterFrom(load)`, which says how to load the later module
 * at once should a placeholder be called first, and `laterIn(module)`, for the later module
 * once it has been fetched and compiled. `laterState()` says how it came (for the tests).
 */
export function withLaterModule(source) {
  const imports = /return \{\s*__proto__: null,\s*("\.\/[^"]+_bg\.js"): import0,\s*\};/;
  if (!imports.test(source)) throw new Error("wasm-split: the loader's imports object is not as wasm-bindgen 0.2.130 writes it");
  return (
    source.replace(imports, (_, name) => `return { __proto__: null, ${name}: import0, p: laterPlaceholders };`) +
    `
// The later module (scripts/wasm-split.mjs): instantiated with the first one's exports, it puts
// its functions into the table in place of the placeholders.
let laterModule = null;
let laterInstance = null;
let laterLoad = null;
const laterSeen = { placeholders: 0, at: null };
function laterReady(how) {
  if (laterInstance === null) {
    try {
      if (laterModule === null) laterModule = laterLoad();
      laterInstance = new WebAssembly.Instance(laterModule, { primary: wasm });
    } catch (error) {
      laterFailed();
      throw error;
    }
    laterSeen.at = how;
  }
}
// Said once, above the app, when the later module cannot be loaded (a click into it, offline,
// before it ever arrived): the app cannot go on, and the work saved at each change is safe.
function laterFailed() {
  if (document.querySelector('[data-testid="later-error"]')) return;
  const note = document.createElement("p");
  note.className = "callout error";
  note.setAttribute("role", "alert");
  note.dataset.testid = "later-error";
  note.textContent =
    document.documentElement.lang === "en"
      ? "This part of the app could not be loaded. Your work is saved: check the internet connection, then reload the page."
      : "โหลดส่วนนี้ของแอปไม่ได้ งานของท่านบันทึกไว้แล้ว ตรวจการเชื่อมต่ออินเทอร์เน็ต แล้วโหลดหน้านี้ใหม่";
  const notices = document.createElement("div");
  notices.className = "notices";
  notices.append(note);
  document.body.prepend(notices);
}
// A placeholder called before the later module is in: it is loaded now, then the function.
const laterPlaceholders = new Proxy(
  {},
  {
    get: (_, index) =>
      function (...args) {
        laterSeen.placeholders += 1;
        laterReady("placeholder");
        return wasm.table.get(Number(index))(...args);
      },
  },
);
export function laterFrom(load) {
  laterLoad = load;
}
export function laterIn(module) {
  if (laterModule === null) laterModule = module;
  laterReady("fetched");
}
export function laterState() {
  return { ...laterSeen, in: laterInstance !== null };
}
`
  );
}
