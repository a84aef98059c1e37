/**
 * A one-line description split into text and code spans, by CommonMark's code span rule (a run of n backticks up
 * to the next run of exactly n; one space stripped from each side when both are there; an unmatched run is text).
 * Hand-written: the spec's short descriptions only use code spans, and a Markdown parser on every page would be
 * heavy for that. Pure.
 */
export interface Segment {
  code: boolean;
  text: string;
}

export function codeSpans(markdown: string): Segment[] {
  const out: Segment[] = [];
  const push = (code: boolean, text: string) => {
    const last = out[out.length - 1];
    if (!code && last && !last.code) last.text += text;
    else if (text !== '' || code) out.push({ code, text });
  };
  const runs = /`+/g;
  let from = 0;
  let open: RegExpExecArray | null;
  while ((open = runs.exec(markdown))) {
    let close: RegExpExecArray | null;
    while ((close = runs.exec(markdown)) && close[0].length !== open[0].length);
    if (!close) {
      // No closing run of the same length: the opening backticks are text; look for code after them.
      runs.lastIndex = open.index + open[0].length;
      continue;
    }
    push(false, markdown.slice(from, open.index));
    let code = markdown.slice(open.index + open[0].length, close.index).replace(/\r?\n/g, ' ');
    if (code.length >= 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') code = code.slice(1, -1);
    push(true, code);
    from = close.index + close[0].length;
  }
  push(false, markdown.slice(from));
  return out;
}
