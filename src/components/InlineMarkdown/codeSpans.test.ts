import { describe, expect, it } from 'vitest';
import { codeSpans } from './codeSpans';

describe('codeSpans', () => {
  it('splits text and code spans', () => {
    expect(codeSpans('The input failed validation; `issues` lists what is wrong.')).toEqual([
      { code: false, text: 'The input failed validation; ' },
      { code: true, text: 'issues' },
      { code: false, text: ' lists what is wrong.' },
    ]);
  });

  it('keeps text without backticks whole', () => {
    expect(codeSpans('Plain text.')).toEqual([{ code: false, text: 'Plain text.' }]);
  });

  it('closes a span only on a run of the same length, and strips one space from each side', () => {
    expect(codeSpans('a `` b`c `` d')).toEqual([
      { code: false, text: 'a ' },
      { code: true, text: 'b`c' },
      { code: false, text: ' d' },
    ]);
    expect(codeSpans('`  two  `')).toEqual([{ code: true, text: ' two ' }]);
    expect(codeSpans('` `')).toEqual([{ code: true, text: ' ' }]);
  });

  it('treats an unmatched run as text and still finds later spans', () => {
    expect(codeSpans('a ``` b `c`')).toEqual([
      { code: false, text: 'a ``` b ' },
      { code: true, text: 'c' },
    ]);
    expect(codeSpans('price in `USD')).toEqual([{ code: false, text: 'price in `USD' }]);
  });

  it('leaves markup as text (it is rendered as text, never as HTML)', () => {
    expect(codeSpans('<b>x</b> `<i>`')).toEqual([
      { code: false, text: '<b>x</b> ' },
      { code: true, text: '<i>' },
    ]);
  });
});
