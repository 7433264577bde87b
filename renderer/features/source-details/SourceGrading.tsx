import { useState } from 'react';
import type { Reliability, SourceSummary } from '../../../preload/contract';
import { api } from '../../api';
import { toError } from '../../lib/useQuery';
import { notifyCaseEdited } from '../claims/caseEdits';
import { isReliability, reliabilities, reliabilityLabels } from '../claims/grades';
import { OwnedNote } from '../notes/CaseNotes';
import { notifySourcesChanged } from '../sources/sourceChanges';

/** The analyst's reliability grade of a source (saved at once) and the source's note. */
export function SourceGrading({ source }: { source: SourceSummary }) {
  const [reliability, setReliability] = useState<Reliability>(source.reliability);
  const [error, setError] = useState<string | null>(null);

  const change = async (value: Reliability) => {
    const previous = reliability;
    setReliability(value);
    setError(null);
    try {
      await api.setSourceReliability({ id: source.id, reliability: value });
      notifyCaseEdited(['sources']);
      notifySourcesChanged([source.id]);
    } catch (failure) {
      setReliability(previous);
      setError(toError(failure).message);
    }
  };

  return (
    <section className="source-grading" aria-label="Grading and notes">
      <label className="field source-grading__reliability">
        <span className="field__label">Reliability</span>
        <select
          className="select"
          data-testid="reliability-select"
          value={reliability}
          onChange={(event) => {
            const value = event.target.value;
            if (isReliability(value)) void change(value);
          }}
        >
          {reliabilities.map((grade) => (
            <option key={grade} value={grade}>
              {grade} {reliabilityLabels[grade]}
            </option>
          ))}
        </select>
        <span className="field__hint">Saved at once; undo with the top bar.</span>
      </label>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <OwnedNote
        owner={{ kind: 'source', id: source.id }}
        label="Source note"
        placeholder="What you know about this source: who wrote it, how it came in, what to watch."
      />
    </section>
  );
}
