import { NotFoundError, throwIfInvalid } from '../../common/errors.js';
import { FieldChecker } from '../../common/validation.js';
import type { RequestContext } from '../../context.js';
import type { Authentication } from '../auth/api-key.service.js';
import { Segment } from './segment.entity.js';

/**
 * What a key may see of segments. A partner key limited to some segments sees only those: any
 * other id reads as not found, so a partner cannot even learn which segments exist.
 */
export function visibleSegmentIds(auth: Authentication): readonly string[] | null {
  return auth.apiKey.segmentIds ?? null;
}

export function canSeeSegment(auth: Authentication, segmentId: string): boolean {
  const visible = visibleSegmentIds(auth);
  return visible === null || visible.includes(segmentId);
}

/** The tenant's segment with this id when the key may see it; NOT_FOUND otherwise. */
export async function findVisibleSegment(context: RequestContext, id: string, field = 'id'): Promise<Segment> {
  const check = new FieldChecker('');
  check.uuid(field, id, true);
  throwIfInvalid(check.errors);
  const segment = canSeeSegment(context.auth, id) ? await context.em.findOne(Segment, { tenantId: context.tenantId, id }) : null;
  if (!segment) throw new NotFoundError('Segment', id);
  return segment;
}
