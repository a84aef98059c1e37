/**
 * From the reader's spec file to the one document every later step reads (.generated/openapi.json): external
 * `$ref`s bundled in (Redocly), Swagger 2.0 converted to OpenAPI 3.0 (swagger2openapi, the converter
 * docusaurus-openapi-docs uses), discriminator mappings by schema name written as `$ref`s, and operations without
 * `operationId` given a stable derived one (and a title, `METHOD /path`, when they have no summary either).
 * Webhooks (`webhooks`, `x-webhooks`) are left out with a warning: the site documents requests a reader can send.
 */
import { bundle, createConfig } from '@redocly/openapi-core';
import { convertObj } from 'swagger2openapi';
import { isPlainObject, pointerOf, type JsonObject } from './json';
import { HTTP_METHODS } from './methods';
import { resourceProblems } from './resources';
import { SpecValidationError, type SpecProblem } from './validate';

export interface PreparedSpec {
  document: JsonObject;
  /** What was filled in, as warnings in the same form as the validator's. */
  warnings: SpecProblem[];
}

/** A stable id for an operation that has none: method and path, e.g. `get-pets-petId` for `GET /pets/{petId}`. */
export function derivedOperationId(method: string, path: string): string {
  const words = path.split(/[^A-Za-z0-9_]+/).filter(Boolean);
  return [method.toLowerCase(), ...words].join('-');
}

const pointerTo = (...keys: string[]) => `#${pointerOf(keys)}`;

/**
 * Gives every operation an id (and, when it has no summary either, the title `METHOD /path`). An operation that is
 * not an object (`get: null`) has nothing to show: it is left out, with a warning.
 */
function nameOperations(document: JsonObject, file: string): SpecProblem[] {
  const paths = isPlainObject(document.paths) ? document.paths : {};
  const warnings: SpecProblem[] = [];
  for (const [path, item] of Object.entries(paths)) {
    for (const method of HTTP_METHODS) {
      if (!isPlainObject(item) || !(method in item) || isPlainObject(item[method])) continue;
      delete item[method];
      const message = 'not an operation object: no page for it';
      warnings.push({ file, pointer: pointerTo('paths', path, method), message, rule: 'skipped-operation' });
    }
  }
  const operations = Object.entries(paths).flatMap(([path, item]) =>
    isPlainObject(item)
      ? HTTP_METHODS.filter((m) => isPlainObject(item[m])).map((m) => ({ path, method: m, op: item[m] as JsonObject }))
      : [],
  );
  const taken = new Set(operations.map(({ op }) => op.operationId).filter((id) => typeof id === 'string'));
  for (const { path, method, op } of operations) {
    if (typeof op.operationId === 'string' && op.operationId !== '') continue;
    let id = derivedOperationId(method, path);
    for (let n = 2; taken.has(id); n++) id = `${derivedOperationId(method, path)}-${n}`;
    taken.add(id);
    op.operationId = id;
    if (typeof op.summary !== 'string' || op.summary === '') op.summary = `${method.toUpperCase()} ${path}`;
    warnings.push({
      file,
      pointer: pointerTo('paths', path, method),
      message: `no operationId: the page is named \`${id}\``,
      rule: 'derived-operation-id',
    });
  }
  return warnings;
}

/** `mapping: { "Option One": "OptionOne" }` → `"#/components/schemas/OptionOne"`, wherever a discriminator sits. */
function mappingsAsRefs(value: unknown, schemas: JsonObject): void {
  if (Array.isArray(value)) return value.forEach((v) => mappingsAsRefs(v, schemas));
  if (!isPlainObject(value)) return;
  const mapping = isPlainObject(value.discriminator) ? value.discriminator.mapping : undefined;
  if (isPlainObject(mapping)) {
    for (const [key, target] of Object.entries(mapping)) {
      if (typeof target === 'string' && !target.includes('/') && target in schemas) {
        mapping[key] = `#/components/schemas/${target}`;
      }
    }
  }
  for (const v of Object.values(value)) mappingsAsRefs(v, schemas);
}

async function toOpenApi3(parsed: JsonObject, file: string): Promise<JsonObject> {
  if (parsed.swagger === undefined) return parsed;
  try {
    const { openapi } = await convertObj(parsed, { patch: true, warnOnly: true, resolveInternal: false });
    return openapi;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SpecValidationError([
      { file, pointer: '#/', message: `Swagger 2.0 document could not be converted: ${reason}`, rule: 'version' },
    ]);
  }
}

/** Removes the document's webhooks, one warning per webhook. */
function withoutWebhooks(document: JsonObject, file: string): SpecProblem[] {
  const warnings: SpecProblem[] = [];
  for (const key of ['webhooks', 'x-webhooks']) {
    if (!(key in document)) continue;
    const hooks = isPlainObject(document[key]) ? Object.keys(document[key]) : [];
    for (const name of hooks.length > 0 ? hooks : ['']) {
      const message = 'webhooks are not documented by this site: left out';
      warnings.push({ file, pointer: name ? pointerTo(key, name) : pointerTo(key), message, rule: 'skipped-webhook' });
    }
    delete document[key];
  }
  return warnings;
}

/** The spec at `file` (already validated) as one self-contained OpenAPI 3 document, with what was filled in. */
export async function prepareSpec(file: string, shown = file): Promise<PreparedSpec> {
  const config = await createConfig({});
  const { bundle: bundled } = await bundle({ ref: file, config });
  const document = await toOpenApi3(structuredClone(bundled.parsed) as JsonObject, shown);
  const components = isPlainObject(document.components) ? document.components : {};
  mappingsAsRefs(document, isPlainObject(components.schemas) ? components.schemas : {});
  const broken = resourceProblems(document, shown);
  if (broken.length > 0) throw new SpecValidationError(broken);
  return { document, warnings: [...withoutWebhooks(document, shown), ...nameOperations(document, shown)] };
}
