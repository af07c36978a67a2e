// The lint's own tests: what it must report and what it must let through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint, failures } from './lint-core.mjs';
import { brokenStatements, goodStatement } from './self-check.mjs';

for (const { mistake, text } of brokenStatements) {
  test(`reports a ${mistake}`, () => {
    assert.ok(failures(lint(text)).length > 0, `no problem reported for: ${text}`);
  });
}

test('parameters supplied at run time are not problems', () => {
  assert.deepEqual(failures(lint('MATCH (e:Entity {id: $id}) RETURN e.name')), []);
});

test('Browser :param commands and several statements are accepted', () => {
  assert.deepEqual(failures(lint(goodStatement.text)), []);
});

test('problems carry one-based line and column', () => {
  const [d] = failures(lint('MATCH (e:Entity)\nRETURN x'));
  assert.equal(d.line, 2);
  assert.equal(d.column, 8);
});

const script = fileURLToPath(new URL('./lint.mjs', import.meta.url));
const run = (file) => spawnSync(process.execPath, [script, file], { encoding: 'utf8' });

test('the command fails on a file with a broken statement and names the file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cypher-lint-'));
  const file = join(dir, 'broken.cypher');
  writeFileSync(file, '// a header\nMATCH (e:Entity)\nRETRN e;\n');
  const result = run(file);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /broken\.cypher:3:1: error: Invalid input 'RETRN'/);
});

test('the command passes a correct file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cypher-lint-'));
  const file = join(dir, 'good.cypher');
  writeFileSync(file, goodStatement.text + ';\n');
  const result = run(file);
  assert.equal(result.status, 0, result.stdout + result.stderr);
});
