import { graphql } from '../../gql';

// The segment pages' operations. Profile fields of members (name, email, region) need
// customers:read, so they are asked for only when the key holds it ($withProfile).

export const SegmentListDocument = graphql(`
  query SegmentList($first: Int!, $after: String) {
    segments(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          description
          memberCount
          lastRefreshedAt
          lastRefreshError
          refreshIntervalMinutes
          version
        }
      }
    }
  }
`);

export const SegmentPreviewDocument = graphql(`
  query SegmentPreview($input: PreviewSegmentInput!, $withProfile: Boolean!) {
    previewSegment(input: $input) {
      memberCount
      sample {
        externalId
        name @include(if: $withProfile)
        region @include(if: $withProfile)
      }
    }
  }
`);

export const SegmentCreateDocument = graphql(`
  mutation SegmentCreate($input: CreateSegmentInput!) {
    createSegment(input: $input) {
      memberCount
      segment {
        id
      }
    }
  }
`);

export const SegmentUpdateDocument = graphql(`
  mutation SegmentUpdate($input: UpdateSegmentInput!) {
    updateSegment(input: $input) {
      memberCount
      segment {
        id
      }
    }
  }
`);

export const SegmentRefreshDocument = graphql(`
  mutation SegmentRefresh($id: ID!) {
    refreshSegment(id: $id) {
      entered
      exited
      memberCount
      durationMs
    }
  }
`);

export const SegmentDeleteDocument = graphql(`
  mutation SegmentDelete($id: ID!) {
    deleteSegment(id: $id)
  }
`);

export const SegmentSummaryDocument = graphql(`
  query SegmentSummary($id: ID!) {
    segment(id: $id) {
      id
      name
      description
      version
      memberCount
      refreshIntervalMinutes
      lastRefreshedAt
      lastRefreshMs
      lastRefreshError
      createdAt
      updatedAt
    }
  }
`);

// Apart from the summary: a partner key limited to some segments may not read the definition,
// and its refusal must not take the rest of the page with it.
export const SegmentDefinitionDocument = graphql(`
  query SegmentDefinition($id: ID!) {
    segment(id: $id) {
      id
      name
      description
      refreshIntervalMinutes
      document
    }
  }
`);

export const SegmentMemberPageDocument = graphql(`
  query SegmentMemberPage($id: ID!, $first: Int!, $after: String, $withProfile: Boolean!) {
    segment(id: $id) {
      id
      members(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            externalId
            enteredAt
            name @include(if: $withProfile)
            email @include(if: $withProfile)
            region @include(if: $withProfile)
          }
        }
      }
    }
  }
`);

export const SegmentRecentActivityDocument = graphql(`
  query SegmentRecentActivity($id: ID!, $latest: Int!, $refreshes: Int!, $withProfile: Boolean!) {
    segment(id: $id) {
      id
      recentChanges(last: $latest) {
        sequence
        change
        at
        segmentVersion
        customer {
          externalId
          name @include(if: $withProfile)
        }
      }
      refreshHistory(last: $refreshes) {
        at
        segmentVersion
        entered
        exited
      }
    }
  }
`);

/** What the builder suggests as values: the tenant's tag keys and journeys (customers:read). */
export const SegmentTagKeysDocument = graphql(`
  query SegmentTagKeys {
    tags(first: 1000) {
      edges {
        node {
          key
          label
        }
      }
    }
  }
`);

export const SegmentJourneysDocument = graphql(`
  query SegmentJourneys {
    journeys(first: 1000) {
      edges {
        node {
          key
          name
          stages {
            key
            name
            position
          }
        }
      }
    }
  }
`);

/**
 * The segment language as the server checks it: each field's value kind, operators, bounds,
 * choices (RFM segments in the tenant's map) and other keys, and what each operator's value holds.
 */
export const SegmentLanguageDocument = graphql(`
  query SegmentLanguage {
    segmentLanguage {
      fields {
        field
        valueKind
        operators
        minimum
        maximum
        choices
        parameters {
          name
          required
        }
      }
      operators {
        operator
        arity
      }
      attributeTypes {
        type
        valueKind
        operators
      }
    }
  }
`);
