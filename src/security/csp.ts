/**
 * The site's Content-Security-Policy. Scripts run only from the site's own files and from the inline scripts the
 * site itself puts in every page (Docusaurus's colour-mode script, the early-send script), allowed by their
 * SHA-256 hashes: those are the inline scripts that are children of <head> or <body>. Page content renders inside
 * the React root, so a script injected there (or an inline event handler anywhere) does not run. The playground may
 * still call any http(s) instance the reader names (connect-src), and the mock's service worker comes from the site.
 * Build-time and pure: htmlparser2 reads the page (its streaming parser: a page is read once, nothing is kept).
 */
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

/** Why each source is there, in one place (README "Security" quotes this list). */
export const POLICY: ReadonlyArray<[directive: string, sources: string[]]> = [
  ['default-src', ["'self'"]],
  // 'wasm-unsafe-eval': Pagefind's search runs WebAssembly. 'unsafe-eval': Ajv compiles each JSON Schema check to a
  // function (parameter, body and response checks); it lets the site's own scripts compile code, not markup run.
  ['script-src', ["'self'", "'wasm-unsafe-eval'", "'unsafe-eval'"]],
  // React and Prism set style attributes.
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:', 'https:']],
  ['font-src', ["'self'", 'data:']],
  // The playground sends to the instance the reader names, wherever it is.
  ['connect-src', ["'self'", 'https:', 'http:']],
  ['worker-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
];

/** Directives a <meta> policy ignores; only a header can carry them. */
export const HEADER_ONLY: ReadonlyArray<[string, string[]]> = [['frame-ancestors', ["'self'"]]];

export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy with the given inline-script hashes added to script-src. */
export function policy(hashes: Iterable<string>, extra: ReadonlyArray<[string, string[]]> = []): string {
  const sorted = [...new Set(hashes)].sort();
  return [...POLICY, ...extra]
    .map(([directive, sources]) => [directive, ...sources, ...(directive === 'script-src' ? sorted : [])].join(' '))
    .join('; ');
}

const EXECUTABLE_TYPE = /^(|module|(text|application)\/(java|ecma)script)$/i;

/** The text of each inline, executable script that is a child of <head> or <body>: the site's own. */
export function siteScripts(html: string): string[] {
  const scripts: string[] = [];
  const open: string[] = [];
  let script: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = open.at(-1);
        if (name === 'script' && (parent === 'head' || parent === 'body') && !('src' in attributes)) {
          if (EXECUTABLE_TYPE.test(attributes.type ?? '')) script = '';
        }
        open.push(name);
      },
      ontext(text) {
        if (script !== undefined) script += text;
      },
      onclosetag(name) {
        open.pop();
        if (name === 'script' && script !== undefined) {
          scripts.push(script);
          script = undefined;
        }
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return scripts;
}

const META = /<meta http-equiv="?Content-Security-Policy"?[^>]*>/i;

/** The page with its policy as the first element of <head> (replacing one written before), or an error. */
export function withPolicyMeta(html: string): { html: string; hashes: string[] } {
  const clean = html.replace(META, '');
  const hashes = siteScripts(clean).map(scriptHash);
  const head = /<head[^>]*>/i.exec(clean);
  if (!head) throw new Error('csp: the page has no <head>');
  const at = head.index + head[0].length;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}">`;
  return { html: clean.slice(0, at) + meta + clean.slice(at), hashes };
}

/** A `_headers` file (Netlify, Cloudflare Pages) with the policy for every path: every hash the build allows. */
export function headersFile(hashes: Iterable<string>): string {
  return `/*\n  Content-Security-Policy: ${policy(hashes, HEADER_ONLY)}\n`;
}
