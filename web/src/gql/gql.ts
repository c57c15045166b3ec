/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    viewer {\n      apiKey {\n        name\n        prefix\n        scopes\n        expiresAt\n        trustedDocumentsOnly\n      }\n      tenant {\n        name\n        slug\n        timeZone\n        baseCurrency\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query SegmentList($first: Int!, $after: String) {\n    segments(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          memberCount\n          lastRefreshedAt\n          lastRefreshError\n          refreshIntervalMinutes\n          version\n        }\n      }\n    }\n  }\n": typeof types.SegmentListDocument,
    "\n  query SegmentPreview($input: PreviewSegmentInput!, $withProfile: Boolean!) {\n    previewSegment(input: $input) {\n      memberCount\n      sample {\n        externalId\n        name @include(if: $withProfile)\n        region @include(if: $withProfile)\n      }\n    }\n  }\n": typeof types.SegmentPreviewDocument,
    "\n  mutation SegmentCreate($input: CreateSegmentInput!) {\n    createSegment(input: $input) {\n      memberCount\n      segment {\n        id\n      }\n    }\n  }\n": typeof types.SegmentCreateDocument,
    "\n  mutation SegmentUpdate($input: UpdateSegmentInput!) {\n    updateSegment(input: $input) {\n      memberCount\n      segment {\n        id\n      }\n    }\n  }\n": typeof types.SegmentUpdateDocument,
    "\n  mutation SegmentRefresh($id: ID!) {\n    refreshSegment(id: $id) {\n      entered\n      exited\n      memberCount\n      durationMs\n    }\n  }\n": typeof types.SegmentRefreshDocument,
    "\n  mutation SegmentDelete($id: ID!) {\n    deleteSegment(id: $id)\n  }\n": typeof types.SegmentDeleteDocument,
    "\n  query SegmentSummary($id: ID!) {\n    segment(id: $id) {\n      id\n      name\n      description\n      version\n      memberCount\n      refreshIntervalMinutes\n      lastRefreshedAt\n      lastRefreshMs\n      lastRefreshError\n      createdAt\n      updatedAt\n    }\n  }\n": typeof types.SegmentSummaryDocument,
    "\n  query SegmentDefinition($id: ID!) {\n    segment(id: $id) {\n      id\n      name\n      description\n      refreshIntervalMinutes\n      document\n    }\n  }\n": typeof types.SegmentDefinitionDocument,
    "\n  query SegmentMemberPage($id: ID!, $first: Int!, $after: String, $withProfile: Boolean!) {\n    segment(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            externalId\n            enteredAt\n            name @include(if: $withProfile)\n            email @include(if: $withProfile)\n            region @include(if: $withProfile)\n          }\n        }\n      }\n    }\n  }\n": typeof types.SegmentMemberPageDocument,
    "\n  query SegmentChangePage($id: ID!, $since: String, $first: Int!, $withProfile: Boolean!) {\n    segment(id: $id) {\n      id\n      changes(since: $since, first: $first) {\n        endCursor\n        hasMore\n        edges {\n          node {\n            sequence\n            change\n            at\n            segmentVersion\n            customer {\n              externalId\n              name @include(if: $withProfile)\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SegmentChangePageDocument,
    "\n  query SegmentTagKeys {\n    tags(first: 1000) {\n      edges {\n        node {\n          key\n          label\n        }\n      }\n    }\n  }\n": typeof types.SegmentTagKeysDocument,
    "\n  query SegmentJourneys {\n    journeys(first: 1000) {\n      edges {\n        node {\n          key\n          name\n          stages {\n            key\n            name\n            position\n          }\n        }\n      }\n    }\n  }\n": typeof types.SegmentJourneysDocument,
    "\n  query SegmentRfmNames {\n    analyticsSettings {\n      rfmSegmentMap {\n        segment\n      }\n    }\n  }\n": typeof types.SegmentRfmNamesDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      apiKey {\n        name\n        prefix\n        scopes\n        expiresAt\n        trustedDocumentsOnly\n      }\n      tenant {\n        name\n        slug\n        timeZone\n        baseCurrency\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query SegmentList($first: Int!, $after: String) {\n    segments(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          memberCount\n          lastRefreshedAt\n          lastRefreshError\n          refreshIntervalMinutes\n          version\n        }\n      }\n    }\n  }\n": types.SegmentListDocument,
    "\n  query SegmentPreview($input: PreviewSegmentInput!, $withProfile: Boolean!) {\n    previewSegment(input: $input) {\n      memberCount\n      sample {\n        externalId\n        name @include(if: $withProfile)\n        region @include(if: $withProfile)\n      }\n    }\n  }\n": types.SegmentPreviewDocument,
    "\n  mutation SegmentCreate($input: CreateSegmentInput!) {\n    createSegment(input: $input) {\n      memberCount\n      segment {\n        id\n      }\n    }\n  }\n": types.SegmentCreateDocument,
    "\n  mutation SegmentUpdate($input: UpdateSegmentInput!) {\n    updateSegment(input: $input) {\n      memberCount\n      segment {\n        id\n      }\n    }\n  }\n": types.SegmentUpdateDocument,
    "\n  mutation SegmentRefresh($id: ID!) {\n    refreshSegment(id: $id) {\n      entered\n      exited\n      memberCount\n      durationMs\n    }\n  }\n": types.SegmentRefreshDocument,
    "\n  mutation SegmentDelete($id: ID!) {\n    deleteSegment(id: $id)\n  }\n": types.SegmentDeleteDocument,
    "\n  query SegmentSummary($id: ID!) {\n    segment(id: $id) {\n      id\n      name\n      description\n      version\n      memberCount\n      refreshIntervalMinutes\n      lastRefreshedAt\n      lastRefreshMs\n      lastRefreshError\n      createdAt\n      updatedAt\n    }\n  }\n": types.SegmentSummaryDocument,
    "\n  query SegmentDefinition($id: ID!) {\n    segment(id: $id) {\n      id\n      name\n      description\n      refreshIntervalMinutes\n      document\n    }\n  }\n": types.SegmentDefinitionDocument,
    "\n  query SegmentMemberPage($id: ID!, $first: Int!, $after: String, $withProfile: Boolean!) {\n    segment(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            externalId\n            enteredAt\n            name @include(if: $withProfile)\n            email @include(if: $withProfile)\n            region @include(if: $withProfile)\n          }\n        }\n      }\n    }\n  }\n": types.SegmentMemberPageDocument,
    "\n  query SegmentChangePage($id: ID!, $since: String, $first: Int!, $withProfile: Boolean!) {\n    segment(id: $id) {\n      id\n      changes(since: $since, first: $first) {\n        endCursor\n        hasMore\n        edges {\n          node {\n            sequence\n            change\n            at\n            segmentVersion\n            customer {\n              externalId\n              name @include(if: $withProfile)\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SegmentChangePageDocument,
    "\n  query SegmentTagKeys {\n    tags(first: 1000) {\n      edges {\n        node {\n          key\n          label\n        }\n      }\n    }\n  }\n": types.SegmentTagKeysDocument,
    "\n  query SegmentJourneys {\n    journeys(first: 1000) {\n      edges {\n        node {\n          key\n          name\n          stages {\n            key\n            name\n            position\n          }\n        }\n      }\n    }\n  }\n": types.SegmentJourneysDocument,
    "\n  query SegmentRfmNames {\n    analyticsSettings {\n      rfmSegmentMap {\n        segment\n      }\n    }\n  }\n": types.SegmentRfmNamesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      apiKey {\n        name\n        prefix\n        scopes\n        expiresAt\n        trustedDocumentsOnly\n      }\n      tenant {\n        name\n        slug\n        timeZone\n        baseCurrency\n      }\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentList($first: Int!, $after: String) {\n    segments(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          memberCount\n          lastRefreshedAt\n          lastRefreshError\n          refreshIntervalMinutes\n          version\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SegmentListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentPreview($input: PreviewSegmentInput!, $withProfile: Boolean!) {\n    previewSegment(input: $input) {\n      memberCount\n      sample {\n        externalId\n        name @include(if: $withProfile)\n        region @include(if: $withProfile)\n      }\n    }\n  }\n"): typeof import('./graphql').SegmentPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SegmentCreate($input: CreateSegmentInput!) {\n    createSegment(input: $input) {\n      memberCount\n      segment {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').SegmentCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SegmentUpdate($input: UpdateSegmentInput!) {\n    updateSegment(input: $input) {\n      memberCount\n      segment {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').SegmentUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SegmentRefresh($id: ID!) {\n    refreshSegment(id: $id) {\n      entered\n      exited\n      memberCount\n      durationMs\n    }\n  }\n"): typeof import('./graphql').SegmentRefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SegmentDelete($id: ID!) {\n    deleteSegment(id: $id)\n  }\n"): typeof import('./graphql').SegmentDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentSummary($id: ID!) {\n    segment(id: $id) {\n      id\n      name\n      description\n      version\n      memberCount\n      refreshIntervalMinutes\n      lastRefreshedAt\n      lastRefreshMs\n      lastRefreshError\n      createdAt\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').SegmentSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentDefinition($id: ID!) {\n    segment(id: $id) {\n      id\n      name\n      description\n      refreshIntervalMinutes\n      document\n    }\n  }\n"): typeof import('./graphql').SegmentDefinitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentMemberPage($id: ID!, $first: Int!, $after: String, $withProfile: Boolean!) {\n    segment(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            externalId\n            enteredAt\n            name @include(if: $withProfile)\n            email @include(if: $withProfile)\n            region @include(if: $withProfile)\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SegmentMemberPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentChangePage($id: ID!, $since: String, $first: Int!, $withProfile: Boolean!) {\n    segment(id: $id) {\n      id\n      changes(since: $since, first: $first) {\n        endCursor\n        hasMore\n        edges {\n          node {\n            sequence\n            change\n            at\n            segmentVersion\n            customer {\n              externalId\n              name @include(if: $withProfile)\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SegmentChangePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentTagKeys {\n    tags(first: 1000) {\n      edges {\n        node {\n          key\n          label\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SegmentTagKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentJourneys {\n    journeys(first: 1000) {\n      edges {\n        node {\n          key\n          name\n          stages {\n            key\n            name\n            position\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SegmentJourneysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentRfmNames {\n    analyticsSettings {\n      rfmSegmentMap {\n        segment\n      }\n    }\n  }\n"): typeof import('./graphql').SegmentRfmNamesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
