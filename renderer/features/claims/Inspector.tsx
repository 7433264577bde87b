import type { ComponentProps } from 'react';
import type { SourceSummary, TagInfo } from '../../../preload/contract';
import type { InspectorTab } from '../../app/inspector';
import { CloseIcon } from '../../components/icons';
import { Codebook } from '../codebook/Codebook';
import { shortcutFor } from '../commands/platform';
import { FactsPanel } from '../facts/FactsPanel';
import type { EntityScope } from '../facts/useFacts';
import { CaseNotes } from '../notes/CaseNotes';
import { ClaimDetailPanel } from './ClaimDetail';
import { ClaimsPanel } from './ClaimsPanel';
import type { PendingPassage } from './linkPassage';
import './claims.css';
import './inspector.css';

interface InspectorProps {
  tab: InspectorTab;
  tags: readonly TagInfo[];
  tagsById: ReadonlyMap<number, TagInfo>;
  sources: readonly SourceSummary[];
  summaries: ReadonlyMap<number, SourceSummary>;
  selectedClaimId: number | null;
  onTab(tab: InspectorTab): void;
  onClose(): void;
  onSelectClaim(claimId: number | null): void;
  onReveal(claimId: number, sourceId: number): void;
  onExport(filteredClaimIds: number[] | null): void;
  /** The passage selected in a reader column now, for "Re-anchor to selection". */
  readSelection(): PendingPassage | null;
  /** The Facts tab: quotes, entities, discrepancies. */
  facts: ComponentProps<typeof FactsPanel>;
  /** The entity the claims list is narrowed to, if any. */
  entityScope: EntityScope | null;
  onClearEntity(): void;
}

const tabs: { id: InspectorTab; label: string; command: Parameters<typeof shortcutFor>[0] }[] = [
  { id: 'claims', label: 'Claims', command: 'claims.showPanel' },
  { id: 'codebook', label: 'Codebook', command: 'claims.showCodebook' },
  { id: 'notes', label: 'Case notes', command: 'notes.showCaseNotes' },
  { id: 'facts', label: 'Facts', command: 'facts.showQuotes' },
];

/**
 * The right-hand panel: claims with the open claim's detail, the codebook, the case notes, and
 * the facts (quotes, entities, discrepancies).
 */
export function Inspector(props: InspectorProps) {
  const { tab, selectedClaimId } = props;
  return (
    <aside className="inspector" aria-label="Inspector" data-testid="inspector" data-tab={tab}>
      <div className="inspector__tabs" role="tablist" aria-label="Inspector">
        {tabs.map((each) => (
          <button
            key={each.id}
            type="button"
            role="tab"
            className="inspector__tab"
            aria-selected={tab === each.id}
            title={`${each.label} (${shortcutFor(each.command)})`}
            data-testid={`inspector-tab-${each.id}`}
            onClick={() => props.onTab(each.id)}
          >
            {each.label}
          </button>
        ))}
        <span className="inspector__spacer" />
        <button
          type="button"
          className="icon-button"
          aria-label="Close panel"
          title="Close panel"
          onClick={props.onClose}
        >
          <CloseIcon />
        </button>
      </div>
      {tab === 'claims' ? (
        <div className="inspector__claims" data-detail={selectedClaimId !== null || undefined}>
          <ClaimsPanel
            tags={props.tags}
            tagsById={props.tagsById}
            sources={props.sources}
            selectedClaimId={selectedClaimId}
            onSelect={props.onSelectClaim}
            onReveal={props.onReveal}
            onExport={props.onExport}
            entityScope={props.entityScope}
            onClearEntity={props.onClearEntity}
          />
          {selectedClaimId !== null ? (
            <div className="inspector__detail">
              <ClaimDetailPanel
                key={selectedClaimId}
                claimId={selectedClaimId}
                tags={props.tagsById}
                sources={props.summaries}
                onClose={() => props.onSelectClaim(null)}
                onReveal={props.onReveal}
                readSelection={props.readSelection}
              />
            </div>
          ) : null}
        </div>
      ) : tab === 'facts' ? (
        <FactsPanel {...props.facts} />
      ) : tab === 'codebook' ? (
        <div className="inspector__scroll">
          <Codebook tags={props.tags} />
        </div>
      ) : (
        <div className="inspector__scroll inspector__scroll--notes">
          <CaseNotes />
        </div>
      )}
    </aside>
  );
}
