import { CONSTRAINT_MESSAGES, type ConstraintKey } from '../schema/constraints';

/**
 * The words of a Markdown page, in the page's language. They are the UI strings the HTML page shows (one home:
 * i18n/<locale>/code.json, English included), looked up by the same ids.
 */
export const MARKDOWN_LABEL_IDS = {
  operationId: 'api.operationId',
  authRequired: 'api.auth.required',
  authPublic: 'api.auth.public',
  parameters: 'api.params.title',
  path: 'api.params.path',
  query: 'api.params.query',
  header: 'api.params.header',
  name: 'api.params.name',
  type: 'api.params.type',
  description: 'api.params.description',
  required: 'api.schema.required',
  requestBody: 'api.body.title',
  example: 'api.body.example',
  responses: 'api.responses.title',
  requestExample: 'api.markdown.requestExample',
  oneOf: 'api.markdown.oneOf',
  // llms.txt and llms-full.txt
  llmsSummary: 'llms.summary',
  llmsGuides: 'llms.guides',
  llmsReference: 'llms.reference',
  llmsRecipes: 'llms.recipes',
  llmsSpec: 'llms.spec',
  llmsSource: 'llms.source',
  llmsSpecLine: 'llms.specLine',
} as const;

export type MarkdownLabels = Record<keyof typeof MARKDOWN_LABEL_IDS, string> & {
  /** The templates of constraints and value lists (src/schema/constraints.ts), with their `{placeholders}`. */
  constraints: Record<ConstraintKey, string>;
};

type CodeTranslations = Record<string, { message: string } | undefined>;

/** The labels from a locale's code.json, each falling back to English's; a label missing in both is an error. */
export function markdownLabels(locale: CodeTranslations, english: CodeTranslations): MarkdownLabels {
  const message = (id: string) => {
    const text = locale[id]?.message ?? english[id]?.message;
    if (text === undefined) throw new Error(`Markdown pages: the UI string "${id}" is missing in code.json`);
    return text;
  };
  const words = Object.fromEntries(Object.entries(MARKDOWN_LABEL_IDS).map(([key, id]) => [key, message(id)]));
  const constraints = Object.fromEntries(
    Object.entries(CONSTRAINT_MESSAGES).map(([key, { id }]) => [key, message(id)]),
  ) as MarkdownLabels['constraints'];
  return { ...words, constraints } as MarkdownLabels;
}
