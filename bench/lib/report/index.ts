/**
 * The bench's outputs: latest.json, the scaling chart (chart.ts) and the generated block of BENCHMARKS.md
 * (table.ts), between the bench markers; text outside them, such as the analysis, is kept.
 */
import fs from 'node:fs';
import path from 'node:path';
import { root } from '../sites';
import type { Results } from '../types';
import { scalingSvg } from './chart';
import { markdownBlock } from './table';
import { ANALYSIS, BEGIN, END, INTRO } from './text';

/** Writes the three outputs; returns their paths, relative to the checkout. */
export function writeReport(results: Results, options: { outDir: string; markdown: string }): string[] {
  fs.mkdirSync(options.outDir, { recursive: true });
  const json = path.join(options.outDir, 'latest.json');
  const svg = path.join(options.outDir, 'build-scaling.svg');
  fs.writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(svg, `${scalingSvg(results)}\n`);
  const mdDir = path.dirname(options.markdown);
  const rel = (f: string) => path.relative(mdDir, f).split(path.sep).join('/');
  const block = markdownBlock(results, rel(svg), rel(json));
  let text = fs.existsSync(options.markdown)
    ? fs.readFileSync(options.markdown, 'utf8')
    : `${INTRO}${BEGIN}\n${END}${ANALYSIS}`;
  const a = text.indexOf(BEGIN);
  const b = text.indexOf(END);
  text =
    a >= 0 && b > a ? `${text.slice(0, a)}${block}${text.slice(b + END.length)}` : `${text.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(options.markdown, text);
  return [json, svg, options.markdown].map((f) => path.relative(root, f));
}
