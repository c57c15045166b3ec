import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';
import { GraphQLError, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { compiledExecution } from '../../src/common/compiled-executor.js';

/**
 * A compiled answer without errors goes out from the plugin, without Apollo's way into the
 * gateway's executor (which keeps every request it passes alive past young collections); an
 * answer with errors goes that way, once, so Apollo reports and formats them as for any execution.
 */
describe('compiled execution', () => {
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        hello: { type: GraphQLString, resolve: () => 'world' },
        boom: {
          type: GraphQLString,
          resolve: () => {
            throw new GraphQLError('kaboom', { extensions: { code: 'BOOM' } });
          },
        },
      },
    }),
  });

  async function serverCountingExecutorRuns() {
    const runs: string[] = [];
    const executors: string[] = [];
    const { gateway, plugin } = compiledExecution(schema, 0, (_context, executor) => executors.push(executor));
    const load = gateway.load.bind(gateway);
    gateway.load = async (options) => {
      const loaded = await load(options);
      const executor = loaded.executor!;
      return { ...loaded, executor: (request) => (runs.push(request.operationName ?? 'anonymous'), executor(request)) };
    };
    const server = new ApolloServer<BaseContext>({ gateway, plugins: [plugin], formatError: (formatted) => ({ ...formatted, message: `formatted: ${formatted.message}` }) });
    await server.start();
    const post = async (query: string) => {
      const response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body: { query } },
        context: async () => ({}),
      });
      return response.body.kind === 'complete' ? JSON.parse(response.body.string) : undefined;
    };
    return { server, post, runs, executors };
  }

  it('answers without the gateway when there is no error, and through it, formatted, when there is', async () => {
    const { server, post, runs, executors } = await serverCountingExecutorRuns();
    try {
      const clean = await post('query Clean { hello }');
      const failed = await post('query Failed { hello boom }');
      expect([clean, failed, runs, executors]).toEqual([
        { data: { hello: 'world' } },
        { data: { hello: 'world', boom: null }, errors: [{ message: 'formatted: kaboom', path: ['boom'], locations: [{ line: 1, column: 22 }], extensions: { code: 'BOOM' } }] },
        ['Failed'],
        ['compiled', 'compiled'],
      ]);
    } finally {
      await server.stop();
    }
  });
});
