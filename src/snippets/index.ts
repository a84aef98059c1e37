/**
 * The code-snippet targets shown for every operation, each a pure `generate(request) => string` over the shared
 * request model (src/request/model.ts). No React, no Docusaurus: usable at build time, in the browser and in tests.
 */
import type { RequestModel } from '../request/model';
import type { SnippetComments } from './comments';
import { generate as generateCurl } from './targets/shell-curl';
import { generate as generateFetch } from './targets/js-fetch';
import { generate as generateAxios } from './targets/js-axios';
import { generate as generatePython } from './targets/python-requests';
import { generate as generatePhp } from './targets/php-curl';

export const SNIPPET_TARGETS = [
  { id: 'curl', label: 'cURL', language: 'bash', generate: generateCurl },
  { id: 'fetch', label: 'JavaScript (fetch)', language: 'javascript', generate: generateFetch },
  { id: 'axios', label: 'JavaScript (axios)', language: 'javascript', generate: generateAxios },
  { id: 'python', label: 'Python (requests)', language: 'python', generate: generatePython },
  { id: 'php', label: 'PHP (curl)', language: 'php', generate: generatePhp },
] as const;

export type SnippetTarget = (typeof SNIPPET_TARGETS)[number];
export type SnippetTargetId = SnippetTarget['id'];

export function getSnippetTarget(id: SnippetTargetId): SnippetTarget {
  const target = SNIPPET_TARGETS.find((t) => t.id === id);
  if (!target) throw new Error(`Unknown snippet target: ${String(id)}`);
  return target;
}

/** The snippet of `request` for a target; its comments in English unless `comments` says otherwise. */
export function generateSnippet(id: SnippetTargetId, request: RequestModel, comments?: SnippetComments): string {
  return getSnippetTarget(id).generate(request, comments);
}
