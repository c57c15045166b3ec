// The analytics queries of npm run bench:compare, as cxgraph requests. The floor and PostGraphile
// run the statements cxgraph ran for each (recorded once by the harness), so their answers are
// those statements' rows; `floorData` reduces the rows, and `cxgraphData` cxgraph's answer, to
// the same figures.
const iso = (value) => new Date(value).toISOString();
const money = (value) => (value === null || value === undefined ? null : Number(value).toFixed(2));
/** The last row set whose rows have these columns: the statement that answers (others set up, lock or total). */
const rowsWith = (rowSets, ...columns) => rowSets.findLast((rows) => rows.length > 0 && columns.every((column) => column in rows[0])) ?? [];
const byKey = (items) => Object.fromEntries(items.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));

/** Twelve calendar months: from the first of the month eleven months before dataEnd's, to dataEnd. */
function twelveMonths(dataEnd) {
  return { from: new Date(Date.UTC(dataEnd.getUTCFullYear(), dataEnd.getUTCMonth() - 11, 1)).toISOString(), to: dataEnd.toISOString(), asOf: dataEnd.toISOString() };
}

/**
 * Rates well under what two cores can serve (each request keeps PostgreSQL busy for a few hundred
 * ms): the comparison with the floor is of the time one request takes, not of queueing.
 */
export function analyticsQueries({ dataEnd }) {
  return [
    {
      name: 'monthly revenue by region, 12 months',
      kind: 'analytics',
      rate: 1,
      cxgraph: {
        query: `query($input: MetricInput) { revenue(input: $input) { series { group points { start n revenue orders } } } }`,
        variables: { input: { ...twelveMonths(dataEnd), interval: 'MONTH', groupBy: 'REGION' } },
      },
      // Per region and month with orders: orders and revenue.
      cxgraphData: (data) =>
        byKey(data.revenue.series.filter((series) => series.group !== null).flatMap((series) => series.points.filter((point) => point.n > 0).map((point) => [`${series.group} ${iso(point.start)}`, [point.orders, money(point.revenue)]]))),
      rowsData: (rowSets) =>
        byKey(rowsWith(rowSets, 'revenue').filter((row) => row.group_key !== null && row.orders > 0).map((row) => [`${row.group_key} ${iso(row.bucket_start)}`, [row.orders, money(row.revenue)]])),
    },
    {
      name: 'NPS by month × channel',
      kind: 'analytics',
      rate: 3,
      cxgraph: {
        query: `query($input: MetricInput) { nps(input: $input) { series { group points { start n nps } } } }`,
        variables: { input: { ...twelveMonths(dataEnd), interval: 'MONTH', groupBy: 'CHANNEL' } },
      },
      // Per channel and month with answers: n and NPS (to 6 decimals); the rows count answers by score 0..10.
      cxgraphData: (data) =>
        byKey(data.nps.series.filter((series) => series.group !== null).flatMap((series) => series.points.filter((point) => point.n > 0).map((point) => [`${series.group} ${iso(point.start)}`, [point.n, point.nps.toFixed(6)]]))),
      rowsData: (rowSets) =>
        byKey(
          rowsWith(rowSets, 'counts', 'bucket_start')
            .filter((row) => row.group_key !== null)
            .map((row) => {
              const counts = row.counts.map(Number);
              const n = counts.reduce((sum, count) => sum + count, 0);
              const detractors = counts.slice(0, 7).reduce((sum, count) => sum + count, 0);
              const promoters = counts[9] + counts[10];
              return [`${row.group_key} ${iso(row.bucket_start)}`, [n, ((100 * (promoters - detractors)) / n).toFixed(6)]];
            })
            .filter(([, [n]]) => n > 0),
        ),
    },
    {
      name: 'first 100 CHAMPIONS (RFM)',
      kind: 'analytics',
      rate: 1,
      cxgraph: {
        query: `query($input: RfmInput) { rfm(input: $input) { customers(first: 100, segments: ["CHAMPIONS"]) { edges { node { externalId recency frequency monetary r f m } } } } }`,
        variables: { input: { asOf: dataEnd.toISOString() } },
      },
      // The page in order: external id, R/F/M values and scores (the rows hold one more, to tell whether a next page exists).
      cxgraphData: (data) => data.rfm.customers.edges.map(({ node }) => [node.externalId, node.recency, node.frequency, money(node.monetary), node.r, node.f, node.m]),
      rowsData: (rowSets) => rowsWith(rowSets, 'external_id').slice(0, 100).map((row) => [row.external_id, row.recency, row.frequency, money(row.monetary), row.r, row.f, row.m]),
    },
    {
      name: 'cohort retention matrix',
      kind: 'analytics',
      rate: 1,
      cxgraph: {
        query: `query($input: CohortInput) { cohorts(input: $input) { cohorts { start size offsets { offset retention } } } }`,
        variables: { input: { asOf: dataEnd.toISOString(), maxOffset: 12 } },
      },
      // Per cohort (numbered from the oldest, 1…) and offset with active members: their count.
      cxgraphData: (data) =>
        byKey(
          data.cohorts.cohorts.flatMap((cohort, index) =>
            cohort.offsets.map((offset) => [`${index + 1} ${offset.offset}`, Math.round(offset.retention * cohort.size)]).filter(([, active]) => active > 0),
          ),
        ),
      rowsData: (rowSets) => byKey(rowsWith(rowSets, 'active_customers').filter((row) => row.active_customers > 0).map((row) => [`${row.cohort} ${row.position - row.cohort}`, row.active_customers])),
    },
  ];
}
