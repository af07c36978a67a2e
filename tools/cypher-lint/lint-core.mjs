// Lints Cypher text with Neo4j's own language support and decides what counts as a failure.
import { readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';

const schemaFile = new URL('./schema.json', import.meta.url);
const model = JSON.parse(readFileSync(schemaFile, 'utf8'));

// The package ships a catalogue of Neo4j 5's functions and procedures (what SHOW FUNCTIONS and
// SHOW PROCEDURES list, APOC included) for its own tests. Only the built-in ones are kept: the
// compose file runs plain Neo4j without plugins, so an APOC call or a misspelt function is reported.
const catalogueFile = new URL(
  './node_modules/@neo4j-cypher/language-support/dist/esm/project/language-support/src/tests/testData.js',
  import.meta.url,
);
if (!existsSync(fileURLToPath(catalogueFile))) {
  console.error(`cypher-lint: the function catalogue is missing (${fileURLToPath(catalogueFile)}); the package layout changed`);
  process.exit(2);
}
const { testData } = await import(catalogueFile.href);
const builtIn = (registry) =>
  Object.fromEntries(Object.entries(registry).filter(([name, f]) => f.isBuiltIn ?? !name.startsWith('apoc.')));
const scoped = (byVersion) => Object.fromEntries(Object.entries(byVersion).map(([v, registry]) => [v, builtIn(registry)]));

/**
 * The graph model and Neo4j's built-in functions and procedures as the linter's DbSchema:
 * unknown labels, relationship types, properties, functions and procedures are reported.
 */
export const dbSchema = {
  labels: model.labels,
  relationshipTypes: model.relationshipTypes,
  propertyKeys: [...model.propertyKeys, ...model.rowKeys],
  functions: scoped(testData.mockSchema.functions),
  procedures: scoped(testData.mockSchema.procedures),
};

/**
 * Every diagnostic of a Cypher text except "Parameter $x is not defined": parameters are
 * supplied at run time. Warnings (unknown label, property or relationship type, deprecated
 * syntax) count as failures too: in a fixed statement they are bugs.
 * Console commands (:param) are allowed, as Neo4j Browser runs them.
 */
export function lint(text) {
  const { diagnostics } = lintCypherQuery(text, dbSchema, { consoleCommandsEnabled: true });
  return diagnostics.filter(isNotParamError).map((d) => ({
    severity: d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info',
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    message: d.message,
  }));
}

/** Diagnostics that fail the lint: errors and warnings. */
export const failures = (diagnostics) => diagnostics.filter((d) => d.severity !== 'info');
