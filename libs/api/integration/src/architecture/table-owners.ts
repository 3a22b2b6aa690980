import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Where a library names a table: the library, the file (relative to the libraries' folder) and the table. */
export interface TableUse {
  library: string;
  file: string;
  table: string;
}

/** The API libraries' folder (`libs/api`). */
export const API_LIBRARIES = join(__dirname, '../../..');

const MIGRATION = /\.migration\.ts$/;
const CREATED_TABLES = [/new Table\(\s*\{\s*name:\s*'(\w+)'/g, /CREATE TABLE\s+(?:IF NOT EXISTS\s+)?"?(\w+)/g];
/**
 * The ways our sources name a table: SQL keywords before it, the table argument of the database helpers
 * (`insertRows(manager, 'agents', ...)`, `{ table: 'messages', ... }`), of TypeORM's query builder
 * (`.from('vendors', 'v')`) and the entity classes handed to TypeORM.
 */
const NAMED_TABLES = [
  /\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+"?([a-z_]+)\b/g,
  /\b(?:insertRows|selectInChunks|executeInChunks)\(\s*\w+,\s*'([a-z_]+)'/g,
  /\btable:\s*'([a-z_]+)'/g,
  /\.(?:from|into|update|innerJoin|leftJoin|innerJoinAndSelect|leftJoinAndSelect)\(\s*'([a-z_]+)'/g,
];
const ENTITY_USES = /\b(?:getRepository|InjectRepository|forFeature)\(\s*\[?\s*(\w+)/g;
const ENTITY = /@Entity\('(\w+)'\)(?:\s*@\w+\(.*\))*\s*export class (\w+)/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory()
      ? sourceFiles(path)
      : path.endsWith('.ts') && !path.endsWith('.spec.ts')
        ? [path]
        : [];
  });
}

const librariesOf = (root: string): string[] => readdirSync(root).filter((name) => existsSync(join(root, name, 'src')));

/** Comments say why in words ("rows from conversations"), so they are not SQL. */
const withoutComments = (text: string): string =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

function matches(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((match) => match[1] as string);
}

/** Each table, by the library whose migrations create it. */
export function tableOwners(root = API_LIBRARIES): Map<string, string> {
  const owners = new Map<string, string>();
  for (const library of librariesOf(root)) {
    for (const file of sourceFiles(join(root, library, 'src')).filter((path) => MIGRATION.test(path))) {
      for (const table of CREATED_TABLES.flatMap((pattern) => matches(readFileSync(file, 'utf8'), pattern))) {
        owners.set(table, library);
      }
    }
  }
  return owners;
}

/** Each entity class, by the table it maps. */
function entityTables(root: string): Map<string, string> {
  const tables = new Map<string, string>();
  for (const library of librariesOf(root)) {
    for (const file of sourceFiles(join(root, library, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(ENTITY)) {
        tables.set(match[2] as string, match[1] as string);
      }
    }
  }
  return tables;
}

/** Every place a library's sources (migrations and specs aside) name a table that another library's migrations create. */
export function foreignTableUses(root = API_LIBRARIES): TableUse[] {
  const owners = tableOwners(root);
  const entities = entityTables(root);
  const uses = new Map<string, TableUse>();
  for (const library of librariesOf(root)) {
    for (const file of sourceFiles(join(root, library, 'src')).filter((path) => !MIGRATION.test(path))) {
      const text = withoutComments(readFileSync(file, 'utf8'));
      const tables = [
        ...NAMED_TABLES.flatMap((pattern) => matches(text, pattern)),
        ...matches(text, ENTITY_USES).map((name) => entities.get(name) ?? ''),
      ];
      for (const table of tables) {
        const owner = owners.get(table);
        if (owner && owner !== library) {
          const use = { library, file: relative(root, file), table };
          uses.set(`${use.file} ${table}`, use);
        }
      }
    }
  }
  return [...uses.values()].sort((a, b) => `${a.file} ${a.table}`.localeCompare(`${b.file} ${b.table}`));
}
