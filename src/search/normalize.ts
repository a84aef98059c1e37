/**
 * One form per word, for the index and the query alike. Readers write variants the pages do not: full- or
 * half-width letters and kana, ヴ for ブ, ウェブサイト for Webサイト, Webseite for Website, login for sign in.
 * Each locale's variants come from two data files a translator extends: the search lexicon
 * (src/search/lexicon/<locale>.json: synonym groups, first word = the pages' form) and the glossary's avoided
 * spellings of single terms (src/i18n/glossary/<locale>.json). The query is rewritten to the pages' forms; a page
 * that holds a variant gets the pages' form added to its index entry (src/plugins/pagefind-html.ts), so both
 * spellings find the same pages.
 */
import type { GlossaryTerm } from '../i18n/glossary';
import en from './lexicon/en.json';
import fr from './lexicon/fr.json';
import de from './lexicon/de.json';
import es from './lexicon/es.json';
import id from './lexicon/id.json';
import ja from './lexicon/ja.json';
import zhHans from './lexicon/zh-Hans.json';
import glossaryFr from '../i18n/glossary/fr.json';
import glossaryDe from '../i18n/glossary/de.json';
import glossaryEs from '../i18n/glossary/es.json';
import glossaryId from '../i18n/glossary/id.json';
import glossaryJa from '../i18n/glossary/ja.json';
import glossaryZhHans from '../i18n/glossary/zh-Hans.json';

export interface Lexicon {
  /** Groups of words for one thing; the first is the form the pages use. */
  synonyms: string[][];
  /** Words never highlighted in an excerpt. */
  stopWords: string[];
}

const LEXICONS: Record<string, Lexicon> = { en, fr, de, es, id, ja, 'zh-Hans': zhHans };
const GLOSSARIES: Record<string, { terms: GlossaryTerm[] }> = {
  fr: glossaryFr,
  de: glossaryDe,
  es: glossaryEs,
  id: glossaryId,
  ja: glossaryJa,
  'zh-Hans': glossaryZhHans,
};

/**
 * A glossary entry is a spelling variant a reader may type when both forms are one term: no kana particles, no
 * punctuation, not a phrase of more than two words (「ワークスペースを追加」 is a wording rule, not a spelling).
 */
const TERM = /^[\p{L}\p{N}ー・ -]{1,24}$/u;
const isTerm = (s: string) => TERM.test(s) && !/\p{Script=Hiragana}/u.test(s) && s.split(' ').length <= 2;

/** The glossary's avoided spellings of single terms, as synonym groups (the chosen form first). */
export function glossaryGroups(terms: GlossaryTerm[]): string[][] {
  return terms
    .filter((t) => isTerm(t.use))
    .map((t) => [t.use, ...t.avoid.filter(isTerm)])
    .filter((g) => g.length > 1);
}

/** A locale's lexicon with its glossary's spellings added; an unknown locale has none. */
export function lexiconOf(locale: string): Lexicon {
  const own = LEXICONS[locale] ?? { synonyms: [], stopWords: [] };
  return { ...own, synonyms: [...own.synonyms, ...glossaryGroups(GLOSSARIES[locale]?.terms ?? [])] };
}

/** Full-width Latin, digits and punctuation to ASCII, half-width kana to full width (Unicode NFKC). */
export function foldWidth(text: string): string {
  return text.normalize('NFKC');
}

const VU: Record<string, string> = { ヴァ: 'バ', ヴィ: 'ビ', ヴェ: 'ベ', ヴォ: 'ボ', ヴュ: 'ビュ', ヴ: 'ブ' };

/** Katakana spellings of foreign sounds the pages write the common way: ヴ → ブ (ヴァ → バ …). */
export function foldKana(text: string): string {
  return text.replace(/ヴ[ァィェォュ]?/g, (m) => VU[m] ?? m);
}

/** Characters that join a Latin word to its neighbour: a path, an id or a URL is never rewritten. */
const WORD_CHAR = '[\\p{L}\\p{N}/_.{}\\-]';
const isLatinEdge = (c: string) => /[\p{Script=Latin}\p{N}]/u.test(c);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const key = (s: string) => foldWidth(s).toLowerCase();

export interface Rewriter {
  /** The text with every variant replaced by the pages' form. */
  rewrite(text: string): string;
  /** The pages' forms of the variants `text` holds, where that form is not in `text` already (index side). */
  additions(text: string): string[];
}

/**
 * Builds the rewriter of a lexicon. Every form of every group is matched, longest first, so a longer word that
 * holds a variant (パラメーター holds パラメータ) stays itself. Latin words match whole: not inside another word,
 * a path or an id; Japanese and Chinese words match anywhere.
 */
export function rewriter(lexicon: Lexicon): Rewriter {
  const canonical = new Map<string, string>();
  for (const group of lexicon.synonyms) for (const form of group) canonical.set(key(form), group[0]);
  const forms = [...canonical.keys()].sort((a, b) => b.length - a.length);
  const pattern = forms
    .map((f) => {
      const before = isLatinEdge(f[0]) ? `(?<!${WORD_CHAR})` : '';
      const after = isLatinEdge(f[f.length - 1]) ? `(?!${WORD_CHAR})` : '';
      return `${before}${escape(f).replace(/ /g, '\\s+')}${after}`;
    })
    .join('|');
  const matcher = forms.length > 0 ? new RegExp(pattern, 'giu') : null;
  const formOf = (m: string) => canonical.get(key(m).replace(/\s+/g, ' ')) ?? m;
  const fold = (text: string) => foldKana(foldWidth(text));
  return {
    rewrite: (text) => (matcher ? fold(text).replace(matcher, formOf) : fold(text)),
    additions(text) {
      const folded = fold(text);
      const lower = text.toLowerCase();
      const out = new Set<string>();
      // Full-width or half-width runs and ヴ spellings: their folded form.
      for (const m of text.matchAll(
        /[\uff01-\uff5e\uff65-\uff9f]+|[\p{Script=Katakana}ー]*ヴ[\p{Script=Katakana}ー]*/gu,
      )) {
        const f = fold(m[0]);
        if (f !== m[0] && !lower.includes(f.toLowerCase())) out.add(f);
      }
      if (matcher)
        for (const m of folded.matchAll(matcher)) {
          const form = formOf(m[0]);
          if (!lower.includes(form.toLowerCase())) out.add(form);
        }
      return [...out];
    },
  };
}

const cache = new Map<string, Rewriter>();

/** The rewriter of a locale (built once). */
export function rewriterOf(locale: string): Rewriter {
  let r = cache.get(locale);
  if (!r) cache.set(locale, (r = rewriter(lexiconOf(locale))));
  return r;
}
