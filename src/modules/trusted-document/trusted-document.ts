import { createHash } from 'node:crypto';

/**
 * A trusted document is a GraphQL document the tenant registered ahead of time (a first-party
 * dashboard's operations). Clients send its id instead of its text; a key marked
 * trustedDocumentsOnly may send nothing else, so a leaked dashboard key cannot run new queries.
 */
export const DOCUMENT_ID_PATTERN = /^sha256:[0-9a-f]{64}$/;

/** The id of a document: `sha256:` and the hex SHA-256 of its exact text. */
export function documentIdOf(body: string): string {
  return `sha256:${createHash('sha256').update(body, 'utf8').digest('hex')}`;
}
