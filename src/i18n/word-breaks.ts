/**
 * Word boundaries in a Chinese label, marked with U+200B (a zero-width break opportunity), so a label set with
 * `word-break: keep-all` (src/css/custom.css) wraps only between words: Chinese has no spaces, and no browser
 * breaks it by phrase (Chromium's `auto-phrase` serves Japanese, which is left as it is). Marked at build time so
 * the server-rendered and hydrated text are the same. Other locales' text is returned unchanged.
 */
const ZWSP = '\u200b';

export function withWordBreaks(text: string, locale: string): string {
  if (!locale.startsWith('zh')) return text;
  const words = [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)].map((s) => s.segment);
  let out = '';
  for (const [i, word] of words.entries()) {
    const previous = words[i - 1];
    // Between two CJK words only: spaces and Latin words already give the line a place to break.
    if (previous !== undefined && /\p{Script=Han}$/u.test(previous) && /^\p{Script=Han}/u.test(word)) out += ZWSP;
    out += word;
  }
  return out;
}
