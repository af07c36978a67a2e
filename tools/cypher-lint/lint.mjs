// Lints every Cypher statement the Neo4j store sends (src/Graph.Storage.Neo4j/Cypher/*.cypher)
// and every Browser query (queries/*.cypher), or the files given as arguments. Prints each
// problem as file:line:column and exits 1 on any error or warning. First it proves it can fail:
// each known-broken statement must be reported, or the lint itself is broken and exits 2.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint, failures } from './lint-core.mjs';
import { brokenStatements, goodStatement } from './self-check.mjs';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const folders = ['src/Graph.Storage.Neo4j/Cypher', 'queries'];

const missed = brokenStatements.filter((s) => failures(lint(s.text)).length === 0);
const falseAlarms = failures(lint(goodStatement.text));
if (missed.length > 0 || falseAlarms.length > 0) {
  for (const s of missed) console.error(`self-check: a ${s.mistake} was not reported: ${s.text}`);
  for (const d of falseAlarms) console.error(`self-check: a correct statement was reported: ${d.message}`);
  process.exit(2);
}

const files = process.argv.length > 2
  ? process.argv.slice(2).map((f) => resolve(f))
  : folders.flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((name) => name.endsWith('.cypher'))
      .sort()
      .map((name) => join(root, folder, name)));
if (files.length === 0) {
  console.error('cypher-lint: no .cypher files found, nothing was linted');
  process.exit(2);
}

let failed = 0;
for (const file of files) {
  const found = failures(lint(readFileSync(file, 'utf8')));
  for (const d of found)
    console.log(`${relative(root, file)}:${d.line}:${d.column}: ${d.severity}: ${d.message}`);
  failed += found.length;
}
console.log(`cypher-lint: ${files.length} files, ${failed} problems (self-check: ${brokenStatements.length} broken statements all reported)`);
process.exit(failed === 0 ? 0 : 1);
