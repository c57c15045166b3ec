import { badInput, throwIfInvalid } from '../../common/errors.js';
import { listPage } from '../../common/list-page.js';
import type { ConnectionShape } from '../../common/pagination.js';
import { sql, trusted } from '../../common/sql-fragment.js';
import { FieldChecker } from '../../common/validation.js';
import type { RequestContext } from '../../context.js';
import { toDate } from '../../db/sql-runner.js';
import { effectiveSettings, type AnalyticsSettings } from '../analytics/settings/analytics-settings.js';
import type { SegmentDefinition } from './definition/segment-definition.js';
import { segmentMembersSql } from './definition/segment.query.js';
import { findVisibleSegment, visibleSegmentIds } from './segment-access.js';
import { changesCursor } from './segment-cursors.js';
import { definitionGiven, readGivenDefinition } from './segment-input.js';
import { MEMBER_COLUMNS, toMember, type MemberRow } from './segment-member.js';
import { refreshSegment, segmentTotals } from './segment-refresh.js';
import { Segment } from './segment.entity.js';
import type { CreateSegmentInput, PreviewSegmentInput, SegmentPreview, SegmentRefresh, SegmentsArgs, SegmentVersion, UpdateSegmentInput } from './segment.types.js';

const DEFAULT_SAMPLE = 10;
const MAX_SAMPLE = 100;
const DEFAULT_INTERVAL_MINUTES = 15;
const MAX_INTERVAL_MINUTES = 10_080;
// Each segment is refreshed on a schedule; a tenant with thousands would crowd the scheduler.
const MAX_SEGMENTS_PER_TENANT = 500;

