import { graphql, GraphQLError, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { Arg, Args, ArgsType, Authorized, buildSchema, Ctx, Field, FieldResolver, ID, Info, Int, ObjectType, Query, registerEnumType, Resolver, Root, UseMiddleware, type ResolverData } from 'type-graphql';
import { installLeanFieldResolvers } from '../../src/common/lean-field-resolvers.js';

/**
 * Field resolvers taken over from type-graphql must answer exactly as type-graphql's wrapper
 * does: the same data, the same errors at the same paths, for keys with and without the role.
 * The same resolver classes are built into two schemas, one left to type-graphql, and every
 * query is run against both. Fields whose parameters need more than reading (a class built from
 * the row, an argument default, a method, a middleware) must be left to type-graphql.
 */

enum Colour {
  RED = 'RED',
  BLUE = 'BLUE',
}
registerEnumType(Colour, { name: 'Colour' });

@ObjectType()
class Item {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ArgsType()
class ItemArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => Colour, { nullable: true })
  colour?: Colour | null;
}

@ArgsType()
class DefaultedArgs {
  @Field(() => Int, { nullable: true })
  first?: number = 3;
}

@ArgsType()
class ArgsWithMethod {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  limit(): number {
    return this.first ?? 1;
  }
}

interface TestContext {
  roles: string[];
  calls: string[];
}

const countingMiddleware = async ({ context }: ResolverData<TestContext>, next: () => Promise<unknown>) => {
  context.calls.push('middleware');
  return next();
};

@Resolver(() => Item)
class ItemResolver {
  @Query(() => [Item])
  items(): Item[] {
    return [
      { id: '1', name: 'one' },
      { id: '2', name: 'two' },
    ];
  }

  @Authorized('read')
  @FieldResolver(() => String)
  echo(@Root('id') id: string, @Args() args: ItemArgs, @Ctx() context: TestContext, @Info() info: GraphQLResolveInfo): string {
    context.calls.push(`echo ${id}`);
    return JSON.stringify({ id, args: { ...args }, path: info.path.key, roles: context.roles.length });
  }

  @Authorized('read', 'write')
  @FieldResolver(() => String, { nullable: true })
  dated(@Root('name') name: string, @Arg('at', () => Date, { nullable: true }) at: Date | null, @Arg('colour', () => Colour, { nullable: true }) colour: Colour | null): string {
    return `${name} ${at?.toISOString() ?? 'never'} ${colour ?? 'none'}`;
  }

  @Authorized('quietly-refused')
  @FieldResolver(() => String, { nullable: true })
  quiet(): string {
    return 'should not be seen';
  }

  @FieldResolver(() => String)
  open(@Root('id') id: string): Promise<string> {
    return Promise.resolve(`open ${id}`);
  }

  @FieldResolver(() => String)
  whole(@Root() item: Item): string {
    return `${item.constructor.name} ${item.id}`;
  }

  @FieldResolver(() => Int)
  defaulted(@Args() args: DefaultedArgs): number {
    return args.first ?? -1;
  }

  @FieldResolver(() => Int)
  method(@Args() args: ArgsWithMethod): number {
    return args.limit();
  }

  @UseMiddleware(countingMiddleware)
  @FieldResolver(() => String)
  guarded(@Root('id') id: string): string {
    return `guarded ${id}`;
  }
}

// The checker says no in both ways type-graphql allows: by throwing, and by returning false.
const checker = ({ context }: ResolverData<TestContext>, roles: string[]): boolean => {
  if (roles.includes('quietly-refused')) return false;
  for (const role of roles) if (!context.roles.includes(role)) throw new GraphQLError(`lacks ${role}`, { extensions: { code: 'FORBIDDEN', role } });
  return true;
};

describe('lean field resolvers', () => {
  let byTypeGraphql: GraphQLSchema;
  let lean: GraphQLSchema;
  let installed: string[];

  beforeAll(async () => {
    byTypeGraphql = await buildSchema({ resolvers: [ItemResolver], authChecker: checker, validate: false });
    lean = await buildSchema({ resolvers: [ItemResolver], authChecker: checker, validate: false });
    installed = installLeanFieldResolvers(lean, { resolvers: [ItemResolver], authChecker: checker });
  });

  it('takes over the fields whose parameters are read as they are, and no other', () => {
    expect(installed.sort()).toEqual(['Item.dated', 'Item.echo', 'Item.open', 'Item.quiet']);
  });

  const QUERIES = [
    '{ items { id echo } }',
    '{ items { echo(first: 2, colour: BLUE) } }',
    '{ items { dated dated2: dated(at: "2026-03-04T05:06:07.000Z", colour: RED) } }',
    '{ items { name quiet open } }',
    '{ items { whole defaulted method guarded } }',
    '{ items { method(first: 4) defaulted(first: 7) } }',
  ];

  it.each([
    ['with every role', ['read', 'write']],
    ['with read only', ['read']],
    ['with no role', []],
  ])('answers as type-graphql does %s', async (_label, roles) => {
    for (const source of QUERIES) {
      const expected = await run(byTypeGraphql, source, roles);
      const actual = await run(lean, source, roles);
      expect({ source, ...actual.result }).toEqual({ source, ...expected.result });
      // The resolvers and the middleware ran as often, in the same order.
      expect(actual.calls).toEqual(expected.calls);
    }
  });

  it('refuses a field by the checker, whichever way it says no', async () => {
    const { result } = await run(lean, '{ items { name echo dated quiet } }', ['read']);
    expect(result.data).toEqual({
      items: [
        { name: 'one', echo: '{"id":"1","args":{},"path":"echo","roles":1}', dated: null, quiet: null },
        { name: 'two', echo: '{"id":"2","args":{},"path":"echo","roles":1}', dated: null, quiet: null },
      ],
    });
    const errors = result.errors?.map((error) => ({ message: error.message, path: error.path?.join('.') })) ?? [];
    expect(errors).toEqual(
      expect.arrayContaining([
        { message: 'lacks write', path: 'items.0.dated' },
        { message: 'lacks write', path: 'items.1.dated' },
        // type-graphql's answer when a checker returns false in its default "error" mode.
        { message: expect.stringContaining('Access denied'), path: 'items.0.quiet' },
      ]),
    );
    expect(errors).toHaveLength(4);
  });
});

interface PlainResult {
  data?: unknown;
  errors?: { message: string; path?: (string | number)[]; extensions?: unknown }[];
}

/** The answer as plain JSON (errors as a client sees them), and what the resolvers recorded. */
async function run(schema: GraphQLSchema, source: string, roles: string[]): Promise<{ result: PlainResult; calls: string[] }> {
  const context: TestContext = { roles, calls: [] };
  const result = await graphql({ schema, source, contextValue: context });
  const errors = result.errors?.map((error) => ({ message: error.message, path: error.path ? [...error.path] : undefined, extensions: error.extensions }));
  return { result: JSON.parse(JSON.stringify({ data: result.data, errors })) as PlainResult, calls: context.calls };
}
