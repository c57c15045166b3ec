import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DECIMAL_PATTERN = /^-?\d{1,12}(\.\d{1,4})?$/;

/**
 * Money and other exact numbers travel as strings ("1234.50") so no client loses precision to
 * floating point; integers and floats are accepted on input for convenience.
 */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'An exact decimal number, serialized as a string such as "1234.50".',
  serialize(value) {
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    throw new GraphQLError('Decimal cannot represent a non-numeric value');
  },
  parseValue(value) {
    return parseDecimal(value);
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parseDecimal(ast.value);
    throw new GraphQLError('Decimal must be a string or a number');
  },
});

function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL_PATTERN.test(text)) {
    throw new GraphQLError('Decimal must be a number with at most 12 integer and 4 fraction digits, such as "1234.50"');
  }
  return text;
}
