import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ForbiddenError } from '../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { effectiveSettings } from '../analytics/settings/analytics-settings.js';
import { segmentVocabulary } from './definition/segment-definition.js';
import { visibleSegmentIds } from './segment-access.js';
import { describeSegmentLanguage } from './segment-language.js';
import { SegmentLanguage } from './segment-language.types.js';
import { SegmentMembers } from './segment-members.js';
import { SegmentRecentChanges } from './segment-recent-changes.js';
import { Segment } from './segment.entity.js';
import { SegmentService } from './segment.service.js';
import {
  CreateSegmentInput,
  PreviewSegmentInput,
  SegmentChange,
  SegmentChangeConnection,
  SegmentChangesArgs,
  SegmentConnection,
  SegmentMemberConnection,
  SegmentMembersArgs,
  SegmentPreview,
  SegmentRecentChangesArgs,
  SegmentRefresh,
  SegmentRefreshHistoryArgs,
  SegmentRefreshSummary,
  SegmentsArgs,
  SegmentVersion,
  UpdateSegmentInput,
} from './segment.types.js';

@Resolver(() => Segment)
export class SegmentResolver {
  @Authorized('segments:read')
  @Query(() => Segment, { description: 'One saved segment. NOT_FOUND for ids of other tenants and, for a partner key, of segments it is not given.' })
  segment(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Segment> {
    return new SegmentService(context).get(id);
  }

  @Authorized('segments:read')
  @Query(() => SegmentConnection, { description: 'Saved segments the key may see, by name.' })
  segments(@Args() args: SegmentsArgs, @Ctx() context: RequestContext) {
    return new SegmentService(context).list(args);
  }

  // Like a definition (`document` below), the language names the tenant's RFM segment map: a
  // partner key limited to some segments pulls members and has no need to author definitions.
  @Authorized('segments:read')
  @Query(() => SegmentLanguage, { description: "The segment definition language: each field's operators, value kind, bounds, choices (in the tenant's RFM segment map) and other keys, each operator's value, and the limits (not shown to partner keys limited to some segments)." })
  segmentLanguage(@Ctx() context: RequestContext): SegmentLanguage {
    if (visibleSegmentIds(context.auth) !== null) throw new ForbiddenError('segments:read on every segment');
    return describeSegmentLanguage(segmentVocabulary(effectiveSettings(context.auth.tenant.settings.analytics)));
  }

  @Authorized('segments:write')
  @Query(() => SegmentPreview, { description: 'Evaluates a definition now without saving it: the member count and a sample.' })
  previewSegment(@Arg('input', () => PreviewSegmentInput) input: PreviewSegmentInput, @Ctx() context: RequestContext): Promise<SegmentPreview> {
    return new SegmentService(context).preview(input);
  }

  @Authorized('segments:write')
  @Mutation(() => SegmentRefresh, { description: 'Saves a segment (version 1) and computes its members at once: each is an ENTERED change.' })
  createSegment(@Arg('input', () => CreateSegmentInput) input: CreateSegmentInput, @Ctx() context: RequestContext): Promise<SegmentRefresh> {
    return new SegmentService(context).create(input);
  }

  @Authorized('segments:write')
  @Mutation(() => SegmentRefresh, { description: 'Changes a segment as a new version (earlier versions are kept); a new definition is refreshed at once.' })
  updateSegment(@Arg('input', () => UpdateSegmentInput) input: UpdateSegmentInput, @Ctx() context: RequestContext): Promise<SegmentRefresh> {
    return new SegmentService(context).update(input);
  }

  @Authorized('segments:write')
  @Mutation(() => ID, { description: 'Deletes a segment with its versions, members, changes and webhooks; returns its id.' })
  deleteSegment(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<string> {
    return new SegmentService(context).delete(id);
  }

  @Authorized('segments:write')
  @Mutation(() => SegmentRefresh, { description: 'Recomputes the membership now, recording who entered and who exited.' })
  refreshSegment(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<SegmentRefresh> {
    return new SegmentService(context).refreshById(id);
  }

  @Authorized('segments:read')
  @FieldResolver(() => SegmentMemberConnection, { description: 'Current members by external id, a page at a time.' })
  members(@Root() segment: Segment, @Args() args: SegmentMembersArgs, @Ctx() context: RequestContext): Promise<SegmentMemberConnection> {
    return new SegmentMembers(context).members(segment, args);
  }

  @Authorized('segments:read')
  @FieldResolver(() => SegmentChangeConnection, { description: 'ENTERED and EXITED changes after the cursor, in sequence order.' })
  changes(@Root() segment: Segment, @Args() args: SegmentChangesArgs, @Ctx() context: RequestContext): Promise<SegmentChangeConnection> {
    return new SegmentMembers(context).changes(segment, args);
  }

  @Authorized('segments:read')
  @FieldResolver(() => [SegmentChange], { description: 'The newest changes, newest first (for people looking at the segment; partners syncing a copy pull `changes(since:)`).' })
  recentChanges(@Root() segment: Segment, @Args() args: SegmentRecentChangesArgs, @Ctx() context: RequestContext): Promise<SegmentChange[]> {
    return new SegmentRecentChanges(context).changes(segment, args);
  }

  @Authorized('segments:read')
  @FieldResolver(() => [SegmentRefreshSummary], { description: 'The newest refreshes that changed the membership, newest first: when each ran, the version it evaluated, how many entered and exited. Refreshes that changed nothing are not listed.' })
  refreshHistory(@Root() segment: Segment, @Args() args: SegmentRefreshHistoryArgs, @Ctx() context: RequestContext): Promise<SegmentRefreshSummary[]> {
    return new SegmentRecentChanges(context).refreshes(segment, args);
  }

  // The definition names the tenant's tags, journeys and fields: internal detail a partner key
  // limited to some segments has no need to see.
  @Authorized('segments:read')
  @FieldResolver(() => GraphQLJSONObject, { description: 'The definition as a JSON document (not shown to partner keys limited to some segments).' })
  document(@Root() segment: Segment, @Ctx() context: RequestContext): Record<string, unknown> {
    if (visibleSegmentIds(context.auth) !== null) throw new ForbiddenError('segments:read on every segment');
    return segment.definition;
  }

  @Authorized('segments:write')
  @FieldResolver(() => [SegmentVersion], { description: 'Every version of the segment, newest first.' })
  versions(@Root() segment: Segment, @Ctx() context: RequestContext): Promise<SegmentVersion[]> {
    return new SegmentService(context).versions(segment);
  }
}
