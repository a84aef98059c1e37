import { themes } from 'prism-react-renderer';
import { describe, expect, it } from 'vitest';
import { contrast, readableOn, withReadableColors } from './code-theme';

describe('code colours', () => {
  it('finds the themes below AA as shipped (the check can fail)', () => {
    const failing = (t: typeof themes.github) =>
      t.styles.filter((s) => s.style.color && contrast(s.style.color, t.plain.backgroundColor!) < 4.5);
    expect(failing(themes.github).length).toBeGreaterThan(0);
    expect(failing(themes.dracula).map((s) => s.types)).toContainEqual(['comment']);
  });

  it('brings every token of both themes to 4.5:1 on its background', () => {
    for (const theme of [themes.github, themes.dracula]) {
      const readable = withReadableColors(theme);
      for (const s of readable.styles) {
        if (s.style.color)
          expect(contrast(s.style.color, theme.plain.backgroundColor!), s.types.join()).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('keeps a colour that already passes, and moves one that does not toward the far end', () => {
    expect(readableOn('#00009f', '#f6f8fa')).toBe('#00009f');
    const comment = readableOn('#999988', '#f6f8fa');
    expect(contrast(comment, '#999988') > 1 && contrast(comment, '#000000') < contrast('#999988', '#000000')).toBe(
      true,
    );
    expect(contrast(readableOn('rgb(98, 114, 164)', '#282A36'), '#ffffff')).toBeLessThan(
      contrast('rgb(98, 114, 164)', '#ffffff'),
    );
  });
});
