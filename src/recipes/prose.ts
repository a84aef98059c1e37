/**
 * A recipe's prose as a message catalog: English is the recipe itself (its title, descriptions, each step's and
 * each input's description); translations live in i18n/<locale>/recipes/<name>.json with the md5 of the English
 * messages they were made from, checked by `npm run i18n:check` like the guides. Ids, paths and code are not prose.
 * Pure, browser-safe.
 */
import type { ArazzoDocument } from './arazzo';

export type RecipeMessages = Record<string, string>;

export interface RecipeProse {
  title: string;
  description: string;
  summary?: string;
  details?: string;
  /** By step id. */
  steps: Record<string, string>;
  /** By input name. */
  inputs: Record<string, string>;
}

const clean = (text: string | undefined) => text?.trim() || undefined;

/** The English messages of a recipe, keyed `title`, `description`, `summary`, `details`, `step.<id>`, `input.<name>`. */
export function englishRecipeMessages(document: ArazzoDocument): RecipeMessages {
  const workflow = document.workflows[0];
  const entries: Array<[string, string | undefined]> = [
    ['title', document.info.title],
    ['description', document.info.description],
    ['summary', workflow.summary],
    ['details', workflow.description],
    ...workflow.steps.map((s): [string, string | undefined] => [`step.${s.stepId}`, s.description]),
    ...Object.entries(workflow.inputs?.properties ?? {}).map(([name, input]): [string, string | undefined] => [
      `input.${name}`,
      input.description,
    ]),
  ];
  return Object.fromEntries(entries.flatMap(([key, text]) => (clean(text) ? [[key, clean(text)!]] : [])));
}

/** The prose of one locale: its translation where it has one, English elsewhere. */
export function recipeProse(english: RecipeMessages, translated: RecipeMessages = {}): RecipeProse {
  const m = { ...english, ...translated };
  const prefixed = (prefix: string) =>
    Object.fromEntries(
      Object.entries(m)
        .filter(([key]) => key.startsWith(prefix))
        .map(([key, text]) => [key.slice(prefix.length), text]),
    );
  return {
    title: m.title,
    description: m.description ?? '',
    summary: m.summary,
    details: m.details,
    steps: prefixed('step.'),
    inputs: prefixed('input.'),
  };
}
