/**
 * One-time: split openapi/tianji.yaml into the server's document (openapi/upstream/tianji-openapi.json, which must
 * already be there) and our layer, written as Overlay 1.0 files in openapi/overlays/ by concern
 * (src/overlay/convert.ts). Checks that applying them gives back the spec it read, and refuses to overwrite
 * existing overlay files. Kept for the record of how the overlays were made; they are edited by hand since.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import YAML from 'yaml';
import { applyOverlays } from '../src/overlay/apply';
import {
  CONCERNS,
  errorRules,
  overlayActions,
  parameterRules,
  securityRules,
  successRules,
} from '../src/overlay/convert';
import { OVERLAY_DIR, UPSTREAM_SPEC } from '../src/overlay/layout';
import { toYaml } from '../src/overlay/write-yaml';
import { DEFAULT_SPEC } from '../src/site-layout';
import type { JsonObject } from '../src/openapi/json';

const TITLES: Record<string, string> = {
  document: 'Our title, description, licence, servers, default security, tags and security scheme',
  operations: 'Our summaries, descriptions and public/secured decisions of operations',
  parameters: 'Our parameter descriptions, and the parameters we add or drop',
  errors: 'The error responses as we document them (components.responses) and where operations answer them',
  schemas: 'Our refinements of request and response schemas and success response descriptions',
  examples: 'Our examples of parameters, bodies and responses',
  links: 'Our response links to the operations that take the ids a response carries',
};

async function main() {
  const root = path.resolve(__dirname, '..');
  const ours = YAML.parse(fs.readFileSync(path.join(root, DEFAULT_SPEC), 'utf8')) as JsonObject;
  const upstream = JSON.parse(fs.readFileSync(path.join(root, UPSTREAM_SPEC), 'utf8')) as JsonObject;
  const dir = path.join(root, OVERLAY_DIR);
  fs.mkdirSync(dir, { recursive: true });
  const rules = {
    operations: securityRules(ours),
    parameters: parameterRules(ours),
    errors: errorRules(ours),
    schemas: successRules(ours),
  };
  const ruleSet = { overlay: '1.0.0', actions: Object.values(rules).flat() };
  const base = (await applyOverlays(upstream, [{ file: 'rules', document: ruleSet }])).document;
  const byConcern = overlayActions(base, ours);
  byConcern.get('operations')!.unshift(...rules.operations);
  byConcern.get('parameters')!.unshift(...rules.parameters);
  byConcern.get('errors')!.unshift(...rules.errors);
  byConcern.get('schemas')!.unshift(...rules.schemas);
  const files: { file: string; document: JsonObject }[] = [];
  CONCERNS.forEach((concern, i) => {
    const actions = byConcern.get(concern)!;
    if (actions.length === 0) return;
    const file = `${String((i + 1) * 10).padStart(2, '0')}-${concern}.overlay.yaml`;
    const document = {
      overlay: '1.0.0',
      info: { title: TITLES[concern], version: '1.0.0' },
      actions,
    };
    files.push({ file, document });
  });
  const result = await applyOverlays(upstream, files);
  if (!isDeepStrictEqual(result.document, ours)) {
    const differs = Object.keys(ours).filter((k) => !isDeepStrictEqual(ours[k], result.document[k]));
    throw new Error(`the overlays do not give back the spec (differs in ${differs.join(', ')})`);
  }
  for (const { file, document } of files) {
    const target = path.join(dir, file);
    if (fs.existsSync(target) && !process.argv.includes('--force'))
      throw new Error(`${target} exists; not overwritten`);
    fs.writeFileSync(target, toYaml(document));
    console.log(`${file}: ${(document.actions as unknown[]).length} actions`);
  }
}

main().catch((error) => {
  console.error(`overlay-convert: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
