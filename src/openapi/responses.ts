/**
 * Facts about responses that the playground, the response check and the mock share. Pure and light: browser
 * code imports it without Ajv or the sampler.
 */
import { isPlainObject } from './json';
import type { OperationResponse } from './types';

/** The response the docs give for a status: the exact code, else its range (`2XX`, any case), else `default`. */
export function documentedResponse(responses: OperationResponse[], status: number): OperationResponse | undefined {
  const code = String(status);
  return (
    responses.find((r) => r.status === code) ??
    responses.find((r) => r.status.toUpperCase() === `${code[0]}XX`) ??
    responses.find((r) => r.status === 'default')
  );
}

/**
 * The items a list answer carries: the answer itself when it is an array, else its `items` or `list` array
 * (Tianji's paged `{items, nextCursor}`); undefined for anything else. Other array properties (a survey's
 * `feedChannelIds`, a page's `monitorList`) belong to one record and are not its list.
 */
export function listItems(answer: unknown): unknown[] | undefined {
  if (Array.isArray(answer)) return answer;
  if (!isPlainObject(answer)) return undefined;
  return [answer.items, answer.list].find(Array.isArray);
}
