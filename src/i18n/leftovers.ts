/**
 * The English-leftover classifier of the i18n crawl (e2e/i18n-crawl.spec.ts), pure so it is unit-tested:
 *  - a dictionary of the English sentences the site itself writes (every text field of the spec, every UI string,
 *    guide message and hand-written page), looked for in each text block of a translated page;
 *  - a language identifier (franc) on each text block of the main content, choosing between English and the
 *    page's language only, so that it also sees English the dictionary does not know.
 * The blocks are what a reader sees minus code and literal values (excluded by markup: see the crawl).
 */
import { francAll } from 'franc';

/** franc's ISO 639-3 code for each translated locale. */
export const FRANC_LANGUAGES: Record<string, string> = {
  fr: 'fra',
  de: 'deu',
  es: 'spa',
  id: 'ind',
  ja: 'jpn',
  'zh-Hans': 'cmn',
};

/**
 * Below this length (characters) franc's trigrams say little: short labels and names such as "cURL",
 * "JavaScript (fetch)" or "Tianji Open API" are left to the dictionary.
 */
export const MIN_BLOCK_LENGTH = 30;

/**
 * franc scores each candidate relative to the best (1). A short block dense with names and loanwords ("Details
 * des aktiven Abonnements", "Jumlah event per sumber telemetri") scores its own language close behind English
 * (0.87–0.99); real English leaves the other language far behind (0.17–0.70 on the spec's sentences). English is
 * reported only when the page's language scores at most this.
 */
export const MAX_OTHER_SCORE = 0.8;

/** Han and kana: a Japanese or Chinese block holds some, whatever the Latin identifiers around them. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const MIN_CJK_CHARACTERS = 2;

/** A sentence: at least this many words of two letters or more (shorter pieces are labels, names, codes). */
const MIN_SENTENCE_WORDS = 3;

/** Markdown and placeholders out, so that a sentence reads as it does on the page. */
function plain(text: string): string {
  return text
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\{[a-z][\w.]*\}/gi, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/<[^>\n]+>/g, ' ')
    .replace(/[*_#>[\]()]/g, ' ');
}

/** The English sentences of a set of texts (one per sentence, without its final punctuation). */
export function englishSentences(texts: Iterable<string>): Set<string> {
  const sentences = new Set<string>();
  for (const text of texts) {
    for (const piece of plain(text).split(/(?<=[.!?:;])\s+|\n/)) {
      const sentence = normalize(normalize(piece).replace(/[.!?:;,]$/, ''));
      if (sentence.split(' ').filter((w) => /[a-z]{2,}/i.test(w)).length >= MIN_SENTENCE_WORDS) sentences.add(sentence);
    }
  }
  return sentences;
}

export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Is this block of a `locale` page English? franc chooses between English and the locale's language only. In
 * Japanese and Chinese pages a block with Han or kana is the page's language (franc would go by the majority
 * script, and parameter names in Latin letters can outnumber the characters of a short sentence).
 */
export function isEnglish(block: string, locale: string): boolean {
  const language = FRANC_LANGUAGES[locale];
  if (!language) throw new Error(`no language identifier code for locale ${locale}`);
  const text = languageSample(block);
  if ((language === 'jpn' || language === 'cmn') && (text.match(CJK)?.length ?? 0) >= MIN_CJK_CHARACTERS) return false;
  const scores = francAll(text, { only: ['eng', language], minLength: MIN_BLOCK_LENGTH });
  const other = scores.find(([code]) => code === language)?.[1] ?? 0;
  return scores[0][0] === 'eng' && other <= MAX_OTHER_SCORE;
}

/** What the identifier reads of a block: its words, without symbols (the doc cards' 📄️ icon is no language). */
export function languageSample(block: string): string {
  return normalize(block.replace(/[\p{S}\uFE0F]/gu, ' '));
}

/**
 * Below this many words a block is a label line (a changelog entry's "Anfragefeld entfernt · Inkompatibel"), where
 * franc's guess is noise: such lines are left to the dictionary too.
 */
export const MIN_BLOCK_WORDS = 5;

/** Whether a block is long enough for the identifier to judge it. */
export function isJudged(block: string): boolean {
  const sample = languageSample(block);
  return sample.length >= MIN_BLOCK_LENGTH && sample.split(' ').filter((w) => /\p{L}{2,}/u.test(w)).length >= MIN_BLOCK_WORDS;
}

export interface Leftover {
  /** `dictionary`: a sentence the site writes in English; `language`: franc reads the block as English. */
  kind: 'dictionary' | 'language';
  text: string;
}

/**
 * What a page of `locale` shows in English: every dictionary sentence found in any block, and every main-content
 * block franc reads as English. A block is checked by franc only when `main` is true.
 */
export function findLeftovers(
  blocks: Array<{ text: string; main: boolean }>,
  locale: string,
  sentences: Iterable<string>,
): Leftover[] {
  const texts = blocks.map((b) => ({ text: normalize(b.text), main: b.main })).filter((b) => b.text !== '');
  // One string for the dictionary (a block never holds a line break after normalizing, nor does a sentence).
  const all = texts.map((b) => b.text).join('\n');
  const out: Leftover[] = [];
  for (const sentence of sentences) if (containsWords(all, sentence)) out.push({ kind: 'dictionary', text: sentence });
  for (const block of texts)
    if (block.main && isJudged(block.text) && isEnglish(block.text, locale)) out.push({ kind: 'language', text: block.text });
  return out;
}

/** `sentence` in `text` at word boundaries ("Send" is not found in "Sendungen"). */
function containsWords(text: string, sentence: string): boolean {
  let at = text.indexOf(sentence);
  while (at !== -1) {
    const before = text[at - 1];
    const after = text[at + sentence.length];
    if (!/\w/.test(before ?? '') && !/\w/.test(after ?? '')) return true;
    at = text.indexOf(sentence, at + 1);
  }
  return false;
}
