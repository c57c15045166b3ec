import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType, PageInfo } from '../../common/pagination.js';
import { SegmentDefinitionInput } from './definition/segment-definition.input.js';
import { SegmentMember } from './segment-member.js';
import { Segment } from './segment.entity.js';

export const SegmentConnection = connectionType(Segment, 'Segment');

/** Where a definition comes from: the GraphQL input tree or the JSON document (exactly one). */
interface DefinitionSources {
  definition?: SegmentDefinitionInput | null;
  document?: Record<string, unknown> | null;
}

@InputType({ description: 'A definition to evaluate without saving it.' })
export class PreviewSegmentInput implements DefinitionSources {
  @Field(() => SegmentDefinitionInput, { nullable: true, description: 'The definition as a GraphQL input tree; or give document.' })
  definition?: SegmentDefinitionInput | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The definition as its JSON document (as stored and exported); or give definition.' })
  document?: Record<string, unknown> | null;

  @Field(() => Int, { nullable: true, description: 'How many members to return as a sample, 0 to 100 (default 10), by external id.' })
  sampleSize?: number | null;
}

@InputType({ description: 'A new saved segment.' })
export class CreateSegmentInput implements DefinitionSources {
  @Field({ description: '1 to 200 characters, unique in the tenant (ignoring case).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Up to 2,000 characters.' })
  description?: string | null;

  @Field(() => SegmentDefinitionInput, { nullable: true, description: 'The definition as a GraphQL input tree; or give document.' })
  definition?: SegmentDefinitionInput | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The definition as its JSON document; or give definition.' })
  document?: Record<string, unknown> | null;

  @Field(() => Int, { nullable: true, description: 'Minutes between scheduled refreshes, 1 to 10,080 (default 15).' })
  refreshIntervalMinutes?: number | null;
}

@InputType({ description: 'Changes to a segment; what is left out stays. Every update makes a new version.' })
export class UpdateSegmentInput implements DefinitionSources {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to 2,000 characters; an empty string removes it.' })
  description?: string | null;

  @Field(() => SegmentDefinitionInput, { nullable: true, description: 'A new definition (the membership is refreshed at once); or give document.' })
  definition?: SegmentDefinitionInput | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'A new definition as a JSON document; or give definition.' })
  document?: Record<string, unknown> | null;

  @Field(() => Int, { nullable: true })
  refreshIntervalMinutes?: number | null;
}

@ObjectType({ description: 'What a definition selects now, without saving it.' })
export class SegmentPreview {
  @Field(() => Int, { description: 'Customers the definition holds for now.' })
  memberCount!: number;

  @Field(() => [SegmentMember], { description: 'The first members by external id.' })
  sample!: SegmentMember[];
}

@ObjectType({ description: 'One version of a segment, as it was saved.' })
export class SegmentVersion {
  @Field(() => Int)
  version!: number;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'The definition of this version as a JSON document.' })
  document!: Record<string, unknown>;

  @Field(() => Int)
  refreshIntervalMinutes!: number;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'What one refresh changed.' })
export class SegmentRefresh {
  @Field(() => Segment)
  segment!: Segment;

  @Field(() => Int, { description: 'Customers who entered the segment.' })
  entered!: number;

  @Field(() => Int, { description: 'Customers who left it.' })
  exited!: number;

  @Field(() => Int, { description: 'Members after the refresh.' })
  memberCount!: number;

  @Field({ description: 'The changes cursor after this refresh: `changes(since:)` from here returns only later changes.' })
  cursor!: string;

  @Field(() => Int, { description: 'How long the refresh took, in milliseconds.' })
  durationMs!: number;
}

export enum SegmentChangeKind {
  ENTERED = 'ENTERED',
  EXITED = 'EXITED',
}
registerEnumType(SegmentChangeKind, { name: 'SegmentChangeKind', description: 'Whether a customer entered or left a segment.' });

@ObjectType({ description: 'A customer entering or leaving a segment at a refresh.' })
export class SegmentChange {
  @Field({ description: 'Strictly increasing within the segment, in the order the changes happened: receivers de-duplicate by it.' })
  sequence!: string;

  @Field(() => SegmentMember, { description: 'The customer (externalId always; profile fields as the key allows, null once the customer is gone).' })
  customer!: SegmentMember;

  @Field(() => SegmentChangeKind)
  change!: SegmentChangeKind;

  @Field({ description: 'When the refresh that found the change ran.' })
  at!: Date;

  @Field(() => Int, { description: 'The segment version the refresh evaluated.' })
  segmentVersion!: number;
}

@ObjectType({ description: 'One refresh that changed the membership: when it ran, the version it evaluated, how many entered and exited.' })
export class SegmentRefreshSummary {
  @Field({ description: 'When the refresh ran (the `at` of each of its changes).' })
  at!: Date;

  @Field(() => Int, { description: 'The segment version the refresh evaluated.' })
  segmentVersion!: number;

  @Field(() => Int, { description: 'Customers who entered the segment at this refresh.' })
  entered!: number;

  @Field(() => Int, { description: 'Customers who exited the segment at this refresh.' })
  exited!: number;
}

@ObjectType('SegmentChangeEdge', { description: 'One change with its cursor.' })
export class SegmentChangeEdge {
  @Field({ description: 'Pass as `since` to continue after this change.' })
  cursor!: string;

  @Field(() => SegmentChange)
  node!: SegmentChange;
}

@ObjectType({ description: 'Changes after a cursor, in sequence order.' })
export class SegmentChangeConnection {
  @Field(() => [SegmentChangeEdge])
  edges!: SegmentChangeEdge[];

  @Field({ description: 'Where to continue: the last change of this page, or `since` itself when the page is empty. Keep it for the next pull.' })
  endCursor!: string;

  @Field({ description: 'True when more changes follow this page now.' })
  hasMore!: boolean;
}

@ObjectType('SegmentMemberEdge', { description: 'One member with its cursor.' })
export class SegmentMemberEdge {
  @Field()
  cursor!: string;

  @Field(() => SegmentMember)
  node!: SegmentMember;
}

@ObjectType({
  description:
    'Current members by external id. For a full resync, keep `changesCursor` of the first page, read every page, then pull `changes(since: changesCursor)`: changes made while paging are replayed, so the result is exact.',
})
export class SegmentMemberConnection {
  @Field(() => [SegmentMemberEdge])
  edges!: SegmentMemberEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Members at the last refresh.' })
  totalCount!: number;

  @Field({ description: 'The changes cursor taken before this page was read.' })
  changesCursor!: string;
}

@ArgsType()
export class SegmentMembersArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 0 to 1000 (default 50).' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class SegmentChangesArgs {
  @Field(() => String, { nullable: true, description: 'A cursor from an earlier pull (endCursor, changesCursor or an edge cursor); omitted: from the first change.' })
  since?: string | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 1000 (default 100).' })
  first?: number | null;
}

@ArgsType()
export class SegmentRecentChangesArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'How many of the newest changes, 1 to 100 (default 20).' })
  last?: number | null;
}

@ArgsType()
export class SegmentRefreshHistoryArgs {
  @Field(() => Int, { nullable: true, defaultValue: 10, description: 'How many of the newest refreshes that changed the membership, 1 to 100 (default 10).' })
  last?: number | null;
}

@ArgsType()
export class SegmentsArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 0 to 1000 (default 50).' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
