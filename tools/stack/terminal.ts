// Console output: prefixed status lines, durations and plain-text tables. Colour only on a TTY.

const useColour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';

function paint(code: number, text: string): string {
  return useColour ? `\u001b[${code}m${text}\u001b[0m` : text;
}

export const paintBold = (text: string) => paint(1, text);
export const paintDim = (text: string) => paint(2, text);
export const paintRed = (text: string) => paint(31, text);
export const paintGreen = (text: string) => paint(32, text);
export const paintYellow = (text: string) => paint(33, text);
export const paintCyan = (text: string) => paint(36, text);

export function info(message: string): void {
  console.log(`${paintCyan('›')} ${message}`);
}

export function success(message: string): void {
  console.log(`${paintGreen('✔')} ${message}`);
}

export function warn(message: string): void {
  console.log(`${paintYellow('!')} ${paintYellow(message)}`);
}

export function failure(message: string): void {
  console.error(`${paintRed('✘')} ${paintRed(message)}`);
}

export function heading(message: string): void {
  console.log(`\n${paintBold(message)}`);
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Time since `startedAt` (from performance.now()) as "12.3 s". */
export function since(startedAt: number): string {
  return seconds(performance.now() - startedAt);
}

export function renderTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [
    paintBold(line(headers)),
    widths.map((width) => '─'.repeat(width)).join('  '),
    ...rows.map((row) => line(row)),
  ].join('\n');
}

/** Indents every line of a block of text (e.g. a log tail). */
export function indent(text: string, prefix = '    '): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}
