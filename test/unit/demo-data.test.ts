import { generateDemoDataset } from '../../src/seeds/demo-data.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** The dataset as text with its UUIDs replaced by their order of first appearance. */
function withoutIds(dataset: unknown): string {
  const seen = new Map<string, number>();
  return JSON.stringify(dataset).replace(UUID, (id) => {
    if (!seen.has(id)) seen.set(id, seen.size);
    return `#${seen.get(id)}`;
  });
}

// The README promises the same demo data on every start: values, counts and times are the
// same for the same options; only the generated UUIDs differ.
describe('demo data generator', () => {
  const options = { customers: 300, seed: 7, asOf: new Date('2026-11-01T00:00:00Z') };

  it('gives the same data for the same options, and other data for another seed', () => {
    const first = withoutIds(generateDemoDataset(options));
    expect(withoutIds(generateDemoDataset(options))).toBe(first);
    expect(withoutIds(generateDemoDataset({ ...options, seed: 8 }))).not.toBe(first);
  });

  it('makes the asked number of customers and no order or feedback after asOf', () => {
    const dataset = generateDemoDataset(options);
    expect(dataset.customers).toHaveLength(300);
    const times = [...dataset.orders.map((order) => order.placedAt), ...dataset.feedback.map((entry) => entry.receivedAt)];
    expect(times.length).toBeGreaterThan(300);
    expect(times.filter((time) => time > options.asOf.getTime())).toEqual([]);
  });
});
