/**
 * A module's state for one request, made on first use and held by the request's own object
 * (its context, its tenant scope) under a symbol only this accessor knows, so nothing outlives
 * or crosses a request.
 *
 * Not a module-level WeakMap keyed by the request's object: V8's young-generation collector
 * keeps every entry of a long-lived WeakMap alive, so each request's objects, and all they
 * reach, were copied by every scavenge and then promoted, until a full collection. On CES by
 * month, sequential requests kept about 3.5 MB alive per scavenge that way (docs/BENCHMARKS.md).
 */
export function perRequest<Owner extends object, State>(name: string, make: (owner: Owner) => State): (owner: Owner) => State {
  const slot = Symbol(name);
  return (owner) => {
    const holder = owner as unknown as Record<symbol, State | undefined>;
    let state = holder[slot];
    if (state === undefined) {
      state = make(owner);
      holder[slot] = state;
    }
    return state;
  };
}
