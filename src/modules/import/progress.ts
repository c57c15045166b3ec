import type { ImportProgress } from './import.service.js';

/**
 * Shows import progress on stderr: a bar redrawn in place on a terminal (lines, lines/s, ETA
 * from the share of the file read), or a plain line every few seconds for logs and CI.
 */
export function progressReporter(totalBytes: number | undefined, stream: NodeJS.WriteStream = process.stderr): { update(progress: ImportProgress): void; done(): void } {
  const started = Date.now();
  let lastLog = 0;
  const interactive = stream.isTTY === true;
  return {
    update(progress) {
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      const rate = Math.round(progress.read / seconds);
      const share = totalBytes ? Math.min(progress.bytes / totalBytes, 1) : undefined;
      const eta = share && share > 0 ? Math.max(0, Math.round((seconds / share) * (1 - share))) : undefined;
      if (interactive) {
        const width = 24;
        const filled = share === undefined ? 0 : Math.round(share * width);
        const bar = share === undefined ? '' : `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round((share ?? 0) * 100)}% `;
        stream.write(`\r${bar}${progress.read.toLocaleString('en')} lines, ${rate.toLocaleString('en')} lines/s${eta === undefined ? '' : `, ETA ${eta}s`}, ${progress.rejected.toLocaleString('en')} rejected   `);
      } else if (Date.now() - lastLog >= 5000) {
        lastLog = Date.now();
        stream.write(`import: ${progress.read} lines read, ${progress.written} written, ${progress.rejected} rejected, ${rate} lines/s${eta === undefined ? '' : `, about ${eta}s left`}\n`);
      }
    },
    done() {
      if (interactive) stream.write('\n');
    },
  };
}
