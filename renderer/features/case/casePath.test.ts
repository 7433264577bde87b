import { describe, expect, it } from 'vitest';
import { caseFileName, proposedCasePath } from './casePath';

describe('proposedCasePath', () => {
  it('names the file after the case, in the data folder, with the platform separator', () => {
    expect(proposedCasePath('/home/ana/.config/Corroborate', 'Wagner mutiny', 'linux')).toBe(
      '/home/ana/.config/Corroborate/Wagner mutiny.corroborate',
    );
    expect(proposedCasePath('C:\\Users\\ana\\Corroborate\\', 'Kim–Putin', 'win32')).toBe(
      'C:\\Users\\ana\\Corroborate\\Kim–Putin.corroborate',
    );
  });

  it('keeps separators, reserved and control characters out of the file name', () => {
    expect(caseFileName('Kim/Putin: 13 Sep?')).toBe('Kim-Putin- 13 Sep-.corroborate');
    expect(caseFileName('../../etc/passwd')).toBe('etc-passwd.corroborate');
    expect(caseFileName('a\u0000b\nc')).toBe('a-b-c.corroborate');
    expect(caseFileName('   ')).toBe('New case.corroborate');
    expect(caseFileName('x'.repeat(300))).toBe(`${'x'.repeat(100)}.corroborate`);
  });
});
