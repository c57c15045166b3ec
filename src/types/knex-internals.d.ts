// knex's transaction state class (not part of its typed API); db/owned-transaction.ts makes its
// transaction objects over a connection whose transaction cxgraph began itself.
declare module 'knex/lib/execution/transaction.js' {
  const Transaction: { prototype: object };
  export default Transaction;
}
