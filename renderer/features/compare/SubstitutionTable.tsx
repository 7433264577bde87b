import type { Substitution } from '../../../preload/contract';

interface SubstitutionTableProps {
  substitutions: readonly Substitution[];
  /** The pair's sources by number: words are swapped from `from` (left) to `to` (right). */
  fromLabel: string;
  toLabel: string;
  /** Their full labels and titles, for the column headers' tooltips. */
  fromTitle: string;
  toTitle: string;
}

/** Word swaps seen across the pair's aligned passages, most frequent first. */
export function SubstitutionTable({
  substitutions,
  fromLabel,
  toLabel,
  fromTitle,
  toTitle,
}: SubstitutionTableProps) {
  const rows = [...substitutions].sort((x, y) => y.count - x.count || x.from.localeCompare(y.from));
  return (
    <div className="substitutions">
      <h3 className="compare-panel__heading">
        Word substitutions <span className="compare-panel__count tabular">{rows.length}</span>
      </h3>
      {rows.length === 0 ? (
        <p className="compare-panel__empty">No swapped words between these sources.</p>
      ) : (
        <div className="substitutions__scroll">
          <table className="substitution-table tabular" data-testid="substitution-table">
            <thead>
              <tr>
                <th scope="col" title={fromTitle}>
                  In {fromLabel}
                </th>
                <th scope="col" className="substitution-table__arrow" aria-label="becomes" />
                <th scope="col" title={toTitle}>
                  In {toLabel}
                </th>
                <th scope="col" className="substitution-table__count">
                  Times
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr
                  key={`${row.from}\u0000${row.to}`}
                  data-testid="substitution-row"
                  title={`“${row.from}” in ${fromLabel} became “${row.to}” in ${toLabel}, ${row.count} ${row.count === 1 ? 'time' : 'times'}`}
                >
                  <td className="substitution-table__from">{row.from}</td>
                  <td className="substitution-table__arrow" aria-hidden="true">
                    →
                  </td>
                  <td className="substitution-table__to">{row.to}</td>
                  <td className="substitution-table__count">×{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
