import { GraphQLObjectType, GraphQLScalarType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { AuthorizationError, getMetadataStorage, type ResolverData } from 'type-graphql';

/**
 * Field resolvers of resolver classes (`@FieldResolver` in a `@Resolver(of => T)` class) set on
 * the built schema as plain functions, in place of type-graphql's wrapper.
 *
 * Such a field runs once per row of a page: a page of 50 customers with their orders and
 * feedback calls Customer.orders and Customer.feedback a hundred times. For every call
 * type-graphql runs @Authorized as a chain of async middleware (several promises), sorts the
 * parameter list, builds an instance of the arguments' class and asks its container for the
 * resolver: about a third of what that page allocated and a tenth of its server CPU (figures in
 * docs/BENCHMARKS.md). The plain function checks the same scopes with the same checker,
 * synchronously, and calls the same method with the same parameters.
 *
 * The field stays declared through type-graphql (its type, arguments, description and
 * @Authorized), so the schema does not change. Only fields whose parameters it can give exactly
 * as type-graphql would are taken over; any other keeps type-graphql's wrapper:
 * - `@Root('key')` of a scalar, or `@Root()` when declared as a plain object or scalar (no class
 *   to build from the row), `@Ctx()`, `@Info()`;
 * - `@Args()` of a class with no fields set by its constructor and no methods, and `@Arg()` of
 *   a scalar or enum: what graphql has already coerced is then what the method would get;
 * - no middleware, no validation, and a resolver class that needs no constructor arguments.
 */
export function installLeanFieldResolvers(schema: GraphQLSchema, options: LeanOptions): string[] {
  const storage = getMetadataStorage();
  const installed: string[] = [];
  for (const definition of storage.fieldResolvers) {
    if (definition.kind !== 'external' || !options.resolvers.includes(definition.target)) continue;
    const resolverClass = definition.target as ResolverClass;
    const objectClass = storage.resolverClasses.find((resolver) => resolver.target === resolverClass)?.getObjectType?.();
    const typeName = storage.objectTypes.find((type) => type.target === objectClass)?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = type instanceof GraphQLObjectType ? type.getFields()[definition.schemaName] : undefined;
    if (!field) continue;
    const params = storage.params.filter((param) => param.target === resolverClass && param.methodName === definition.methodName).sort((a, b) => a.index - b.index);
    const readers = params.map(paramReader);
    if (readers.some((reader) => reader === undefined) || params.some((param, index) => param.index !== index)) continue;
    if (hasMiddleware(resolverClass, definition.methodName) || resolverClass.length > 0) continue;
    const roles = rolesOf(resolverClass, definition.methodName);
    const instance = new resolverClass();
    const method = (instance as Record<string, (...args: unknown[]) => unknown>)[definition.methodName];
    field.resolve = leanResolver(method.bind(instance), readers as ParamReader[], roles, options.authChecker);
    installed.push(`${typeName}.${definition.schemaName}`);
  }
  return installed;
}

export interface LeanOptions {
  // Classes, as type-graphql's own `resolvers` option holds them.
  resolvers: readonly Function[];
  /** The schema's auth checker; synchronous, as cxgraph's scope checker is (it returns or throws). */
  authChecker: SyncAuthChecker;
}

// The context type is the caller's.
export type SyncAuthChecker = (data: ResolverData<any>, roles: string[]) => boolean;

type ResolverClass = new (...args: never[]) => object;
type ParamReader = (root: Record<string, unknown>, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;

function leanResolver(method: (...args: unknown[]) => unknown, readers: ParamReader[], roles: readonly unknown[] | undefined, authChecker: SyncAuthChecker): GraphQLFieldResolver<Record<string, unknown>, unknown> {
  return (root, args, context, info) => {
    if (roles) {
      // type-graphql's "error" mode: a checker that says no without throwing is refused too.
      if (!authChecker({ root, args, context, info }, roles as string[])) throw new AuthorizationError();
    }
    const values = new Array<unknown>(readers.length);
    for (let index = 0; index < readers.length; index += 1) values[index] = readers[index](root, args, context, info);
    return method(...values);
  };
}

type ParamMetadata = ReturnType<typeof getMetadataStorage>['params'][number];

/** How to read one parameter as type-graphql's getParams would, or undefined if that takes more. */
function paramReader(param: ParamMetadata): ParamReader | undefined {
  switch (param.kind) {
    case 'context':
      return param.propertyName ? (_root, _args, context) => (context as Record<string, unknown>)[param.propertyName as string] : (_root, _args, context) => context;
    case 'info':
      return (_root, _args, _context, info) => info;
    case 'root': {
      // type-graphql builds an instance of a declared class from the row; a scalar passes as is.
      const type = param.getType?.();
      if (type !== undefined && !isPassedAsIs(type)) return undefined;
      const property = param.propertyName;
      return property ? (root) => root[property] : (root) => root;
    }
    case 'args': {
      if (param.validateSettings !== undefined || param.validateFn !== undefined || !isPlainArgsClass(param.getType())) return undefined;
      return (_root, args) => args;
    }
    case 'arg': {
      if (param.validateSettings !== undefined || param.validateFn !== undefined || !isPassedAsIs(param.getType())) return undefined;
      const name = param.name;
      return (_root, args) => args[name];
    }
    default:
      return undefined;
  }
}

/** Types type-graphql hands over without building an instance (convertToType's simple types). */
function isPassedAsIs(type: unknown): boolean {
  if (type === String || type === Number || type === Boolean || type === Date || type === Object) return true;
  if (type instanceof GraphQLScalarType) return true;
  // An enum registered with registerEnumType is a plain object of its values.
  return getMetadataStorage().enums.some((entry) => entry.enumObj === type);
}

/**
 * An @ArgsType class that adds nothing to the values graphql coerced: no field initialised by
 * its constructor (a default would be lost) and no method or accessor (one might be called).
 * Its fields must be scalars or enums too: an input object field would be built as its class.
 */
function isPlainArgsClass(type: unknown): boolean {
  if (typeof type !== 'function') return false;
  const argsClass = type as new () => object;
  const storage = getMetadataStorage();
  const metadata = storage.argumentTypes.find((candidate) => candidate.target === argsClass);
  if (!metadata || Object.getPrototypeOf(argsClass) !== Function.prototype) return false;
  if (Object.getOwnPropertyNames(argsClass.prototype).some((name) => name !== 'constructor')) return false;
  // Declared fields are own properties set to undefined (class fields), which type-graphql drops.
  if (Object.values(new argsClass()).some((value) => value !== undefined)) return false;
  return storage.fields.filter((field) => field.target === argsClass).every((field) => isPassedAsIs(field.getType()));
}

function hasMiddleware(resolverClass: ResolverClass, methodName: string): boolean {
  const storage = getMetadataStorage();
  return (
    storage.middlewares.some((entry) => entry.target === resolverClass && entry.fieldName === methodName) ||
    storage.resolverMiddlewares.some((entry) => entry.target === resolverClass)
  );
}

/** The roles of @Authorized on the method, or else on the class, as type-graphql finds them. */
function rolesOf(resolverClass: ResolverClass, methodName: string): readonly unknown[] | undefined {
  const storage = getMetadataStorage();
  const onField = storage.authorizedFields.find((entry) => entry.target === resolverClass && entry.fieldName === methodName);
  return (onField ?? storage.authorizedResolver.find((entry) => entry.target === resolverClass))?.roles;
}
