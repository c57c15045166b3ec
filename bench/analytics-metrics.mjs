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
  {
    name: 'nps by month',
    targetMs: 500,
    query: `query($input: MetricInput) { nps(input: $input) { series { points { start n nps marginOfError lowSample } } total { n nps marginOfError previous { change } } } }`,
    variables: (dataEnd) => window(dataEnd, { interval: 'MONTH' }),
  },
  {
    name: 'nps by month × channel',
    targetMs: 500,
    query: `query($input: MetricInput) { nps(input: $input) { series { group points { start n nps marginOfError } } groups { group n nps marginOfError } } }`,
    variables: (dataEnd) => window(dataEnd, { interval: 'MONTH', groupBy: 'CHANNEL' }),
  },
  {
    name: 'nps by RFM segment',
    targetMs: 500,
    query: `query($input: MetricInput) { nps(input: $input) { groups { group n nps marginOfError lowSample } } }`,
    variables: (dataEnd) => window(dataEnd, { interval: 'YEAR', groupBy: 'RFM_SEGMENT' }),
  },
  {
    name: 'rfm segment × latest NPS category',
    targetMs: 500,
    query: `query($input: MetricInput) { rfmSegmentsByNpsCategory(input: $input) { segment npsCategory customers share } }`,
    variables: (dataEnd) => window(dataEnd),
  },
  {
    name: 'csat by month',
    targetMs: 500,
    query: `query($input: MetricInput) { csat(input: $input) { series { points { start n satisfiedShare mean marginOfError } } total { n satisfiedShare mean distribution { score count } } } }`,
    variables: (dataEnd) => window(dataEnd, { interval: 'MONTH' }),
  },
  {
    name: 'ces by month',
    targetMs: 500,
    query: `query($input: MetricInput) { ces(input: $input) { series { points { start n easyShare mean } } total { n easyShare mean } } }`,
    variables: (dataEnd) => window(dataEnd, { interval: 'MONTH' }),
  },
  {
    name: 'feedback operations by month',
    targetMs: 500,
    query: `query($input: MetricInput) { feedbackOperations(input: $input) { series { points { start n firstResponseMedianHours slaAttainment openBacklog } } total { received firstResponseMedianHours firstResponseP90Hours slaAttainment resolutionRate openBacklog followUpSatisfaction closedLoopRate } } }`,
    variables: (dataEnd) => window(dataEnd, { interval: 'MONTH' }),
  },
  {
    name: 'lead grade distribution',
    targetMs: 500,
    query: `query($input: LeadScoreInput) { leadGradeDistribution(input: $input) { n meanScore grades { grade customers share } } }`,
    variables: (dataEnd) => window(dataEnd),
  },
  {
    name: 'tenure',
    targetMs: 500,
    query: `query($input: MetricInput) { tenure(input: $input) { n churned active meanDays medianDays p90Days } }`,
    variables: (dataEnd) => window(dataEnd),
  },
  {
    name: 'share of wallet',
    targetMs: 500,
    query: `query($input: MetricInput) { shareOfWallet(input: $input) { buyers n coverage meanShare medianShare } }`,
    variables: (dataEnd) => window(dataEnd),
  },
  {
    name: 'value concentration',
    targetMs: 500,
    query: `query($input: MetricInput) { valueConcentration(input: $input) { n revenue topShares { percent customers share } lorenz { populationShare revenueShare } gini tiers { tier customers share } } }`,
    variables: (dataEnd) => window(dataEnd),
  },
  {
    name: 'customer value (historic, CLV)',
    targetMs: 500,
    query: `query($input: MetricInput) { customerValue(input: $input) { historic { n total mean median } predicted { value averageOrderValue ordersPerBuyerPerYear expectedLifetimeYears } } }`,
    variables: (dataEnd) => window(dataEnd),
  },
  {
    name: 'journey funnel, emotions, pain points',
    targetMs: 500,
    query: `query($input: MetricInput) { journeyAnalytics(journeyKey: "online-purchase", input: $input) { funnel { customers converted conversionToNext medianDaysToNext } emotionCurve { n meanEmotion } painPoints { n meanEmotion } feedbackByStage { nps { n nps } } } }`,
    variables: (dataEnd) => window(dataEnd),
  },
  {
    name: 'customer growth by month',
    targetMs: 500,
    query: `query($input: MetricInput) { customerGrowth(input: $input) { series { points { start n newCustomers activeBaseStart activeBaseEnd growthRate retentionRate churnRate } } total { growthRate retentionRate churnRate } } }`,
    variables: (dataEnd) => window(dataEnd, { interval: 'MONTH' }),
  },
  {
    name: 'repeat purchase rate',
    targetMs: 500,
    query: `query($input: MetricInput) { repeatPurchaseRate(input: $input) { total { buyers repeatBuyers rate } } }`,
    variables: (dataEnd) => window(dataEnd, { interval: 'YEAR' }),
  },
  {
    name: 'lifecycle by month',
    targetMs: 500,
    query: `query($input: MetricInput) { lifecycle(input: $input) { series { points { start newCustomers returning resurrecting dormant } } } }`,
    variables: (dataEnd) => window(dataEnd, { interval: 'MONTH' }),
  },
  {
    name: 'cohort retention matrix (12 months)',
    targetMs: 500,
    query: `query($input: CohortInput) { cohorts(input: $input) { cohorts { start size offsets { offset retention revenuePerMember } } } }`,
    variables: (dataEnd) => ({ input: { asOf: dataEnd.toISOString(), maxOffset: 12 } }),
  },
];
