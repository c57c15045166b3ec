// Loaded into the server by npm run loadtest (node --expose-gc --import this file): on SIGUSR2
// the server runs a full garbage collection, so the load test reads its memory at the same point
// of V8's heap cycle after the warm-up and after the run.
process.on('SIGUSR2', () => {
  globalThis.gc();
});
