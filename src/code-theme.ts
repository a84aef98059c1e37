/**
 * Code colours that pass WCAG AA (4.5:1) on the code block's own background, in both themes: each token colour of a
 * prism theme that falls short is moved toward black (light background) or white (dark) until it passes, its hue
 * kept. Written here because prism-react-renderer's themes ship colours below AA (GitHub's comments at 2.7:1,
 * Dracula's at 3:1) and no kept package adjusts a theme.
 */
import type { PrismTheme } from 'prism-react-renderer';

type Rgb = [number, number, number];

function parseColor(color: string): Rgb | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
  }
  const rgb = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/i.exec(color);
  return rgb ? (rgb.slice(1, 4).map(Number) as Rgb) : undefined;
}

const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG's contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(parseColor(a)!), luminance(parseColor(b)!)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** `color`, moved toward black or white (whichever the background is further from) until it reaches `ratio`. */
export function readableOn(color: string, background: string, ratio = 4.5): string {
  const rgb = parseColor(color);
  const bg = parseColor(background);
  if (!rgb || !bg || contrast(color, background) >= ratio) return color;
  const target: Rgb = luminance(bg) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  for (let step = 1; step <= 20; step++) {
    const mixed = rgb.map((c, i) => c + ((target[i] - c) * step) / 20) as Rgb;
    if (contrast(toHex(mixed), background) >= ratio) return toHex(mixed);
  }
  return toHex(target);
}

/** The theme with every token colour readable on its background. */
export function withReadableColors(theme: PrismTheme, ratio = 4.5): PrismTheme {
  const background = theme.plain.backgroundColor ?? '#ffffff';
  return {
    ...theme,
    styles: theme.styles.map((s) => ({
      ...s,
      style: s.style.color ? { ...s.style, color: readableOn(s.style.color, background, ratio) } : s.style,
    })),
  };
}
