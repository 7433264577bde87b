import { describe, expect, it } from 'vitest';
import { fileNameOf, formatWhen, recoveryText } from './recoveryText';

describe('recoveryText', () => {
  const notice = {
    kind: 'truncated' as const,
    found: 'the case file was cut short (1,000 of its 40,960 bytes are left)',
    damagedPath: '/cases/Riots (damaged 2026-11-26 18-00-00).corroborate',
    restoredFrom: 'backup' as const,
    restoredAt: '2026-11-26T17:30:00.000Z',
  };

  it('says what was found, what was restored from when, and where the damaged file is', () => {
    const text = recoveryText(notice, 'en-GB');
    expect(text.found).toBe(
      'When the case was opened, Corroborate found that the case file was cut short (1,000 of its 40,960 bytes are left).',
    );
    expect(text.restored).toContain('restored the newest good backup, taken ');
    expect(text.restored).toContain(formatWhen(notice.restoredAt, 'en-GB'));
    expect(text.kept).toBe(
      'The damaged file was kept, unchanged, as “Riots (damaged 2026-11-26 18-00-00).corroborate” in the same folder.',
    );
  });

  it('explains a restore from the case file itself', () => {
    const text = recoveryText({ ...notice, kind: 'foreign-wal', restoredFrom: 'case-file' });
    expect(text.restored).toContain('without its damaged log');
  });

  it('names files on either platform and keeps an unreadable time as it is', () => {
    expect(fileNameOf('C:\\Cases\\Riots.corroborate')).toBe('Riots.corroborate');
    expect(formatWhen('not a time')).toBe('not a time');
  });
});
