import { parse } from 'graphql';
import { badInput, NotFoundError, throwIfInvalid } from '../../common/errors.js';
import { FieldChecker } from '../../common/validation.js';
import type { TenantScope } from '../../context.js';
import { toDate } from '../../db/sql-runner.js';
import { DOCUMENT_ID_PATTERN, documentIdOf } from './trusted-document.js';
import type { TrustedDocument, TrustedDocumentInput } from './trusted-document.types.js';

const MAX_DOCUMENTS_PER_CALL = 500;
const MAX_BODY_LENGTH = 100_000;

interface DocumentRow {
  id: string;
  name: string | null;
  body: string;
  created_at: unknown;
}

export class TrustedDocumentService {
  constructor(private readonly scope: TenantScope) {}

  /** Registers documents that parse; registering the same text again changes nothing. */
  async register(documents: readonly TrustedDocumentInput[]): Promise<TrustedDocument[]> {
    const check = new FieldChecker('');
    if (documents.length === 0 || documents.length > MAX_DOCUMENTS_PER_CALL) check.fail('documents', `must list 1 to ${MAX_DOCUMENTS_PER_CALL} documents`);
    documents.forEach((document, index) => {
      if (document.body.length === 0 || document.body.length > MAX_BODY_LENGTH) {
        check.fail(`documents[${index}].body`, `must be 1 to ${MAX_BODY_LENGTH.toLocaleString('en')} characters`);
      } else if (!parses(document.body)) check.fail(`documents[${index}].body`, 'is not a GraphQL document (it does not parse)');
      check.optionalText(`documents[${index}].name`, document.name, 200);
    });
    throwIfInvalid(check.errors);
    const rows = await this.scope.sql.rows<DocumentRow>(
      `insert into trusted_document (tenant_id, id, name, body)
       select ?, d.id, d.name, d.body from unnest(?::text[], ?::text[], ?::text[]) as d(id, name, body)
       on conflict (tenant_id, id) do update set name = coalesce(excluded.name, trusted_document.name)
       returning id, name, body, created_at`,
      [this.scope.tenantId, documents.map((document) => documentIdOf(document.body)), documents.map((document) => document.name ?? null), documents.map((document) => document.body)],
    );
    return rows.map(toTrustedDocument);
  }

  async list(): Promise<TrustedDocument[]> {
    const rows = await this.scope.sql.rows<DocumentRow>(
      'select id, name, body, created_at from trusted_document where tenant_id = ? order by created_at, id',
      [this.scope.tenantId],
    );
    return rows.map(toTrustedDocument);
  }

  async remove(id: string): Promise<TrustedDocument> {
    if (!DOCUMENT_ID_PATTERN.test(id)) throw badInput('id', 'is not a document id ("sha256:" and 64 hex digits)');
    const [row] = await this.scope.sql.rows<DocumentRow>(
      'delete from trusted_document where tenant_id = ? and id = ? returning id, name, body, created_at',
      [this.scope.tenantId, id],
    );
    if (!row) throw new NotFoundError('Trusted document', id);
    return toTrustedDocument(row);
  }

  /** The text of a registered document, or undefined. */
  async bodyOf(id: string): Promise<string | undefined> {
    if (!DOCUMENT_ID_PATTERN.test(id)) return undefined;
    const row = await this.scope.sql.one<{ body: string }>('select body from trusted_document where tenant_id = ? and id = ?', [this.scope.tenantId, id]);
    return row?.body;
  }
}

function parses(body: string): boolean {
  try {
    parse(body);
    return true;
  } catch {
    return false;
  }
}

function toTrustedDocument(row: DocumentRow): TrustedDocument {
  return { id: row.id, name: row.name, body: row.body, createdAt: toDate(row.created_at) as Date };
}
