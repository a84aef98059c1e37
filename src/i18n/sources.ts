/** The English the spec catalogs translate, read from a spec file (build time, Node): see check.ts. */
import { loadApiModel } from '../openapi/model';
import { prepareSpec } from '../openapi/prepare';
import { textSources, type EnglishSources } from './check';

/** The operations model's text, and every other text of the document (walked before `$ref`s are resolved). */
export async function loadEnglishSources(file: string, shown = file): Promise<EnglishSources> {
  const [model, { document }] = await Promise.all([loadApiModel(file), prepareSpec(file, shown)]);
  return { info: model.info, tags: model.tags, operations: model.operations, texts: textSources(document, model.operations) };
}
