import { describe, expect, it } from 'vitest';
import { headersFile, policy, scriptHash, siteScripts, withPolicyMeta } from './csp';

const page = (content: string) =>
  `<!doctype html><html><head><meta charset=UTF-8><script>theme()</script><script type=application/ld+json>{"a":1}</script>` +
  `<script src=/assets/main.js defer></script></head><body>\n<script>colour()</script><div id=__docusaurus><main>${content}</main></div>` +
  `<script>early()</script></body>`;

describe('siteScripts', () => {
  it("finds the site's inline scripts: children of head and body, executable, without src", () => {
    expect(siteScripts(page('<p>hi</p>'))).toEqual(['theme()', 'colour()', 'early()']);
  });

  it('leaves out a script inside the page content, however deep', () => {
    expect(siteScripts(page('<div><script>planted()</script></div><script>alsoPlanted()</script>'))).toEqual([
      'theme()',
      'colour()',
      'early()',
    ]);
  });
});

describe('withPolicyMeta', () => {
  it('puts the policy first in <head>, with the hash of each site script and nothing else', () => {
    const { html, hashes } = withPolicyMeta(page('<script>planted()</script>'));
    expect(hashes).toEqual(['theme()', 'colour()', 'early()'].map(scriptHash));
    expect(html).toMatch(/^<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="/);
    expect(html).not.toContain(scriptHash('planted()'));
    expect(html).not.toContain("'unsafe-inline' 'sha");
    expect(html).toContain('<script>planted()</script>');
  });

  it('replaces a policy written before instead of adding a second', () => {
    const once = withPolicyMeta(page('')).html;
    const twice = withPolicyMeta(once).html;
    expect(twice).toBe(once);
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  it('refuses a page without a head', () => {
    expect(() => withPolicyMeta('<p>no head</p>')).toThrow(/no <head>/);
  });
});

describe('policy', () => {
  it('allows scripts from the site and by hash only, and requests to any http(s) instance', () => {
    const text = policy([scriptHash('x()')]);
    const directives = Object.fromEntries(text.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['script-src']).toContain("'self'");
    expect(directives['script-src']).toContain(scriptHash('x()'));
    expect(directives['script-src']).not.toContain("'unsafe-inline'");
    expect(directives['connect-src']).toEqual(["'self'", 'https:', 'http:']);
    expect(directives['object-src']).toEqual(["'none'"]);
  });

  it('in a headers file, for every path, with the directives only a header can carry', () => {
    expect(headersFile([scriptHash('x()')])).toMatch(
      /^\/\*\n {2}Content-Security-Policy: default-src 'self';.*frame-ancestors 'self'\n$/,
    );
  });
});
