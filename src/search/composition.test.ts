import { describe, expect, it } from 'vitest';
import { compositionEnd, compositionStart, IME_IDLE, isImeKey, textChanged, type ImeGate } from './composition';

describe('isImeKey', () => {
  it('is a key the input method handles: isComposing, or key code 229', () => {
    expect(isImeKey({ isComposing: true, keyCode: 13 })).toBe(true);
    expect(isImeKey({ isComposing: false, keyCode: 229 })).toBe(true); // Safari's Enter after compositionend
    expect(isImeKey({ isComposing: true, keyCode: 229 })).toBe(true);
  });
  it('is not a plain Enter, arrow or Escape', () => {
    for (const keyCode of [13, 27, 38, 40]) expect(isImeKey({ isComposing: false, keyCode })).toBe(false);
    expect(isImeKey({})).toBe(false);
  });
});

/** Runs events through the gate from idle; returns the texts searched. */
function run(events: Array<['start'] | ['input', string, boolean?] | ['end', string]>): string[] {
  // ['input', text] without a flag: a browser that does not say whether it is composing.
  let gate: ImeGate = IME_IDLE;
  const searched: string[] = [];
  for (const [kind, value, composing] of events) {
    if (kind === 'start') {
      gate = compositionStart(gate);
      continue;
    }
    const step = kind === 'input' ? textChanged(gate, value, composing) : compositionEnd(gate, value);
    gate = step.gate;
    if (step.search !== null) searched.push(step.search);
  }
  return searched;
}

describe('the composition gate', () => {
  it('searches every change of text typed without an input method', () => {
    expect(
      run([
        ['input', 'w'],
        ['input', 'we'],
        ['input', 'web'],
      ]),
    ).toEqual(['w', 'we', 'web']);
  });

  it("searches the confirmed text once, not the kana being composed (Chrome's order: input, then end)", () => {
    const searched = run([
      ['start'],
      ['input', 'さ', true],
      ['input', 'さく', true],
      ['input', 'さくじょ', true],
      ['input', '削除', true],
      ['end', '削除'],
    ]);
    expect(searched).toEqual(['削除']);
  });

  it('searches once when the last input comes after compositionend (Firefox, Safari)', () => {
    expect(run([['start'], ['input', 'さくじょ', true], ['end', '削除'], ['input', '削除', false]])).toEqual(['削除']);
  });

  it('holds composed text when the input event does not say whether it is composing', () => {
    expect(run([['start'], ['input', 'さ'], ['input', 'さく']])).toEqual([]);
  });

  it('an input event that says no composition is open ends one that closed without compositionend', () => {
    expect(run([['start'], ['input', 'あ', true], ['input', ''], ['input', 'api', false]])).toEqual(['api']);
  });

  it('holds text an input event marks as composing though compositionstart was not seen', () => {
    expect(
      run([
        ['input', 'さ', true],
        ['end', '差'],
      ]),
    ).toEqual(['差']);
  });

  it('after a composition, typing searches again, and a second composition adds to the query', () => {
    expect(
      run([
        ['start'],
        ['input', 'めんばー', true],
        ['end', 'メンバー'],
        ['input', 'メンバー '],
        ['start'],
        ['input', 'メンバー しょうたい', true],
        ['end', 'メンバー 招待'],
      ]),
    ).toEqual(['メンバー', 'メンバー ', 'メンバー 招待']);
  });

  it('a cancelled composition that leaves the text as it was searches nothing new', () => {
    expect(run([['input', 'api'], ['start'], ['input', 'apiきー', true], ['end', 'api']])).toEqual(['api']);
  });
});
