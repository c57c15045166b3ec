import { throwIfInvalid } from '../../common/errors.js';
import type { TenantScope } from '../../context.js';
import { toDate } from '../../db/sql-runner.js';
import { checkTargets } from './assessment-input.js';
import { submittedRunsSql, targetsSql, upsertTargetsSql } from './assessment.query.js';
import type { FrozenResult } from './assessment.service.js';
import type { MaturityTargetsInput } from './assessment.types.js';
import type { DimensionLevel, MaturityHistory, MaturityRun, MaturityTargets, TargetProgress } from './maturity-history.types.js';
import { MaturityDimension } from './maturity.enums.js';

/** The company's submitted runs with their deltas, its targets and the progress toward them. */
export class MaturityHistoryService {
  constructor(private readonly context: TenantScope) {}

  async history(): Promise<MaturityHistory> {
    const rows = await this.context.sql.query<{ id: string; title: string; submitted_at: Date; result: FrozenResult }>(submittedRunsSql(this.context.tenantId));
    const runs: MaturityRun[] = [];
    for (const row of rows) {
      const placement = row.result.score.evidenceAdjusted;
      const dimensions: DimensionLevel[] = placement.dimensions.map((dimension) => ({ dimension: dimension.dimension as MaturityDimension, level: dimension.level }));
      const previous = runs[runs.length - 1];
      runs.push({
        assessmentId: row.id,
        title: row.title,
        submittedAt: toDate(row.submitted_at) as Date,
        stage: placement.stage,
        selfReportedStage: row.result.score.selfReported.stage,
        index: placement.index,
        dimensions,
        change: previous
          ? {
              stage: placement.stage - previous.stage,
              index: placement.index - previous.index,
              dimensions: dimensions.map((dimension) => ({
                dimension: dimension.dimension,
                level: dimension.level - (previous.dimensions.find((before) => before.dimension === dimension.dimension)?.level ?? 0),
              })),
            }
          : null,
      });
    }
    const targets = await this.targets();
    return { runs, targets, progress: progressOf(targets, runs[runs.length - 1]) };
  }

  async targets(): Promise<MaturityTargets> {
    const [row] = await this.context.sql.query<{ stage: number | null; dimensions: Record<string, number>; updated_at: Date }>(targetsSql(this.context.tenantId));
    if (!row) return { stage: null, dimensions: [], updatedAt: null };
    return {
      stage: row.stage,
      dimensions: Object.values(MaturityDimension)
        .filter((dimension) => row.dimensions[dimension] !== undefined)
        .map((dimension) => ({ dimension, level: row.dimensions[dimension] })),
      updatedAt: toDate(row.updated_at),
    };
  }

  async setTargets(input: MaturityTargetsInput): Promise<MaturityHistory> {
    throwIfInvalid(checkTargets(input));
    const dimensions = Object.fromEntries((input.dimensions ?? []).map((target) => [target.dimension, target.level]));
    await this.context.sql.query(upsertTargetsSql(this.context.tenantId, input.stage ?? null, dimensions));
    return this.history();
  }
}

function progress(dimension: MaturityDimension | null, target: number, current: number): TargetProgress {
  return { dimension, target, current, remaining: Math.max(target - current, 0), met: current >= target };
}

/** Targets against the latest submitted run (stage and levels 0 before any run). */
function progressOf(targets: MaturityTargets, latest: MaturityRun | undefined): TargetProgress[] {
  const result: TargetProgress[] = [];
  if (targets.stage !== null) result.push(progress(null, targets.stage, latest?.stage ?? 0));
  for (const target of targets.dimensions) {
    const current = latest?.dimensions.find((dimension) => dimension.dimension === target.dimension)?.level ?? 0;
    result.push(progress(target.dimension, target.level, current));
  }
  return result;
}
