// The queries npm run bench:compare sends to each system: per query, the cxgraph request, the
// PostGraphile request and what the floor server runs, and how to reduce each answer to the
// same plain data so the harness can check that the three agree before it times them.
// `prepare(setup)` fills in what depends on the database (the tenant id, a customer's external
// id, the data's end). Nested queries are written by hand for the floor; analytics queries run
// on the floor (and, wrapped in a function, on PostGraphile) as the exact statements cxgraph ran.

const iso = (value) => (value === null || value === undefined ? null : new Date(value).toISOString());
const money = (value) => (value === null || value === undefined ? null : Number(value).toFixed(2));
const edges = (connection) => connection.edges.map((edge) => edge.node);

const CUSTOMER_FIELDS = 'externalId name email region createdAt';
const customerShape = (customer) =>
  customer && { externalId: customer.externalId, name: customer.name, email: customer.email, region: customer.region, createdAt: iso(customer.createdAt) };
const orderShape = (order) => ({ externalId: order.externalId, placedAt: iso(order.placedAt), amount: money(order.amount), status: order.status });
const feedbackShape = (item) => ({ kind: item.kind, score: item.score, receivedAt: iso(item.receivedAt) });

/** Nested list queries: cxgraph against PostGraphile (throughput and p99), the floor for reference. */
export function nestedQueries({ tenantId, externalId }) {
  return [
    {
      name: 'customer by external id',
      kind: 'nested',
      rate: 400,
      cxgraph: { query: `query($id: String!) { customer(externalId: $id) { ${CUSTOMER_FIELDS} } }`, variables: { id: externalId } },
      cxgraphData: (data) => customerShape(data.customer),
      postgraphile: {
        query: `query($tenant: UUID!, $id: String!) { customerByTenantIdAndExternalId(tenantId: $tenant, externalId: $id) { ${CUSTOMER_FIELDS} } }`,
        variables: { tenant: tenantId, id: externalId },
      },
      postgraphileData: (data) => customerShape(data.customerByTenantIdAndExternalId),
      floor: {
        sql: `select external_id as "externalId", name, email, region, created_at as "createdAt" from customer where tenant_id = $1 and external_id = $2`,
        params: [tenantId, externalId],
      },
      floorData: (rows) => customerShape(rows[0]),
    },
    {
      name: '50 customers → last 5 orders, feedback',
      kind: 'nested',
      rate: 60,
      cxgraph: {
        query: `{ customers(first: 50) { edges { node { externalId
            orders(first: 5) { edges { node { externalId placedAt amount status } } }
            feedback(first: 5) { edges { node { kind score receivedAt } } } } } } }`,
        variables: {},
      },
      cxgraphData: (data) =>
        edges(data.customers).map((customer) => ({ externalId: customer.externalId, orders: edges(customer.orders).map(orderShape), feedback: edges(customer.feedback).map(feedbackShape) })),
      postgraphile: {
        query: `{ allCustomers(first: 50, orderBy: [CREATED_AT_ASC, ROW_ID_ASC]) { nodes { externalId
            ordersByTenantIdAndCustomerId(first: 5, orderBy: [PLACED_AT_DESC, ROW_ID_DESC]) { nodes { externalId placedAt amount status } }
            feedbacksByTenantIdAndCustomerId(first: 5, orderBy: [RECEIVED_AT_DESC, ROW_ID_DESC]) { nodes { kind score receivedAt } } } } }`,
        variables: {},
      },
      postgraphileData: (data) =>
        data.allCustomers.nodes.map((customer) => ({
          externalId: customer.externalId,
          orders: customer.ordersByTenantIdAndCustomerId.nodes.map(orderShape),
          feedback: customer.feedbacksByTenantIdAndCustomerId.nodes.map(feedbackShape),
        })),
      floor: {
        sql: `select c.external_id as "externalId",
                     (select coalesce(json_agg(o), '[]') from (select external_id as "externalId", placed_at as "placedAt", amount, status
                        from "order" where tenant_id = c.tenant_id and customer_id = c.id order by placed_at desc, id desc limit 5) o) as orders,
                     (select coalesce(json_agg(f), '[]') from (select kind, score, received_at as "receivedAt"
                        from feedback where tenant_id = c.tenant_id and customer_id = c.id order by received_at desc, id desc limit 5) f) as feedback
                from customer c where c.tenant_id = $1 order by c.created_at, c.id limit 50`,
        params: [tenantId],
      },
      floorData: (rows) => rows.map((row) => ({ externalId: row.externalId, orders: row.orders.map(orderShape), feedback: row.feedback.map(feedbackShape) })),
    },
  ];
}

/**
 * A hostile request: ten aliases of 50 customers → 20 orders each → their customer → 20 orders
 * each (200,000 order rows asked for). cxgraph refuses it before execution (its cost is far over
 * MAX_QUERY_COST); PostGraphile, without guards configured, runs it. The floor has nothing to
 * guard and sits this one out. What is timed is the cost of the answer each system gives.
 */
export function hostileQuery() {
  const aliases = (field) => `{ ${Array.from({ length: 10 }, (_, index) => `a${index}: ${field}`).join(' ')} }`;
  const cxgraphOrders = (inner) => `orders(first: 20) { edges { node { ${inner} } } }`;
  const postgraphileOrders = (inner) => `ordersByTenantIdAndCustomerId(first: 20) { nodes { ${inner} } }`;
  return {
    name: 'hostile: 10 aliases × 50 × 20 × 20',
    kind: 'hostile',
    rate: 2,
    cxgraph: { query: aliases(`customers(first: 50) { edges { node { ${cxgraphOrders(`customer { ${cxgraphOrders('externalId')} }`)} } } }`), variables: {} },
    postgraphile: {
      query: aliases(`allCustomers(first: 50) { nodes { ${postgraphileOrders(`customerByTenantIdAndCustomerId { ${postgraphileOrders('externalId')} }`)} } }`),
      variables: {},
    },
  };
}
