import { describe, expect, it } from 'vitest';
import { escapeMdxText, mdxJsonProp, yamlString } from './mdx';

describe('escapeMdxText', () => {
  it('escapes braces and angle brackets outside code', () => {
    expect(escapeMdxText('a {b} <script>x</script>')).toBe('a \\{b\\} \\<script\\>x\\</script\\>');
  });
  it('leaves inline code and fences verbatim', () => {
    expect(escapeMdxText('use `{a}` and\n```js\nconst x = {};\n```')).toBe('use `{a}` and\n```js\nconst x = {};\n```');
  });
  it('neutralises ESM lines', () => {
    expect(escapeMdxText('import x from "y"\n  export const a = 1')).toBe(
      '&#x69;mport x from "y"\n  &#x65;xport const a = 1',
    );
  });
});

describe('mdxJsonProp', () => {
  it('round-trips any value through an expression without braces or tags in its string', () => {
    const value = { a: '</div>{x}<!--', b: [1, null, '`'] };
    const expr = mdxJsonProp(value);
    expect(expr.slice('JSON.parse('.length, -1)).not.toMatch(/[{}<>]/);
    expect(eval(expr)).toEqual(value);
  });
});

describe('yamlString', () => {
  it('quotes and escapes', () => {
    expect(yamlString('a "b": c')).toBe('"a \\"b\\": c"');
  });
});
