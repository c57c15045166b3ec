import { lexicographicSortSchema, printSchema } from 'graphql';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildGraphQLSchema } from '../graphql-schema.js';

export const SCHEMA_FILE = path.resolve('schema/schema.graphql');

/** The schema as SDL, sorted so that moving code around does not change the file. */
export async function printedSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await buildGraphQLSchema())) + '\n';
}

export async function emitSchema(): Promise<string> {
  await mkdir(path.dirname(SCHEMA_FILE), { recursive: true });
  await writeFile(SCHEMA_FILE, await printedSchema());
  return SCHEMA_FILE;
}

/** True when the committed file matches the code. */
export async function schemaIsCurrent(): Promise<boolean> {
  if (!existsSync(SCHEMA_FILE)) return false;
  return (await readFile(SCHEMA_FILE, 'utf8')) === (await printedSchema());
}
