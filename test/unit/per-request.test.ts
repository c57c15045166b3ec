import { perRequest } from '../../src/common/per-request.js';

describe('per-request state', () => {
  it('is made once per request object, on first use, and never shared between two', () => {
    const made: string[] = [];
    const stateOf = perRequest('test', (request: { name: string }) => {
      made.push(request.name);
      return { owner: request.name, hits: 0 };
    });
    const first = { name: 'first' };
    const second = { name: 'second' };
    expect(made).toEqual([]);
    stateOf(first).hits += 1;
    stateOf(first).hits += 1;
    stateOf(second).hits += 1;
    expect([stateOf(first), stateOf(second)]).toEqual([
      { owner: 'first', hits: 2 },
      { owner: 'second', hits: 1 },
    ]);
    expect(made).toEqual(['first', 'second']);
  });

  it('keeps two modules’ states of the same request apart, and out of its enumerable keys', () => {
    const one = perRequest('same name', () => ({ module: 'one' }));
    const two = perRequest('same name', () => ({ module: 'two' }));
    const request = { id: 1 };
    expect([one(request).module, two(request).module]).toEqual(['one', 'two']);
    // JSON of the request (a log line) shows nothing of them.
    expect(JSON.stringify(request)).toBe('{"id":1}');
  });
});
