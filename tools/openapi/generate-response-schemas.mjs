#!/usr/bin/env node
// Writes the JSON Schema of every API operation's answer, derived from the return types the controllers declare
// (which are the `@rapport/contracts` types the dashboard reads), so the OpenAPI document types every response.
//   node tools/openapi/generate-response-schemas.mjs          rewrites the generated file
//   node tools/openapi/generate-response-schemas.mjs --check  exits 1 when the committed file is out of date
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { createGenerator } from 'ts-json-schema-generator';

const ROOT = resolve(import.meta.dirname, '../..');
const OUTPUT = join(ROOT, 'libs/api/shell/src/lib/openapi/response-schemas.generated.json');
const ROUTE_DECORATORS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete']);
/** Answers that are not JSON documents: files, streams, plain text, nothing. */
const NOT_JSON = /^(Promise<)?(void|StreamableFile|string|Buffer)>?$/;

function controllerFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : controllerFiles(path);
    return entry.name.endsWith('.controller.ts') ? [path] : [];
  });
}

function decoratorNames(node) {
  return (ts.getDecorators(node) ?? []).map((d) => (ts.isCallExpression(d.expression) ? d.expression.expression.getText() : d.expression.getText()));
}

const GLOBAL_TYPES = new Set(['Promise', 'Array', 'ReadonlyArray', 'Record', 'Readonly', 'Partial', 'Pick', 'Omit', 'Date']);

/** Where a name used in a controller file comes from: its import, or the file itself when declared there. */
function importOf(source, file, name) {
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && statement.importClause?.namedBindings && ts.isNamedImports(statement.importClause.namedBindings)) {
      const element = statement.importClause.namedBindings.elements.find((e) => e.name.text === name);
      if (element) {
        const specifier = statement.moduleSpecifier.text;
        const from = specifier.startsWith('.') ? relativeModule(resolve(file, '..', specifier)) : specifier;
        return { from, imported: (element.propertyName ?? element.name).text };
      }
    }
  }
  return { from: relativeModule(file.replace(/\.ts$/, '')), imported: name };
}

function relativeModule(absolute) {
  const path = relative(join(ROOT, 'tmp'), absolute).replace(/\.ts$/, '');
  return path.startsWith('.') ? path : `./${path}`;
}

/** The named types a type node uses (`Promise<{ items: ImportJobDto[] }>` uses ImportJobDto). */
function typeNames(node, names = new Set()) {
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && !GLOBAL_TYPES.has(node.typeName.text)) {
    names.add(node.typeName.text);
  }
  ts.forEachChild(node, (child) => {
    typeNames(child, names);
  });
  return names;
}

/** `{ operationId, answer, imports }` for every route handler with a JSON answer. */
function jsonOperations() {
  const operations = [];
  for (const file of controllerFiles(join(ROOT, 'libs/api')).sort()) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    for (const statement of source.statements) {
      if (!ts.isClassDeclaration(statement) || !statement.name || !decoratorNames(statement).includes('Controller')) continue;
      for (const member of statement.members) {
        if (!ts.isMethodDeclaration(member) || !decoratorNames(member).some((name) => ROUTE_DECORATORS.has(name))) continue;
        const where = `${relative(ROOT, file)}: ${statement.name.text}.${member.name.getText()}`;
        if (!member.type) throw new Error(`${where} declares no return type`);
        // Handlers that write a pre-serialised answer themselves name its type with `@JsonAnswer<T>()`.
        const declared = (ts.getDecorators(member) ?? []).map((d) => d.expression).find((e) => ts.isCallExpression(e) && e.expression.getText() === 'JsonAnswer');
        const typeNode = declared?.typeArguments?.[0] ?? member.type;
        const returnType = typeNode.getText().replace(/\s+/g, ' ');
        if (NOT_JSON.test(returnType)) continue;
        const answer = ts.isTypeReferenceNode(typeNode) && typeNode.typeName.getText() === 'Promise' ? typeNode.typeArguments[0].getText() : returnType;
        const imports = [...typeNames(typeNode)].map((name) => ({ name, ...importOf(source, file, name) }));
        operations.push({ operationId: `${statement.name.text}_${member.name.getText()}`, answer, imports });
      }
    }
  }
  return operations;
}

function generate() {
  const operations = jsonOperations();
  const dir = mkdtempSync(join(tmpdir(), 'rapport-openapi-'));
  // One exported alias per operation, so the generator resolves every answer type, inline ones included.
  const entry = join(ROOT, 'tmp', `openapi-answers-${process.pid}.ts`);
  try {
    const imports = new Map();
    for (const { imports: used } of operations) {
      for (const { name, from, imported } of used) {
        const existing = imports.get(name);
        if (existing && (existing.from !== from || existing.imported !== imported)) throw new Error(`Two answer types are called ${name}: rename one`);
        imports.set(name, { from, imported });
      }
    }
    const lines = [
      ...[...imports].map(([name, { from, imported }]) => `import type { ${imported === name ? name : `${imported} as ${name}`} } from '${from}';`),
      ...operations.map(({ operationId, answer }) => `export type ${operationId} = ${answer};`),
      // The error body every route answers with on 4xx and 5xx.
      `import type { ApiErrorBody } from '@rapport/contracts';`,
      'export type ApiError = ApiErrorBody;',
    ];
    writeFileSync(entry, lines.join('\n') + '\n');
    const tsconfig = join(dir, 'tsconfig.json');
    writeFileSync(tsconfig, JSON.stringify({ extends: join(ROOT, 'tsconfig.json'), compilerOptions: { baseUrl: ROOT }, include: [entry] }));
    const generator = createGenerator({ path: entry, tsconfig, type: '*', expose: 'export', topRef: false, jsDoc: 'basic', skipTypeCheck: true, additionalProperties: true });
    const answers = {};
    const definitions = {};
    for (const { operationId } of operations) {
      const { definitions: used = {}, $schema, ...answer } = generator.createSchema(operationId);
      void $schema;
      answers[operationId] = answer;
      Object.assign(definitions, used);
    }
    Object.assign(definitions, generator.createSchema('ApiError').definitions);
    const sorted = (record) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
    const document = { comment: 'Generated by tools/openapi/generate-response-schemas.mjs; do not edit.', answers: sorted(answers), definitions: sorted(definitions) };
    return JSON.stringify(document, null, 1).replaceAll('#/definitions/', '#/components/schemas/') + '\n';
  } finally {
    rmSync(entry, { force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}

const fresh = generate();
if (process.argv.includes('--check')) {
  const committed = readFileSync(OUTPUT, 'utf8');
  if (committed !== fresh) {
    console.error('The response schemas are out of date: run node tools/openapi/generate-response-schemas.mjs');
    process.exit(1);
  }
  console.log('The response schemas match the controllers.');
} else {
  writeFileSync(OUTPUT, fresh);
  console.log(`Wrote the answers of ${Object.keys(JSON.parse(fresh).answers).length} operations.`);
}
