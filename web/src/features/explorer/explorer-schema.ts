import { buildSchema } from 'graphql';
// The committed schema (npm run schema:check keeps it equal to the server's), bundled at build time.
import schemaDefinition from '../../../../schema/schema.graphql?raw';

/**
 * The API's schema for GraphiQL's docs, autocompletion and validation. A production server refuses
 * introspection, so the explorer never asks for it: it knows the schema this console was built with.
 */
export const explorerSchema = buildSchema(schemaDefinition);
