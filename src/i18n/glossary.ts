/**
 * The glossary check: each locale's chosen terms and typography (src/i18n/glossary/<locale>.json), applied to
 * every translated text. Pure: scripts/i18n.ts reads the catalogs and runs it in `npm run i18n:check`.
 *
 * A term lists the form to use and the forms to avoid; an avoided form is reported only where it is not part of
 * the chosen form (パラメータ inside パラメーター is fine). Literal code is never checked: inline code, code
 * fences, URLs, and `{placeholders}` are masked before the rules run.
 */

export interface GlossaryTerm {
  /** The English term (or act) the entry is about. */
  en: string;
  /** The form to write. */
  use: string;
  /** Forms seen or likely that must not be written for it. */
  avoid: string[];
  /** Longer forms that hold an avoided one and are right (ページ本文 beside 本文). */
  allow?: string[];
  /** Why, or where the term applies, for the translator. */
  note?: string;
}

export type TypographyRule = keyof typeof TYPOGRAPHY;

export interface Glossary {
  locale: string;
  terms: GlossaryTerm[];
  typography: TypographyRule[];
}

export interface GlossaryFinding {
  /** The catalog entry, e.g. `i18n/fr/code.json#playground.send`. */
  where: string;
  rule: string;
  /** The offending text with a little context. */
  excerpt: string;
  message: string;
}

/** A translated text to check and where it is; `markdown`: code fences and inline code are literal. */
export interface CatalogText {
  where: string;
  text: string;
}

/** Stands in for masked characters: not a space, not a letter, so it neither makes nor hides a finding. */
const MASK = '\uFFFC';
const masked = (s: string) => s.replace(/[^\n]/g, MASK);

/**
 * The text with literal code masked, character for character (offsets stay): fenced code blocks, inline code,
 * autolinks and URLs, HTML tags, Markdown link targets, and `{placeholders}` of UI strings.
 */
export function maskLiterals(text: string): string {
  return text
    .replace(/^([ \t]*)(```|~~~)[^\n]*\n[\s\S]*?^\1\2[ \t]*$/gm, masked)
    .replace(/(`+)[\s\S]*?\1/g, masked)
    .replace(/\]\([^)\s]*\)/g, (m) => `]${masked(m.slice(1))}`)
    .replace(/<\/?[A-Za-z][^>]*>/g, masked)
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s)>\]"'`]*/gi, masked)
    .replace(/\{[A-Za-z_][\w.]*\}/g, masked);
}

const CJK = '\u3005\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF01-\uFF60';
/** Kana and kanji: the letters of Japanese and Chinese words. */
const CJK_LETTER = '[\u3005\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]';
/** A CJK character or full-width punctuation mark (。、「」（） and the full-width forms). */
const CJK_CHAR = `[${CJK}\u3001-\u3003\u3008-\u3011\u3014-\u301F]`;

interface RuleHit {
  index: number;
  length: number;
  message: string;
}

/**
 * Typography rules by name; a locale's glossary lists the ones that apply to it. Each finds its offences in a
 * masked text.
 */
