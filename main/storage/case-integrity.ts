import type { DatabaseSync } from 'node:sqlite';
import { CaseError } from '../core/errors';
import { listBackups } from './backups';
import { checkInBackground, type BackgroundCheck, type IntegrityReport } from './integrity-check';

/**
 * The integrity of one open case: the result of its quick check, and once that found damage,
 * the refusal of every further change, so nothing more is written onto damaged pages (opening
 * refuses a case whose check fails; a case already open stops taking changes instead).
 */
export class CaseIntegrity {
  /** Settles once; never rejects. */
  readonly result: Promise<IntegrityReport>;
  #damage: string | null = null;
  #check: BackgroundCheck | null = null;

  /**
   * `checkedAtOpen`: the opener already ran the check and found nothing. Otherwise the check
   * starts now in a worker thread, over the case file alone (see checkInBackground for why that
   * is the whole case while the check runs).
   */
  constructor(casePath: string, db: DatabaseSync, checkedAtOpen: boolean) {
    if (checkedAtOpen) {
      this.result = Promise.resolve({ state: 'healthy' });
      return;
    }
    const autoCheckpoint = Number(
      Object.values(db.prepare('PRAGMA wal_autocheckpoint').get() ?? {})[0] ?? 1000,
    );
    // Until the check settles, committed pages stay in the log instead of being copied into
    // the file under the checker's feet.
    db.exec('PRAGMA wal_autocheckpoint = 0');
    const check = checkInBackground(casePath);
    this.#check = check;
    this.result = check.result.then((report) => {
      // Cancelled: the case closed, and its connection must not be touched.
      if (this.#check !== check) return report;
      this.#check = null;
      try {
        if (report.state === 'damaged') {
          this.#damage = damageMessage(casePath, report.found);
          db.exec('PRAGMA query_only = 1');
        } else {
          db.exec(`PRAGMA wal_autocheckpoint = ${autoCheckpoint}`);
        }
      } catch {
        // The connection failing here is reported by the next operation that uses it.
      }
      return report;
    });
  }

  /** The damage found, as a message an analyst can act on; null while none is known. */
  get damage(): string | null {
    return this.#damage;
  }

  /** Throws the damage message once damage is known. */
  assertWritable(): void {
    if (this.#damage !== null) throw new CaseError('io', this.#damage);
  }

  /** The case is closing: a check still running is abandoned and reports `not-checked`. */
  cancel(): void {
    const check = this.#check;
    this.#check = null;
    check?.cancel();
  }
}

function damageMessage(casePath: string, found: string): string {
  const next =
    listBackups(casePath).length > 0
      ? 'Close the case and open it again to restore it from its newest backup.'
      : 'There is no backup to restore it from: export what you need before closing it.';
  return `"${casePath}" is damaged: ${found}. Changes to it are no longer saved. ${next}`;
}
