import { registerEnumType } from 'type-graphql';

/** Calendar bucket of a time series, in the query's time zone. */
export enum Interval {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

registerEnumType(Interval, {
  name: 'Interval',
  description: 'Calendar bucket of a series in the query time zone; weeks start on Monday (ISO).',
});

/** What a metric can be broken down by. Not every metric supports every dimension. */
export enum MetricDimension {
  CHANNEL = 'CHANNEL',
  REGION = 'REGION',
  TAG = 'TAG',
  TAG_CATEGORY = 'TAG_CATEGORY',
  JOURNEY_STAGE = 'JOURNEY_STAGE',
  RFM_SEGMENT = 'RFM_SEGMENT',
  SAVED_SEGMENT = 'SAVED_SEGMENT',
  FEEDBACK_CATEGORY = 'FEEDBACK_CATEGORY',
}

registerEnumType(MetricDimension, {
  name: 'MetricDimension',
  description: 'Breakdown of a metric: one series per value of the dimension.',
  valuesConfig: {
    CHANNEL: { description: 'Channel of the order, answer or touchpoint.' },
    REGION: { description: "The customer's region." },
    TAG: { description: "Each active tag key of the customer (a customer with two tags counts in both)." },
    TAG_CATEGORY: { description: "Each category of the customer's active tags." },
    JOURNEY_STAGE: { description: 'The journey stage of the answer or touchpoint ("journey/stage" keys).' },
    RFM_SEGMENT: { description: "The customer's RFM segment as of the query's asOf (default scoring)." },
    SAVED_SEGMENT: {
      description: "Each saved segment (by name) the customer was a member of at asOf, as the segment's refreshes recorded it; a customer in two segments counts in both.",
    },
    FEEDBACK_CATEGORY: { description: 'The category of the feedback entry.' },
  },
});

/** PostgreSQL `date_trunc` unit and step of each interval. */
export const INTERVAL_SQL: Record<Interval, { unit: string; step: string; approximateDays: number }> = {
  [Interval.DAY]: { unit: 'day', step: '1 day', approximateDays: 1 },
  [Interval.WEEK]: { unit: 'week', step: '1 week', approximateDays: 7 },
  [Interval.MONTH]: { unit: 'month', step: '1 month', approximateDays: 28 },
  [Interval.QUARTER]: { unit: 'quarter', step: '3 months', approximateDays: 89 },
  [Interval.YEAR]: { unit: 'year', step: '1 year', approximateDays: 365 },
};
