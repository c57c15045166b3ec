import { mayWrite, WRITING_FUNCTIONS } from '../../src/db/statement-writes.js';

describe('mayWrite: whether a statement may change data, from its text', () => {
  it.each([
    // Plain reads, including columns whose names hold a write word inside them.
    ['select * from customer where id = $1', false],
    ['  (select 1) union (select 2)', false],
    ['with recent as (select * from "order") select count(*) from recent', false],
    ['SELECT "a0"."updated_at", "a0"."inserted_by" FROM "tag" AS "a0"', false],
    ["select set_config('app.tenant_id', $1, true), pg_backend_pid() as pid", false],
    // Data-modifying statements, CTEs and select … into.
    ['insert into tag (key) values ($1)', true],
    ['update customer set name = $1', true],
    ['delete from tag where id = $1', true],
    ['merge into tag t using src s on t.id = s.id when matched then do nothing', true],
    ['with moved as (update customer set region = $1 returning id) select count(*) from moved', true],
    ['with gone as (DELETE FROM tag RETURNING id) select 1', true],
    ['select * into scratch_copy from customer', true],
    // Row locks count as writes (they are harmless to wait for).
    ['select id from customer where id = $1 for update', true],
    // Functions that write: PostgreSQL's and the application's.
    ["select nextval('tag_id_seq')", true],
    ["select pg_notify('segments', 'x')", true],
    ['select lo_create(0)', true],
    ...WRITING_FUNCTIONS.map((name) => [`select ${name}($1)`, true] as [string, boolean]),
    // Anything that is not a select or with: DDL, settings, savepoints, an empty text.
    ['create temporary table t (id int)', true],
    ['set local role cxgraph_app', true],
    ['savepoint trx1', true],
    ['', true],
  ])('%j: %s', (text, expected) => {
    expect(mayWrite(text)).toBe(expected);
  });
});
