/**
 * The role every request transaction switches to (SET LOCAL ROLE). It owns nothing and has no
 * BYPASSRLS, so row-level security applies even when the connecting user is a superuser or the
 * owner of the tables, as the embedded server's `postgres` user is.
 */
export const APP_ROLE = 'cxgraph_app';
