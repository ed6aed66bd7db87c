/**
 * A route of the web app: its path pattern and, from the same declaration, the builder of its
 * addresses and the matcher of a pathname. A feature declares its routes in its `routes.ts`
 * (`route('/application/:applicationId/:step?')`); `web/src/routes.ts` gathers them into the one
 * table the app matches; every link and navigation builds its address with `.path(params)` —
 * no address is written as a string anywhere else.
 *
 * A segment `:name` is a parameter, `:name?` an optional one (optional ones come last). A
 * parameter may be limited to a list of values (`{ committee: COMMITTEES }`), and then matches
 * only those and is typed as their union. Values are encoded when built and decoded when matched.
 */

type Segments<P extends string> = P extends `/${infer Head}/${infer Rest}`
  ? [Head, ...Segments<`/${Rest}`>]
  : P extends `/${infer Last}`
    ? [Last]
    : [];

type Names<S extends readonly string[], Optional extends boolean> = S extends [
  infer Head extends string,
  ...infer Rest extends string[],
]
  ? | (Head extends `:${infer Name}?`
        ? Optional extends true
          ? Name
          : never
        : Head extends `:${infer Name}`
          ? Optional extends true
            ? never
            : Name
          : never)
    | Names<Rest, Optional>
  : never;

type Choices = Readonly<Record<string, readonly string[]>>;
type Value<N extends string, C extends Choices> = N extends keyof C ? C[N][number] : string;

/** The parameters of a pattern: required ones and optional ones (`:name?`), typed by their choices. */
export type RouteParams<P extends string, C extends Choices = Record<never, never>> = {
  [N in Names<Segments<P>, false>]: Value<N, C>;
} & { [N in Names<Segments<P>, true>]?: Value<N, C> };

export interface PathOptions {
  /** `?name=value` (values left out when undefined). */
  query?: Record<string, string | undefined>;
  /** `#id`: the element to show (a field to focus). */
  hash?: string;
}

export interface Route<P extends string = string, C extends Choices = Choices> {
  readonly pattern: P;
  /** The address of this route with these parameters. */
  path(
    ...args: keyof RouteParams<P, C> extends never
      ? [params?: RouteParams<P, C>, options?: PathOptions]
      : [params: RouteParams<P, C>, options?: PathOptions]
  ): string;
  /** The parameters, when the pathname is this route's (a trailing slash allowed); else undefined. */
  match(pathname: string): RouteParams<P, C> | undefined;
}

export function route<const P extends string, const C extends Choices = Record<never, never>>(
  pattern: P,
  choices?: C,
): Route<P, C> {
  const segments = pattern.split('/').slice(1);
  const parse = (segment: string) => {
    const optional = segment.endsWith('?');
    const name = segment.slice(1, optional ? -1 : undefined);
    return segment.startsWith(':') ? { name, optional } : undefined;
  };
  return {
    pattern,
    path(params?: Record<string, string | undefined>, options: PathOptions = {}) {
      const parts: string[] = [];
      for (const segment of segments) {
        const parameter = parse(segment);
        if (!parameter) parts.push(segment);
        else {
          const value = params?.[parameter.name];
          if (value === undefined || value === '') {
            if (parameter.optional) break;
            throw new Error(`${pattern}: ${parameter.name} is required`);
          }
          parts.push(encodeURIComponent(value));
        }
      }
      const query = new URLSearchParams(
        Object.entries(options.query ?? {}).filter(
          (entry): entry is [string, string] => entry[1] !== undefined,
        ),
      ).toString();
      return `/${parts.join('/')}${query ? `?${query}` : ''}${options.hash ? `#${options.hash}` : ''}`;
    },
    match(pathname: string) {
      const given = pathname.replace(/\/+$/, '').split('/').slice(1);
      if (pattern === '/')
        return given.length === 0 || (given.length === 1 && given[0] === '') ? ({} as never) : undefined;
      if (given.length > segments.length) return undefined;
      const params: Record<string, string> = {};
      for (const [index, segment] of segments.entries()) {
        const parameter = parse(segment);
        const value = given[index];
        if (!parameter) {
          if (value !== segment) return undefined;
          continue;
        }
        if (value === undefined || value === '') {
          if (parameter.optional) continue;
          return undefined;
        }
        let decoded: string;
        try {
          decoded = decodeURIComponent(value);
        } catch {
          return undefined;
        }
        const allowed = choices?.[parameter.name];
        if (allowed && !allowed.includes(decoded)) return undefined;
        params[parameter.name] = decoded;
      }
      return params as never;
    },
  } as Route<P, C>;
}
