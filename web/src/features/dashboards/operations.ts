import { graphql } from '../../gql';

// The dashboards' operations. Every figure comes with its sample size n and, when it is null,
// the reason the API gives, so the pages can show gaps and low-sample flags honestly.

// What ComparisonNote reads of a figure's change against the previous period.
export const PeriodComparisonFragment = graphql(`
  fragment DashboardPeriodComparison on PeriodComparison {
    current
    previous
    change
  }
`);

// What usePeriodLabels needs to name a bucket: its calendar interval in the query's time zone.
export const PeriodWindowFragment = graphql(`
  fragment DashboardPeriodWindow on MetricWindowInfo {
    interval
    timeZone
  }
`);

export const DashboardNpsDocument = graphql(`
  query DashboardNps($input: MetricInput) {
    nps(input: $input) {
      window {
        from
        to
        asOf
        ...DashboardPeriodWindow
        groupBy
      }
      total {
        n
        nps
        marginOfError
        promoters
        passives
        detractors
        promoterShare
        detractorShare
        lowSample
        reason
        previous {
          ...DashboardPeriodComparison
        }
      }
      series {
        group
        points {
          start
          end
          n
          nps
          marginOfError
          promoters
          passives
          detractors
          promoterShare
          detractorShare
          lowSample
          reason
        }
      }
      groups {
        group
        n
        nps
        marginOfError
        promoters
        passives
        detractors
        promoterShare
        detractorShare
        lowSample
        reason
      }
    }
    analyticsSettings {
      lowSampleThreshold
    }
  }
`);

export const DashboardRfmDocument = graphql(`
  query DashboardRfm($input: RfmInput) {
    rfm(input: $input) {
      asOf
      from
      to
      method
      customerCount
      revenue
      reason
      thresholds {
        recency
        frequency
        monetary
      }
      grid {
        r
        f
        customers
      }
      segments {
        segment
        customers
        customerShare
        revenue
        revenueShare
        meanRecency
        meanFrequency
        meanMonetary
      }
      segmentMap {
        segment
        recency
        frequency
        monetary
      }
    }
  }
`);

export const DashboardRfmCustomersDocument = graphql(`
  query DashboardRfmCustomers($input: RfmInput, $segments: [String!], $first: Int, $after: String, $withNames: Boolean!) {
    rfm(input: $input) {
      customers(segments: $segments, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            externalId
            segment
            r
            f
            m
            recency
            frequency
            monetary
            # Names need customers:read; keys without it do not ask.
            customer @include(if: $withNames) {
              name
            }
          }
        }
      }
    }
  }
`);

export const DashboardGrowthDocument = graphql(`
  query DashboardGrowth($input: MetricInput) {
    customerGrowth(input: $input) {
      churnWindowDays
      window {
        ...DashboardPeriodWindow
      }
      total {
        n
        newCustomers
        activeBaseStart
        activeBaseEnd
        growthRate
        retentionRate
        churnRate
        reason
        growthRateChange {
          ...DashboardPeriodComparison
        }
        retentionRateChange {
          ...DashboardPeriodComparison
        }
      }
      series {
        group
        points {
          start
          end
          n
          newCustomers
          activeBaseStart
          activeBaseEnd
          growthRate
          retentionRate
          churnRate
          reason
        }
      }
    }
    repeatPurchaseRate(input: $input) {
      total {
        n
        buyers
        repeatBuyers
        rate
        reason
        rateChange {
          ...DashboardPeriodComparison
        }
      }
      series {
        group
        points {
          start
          end
          n
          buyers
          repeatBuyers
          rate
          reason
        }
      }
    }
  }
`);

export const DashboardCohortsDocument = graphql(`
  query DashboardCohorts($input: CohortInput) {
    cohorts(input: $input) {
      maxOffset
      window {
        ...DashboardPeriodWindow
        asOf
      }
      cohorts {
        start
        end
        size
        offsets {
          offset
          n
          activeCustomers
          retention
          revenue
          revenuePerMember
          complete
          reason
        }
      }
    }
  }
`);

export const DashboardFeedbackOperationsDocument = graphql(`
  query DashboardFeedbackOperations($input: MetricInput) {
    feedbackOperations(input: $input) {
      complaintSlaHours
      detractorSlaHours
      window {
        ...DashboardPeriodWindow
        groupBy
      }
      total {
        n
        received
        answered
        open
        slaMet
        slaDue
        slaAttainment
        firstResponseMedianHours
        firstResponseP90Hours
        resolved
        resolutionRate
        timeToResolveMedianHours
        openBacklog
        followedUp
        followUpSatisfaction
        detractors
        detractorsDue
        closedLoopRate
        reason
        previous {
          ...DashboardPeriodComparison
        }
      }
      series {
        group
        points {
          start
          end
          n
          received
          answered
          open
          slaMet
          slaDue
          slaAttainment
          firstResponseMedianHours
          resolutionRate
          openBacklog
          detractorsDue
          closedLoopRate
          reason
        }
      }
    }
  }
`);

export const DashboardFeedbackGroupsDocument = graphql(`
  query DashboardFeedbackGroups($input: MetricInput) {
    feedbackOperations(input: $input) {
      window {
        groupBy
      }
      groups {
        group
        n
        received
        answered
        open
        slaMet
        slaDue
        slaAttainment
        firstResponseMedianHours
        firstResponseP90Hours
        resolutionRate
        openBacklog
        closedLoopRate
        reason
      }
    }
  }
`);
