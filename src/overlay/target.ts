/**
 * JSONPath targets as people read them (RFC 9535, in the `?(…)` filter form the installed engine parses): names in
 * dot notation where they are identifiers, `['/website/{id}']` otherwise, and a parameter found by name and location
 * (`parameters[?(@.name=='limit' && @.in=='query')]`) rather than by its index. Pure.
 */

/** One step of a target: an object key, a list index (`allOf[0]`), or a parameter picked by name and location. */
export type TargetStep = string | number | { name: string; in: string };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

const quoted = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** `['paths', '/pets', 'get', 'parameters', {name:'limit', in:'query'}]` → `$.paths['/pets'].get.parameters[?(…)]`. */
export function targetOf(steps: readonly TargetStep[]): string {
  let out = '$';
  for (const step of steps) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (typeof step !== 'string') out += `[?(@.name==${quoted(step.name)} && @.in==${quoted(step.in)})]`;
    else if (IDENTIFIER.test(step) && !step.includes('-')) out += `.${step}`;
    else out += `[${quoted(step)}]`;
  }
  return out;
}
