/** How the report writes numbers: units, thousands separators, KB, and — for what was not measured. */

export function fmt(value: number | null | undefined, unit = ''): string {
  if (value === null || value === undefined) return '—';
  const n =
    unit === '×'
      ? value.toFixed(2)
      : value !== 0 && Math.abs(value) < 0.1
        ? String(Number(value.toPrecision(2)))
        : Math.abs(value) >= 100
          ? Math.round(value).toLocaleString('en')
          : String(Math.round(value * 10) / 10);
  return unit ? `${n} ${unit}` : n;
}

export const kb = (bytes: number | null | undefined) => (bytes == null ? '—' : `${(bytes / 1024).toFixed(1)} KB`);
