import DataLoader from 'dataloader';
import { NotFoundError } from '../../../common/errors.js';
import { perRequest } from '../../../common/per-request.js';
import type { RequestContext } from '../../../context.js';
import { LeadScoreService } from './lead-score.service.js';
import type { LeadScore } from './lead-score.types.js';

/** The lead-score service of a request and its `Customer.leadScore(asOf)` loaders, one per asOf. */
interface LeadScoreRequest {
  service: LeadScoreService;
  loaders: Map<string, DataLoader<string, LeadScore>>;
}

const requestOf = perRequest('lead score', (context: RequestContext): LeadScoreRequest => ({ service: new LeadScoreService(context, new Date()), loaders: new Map() }));

export function leadScoreServiceOf(context: RequestContext): LeadScoreService {
  return requestOf(context).service;
}

/** Scores every customer of a page in one statement per distinct asOf (default: the request's now). */
export function leadScoreLoader(context: RequestContext, asOf: Date | null | undefined): DataLoader<string, LeadScore> {
  const { service, loaders } = requestOf(context);
  const instant = service.asOfOrNow(asOf, 'asOf');
  const key = instant.toISOString();
  let loader = loaders.get(key);
  if (!loader) {
    loader = new DataLoader<string, LeadScore>(async (ids) => {
      const scores = await service.scoresOf(ids, instant);
      return ids.map((id) => scores.get(id) ?? new NotFoundError('Customer', id));
    });
    loaders.set(key, loader);
  }
  return loader;
}
