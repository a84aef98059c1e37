import { describe, expect, it } from 'vitest';
import { checkCriterion, evaluateCondition, evaluateExpression, evaluateValue, expressionsIn } from './expression-eval';
import {
  ExpressionError,
  isRuntimeExpression,
  parseCondition,
  parseExpressionString,
  parseRuntimeExpression,
} from './expression-parse';
import { BAD_CONDITIONS, CONDITIONS, CONTEXT, EXPRESSIONS, NOT_EXPRESSIONS } from './fixtures/expressions';

describe('runtime expressions', () => {
  it.each(EXPRESSIONS)('$text parses and evaluates', ({ text, parsed, value }) => {
    expect(parseRuntimeExpression(text)).toEqual(parsed);
    expect(evaluateExpression(parsed, CONTEXT)).toEqual(value);
  });

  it.each(NOT_EXPRESSIONS)('%j is refused with where it went wrong', (text) => {
    expect(() => parseRuntimeExpression(text)).toThrow(ExpressionError);
    expect(isRuntimeExpression(text)).toBe(false);
  });

  it('reads embedded expressions in a string and leaves other braces alone', () => {
    expect(parseExpressionString('Bearer {$inputs.apiKey}')).toEqual([
      { literal: 'Bearer ' },
      { expression: { kind: 'inputs', name: 'apiKey' } },
    ]);
    expect(parseExpressionString('{a} {$statusCode}!')).toEqual([
      { literal: '{a} ' },
      { expression: { kind: 'statusCode' } },
      { literal: '!' },
    ]);
    expect(() => parseExpressionString('{$inputs.apiKey')).toThrow(/expected \}/);
  });

  it('fills in payloads: a whole expression keeps its type, embedded ones become text', () => {
    const payload = {
      name: 'Recipe website',
      domain: '$steps.addWebsite.outputs.domain',
      list: [{ id: '$steps.addWebsite.outputs.websiteId' }],
      header: 'Bearer {$inputs.apiKey}',
      period: '$inputs.period',
      count: 2,
      price: '$5',
    };
    expect(evaluateValue(payload, CONTEXT)).toEqual({
      name: 'Recipe website',
      domain: 'a.example.com',
      list: [{ id: 'w1' }],
      header: 'Bearer sk_1',
      period: { from: 1, to: 2 },
      count: 2,
      price: '$5',
    });
    expect(expressionsIn(payload)).toEqual([
      { kind: 'steps', stepId: 'addWebsite', output: 'domain' },
      { kind: 'steps', stepId: 'addWebsite', output: 'websiteId' },
      { kind: 'inputs', name: 'apiKey' },
      { kind: 'inputs', name: 'period' },
    ]);
  });

  it('never reads through prototypes', () => {
    expect(evaluateExpression(parseRuntimeExpression('$inputs.constructor'), CONTEXT)).toBeUndefined();
    expect(evaluateExpression(parseRuntimeExpression('$steps.toString.outputs.x'), CONTEXT)).toBeUndefined();
  });
});

describe('conditions', () => {
  it.each(CONDITIONS)('$text → $value', ({ text, value }) => {
    expect(evaluateCondition(parseCondition(text), CONTEXT)).toBe(value);
  });

  it.each(BAD_CONDITIONS)('%j is refused', (text) => {
    expect(() => parseCondition(text)).toThrow(ExpressionError);
  });

  it('checks criteria and says what was received when one is not met', () => {
    expect(checkCriterion({ condition: '$statusCode == 200' }, CONTEXT)).toEqual({ passed: true });
    expect(checkCriterion({ condition: '$statusCode == 201' }, CONTEXT)).toEqual({
      passed: false,
      reason: 'not-met',
      actual: 200,
    });
    expect(checkCriterion({ condition: '^Recipe', context: '$response.body#/name', type: 'regex' }, CONTEXT)).toEqual({
      passed: true,
    });
    expect(checkCriterion({ condition: '$statusCode = 200' }, CONTEXT)).toMatchObject({ reason: 'invalid' });
    expect(checkCriterion({ condition: '$.id', context: '$response.body', type: 'jsonpath' }, CONTEXT)).toMatchObject({
      reason: 'unsupported',
    });
  });

  it('a statusCode criterion fails before an answer exists', () => {
    expect(checkCriterion({ condition: '$statusCode == 200' }, { inputs: {}, steps: {} })).toMatchObject({
      passed: false,
    });
  });
});
