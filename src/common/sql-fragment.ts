/**
 * Composable SQL with bind parameters. A fragment is text with `?` placeholders and the values
 * for them, in order; the `sql` tag turns every interpolated value into a parameter and inlines
 * nested fragments, so metric queries are assembled from parts without splicing a value into
 * the text.
 */
export interface SqlFragment {
  readonly text: string;
  readonly params: readonly unknown[];
}

const FRAGMENT = Symbol('sql-fragment');

interface TaggedFragment extends SqlFragment {
  readonly [FRAGMENT]: true;
}

function fragment(text: string, params: readonly unknown[]): TaggedFragment {
  return { text, params, [FRAGMENT]: true };
}

function isFragment(value: unknown): value is TaggedFragment {
  return typeof value === 'object' && value !== null && (value as TaggedFragment)[FRAGMENT] === true;
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): SqlFragment {
  let text = strings[0];
  const params: unknown[] = [];
  values.forEach((value, index) => {
    if (isFragment(value)) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[index + 1];
  });
  return fragment(text, params);
}

/** Text written by the code itself (a column name, a keyword): never user input. */
export function trusted(text: string): SqlFragment {
  return fragment(text, []);
}

export function joinSql(parts: readonly SqlFragment[], separator: string): SqlFragment {
  return fragment(parts.map((part) => part.text).join(separator), parts.flatMap((part) => part.params));
}

export const EMPTY_SQL: SqlFragment = trusted('');

/** `and`-joined conditions, or `true` when there are none. */
export function allOf(conditions: readonly SqlFragment[]): SqlFragment {
  return conditions.length === 0 ? trusted('true') : joinSql(conditions.map((condition) => sql`(${condition})`), ' and ');
}
