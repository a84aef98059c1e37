/**
 * The code-snippet targets shown for every operation, each a pure `generate(request, context) => string` over the
 * shared request model (src/request/model.ts). No React, no Docusaurus: usable at build time, in the browser and in
 * tests. The SDK target exists only for the operations the SDK has: `availableTargets` leaves it out elsewhere.
 */
import type { RequestModel } from '../request/model';
import type { SnippetComments } from './comments';
import { generate as generateCurl } from './targets/shell-curl';
import { generate as generateFetch } from './targets/js-fetch';
import { generate as generateAxios } from './targets/js-axios';
import { generate as generatePython } from './targets/python-requests';
import { generate as generatePhp } from './targets/php-curl';
import { generate as generateSdk, type SdkOperation } from './targets/ts-sdk';

/** What a target may need beyond the request: the SDK call of the operation, where the SDK has one; the comments in the page's language. */
export interface SnippetContext {
  sdk?: SdkOperation;
  comments?: SnippetComments;
}

export const SNIPPET_TARGETS = [
  { id: 'curl', label: 'cURL', language: 'bash', generate: generateCurl },
  { id: 'fetch', label: 'JavaScript (fetch)', language: 'javascript', generate: generateFetch },
  { id: 'axios', label: 'JavaScript (axios)', language: 'javascript', generate: generateAxios },
  { id: 'python', label: 'Python (requests)', language: 'python', generate: generatePython },
  { id: 'php', label: 'PHP (curl)', language: 'php', generate: generatePhp },
  {
    id: 'sdk',
    label: 'SDK (TypeScript)',
    language: 'typescript',
    generate: generateSdk,
    available: (context: SnippetContext) => context.sdk !== undefined,
  },
] as const;

export type SnippetTarget = (typeof SNIPPET_TARGETS)[number];
export type SnippetTargetId = SnippetTarget['id'];

/** The targets that can write this operation's request (all but the SDK's where the SDK lacks the operation). */
export function availableTargets(context: SnippetContext): SnippetTarget[] {
  return SNIPPET_TARGETS.filter((target) => !('available' in target) || target.available(context));
}

export function getSnippetTarget(id: SnippetTargetId): SnippetTarget {
  const target = SNIPPET_TARGETS.find((t) => t.id === id);
  if (!target) throw new Error(`Unknown snippet target: ${String(id)}`);
  return target;
}

/** The snippet of `request` for a target (its comments in English unless the context gives others). */
export function generateSnippet(id: SnippetTargetId, request: RequestModel, context: SnippetContext = {}): string {
  return getSnippetTarget(id).generate(request, context);
}
