import { writeSync } from 'node:fs';

/** The extra pipe a reliability child reports on (stdio index 3). */
export const REPORT_FD = 3;

/**
 * Writes one report line and returns only once it is in the pipe, so a line written before an
 * acknowledgement reaches the parent even if the child is killed the next instant. A pipe
 * uses write(2), never pwrite(2), so the suite's injected pwrite failures cannot touch it.
 */
export function report(line: string): void {
  const bytes = Buffer.from(`${line}\n`);
  for (let offset = 0; offset < bytes.length;) {
    try {
      offset += writeSync(REPORT_FD, bytes, offset, bytes.length - offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}
