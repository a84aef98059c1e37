/**
 * Loads the spec with every `$ref` resolved, the same way docusaurus-plugin-openapi-docs does for the
 * pages (circular references become `"circular(Name)"` strings), so all outputs see the same document.
 */
import { loadAndResolveSpec } from 'docusaurus-plugin-openapi-docs/lib/openapi/utils/loadAndResolveSpec';
import type { JsonObject } from './json';

export async function loadSpec(file: string): Promise<JsonObject> {
  return (await loadAndResolveSpec(file)) as unknown as JsonObject;
}
