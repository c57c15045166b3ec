import { parse, type OperationDefinitionNode } from 'graphql';
import { operationCost, operationDepth } from '../../src/common/query-limits.js';

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition') as OperationDefinitionNode;
  return { depth: operationDepth(document, operation), cost: operationCost(document, operation, variables) };
}

describe('query limits', () => {
  it('counts depth through fragments', () => {
    // a > b > c, with c's selection from the fragment adding d > e: 4 levels below the root.
    expect(measure('{ a { b { ...F } } } fragment F on B { c { d { e } } }').depth).toBe(4);
  });

  it('multiplies the cost below a list by the page it asks for', () => {
    // list(1) + 10 × [edges(1) + node(1) + id(1)] = 31
    expect(measure('{ list(first: 10) { edges { node { id } } } }').cost).toBe(31);
    // a variable page size counts at its value, and a missing one at the default of 50
    expect(measure('query ($n: Int) { list(first: $n) { edges { node { id } } } }', { n: 3 }).cost).toBe(10);
    expect(measure('{ list { edges { node { id } } } }').cost).toBe(151);
  });

  it('does not loop on a fragment cycle', () => {
    expect(measure('{ a { ...F } } fragment F on A { b { ...F } }').depth).toBe(2);
  });
});
