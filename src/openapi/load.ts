/**
 * Loads the spec with every `$ref` resolved, the same way docusaurus-plugin-openapi-docs does for the
 * pages (circular references become `"circular(Name)"` strings), so all outputs see the same document.
 */
import { loadAndResolveSpec } from 'docusaurus-plugin-openapi-docs/lib/openapi/utils/loadAndResolveSpec';

export async function loadSpec(file: string): Promise<Record<string, any>> {
  return (await loadAndResolveSpec(file)) as Record<string, any>;
}
