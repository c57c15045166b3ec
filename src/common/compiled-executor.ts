import { HeaderMap, type ApolloServerOptionsWithGateway, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import {
  execute,
  getVariableValues,
  GraphQLBoolean,
  GraphQLError,
  GraphQLScalarType,
  GraphQLSchema,
  Kind,
  printSchema,
  type DocumentNode,
  type OperationDefinitionNode,
  type SourceLocation,
  type TypeNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type ExecutionResult = { data?: Record<string, unknown> | null; errors?: readonly GraphQLError[] };
export type ExecutorUsed = 'compiled' | 'interpreted';
// 'interpret': graphql-jit could not compile the operation, so graphql-js always runs it.
type Compiled = CompiledQuery | 'interpret';

/**
 * Runs operations with graphql-jit instead of graphql-js's interpreter: each validated operation
 * is compiled once into a function that resolves and completes its fields directly, and that
 * function serves every later request with the same document. On a page of 50 customers with
 * their orders and feedback, that is most of graphql-js's share of the CPU.
 *
 * Apollo still parses, validates (the query limits and cost guard included) and formats errors;
 * only execution changes. Apollo takes another executor only through its gateway interface.
 *
 * Where graphql-jit and graphql-js differ, graphql-js's behaviour is kept:
 * - Variables are coerced by graphql-js (graphql-jit's own coercion skips the default of a
 *   required input field, and words its errors differently); the compiled query receives them
 *   already coerced.
 * - A field without a resolver is read as a finished value and never called or awaited: every
 *   such field here is a plain property or a getter (lazy ones, like `totalCount`, have a
 *   resolver).
 * - Field errors are rebuilt as graphql-js's GraphQLError, so Apollo and formatError see the
 *   same errors as before.
 * - An operation graphql-jit cannot compile runs on graphql-js.
 *
 * A compiled operation runs in the plugin's `responseForOperation`, before Apollo would execute,
 * and its answer goes out as it is when it has no errors. With errors, the plugin keeps the
 * result on the context and lets Apollo go on: the gateway's executor hands the kept result
 * over, and Apollo reports and formats its errors as it does for any execution. Apollo's way
 * into a gateway's executor builds, for every request, an object whose status getter and setter
 * close over the whole request; V8 keeps such per-object accessors until a full collection, so
 * every request passed that way, its answer included, outlived the young generation's
 * collections and made each one copy megabytes (docs/BENCHMARKS.md). Answers without errors,
 * nearly all of them, no longer take it.
 */
export function compiledExecution(
  schema: GraphQLSchema,
  compileAfter: number,
  onRun: (context: unknown, executor: ExecutorUsed) => void = () => {},
): { gateway: Gateway; plugin: ApolloServerPlugin<BaseContext> } {
  const executionSchema = withCoercedVariableType(schema);
  // Apollo's document store hands back the same parsed document for the same query text, so an
  // operation's run count and compiled form live as long as its document is cached there.
  const byOperation = new WeakMap<OperationDefinitionNode, number | Compiled>();

  /** The compiled operation, or undefined while it has run fewer than `compileAfter` times. */
  function compiledFor(document: DocumentNode, operation: OperationDefinitionNode): Compiled | undefined {
    const known = byOperation.get(operation) ?? 0;
    if (typeof known !== 'number') return known;
    // Compiling a large document costs several times what validating it does (28 against 6 ms
    // for 50 aliased customer pages: bench/compile-cost.mjs), so a document sent once, as a
    // flood of unique ones would be, is never compiled; a dashboard's or a partner's recurring
    // document is, from its next run.
    if (known < compileAfter) {
      byOperation.set(operation, known + 1);
      return undefined;
    }
    // No stack is captured for field errors: the resolver's own error keeps its stack.
    const result = compileQuery(executionSchema, withCoercedVariables(document, operation), undefined, { disablingCapturingStackErrors: true });
    const compiled = isCompiledQuery(result) ? result : 'interpret';
    byOperation.set(operation, compiled);
    return compiled;
  }

  /** Runs a compiled operation; undefined when graphql-js is to run it (not compiled yet, or cannot be). */
  async function runCompiled(document: DocumentNode, operation: OperationDefinitionNode, context: BaseContext, variableValues: Record<string, unknown> | undefined): Promise<ExecutionResult | undefined> {
    const compiled = compiledFor(document, operation);
    if (!compiled || compiled === 'interpret') return undefined;
    onRun(context, 'compiled');
    const variables = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues ?? {}, { maxErrors: 50 });
    if (variables.errors) return { errors: variables.errors };
    const result = await compiled.query(undefined, context, variables.coerced);
    return result.errors ? { data: result.data, errors: result.errors.map(asGraphQLError) } : (result as ExecutionResult);
  }

  const plugin: ApolloServerPlugin<BaseContext> = {
    async requestDidStart() {
      return {
        async responseForOperation({ document, operation, contextValue, request }) {
          if (!operation) return null;
          let result: ExecutionResult | undefined;
          try {
            result = await runCompiled(document, operation, contextValue, request.variables);
          } catch (error) {
            // Apollo answers an execution that throws; the executor throws it there.
            (contextValue as WithKeptResult)[KEPT_RESULT] = { thrown: error };
            return null;
          }
          if (!result) return null;
          if (!result.errors) return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: result.data } } };
          (contextValue as WithKeptResult)[KEPT_RESULT] = { result };
          return null;
        },
      };
    },
  };

  const gateway: Gateway = {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async load() {
      return {
        schema,
        executor: async (request) => {
          const { document, operationName, context } = request;
          const kept = (context as WithKeptResult)[KEPT_RESULT];
          if (kept && 'thrown' in kept) throw kept.thrown;
          if (kept) return kept.result;
          // Not compiled yet, or no operation to run (several and none named, an unknown name):
          // graphql-js runs it or words the error, as Apollo would without this executor.
          onRun(context, 'interpreted');
          return execute({ schema, document, operationName, contextValue: context, variableValues: request.request.variables });
        },
      };
    },
    async stop() {},
  };
  return { gateway, plugin };
}

