/**
 * Ids for everything a reader may link to on an operation page: parameters (`param.path.workspaceId`) and schema
 * properties by their path (`body.domain`, `response.200.monitorList.id`, a union's variant as `:key`, e.g.
 * `response.200:static.payload`). Pure; no React.
 *
 * Why dots: Docusaurus makes heading ids with github-slugger, which drops `.` and `:`, so these ids can never equal
 * a heading's. Every character outside `[A-Za-z0-9_-]` in a name is written as `_<hex>_`, so an id is ASCII, needs
 * no escaping in a URL, and `.` and `:` only ever separate parts.
 */

/** The prefixes of our ids: the page reveals and highlights targets with these, and leaves other hashes alone. */
export const ANCHOR_PREFIXES = ['param.', 'body.', 'response.'] as const;

export function isSchemaAnchor(id: string): boolean {
  return ANCHOR_PREFIXES.some((p) => id.startsWith(p));
}

/** One part of an id: a property, parameter or variant name made safe (`x.y` → `x_2e_y`, empty → `_`). */
export function idSegment(name: string): string {
  if (name === '') return '_';
  return Array.from(name, (c) => (/[A-Za-z0-9_-]/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}_`)).join('');
}

export const paramAnchor = (location: string, name: string) => `param.${idSegment(location)}.${idSegment(name)}`;
export const bodyAnchor = () => 'body';
export const responseAnchor = (status: string) => `response.${idSegment(status)}`;
/** The id of a property under `parent` (a section's or a property's id). */
export const propertyAnchor = (parent: string, name: string) => `${parent}.${idSegment(name)}`;
/** The id prefix of one variant of a union at `parent`. */
export const variantAnchor = (parent: string, key: string) => `${parent}:${idSegment(key)}`;

/**
 * Hands out ids unique on one page: a second claim of the same id (two names that encode alike) gets `-2`, `-3`…
 * Claims happen in page order, so the same spec gives the same ids on every build.
 */
export function createIdRegistry() {
  const taken = new Set<string>();
  return {
    claim(id: string): string {
      let unique = id;
      for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
      taken.add(unique);
      return unique;
    },
    has: (id: string) => taken.has(id),
  };
}
export type IdRegistry = ReturnType<typeof createIdRegistry>;
