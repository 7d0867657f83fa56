// Per-service log files under .data/<profile>/logs: opening them for a child process and
// reading their last lines for error messages.
import fs from 'node:fs';
import path from 'node:path';

/** Opens `file` for appending (creating its folder) after writing a start marker; returns the fd. */
export function openLogForAppend(file: string, header: string): number {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'a');
  fs.writeSync(fd, `\n===== ${new Date().toISOString()} ${header} =====\n`);
  return fd;
}

export function readLogTail(file: string, lines = 40): string {
  try {
    const stat = fs.statSync(file);
    const length = Math.min(stat.size, 64 * 1024);
    const buffer = Buffer.alloc(length);
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, buffer, 0, length, stat.size - length);
    } finally {
      fs.closeSync(fd);
    }
    let text = buffer.toString('utf8');
    // Only the latest run: the log is appended to across restarts, each run after a marker.
    const marker = text.lastIndexOf('\n===== ');
    if (marker >= 0) text = text.slice(marker + 1);
    return text.trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log output)';
  }
}
