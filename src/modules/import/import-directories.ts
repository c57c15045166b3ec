import type { FieldError } from '../../common/errors.js';
import type { TenantScope } from '../../context.js';

/**
 * The tenant's journeys and stages by key, loaded once per import (they are few) so each row's
 * journeyKey / stageKey resolves without a query.
 */
export class StageDirectory {
  private journeys?: Map<string, { id: string; stages: Map<string, string> }>;

  async load(scope: TenantScope): Promise<void> {
    if (this.journeys) return;
    const rows = await scope.sql.rows<{ journey_id: string; journey_key: string; stage_id: string | null; stage_key: string | null }>(
      `select j.id as journey_id, j.key as journey_key, s.id as stage_id, s.key as stage_key
         from journey j left join journey_stage s on s.tenant_id = j.tenant_id and s.journey_id = j.id
        where j.tenant_id = ?`,
      [scope.tenantId],
    );
    this.journeys = new Map();
    for (const row of rows) {
      const journey = this.journeys.get(row.journey_key) ?? { id: row.journey_id, stages: new Map<string, string>() };
      if (row.stage_key && row.stage_id) journey.stages.set(row.stage_key, row.stage_id);
      this.journeys.set(row.journey_key, journey);
    }
  }

  /** Key checks that need no database: a stage needs its journey. */
  validateKeys(input: Record<string, unknown>): FieldError[] {
    if (input.stageKey && !input.journeyKey) return [{ field: 'stageKey', message: 'needs journeyKey' }];
    return [];
  }

  journeyId(input: Record<string, unknown>): string | null {
    return input.journeyKey ? (this.journeys?.get(String(input.journeyKey))?.id ?? null) : null;
  }

  stageId(input: Record<string, unknown>): string | null {
    if (!input.journeyKey || !input.stageKey) return null;
    return this.journeys?.get(String(input.journeyKey))?.stages.get(String(input.stageKey)) ?? null;
  }

  /** The unknown journey or stage a row names, if any. */
  unknownKey(input: Record<string, unknown>): FieldError | undefined {
    if (input.journeyKey && !this.journeyId(input)) return { field: 'journeyKey', message: `no journey has the key "${String(input.journeyKey)}"` };
    if (input.stageKey && !this.stageId(input)) return { field: 'stageKey', message: `journey "${String(input.journeyKey)}" has no stage "${String(input.stageKey)}"` };
    return undefined;
  }
}

/** Tags by key; tags a file names with a label and category are created on first sight. */
export class TagDirectory {
  private readonly ids = new Map<string, string>();

  forget(): void {
    this.ids.clear();
  }

  idOf(key: string): string | undefined {
    return this.ids.get(key);
  }

  /** Makes sure every named tag exists; returns, per input, why its tag cannot be used. */
  async ensure(scope: TenantScope, inputs: Record<string, unknown>[]): Promise<(FieldError | undefined)[]> {
    const missing = [...new Set(inputs.map((input) => String(input.tagKey)).filter((key) => !this.ids.has(key)))];
    if (missing.length > 0) {
      const rows = await scope.sql.rows<{ id: string; key: string }>(`select id, key from tag where tenant_id = ? and key = any(?::text[])`, [scope.tenantId, missing]);
      for (const row of rows) this.ids.set(row.key, row.id);
    }
    const creatable = new Map<string, { label: string; category: string }>();
    for (const input of inputs) {
      const key = String(input.tagKey);
      if (!this.ids.has(key) && input.tagLabel && input.tagCategory && !creatable.has(key)) {
        creatable.set(key, { label: String(input.tagLabel), category: String(input.tagCategory) });
      }
    }
    for (const [key, tag] of creatable) {
      const [row] = await scope.sql.rows<{ id: string }>(
        `insert into tag (tenant_id, key, label, category) values (?, ?, ?, ?)
         on conflict (tenant_id, key) do update set key = excluded.key returning id`,
        [scope.tenantId, key, tag.label, tag.category],
      );
      this.ids.set(key, row.id);
    }
    return inputs.map((input) =>
      this.ids.has(String(input.tagKey))
        ? undefined
        : { field: 'tagKey', message: `no tag has the key "${String(input.tagKey)}"; give tagLabel and tagCategory to create it` },
    );
  }
}
