/**
 * Build-time spec validation, in two tiers (README: "Another spec"):
 * - errors make a document unusable and stop the build, one line each naming the file and the JSON pointer
 *   (`openapi/tianji.yaml#/paths/~1login/post/responses: …`): it cannot be parsed, it is not OpenAPI 3.x (nor
 *   Swagger 2.0), a `$ref` cannot be resolved, or two operations share an id;
 * - everything else Redocly's checks find is a warning: counted per rule, the build goes on.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { createConfig, lint, type NormalizedProblem } from '@redocly/openapi-core';
import { isPlainObject, resolvePointer } from './json';

export interface SpecProblem {
  file: string;
  /** JSON pointer inside `file`, e.g. `#/paths/~1global~1config/get`. */
  pointer: string;
  message: string;
  /** The check that found it (a Redocly rule id, or `parse` / `version` for our own). */
  rule?: string;
}

export class SpecValidationError extends Error {
  constructor(readonly problems: SpecProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'SpecValidationError';
  }
}

export function formatProblem(p: SpecProblem): string {
  return `${p.file}${p.pointer}: ${p.message}`;
}

/** The rules whose findings make a document unusable; every other finding is a warning. */
const ERROR_RULES = ['no-unresolved-refs', 'operation-operationId-unique'] as const;

// Structural validity plus the checks the pages and the mock rely on. Severity here only switches a rule on:
// the tier of a finding comes from ERROR_RULES.
const RULES = {
  struct: 'error',
  'no-unresolved-refs': 'error',
  'operation-operationId-unique': 'error',
  'operation-2xx-response': 'warn',
  'path-parameters-defined': 'error',
  'no-path-trailing-slash': 'off',
} as const;

/** A file name as the reader typed it: relative to `cwd` when inside it, else absolute. */
function displayPath(abs: string, cwd: string): string {
  const relative = path.relative(cwd, abs);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : abs;
}

function toProblem(p: NormalizedProblem, cwd: string): SpecProblem {
  const loc = p.location[0];
  const abs = loc?.source?.absoluteRef ?? '';
  return {
    file: abs ? displayPath(abs, cwd) : '(spec)',
    pointer: loc?.pointer ?? '#/',
    message: p.message,
    rule: p.ruleId,
  };
}

/**
 * A discriminator `mapping` may name a schema instead of referencing it (`Option One: OptionOne`), which OpenAPI
 * allows; Redocly reads every mapping value as a `$ref`. The name resolves when components.schemas has it
 * (src/openapi/prepare.ts writes it as a `$ref` before the pages are made).
 */
function isSchemaNameInMapping(problem: NormalizedProblem, document: unknown): boolean {
  const pointer = problem.location[0]?.pointer ?? '';
  const match = /\/discriminator\/mapping\/[^/]+$/.exec(pointer);
  if (!match || !isPlainObject(document)) return false;
  const components = isPlainObject(document.components) ? document.components : {};
  const schemas = isPlainObject(components.schemas) ? components.schemas : {};
  const value = resolvePointer(document, pointer);
  return typeof value === 'string' && !value.includes('/') && value in schemas;
}

/** What the parsed file is, or the error that makes it unusable. */
function readDocument(file: string, shown: string): unknown {
  let document: unknown;
  try {
    const text = fs.readFileSync(file, 'utf8');
    // JSON by its own grammar: YAML would read a broken JSON file (`"get": }`) as something else.
    document = /\.json$/i.test(file) ? JSON.parse(text) : YAML.parse(text, { uniqueKeys: false });
  } catch (error) {
    // Unreadable files and YAML/JSON syntax errors: one line, the parser's first.
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SpecValidationError([{ file: shown, pointer: '#/', message: reason, rule: 'parse' }]);
  }
  const version = isPlainObject(document) ? (document.openapi ?? document.swagger) : undefined;
  if (!/^(3\.\d+(\.\d+)?|2\.0)$/.test(String(version ?? ''))) {
    const found = isPlainObject(document) && version !== undefined ? `version ${JSON.stringify(version)}` : 'no `openapi` field';
    throw new SpecValidationError([
      { file: shown, pointer: '#/', message: `not an OpenAPI 3.x (or Swagger 2.0) document: ${found}`, rule: 'version' },
    ]);
  }
  return document;
}

/**
 * Checks the spec at `file`. Throws `SpecValidationError` with the errors when the document is unusable; otherwise
 * returns the warnings (an empty list for a clean document).
 */
export async function validateSpec(file: string, cwd = process.cwd()): Promise<SpecProblem[]> {
  const abs = path.resolve(cwd, file);
  const document = readDocument(abs, displayPath(abs, cwd));
  const config = await createConfig({ rules: RULES });
  let problems: NormalizedProblem[];
  try {
    problems = await lint({ ref: abs, config });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SpecValidationError([{ file: displayPath(abs, cwd), pointer: '#/', message: reason, rule: 'parse' }]);
  }
  const findings = problems.filter((p) => !(p.ruleId === 'no-unresolved-refs' && isSchemaNameInMapping(p, document)));
  const isError = (p: NormalizedProblem) => (ERROR_RULES as readonly string[]).includes(p.ruleId);
  const errors = findings.filter(isError);
  if (errors.length > 0) throw new SpecValidationError(errors.map((p) => toProblem(p, cwd)));
  return findings.filter((p) => !isError(p)).map((p) => toProblem(p, cwd));
}

/** Warnings as a reader wants them: once per rule, with a count and the first few locations. */
export function formatWarnings(warnings: SpecProblem[], shown = 3): string {
  const byRule = new Map<string, SpecProblem[]>();
  for (const w of warnings) byRule.set(w.rule ?? 'other', [...(byRule.get(w.rule ?? 'other') ?? []), w]);
  const lines = [`${warnings.length} warning(s) in ${byRule.size} rule(s); the build goes on:`];
  for (const [rule, list] of byRule) {
    lines.push(`  ${rule} ×${list.length}: ${list[0].message}`);
    for (const w of list.slice(0, shown)) lines.push(`    ${w.file}${w.pointer}`);
    if (list.length > shown) lines.push(`    … and ${list.length - shown} more`);
  }
  return lines.join('\n');
}