/** Saved segments of the tenant: preview, create, update (versioned), delete, list, refresh. */
export class SegmentService {
  constructor(
    private readonly context: RequestContext,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get settings(): AnalyticsSettings {
    return effectiveSettings(this.context.auth.tenant.settings.analytics);
  }

  async preview(input: PreviewSegmentInput): Promise<SegmentPreview> {
    const check = new FieldChecker('input');
    check.integer('sampleSize', input.sampleSize, 0, MAX_SAMPLE);
    throwIfInvalid(check.errors);
    const definition = await readGivenDefinition(this.context, input, this.settings);
    const asOf = this.now();
    const totals = await segmentTotals(this.context, definition, asOf);
    const members = segmentMembersSql(definition, { tenantId: this.context.tenantId, asOf, settings: this.settings, totals });
    // One evaluation gives both the count (over every member) and the sample (the first few).
    const rows = await this.context.sql.query<MemberRow & { total: number }>(sql`
      select m.external_id, ${trusted(MEMBER_COLUMNS)}, count(*) over ()::int as total
        from (${members}) m join customer c on c.tenant_id = ${this.context.tenantId} and c.id = m.customer_id
       order by m.external_id
       limit ${Math.max(input.sampleSize ?? DEFAULT_SAMPLE, 1)}`);
    return {
      memberCount: rows[0]?.total ?? 0,
      sample: rows.slice(0, input.sampleSize ?? DEFAULT_SAMPLE).map((row) => toMember(row)),
    };
  }

  async create(input: CreateSegmentInput): Promise<SegmentRefresh> {
    const check = new FieldChecker('input');
    check.requiredText('name', input.name, 200);
    check.optionalText('description', input.description, 2000);
    check.integer('refreshIntervalMinutes', input.refreshIntervalMinutes, 1, MAX_INTERVAL_MINUTES);
    throwIfInvalid(check.errors);
    const name = input.name.trim();
    await this.ensureNameFree(name, null);
    await this.ensureRoom();
    const definition = await readGivenDefinition(this.context, input, this.settings);
    const segment = Object.assign(new Segment(), {
      tenantId: this.context.tenantId,
      name,
      description: blankToNull(input.description),
      definition: definition as unknown as Record<string, unknown>,
      refreshIntervalMinutes: input.refreshIntervalMinutes ?? DEFAULT_INTERVAL_MINUTES,
      createdAt: this.now(),
      updatedAt: this.now(),
    });
    await this.context.em.persistAndFlush(segment);
    await this.recordVersion(segment);
    await this.context.sql.rows(`insert into segment_schedule (segment_id, tenant_id, next_refresh_at) values (?, ?, ?)`, [segment.id, segment.tenantId, this.now()]);
    // The first refresh runs now, so the segment is never seen without members; every member
    // is an ENTERED change, so a partner pulling from the start gets them all.
    return this.refresh(segment);
  }

  async update(input: UpdateSegmentInput): Promise<SegmentRefresh> {
    const segment = await findVisibleSegment(this.context, input.id, 'input.id');
    // Locked before it is read again and changed, so two updates cannot both make version n + 1.
    await this.context.sql.rows('select 1 from segment where tenant_id = ? and id = ? for update', [this.context.tenantId, segment.id]);
    await this.context.em.refresh(segment);
    const check = new FieldChecker('input');
    if (input.name !== undefined && input.name !== null) check.requiredText('name', input.name, 200);
    check.optionalText('description', input.description, 2000);
    check.integer('refreshIntervalMinutes', input.refreshIntervalMinutes, 1, MAX_INTERVAL_MINUTES);
    throwIfInvalid(check.errors);
    const name = input.name?.trim();
    if (name !== undefined && name.toLowerCase() !== segment.name.toLowerCase()) await this.ensureNameFree(name, segment.id);
    const definition: SegmentDefinition | null = definitionGiven(input) ? await readGivenDefinition(this.context, input, this.settings) : null;
    if (name !== undefined) segment.name = name;
    if (input.description !== undefined && input.description !== null) segment.description = blankToNull(input.description);
    if (input.refreshIntervalMinutes !== undefined && input.refreshIntervalMinutes !== null) segment.refreshIntervalMinutes = input.refreshIntervalMinutes;
    if (definition) segment.definition = definition as unknown as Record<string, unknown>;
    segment.version += 1;
    segment.updatedAt = this.now();
    await this.context.em.flush();
    await this.recordVersion(segment);
    // A new interval counts from the last refresh; a new definition is evaluated at once.
    if (definition) return this.refresh(segment);
    const last = segment.lastRefreshedAt ?? this.now();
    await this.context.sql.rows('update segment_schedule set next_refresh_at = ? where tenant_id = ? and segment_id = ?', [
      new Date(last.getTime() + segment.refreshIntervalMinutes * 60_000),
      this.context.tenantId,
      segment.id,
    ]);
    return this.unchanged(segment);
  }

  /** Deletes the segment with its versions, members, changes and webhooks. */
  async delete(id: string): Promise<string> {
    const segment = await findVisibleSegment(this.context, id);
    await this.context.em.removeAndFlush(segment);
    return segment.id;
  }

  async refreshById(id: string): Promise<SegmentRefresh> {
    return this.refresh(await findVisibleSegment(this.context, id));
  }

  async get(id: string): Promise<Segment> {
    return findVisibleSegment(this.context, id);
  }

  /** Segments the key may see, by name. */
  list(args: SegmentsArgs): Promise<ConnectionShape<Segment>> {
    const visible = visibleSegmentIds(this.context.auth);
    const conditions = visible === null ? [] : [{ sql: 's.id = any(?::uuid[])', params: [visible] }];
    const sort = { name: 'NAME_ASC', expression: 'lower(s.name)', cast: 'text' as const, direction: 'asc' as const };
    return listPage(this.context, { table: 'segment', alias: 's', sort, sortValue: (segment: Segment) => segment.name.toLowerCase(), entity: Segment }, conditions, args);
  }

  async versions(segment: Segment): Promise<SegmentVersion[]> {
    const rows = await this.context.sql.rows<{ version: number; name: string; description: string | null; definition: Record<string, unknown>; refresh_interval_minutes: number; created_at: unknown }>(
      `select version, name, description, definition, refresh_interval_minutes, created_at
         from segment_version where tenant_id = ? and segment_id = ? order by version desc`,
      [this.context.tenantId, segment.id],
    );
    return rows.map((row) => ({
      version: row.version,
      name: row.name,
      description: row.description,
      document: row.definition,
      refreshIntervalMinutes: row.refresh_interval_minutes,
      createdAt: toDate(row.created_at) as Date,
    }));
  }

  private async refresh(segment: Segment): Promise<SegmentRefresh> {
    const outcome = await refreshSegment(this.context, segment.id, this.settings, this.now());
    await this.context.em.refresh(segment);
    return {
      segment,
      entered: outcome.entered,
      exited: outcome.exited,
      memberCount: outcome.memberCount,
      cursor: changesCursor(segment.id, outcome.lastSequence),
      durationMs: outcome.durationMs,
    };
  }

  private async unchanged(segment: Segment): Promise<SegmentRefresh> {
    const row = await this.context.sql.one<{ last_sequence: string }>('select last_sequence::text as last_sequence from segment where tenant_id = ? and id = ?', [this.context.tenantId, segment.id]);
    return { segment, entered: 0, exited: 0, memberCount: segment.memberCount, cursor: changesCursor(segment.id, row?.last_sequence ?? '0'), durationMs: 0 };
  }

  private async recordVersion(segment: Segment): Promise<void> {
    await this.context.sql.rows(
      `insert into segment_version (tenant_id, segment_id, version, name, description, definition, refresh_interval_minutes, created_at, created_by_key_id)
       values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)`,
      [segment.tenantId, segment.id, segment.version, segment.name, segment.description, JSON.stringify(segment.definition), segment.refreshIntervalMinutes, segment.updatedAt, this.context.auth.apiKey.id],
    );
  }

  private async ensureNameFree(name: string, exceptId: string | null): Promise<void> {
    const taken = await this.context.sql.one('select 1 from segment where tenant_id = ? and lower(name) = lower(?) and id is distinct from ?::uuid', [this.context.tenantId, name, exceptId]);
    if (taken) throw badInput('input.name', `another segment is already called "${name}"`);
  }

  private async ensureRoom(): Promise<void> {
    const row = await this.context.sql.one<{ count: number }>('select count(*)::int as count from segment where tenant_id = ?', [this.context.tenantId]);
    if ((row?.count ?? 0) >= MAX_SEGMENTS_PER_TENANT) throw badInput('input', `the tenant already has ${MAX_SEGMENTS_PER_TENANT} segments, the most it may have`);
  }
}

function blankToNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}
