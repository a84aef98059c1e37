/**
 * Build-time spec validation with Redocly's validator. An invalid spec stops the build with one line per
 * problem naming the file and the JSON path, e.g. `openapi/tianji.yaml#/paths/~1login/post/responses: ...`.
 */
import path from 'node:path';
import { createConfig, lint, type NormalizedProblem } from '@redocly/openapi-core';

export interface SpecProblem {
  file: string;
  /** JSON pointer inside `file`, e.g. `#/paths/~1global~1config/get`. */
  pointer: string;
  message: string;
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

// Structural validity plus the checks the pages and the mock rely on (unique operationIds, resolvable refs).
const RULES = {
  struct: 'error',
  'no-unresolved-refs': 'error',
  'operation-operationId-unique': 'error',
  'operation-2xx-response': 'error',
  'path-parameters-defined': 'error',
  'no-path-trailing-slash': 'off',
} as const;

function toProblem(p: NormalizedProblem, cwd: string): SpecProblem {
  const loc = p.location[0];
  const abs = loc?.source?.absoluteRef ?? '';
  return {
    file: abs ? path.relative(cwd, abs) || abs : '(spec)',
    pointer: loc?.pointer ?? '#/',
    message: p.message,
  };
}

/** Throws `SpecValidationError` when the spec at `file` is not a valid OpenAPI 3.x document. */
export async function validateSpec(file: string, cwd = process.cwd()): Promise<void> {
  const config = await createConfig({ rules: RULES });
  let problems: NormalizedProblem[];
  try {
    problems = await lint({ ref: path.resolve(cwd, file), config });
  } catch (error) {
    // Unreadable files and YAML/JSON syntax errors are thrown, not reported as problems.
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SpecValidationError([{ file, pointer: '#/', message: reason }]);
  }
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new SpecValidationError(errors.map((p) => toProblem(p, cwd)));
}
