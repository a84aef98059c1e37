// Every schema property, response and parameter of the published spec has a description, save those on the debt
// list (openapi/description-debt.json, `npm run spec:debt`), which may only shrink; every free-form object is on
// openapi/free-form.json with its reason; every value of every `enum` has its meaning (`x-enumDescriptions`).
// Failures name the JSONPath an overlay action would target.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { coverage, coverageSummary } from '../src/overlay/coverage';
import { enumMeaningProblems } from '../src/overlay/enum-meanings';
import { freeFormProblems, newGaps, paidDebt, type DescriptionDebt } from '../src/overlay/debt';
import { DESCRIPTION_DEBT, FREE_FORM } from '../src/overlay/layout';
import { DEFAULT_SPEC } from '../src/site-layout';
import type { JsonObject } from '../src/openapi/json';

const root = path.resolve(__dirname, '..');
const spec = YAML.parse(fs.readFileSync(path.join(root, DEFAULT_SPEC), 'utf8')) as JsonObject;
const debt = JSON.parse(fs.readFileSync(path.join(root, DESCRIPTION_DEBT), 'utf8')) as DescriptionDebt;
const reasons = JSON.parse(fs.readFileSync(path.join(root, FREE_FORM), 'utf8')) as Record<string, string>;
const current = coverage(spec);
const HOW = `describe it in an overlay (openapi/overlays/), then \`npm run spec:overlay\` and \`npm run spec:debt\``;

describe(`description coverage of ${DEFAULT_SPEC}: described ${coverageSummary(current)}; ${current.freeForm.length} free-form objects`, () => {
  it('has no property, response or parameter without a description beyond the committed debt', () => {
    const gaps = newGaps(current, debt);
    expect(gaps, `without a description (${HOW}):\n${gaps.join('\n')}`).toEqual([]);
  });

  it('has a debt list that only holds real gaps (described ones are struck off with `npm run spec:debt`)', () => {
    const paid = paidDebt(current, debt);
    expect(
      paid,
      `on ${DESCRIPTION_DEBT} but described or gone (run \`npm run spec:debt\`):\n${paid.join('\n')}`,
    ).toEqual([]);
    for (const list of Object.values(debt)) expect(list).toEqual([...list].sort());
  });

  it('lists every free-form object with a reason, and nothing else', () => {
    const problems = freeFormProblems(current, reasons);
    expect(problems, `${FREE_FORM}:\n${problems.join('\n')}`).toEqual([]);
  });

  it('catches a planted property without a description, and a debt entry that has been described', () => {
    const planted = structuredClone(spec);
    const schema = (planted.components as { schemas: { Error: { properties: JsonObject } } }).schemas.Error;
    schema.properties.requestId = { type: 'string' };
    expect(newGaps(coverage(planted), debt)).toEqual(['properties: $.components.schemas.Error.properties.requestId']);

    // A debt entry whose property has a description is reported (planted: the debt list may be empty).
    const owed = current.properties.described[0];
    const plantedDebt = { ...debt, properties: [...debt.properties, owed] };
    expect(paidDebt(current, plantedDebt)).toEqual([`properties: ${owed}`]);

    const freeForm = structuredClone(spec);
    (freeForm.components as { schemas: { Error: { properties: JsonObject } } }).schemas.Error.properties.extra = {
      type: 'object',
      description: 'planted',
    };
    expect(freeFormProblems(coverage(freeForm), reasons)).toEqual([
      'free-form object not on the list: $.components.schemas.Error.properties.extra',
    ]);
  });
});

describe(`value meanings of ${DEFAULT_SPEC}`, () => {
  it('gives every value of every enum a meaning (x-enumDescriptions), and no meaning to a value it lacks', () => {
    const problems = enumMeaningProblems(spec);
    expect(
      problems,
      `add the meanings in openapi/overlays/93-enum-meanings.overlay.yaml:\n${problems.join('\n')}`,
    ).toEqual([]);
  });

  it('catches a planted missing meaning, an extra one, and an enum without any', () => {
    const planted = structuredClone(spec);
    const role = (planted.paths as Record<string, Record<string, JsonObject>>)[
      '/workspace/{workspaceId}/updateMemberRole'
    ].patch as { requestBody: { content: Record<string, { schema: { properties: { role: JsonObject } } }> } };
    const schema = role.requestBody.content['application/json'].schema.properties.role;
    const meanings = schema['x-enumDescriptions'] as Record<string, string>;
    delete meanings.owner;
    meanings.guest = 'planted';
    const where =
      "$.paths['/workspace/{workspaceId}/updateMemberRole'].patch.requestBody.content['application/json'].schema.properties.role";
    expect(enumMeaningProblems(planted)).toEqual([
      `${where}: no meaning for "owner"`,
      `${where}: meaning for "guest", which is not in its enum`,
    ]);
    delete schema['x-enumDescriptions'];
    expect(enumMeaningProblems(planted)).toEqual([`${where}: no x-enumDescriptions`]);
  });
});
