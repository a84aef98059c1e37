/**
 * Broken and hostile specs (test/fixtures/specs/): each either fails `npm run build` with one line per problem that
 * names the file and JSON path (no stack trace), or builds with its text shown literally, never executed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copySite, removeSite, runScript } from './support/site-copy';

const specs = path.resolve(__dirname, 'fixtures/specs');
const dir = copySite();
afterAll(() => removeSite(dir));

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

const failing: Array<[file: string, expected: RegExp]> = [
  ['invalid-yaml.yaml', /invalid-yaml\.yaml#\/: .+/],
  ['invalid-json.json', /invalid-json\.json#\/\S*: .+/],
  [
    'dangling-ref.yaml',
    /dangling-ref\.yaml#\/paths\/~1things\/get\/responses\/200\/content\/application~1json\/schema: .*resolve/i,
  ],
  ['duplicate-operation-ids.yaml', /duplicate-operation-ids\.yaml#\/paths\/~1b\/get\S*: .*operationId/],
];

describe('specs that must fail the build', () => {
  it.each(failing)(
    '%s fails with its file and JSON path',
    async (file, expected) => {
      const result = await runScript(dir, 'build', ['--locale', 'en'], path.join(specs, file));
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(expected);
      expect(result.stderr).not.toMatch(STACK_LINE);
      // Nothing was generated from a spec that failed validation.
      expect(fs.existsSync(path.join(dir, 'build'))).toBe(false);
    },
    120_000,
  );
});

/** The page's text as a reader sees it (tags dropped, entities decoded). */
function readableText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('specs that must build', () => {
  it('an operation without documented responses (valid in OpenAPI 3.1) still gets its page', async () => {
    const result = await runScript(dir, 'build', ['--locale', 'en'], path.join(specs, 'missing-responses.yaml'));
    expect(result.code, result.stderr.slice(-2000)).toBe(0);
    expect(readableText(fs.readFileSync(path.join(dir, 'build/docs/api/no-responses.html'), 'utf8'))).toContain('/a');
  }, 600_000);

  it('a circular $ref builds and shows the recursion without looping', async () => {
    const result = await runScript(dir, 'build', ['--locale', 'en'], path.join(specs, 'circular-ref.yaml'));
    expect(result.code, result.stderr.slice(-2000)).toBe(0);
    const page = fs.readFileSync(path.join(dir, 'build/docs/api/node-get.html'), 'utf8');
    expect(page).toContain('Get a node of the tree');
    expect(page).toContain('children');
    expect(page).toContain('circular');
  }, 600_000);

  it('MDX-hostile text is shown literally and never executed', async () => {
    const result = await runScript(dir, 'build', ['--locale', 'en'], path.join(specs, 'mdx-hostile.yaml'));
    expect(result.code, result.stderr.slice(-2000)).toBe(0);
    const page = fs.readFileSync(path.join(dir, 'build/docs/api/echo-hostile.html'), 'utf8');
    const text = readableText(page);
    for (const literal of [
      "First line {with braces} and a <script>alert('xss')</script> tag.",
      '</div> closes nothing. <!-- opens a comment.',
      "import x from 'y'",
      'export const z = 1;',
      'Echo {braces} <b>bold</b>',
      'Path value {x} <img src=x onerror=alert(1)>',
      "<script>alert('prop')</script> {prop}",
      'OK {ok} </div>',
    ]) {
      expect(text).toContain(literal);
    }
    // No element came out of the spec's text: outside quoted attribute values (where `<` is inert) it is escaped.
    const markup = page.replace(/="[^"]*"/g, '=""').replace(/='[^']*'/g, "=''");
    expect(markup).not.toMatch(/<script>alert/);
    expect(markup).not.toMatch(/<img src=x onerror/);
    expect(markup).not.toContain('<b>bold</b>');
    expect(markup).not.toMatch(/<!-- opens/);
    const index = readableText(fs.readFileSync(path.join(dir, 'build/docs/api.html'), 'utf8'));
    expect(index).toContain("Braces {danger} and <script>alert('info')</script>");
    expect(readableText(fs.readFileSync(path.join(dir, 'build/docs/api/hostile.html'), 'utf8'))).toContain(
      'Tag with </div> and <!-- a comment opener and {curly}',
    );
  }, 600_000);
});