export const TYPOGRAPHY = {
  /** French: a no-break space (U+202F narrow, or U+00A0) before `: ; ! ?`, never none and never a breaking one. */
  'fr-space-before-punctuation': (text: string): RuleHit[] => {
    const hits: RuleHit[] = [];
    // The mark closes a word or a clause: followed by a space, the end, or closing punctuation/markup.
    for (const m of text.matchAll(/(^|[^\s\u00A0\u202F])([ \t]?)([:;!?])(?=$|[\s»)"'’*_\]\uFFFC.,]|\u00A0|\u202F)/gm)) {
      const [, before, space, mark] = m;
      if (before === '' && space === '') continue; // a line that starts with the mark
      if (mark === ':' && /\d/.test(before) && /^\d/.test(text.slice(m.index + m[0].length))) continue; // 10:30
      if (/[:;!?]/.test(before)) continue; // "?!", "::", counted once at the first mark
      const index = m.index + before.length;
      hits.push({
        index,
        length: space.length + 1,
        message: space
          ? `a no-break space (U+202F or U+00A0) before "${mark}", not a breaking one`
          : `a no-break space (U+202F or U+00A0) before "${mark}"`,
      });
    }
    return hits;
  },
  /** French: « guillemets » hold a no-break space on their inner side. */
  'fr-guillemet-spaces': (text: string): RuleHit[] => {
    const hits: RuleHit[] = [];
    for (const m of text.matchAll(/«(?![\u00A0\u202F])|(?<![\u00A0\u202F])»/g))
      hits.push({ index: m.index, length: 1, message: 'a no-break space (U+00A0 or U+202F) inside « »' });
    return hits;
  },
  /** Japanese and Chinese prose: `, . : ; ! ?` after a CJK character are full-width (、。：；！？ or ，). */
  'cjk-fullwidth-punctuation': (text: string): RuleHit[] => {
    const hits: RuleHit[] = [];
    // After a letter or a closing mark: a lone mark quoted as a character (「.」, （? または #）) is not prose.
    for (const m of text.matchAll(new RegExp(`(?<=${CJK_LETTER}|[）」』】])[,.:;!?](?![\\w/])`, 'g')))
      hits.push({ index: m.index, length: 1, message: `a full-width mark for "${m[0]}" after Japanese or Chinese text` });
    return hits;
  },
  /** Japanese and Chinese prose: brackets around or next to CJK text are full-width: （…）. */
  'cjk-fullwidth-brackets': (text: string): RuleHit[] => {
    const hits: RuleHit[] = [];
    for (const m of text.matchAll(/\(([^()\n]*)\)/g)) {
      const inner = m[1];
      const before = text.slice(0, m.index).replace(/[ \t]+$/, '').slice(-1);
      if (new RegExp(CJK_CHAR).test(inner) || new RegExp(CJK_CHAR).test(before))
        hits.push({ index: m.index, length: m[0].length, message: 'full-width brackets （…） in Japanese or Chinese prose' });
    }
    return hits;
  },
  /** Japanese and Chinese: full-width punctuation carries its own spacing; no space beside it. */
  'cjk-no-space-beside-fullwidth-punctuation': (text: string): RuleHit[] => {
    const hits: RuleHit[] = [];
    const re = /(?<=[、。，．：；！？）」』】])[ \t]+(?=[^\s|])|(?<=[^\s|#>*+\-\d.])[ \t]+(?=[、。，．：；！？（「『【])/g;
    for (const m of text.matchAll(re))
      hits.push({ index: m.index, length: m[0].length, message: 'no space beside full-width punctuation' });
    return hits;
  },
  /** Japanese: no space between a Latin word or a number and Japanese text (APIキー, 100文字, Tianjiの). */
  'cjk-latin-no-space': (text: string): RuleHit[] => {
    const hits: RuleHit[] = [];
    const re = new RegExp(`(?<=[A-Za-z0-9])[ \\t]+(?=${CJK_LETTER})|(?<=${CJK_LETTER})[ \\t]+(?=[A-Za-z0-9])`, 'g');
    for (const m of text.matchAll(re))
      hits.push({ index: m.index, length: m[0].length, message: 'no space between Latin text and Japanese' });
    return hits;
  },
  /** Chinese: a space between a Latin word or a number and Chinese text (API 密钥, 100 个). */
  'cjk-latin-space': (text: string): RuleHit[] => {
    const hits: RuleHit[] = [];
    const re = new RegExp(`(?<=[A-Za-z0-9])(?=${CJK_LETTER})|(?<=${CJK_LETTER})(?=[A-Za-z0-9])`, 'g');
    for (const m of text.matchAll(re))
      hits.push({ index: Math.max(0, m.index - 1), length: 2, message: 'a space between Latin text and Chinese' });
    return hits;
  },
} as const;

function excerpt(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 12);
  const end = Math.min(text.length, index + length + 12);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`.replace(/\s*\n\s*/g, ' ');
}

const LATIN_OR_DIGIT = /[\p{Script=Latin}\d]/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * Every occurrence of `needle` in `text`, as [start, end) ranges. A form that begins or ends with a Latin letter
 * is a whole Latin word there (`Workspace` is not found in `currentWorkspaceId`, `API キー` is found in
 * `てAPI キー`); Japanese and Chinese have no spaces to tell words apart, so their forms match anywhere.
 */
function occurrences(text: string, needle: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!needle) return out;
  const wordStart = LATIN.test(needle[0]);
  const wordEnd = LATIN.test(needle[needle.length - 1]);
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const end = i + needle.length;
    if (wordStart && i > 0 && LATIN_OR_DIGIT.test(text[i - 1])) continue;
    if (wordEnd && end < text.length && LATIN_OR_DIGIT.test(text[end])) continue;
    out.push([i, end]);
  }
  return out;
}

/** The glossary's findings in one text. */
export function checkText(glossary: Glossary, { where, text }: CatalogText): GlossaryFinding[] {
  const findings: GlossaryFinding[] = [];
  const plain = maskLiterals(text);
  for (const term of glossary.terms) {
    const chosen = [term.use, ...(term.allow ?? [])].flatMap((form) => occurrences(plain, form));
    const reported: Array<[number, number]> = [];
    for (const avoid of term.avoid) {
      for (const [start, end] of occurrences(plain, avoid)) {
        if (chosen.some(([s, e]) => s <= start && end <= e)) continue;
        // Two avoided forms of one term over the same words are one finding.
        if (reported.some(([s, e]) => start < e && s < end)) continue;
        reported.push([start, end]);
        findings.push({
          where,
          rule: `term: ${term.en}`,
          excerpt: excerpt(text, start, end - start),
          message: `write "${term.use}", not "${avoid}"`,
        });
      }
    }
  }
  for (const rule of glossary.typography) {
    for (const hit of TYPOGRAPHY[rule](plain))
      findings.push({ where, rule, excerpt: excerpt(text, hit.index, hit.length), message: hit.message });
  }
  return findings;
}

/** The translatable texts of a catalog: every string value but hashes (and code.json's notes for translators). */
export function catalogTexts(file: string, data: unknown): CatalogText[] {
  const out: CatalogText[] = [];
  const walk = (value: unknown, pointer: string) => {
    if (typeof value === 'string') out.push({ where: `${file}#${pointer}`, text: value });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${pointer}/${i}`));
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) {
        if (key.startsWith('_i18n') || key === 'locale') continue;
        // A UI string's `description` is the English note for translators, not shown to readers.
        if (key === 'description' && typeof v === 'string' && 'message' in value) continue;
        walk(v, `${pointer}/${key}`);
      }
  };
  walk(data, '');
  return out;
}

/** A translated Markdown page: its body (front matter but `title`/`description` left out). */
export function pageTexts(file: string, page: string): CatalogText[] {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(page);
  const out: CatalogText[] = [];
  if (match)
    for (const line of match[1].split('\n')) {
      const field = /^(title|description|sidebar_label):\s*(.*)$/.exec(line);
      if (field) out.push({ where: `${file}#${field[1]}`, text: field[2].replace(/^(["'])(.*)\1$/, '$2') });
    }
  out.push({ where: file, text: match ? page.slice(match[0].length) : page });
  return out;
}

/** A glossary file's data, checked: every typography rule it names exists. */
export function parseGlossary(data: unknown, file: string): Glossary {
  const g = data as Glossary;
  if (!g || typeof g.locale !== 'string' || !Array.isArray(g.terms) || !Array.isArray(g.typography))
    throw new Error(`${file}: a glossary has "locale", "terms" and "typography"`);
  for (const rule of g.typography)
    if (!(rule in TYPOGRAPHY)) throw new Error(`${file}: unknown typography rule "${rule}" (src/i18n/glossary.ts)`);
  for (const t of g.terms)
    if (typeof t.en !== 'string' || typeof t.use !== 'string' || !Array.isArray(t.avoid))
      throw new Error(`${file}: each term has "en", "use" and "avoid"`);
  return g;
}

export function checkGlossary(glossary: Glossary, texts: CatalogText[]): GlossaryFinding[] {
  return texts.flatMap((t) => checkText(glossary, t));
}