const KEPT_RESULT = Symbol('cxgraph.compiledResult');
/** What the plugin ran and left for the executor to hand to Apollo: a result with errors, or what it threw. */
type WithKeptResult = BaseContext & { [KEPT_RESULT]?: { result: ExecutionResult } | { thrown: unknown } };

// A variable type graphql-jit passes through untouched: its values were coerced by graphql-js.
const COERCED_VARIABLE = new GraphQLScalarType({
  name: 'CxgraphCoercedVariable',
  description: 'Internal to the compiled executor; not part of the API.',
  parseValue: (value) => value,
});

/** The same types (and so the same resolvers) plus the pass-through variable type. */
function withCoercedVariableType(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, types: [...config.types, COERCED_VARIABLE] });
}

/**
 * The operation alone, with its fragments, its variables typed as already coerced. Booleans keep
 * their definition, which graphql-jit checks where they drive @skip and @include (Boolean!, or
 * Boolean with a default); a coerced boolean passes its coercion unchanged.
 */
function withCoercedVariables(document: DocumentNode, operation: OperationDefinitionNode): DocumentNode {
  const variableDefinitions = (operation.variableDefinitions ?? []).map((definition) =>
    namedTypeOf(definition.type) === GraphQLBoolean.name
      ? definition
      : { ...definition, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: COERCED_VARIABLE.name } } as const, defaultValue: undefined },
  );
  const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
  return { kind: Kind.DOCUMENT, definitions: [{ ...operation, variableDefinitions }, ...fragments] };
}

function namedTypeOf(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);
}

/**
 * graphql-jit's field errors leave `extensions` undefined where graphql-js sets `{}`, and Apollo
 * reads `extensions.code` without a guard (the error would be masked before formatError could log
 * it). The same error as graphql-js builds it, located where graphql-jit found it.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const located = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions ?? undefined });
  (located as { locations?: readonly SourceLocation[] }).locations = error.locations;
  return located;
}
