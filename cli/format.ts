/**
 * Pure renderers for tabular results: aligned text for people, CSV for
 * spreadsheets, JSON for programs.
 */

export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface TableOptions {
  /** Cells longer than this are cut and end in `…`. Default 40. */
  maxCellWidth?: number;
}

/** Text of one cell: strings as they are, null as empty, everything else as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  // JSON.stringify throws on bigint and returns undefined for functions and symbols.
  if (typeof value === 'bigint') return value.toString();
  return JSON.stringify(value) ?? '';
}

/** Length in code points, so accented and CJK text do not throw alignment off as much as UTF-16 units would. */
const width = (text: string): number => [...text].length;

function fitCell(text: string, maxWidth: number): string {
  // One line per row: control characters would break the grid.
  const oneLine = text.replace(/\r\n|\r|\n/g, '⏎').replace(/\t/g, ' ');
  const chars = [...oneLine];
  return chars.length > maxWidth ? `${chars.slice(0, Math.max(1, maxWidth - 1)).join('')}…` : oneLine;
}

export function formatTable(columns: readonly string[], rows: readonly (readonly unknown[])[], options: TableOptions = {}): string {
  const maxWidth = Math.max(2, options.maxCellWidth ?? 40);
  if (columns.length === 0) return '(no columns)';
  const header = columns.map((c) => fitCell(c, maxWidth));
  const body = rows.map((row) => columns.map((_, i) => fitCell(cellText(row[i]), maxWidth)));
  const widths = header.map((h, i) => Math.max(width(h), ...body.map((cells) => width(cells[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - width(cell))).join(' | ').trimEnd();
  const separator = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [line(header), separator, ...body.map(line)].join('\n');
}

function csvField(value: unknown): string {
  const text = cellText(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with a header row; fields with commas, quotes, line breaks or edge spaces are quoted. */
export function formatCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [columns, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n');
}

export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
