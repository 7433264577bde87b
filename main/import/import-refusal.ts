/**
 * Why a file cannot be imported, phrased to follow its name: "notes.txt <reason>." Thrown by the
 * format readers; `extractDocument` turns it into a CaseError that names the file.
 */
export class ImportRefusal extends Error {
  override readonly name = 'ImportRefusal';
  constructor(readonly reason: string) {
    super(reason);
  }
}
