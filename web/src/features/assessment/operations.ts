import { graphql } from '../../gql';

// The maturity-assessment pages' operations. Every text of the model (stages, items, anchors,
// measures, recommendations, headlines) is asked for in the chosen language ($locale), so a
// switch of language refetches them; the figures are the same in either language.

export const AssessmentListDocument = graphql(`
  query AssessmentList($locale: MaturityLocale!) {
    assessments {
      id
      title
      status
      respondents
      createdAt
      updatedAt
      submittedAt
      answers {
        itemId
      }
      submittedResult(locale: $locale) {
        headline
        evidenceAdjusted {
          stage
        }
      }
    }
  }
`);

export const ModelFieldsFragment = graphql(`
  fragment AssessmentModelFields on MaturityModel {
    version
    locale
    anchors {
      level
      label
    }
    tiers {
      key
      name
      description
    }
    stages {
      number
      key
      name
      tier
      description
      nextSteps
    }
    dimensions {
      key
      name
      description
    }
    items {
      id
      stage
      dimension
      gate
      weight
      text
      allowsNotApplicable
      evidence {
        key
        name
        bands
      }
    }
  }
`);

export const AssessmentAnsweringDocument = graphql(`
  query AssessmentAnswering($id: ID!, $locale: MaturityLocale!) {
    assessment(id: $id) {
      id
      title
      status
      respondents
      modelVersion
      createdAt
      updatedAt
      submittedAt
      answers {
        itemId
        respondent
        level
        special
        note
        answeredAt
      }
      result(locale: $locale) {
        headline
        items {
          itemId
          status
          selfScore
          effectiveScore
          evidenceLevel
          applicable
          unanswered
          unknown
          disagree
          override {
            score
            justification
            createdAt
          }
          evidence {
            measure
            name
            value
            windowDays
            level
            observedAt
          }
        }
      }
    }
    maturityModel(locale: $locale) {
      ...AssessmentModelFields
    }
  }
`);

export const ResultFieldsFragment = graphql(`
  fragment AssessmentResultFields on AssessmentResult {
    computedAt
    locale
    headline
    provisional
    provisionalReasons
    nextSteps
    confidence {
      value
      band
      knownShare
      evidenceCoverage
      corroboratedShare
    }
    selfReported {
      stage
      stageName
      headline
      index
    }
    evidenceAdjusted {
      stage
      stageKey
      stageName
      tier
      tierName
      headline
      index
      progressToNext
      aheadOfFoundations
      floor
      stageScores {
        stage
        key
        name
        score
        achieved
        failingGates
      }
      dimensions {
        dimension
        name
        level
        mean
      }
    }
    items {
      itemId
      stage
      dimension
      gate
      text
      applicable
      unanswered
      unknown
      disagree
      selfScore
      effectiveScore
      evidenceLevel
      status
      answers {
        respondent
        level
        special
      }
      override {
        score
        justification
      }
      evidence {
        measure
        name
        value
        windowDays
        level
      }
    }
    recommendations {
      title
      action
      kpi
      ownerRole
      feature
      priority
      reason
      item {
        itemId
        text
        status
        answers {
          respondent
          level
          special
        }
        evidence {
          measure
          name
          value
          windowDays
          level
        }
      }
    }
  }
`);

export const AssessmentReportDocument = graphql(`
  query AssessmentReport($id: ID!, $locale: MaturityLocale!) {
    assessment(id: $id) {
      id
      title
      status
      respondents
      createdAt
      submittedAt
      live: result(locale: $locale) {
        ...AssessmentResultFields
      }
      frozen: submittedResult(locale: $locale) {
        ...AssessmentResultFields
      }
    }
    maturityModel(locale: $locale) {
      ...AssessmentModelFields
    }
    maturityHistory {
      runs {
        assessmentId
        title
        submittedAt
        change {
          stage
          index
        }
      }
      targets {
        stage
        dimensions {
          dimension
          level
        }
      }
    }
  }
`);

export const MaturityHistoryPageDocument = graphql(`
  query MaturityHistoryPage($locale: MaturityLocale!) {
    maturityHistory {
      runs {
        assessmentId
        title
        submittedAt
        stage
        selfReportedStage
        index
        dimensions {
          dimension
          level
        }
        change {
          stage
          index
          dimensions {
            dimension
            level
          }
        }
      }
      targets {
        stage
        updatedAt
        dimensions {
          dimension
          level
        }
      }
      progress {
        dimension
        target
        current
        remaining
        met
      }
    }
    maturityModel(locale: $locale) {
      stages {
        number
        name
      }
      dimensions {
        key
        name
      }
    }
  }
`);

export const StartAssessmentDocument = graphql(`
  mutation ConsoleStartAssessment($input: StartAssessmentInput!) {
    startAssessment(input: $input) {
      id
    }
  }
`);

export const AnswerItemsDocument = graphql(`
  mutation ConsoleAnswerItems($input: AnswerItemsInput!) {
    answerItems(input: $input) {
      id
      updatedAt
    }
  }
`);

export const OverrideItemDocument = graphql(`
  mutation ConsoleOverrideItem($input: OverrideItemInput!) {
    overrideItem(input: $input) {
      id
    }
  }
`);

export const RefreshEvidenceDocument = graphql(`
  mutation ConsoleRefreshEvidence($id: ID!) {
    refreshEvidence(id: $id) {
      id
    }
  }
`);

export const SubmitAssessmentDocument = graphql(`
  mutation ConsoleSubmitAssessment($id: ID!) {
    submitAssessment(id: $id) {
      id
      status
      submittedAt
    }
  }
`);

export const SetMaturityTargetsDocument = graphql(`
  mutation ConsoleSetMaturityTargets($input: MaturityTargetsInput!) {
    setMaturityTargets(input: $input) {
      targets {
        stage
      }
    }
  }
`);
