// The dashboard metrics the analytics benchmark times: a GraphQL query and its variables each,
// over a window ending at the benchmark data's end. Target: 500 ms median, 200 ms for RFM "now".
const DAY = 86_400_000;
const window = (dataEnd, extra = {}) => ({ input: { asOf: dataEnd.toISOString(), ...extra } });

export const METRICS = [
  {
    name: 'rfm (as of now)',
    targetMs: 200,
    query: `query { rfm { customerCount thresholds { recency frequency monetary } segments { segment customers revenue customerShare revenueShare meanRecency meanFrequency meanMonetary } grid { r f customers } } }`,
    variables: () => ({}),
  },
  {
    name: 'rfm first 100 CHAMPIONS',
    targetMs: 500,
    query: `query($input: RfmInput) { rfm(input: $input) { customers(first: 100, segments: ["CHAMPIONS"]) { edges { node { externalId recency frequency monetary r f m } } } } }`,
    variables: (dataEnd) => window(dataEnd),
  },
  {
    name: 'rfmTransitions (90 days)',
    targetMs: 500,
    query: `query($from: DateTimeISO!, $to: DateTimeISO!) { rfmTransitions(fromAsOf: $from, toAsOf: $to) { fromSegment toSegment customers } }`,
    variables: (dataEnd) => ({ from: new Date(dataEnd.getTime() - 90 * DAY).toISOString(), to: dataEnd.toISOString() }),
  },
  {
    name: 'revenue by month',
    targetMs: 500,
    query: `query($input: MetricInput) { revenue(input: $input) { series { group points { start n revenue orders averageOrderValue revenueGrowth } } totals { revenue orders averageOrderValue revenueChange { change } } } }`,
    variables: (dataEnd) => window(dataEnd, { interval: 'MONTH' }),
  },
  {
    name: 'revenue by month × region',
    targetMs: 500,
    query: `query($input: MetricInput) { revenue(input: $input) { series { group points { start n revenue orders } } } }`,
    variables: (dataEnd) => window(dataEnd, { interval: 'MONTH', groupBy: 'REGION' }),
  },
];
