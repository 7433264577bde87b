import type {
  AddOccurrencesResult,
  ClaimDetail,
  ClaimOccurrence,
  ClaimSummary,
  CreateClaimRequest,
  JoinOverride,
  OccurrenceSuggestion,
  PassageRef,
  ReanchorOccurrenceRequest,
  RequestOf,
  SetJoinRequest,
  SetStanceRequest,
  SourceClaimMark,
  UpdateClaimRequest,
} from '../../preload/contract';
import { anchorSpan, type TextAnchor } from '../core/anchor';
import { corroborate, PreparedEvidence } from '../core/claims';
import { CaseError } from '../core/errors';
import type { CaseStore, ClaimRow } from '../storage/case-database';
import type { CaseService } from './case-service';
import { ClaimEvidence, type PassageSearch } from './claim-evidence';
import {
  checkTags,
  groupBy,
  replaceOccurrence,
  requireClaim,
  requireOccurrence,
  requireOrigin,
} from './claim-rows';
import type { CompareService } from './compare-service';
import { announceEdit } from './edit-events';
import type { EventSink } from './events';
import type { CreditSource } from './facts-service';

/** What corroboration needs about the case, read once per request. */
interface CaseContext {
  prepared: PreparedEvidence;
  /** Whom occurrences credit (attributions); null without a facts service. */
  credits: CreditSource | null;
}

/** Claims: passages tagged in a source, where else they are said, and how credible they are. */
export class ClaimService {
  constructor(
    private readonly cases: CaseService,
    private readonly compare: CompareService,
    private readonly events: EventSink,
    private readonly now: () => Date = () => new Date(),
    /** The passage index, for suggestions; without it every sentence of the case is scored. */
    search: PassageSearch | null = null,
    /** Attributions, for originator and citation joins; without it only copying joins. */
    private readonly credits: CreditSource | null = null,
  ) {
    this.evidence = new ClaimEvidence(cases, compare, search);
  }

  private readonly evidence: ClaimEvidence;

  list(): ClaimSummary[] {
    const context = this.context();
    return this.cases.database.read((store) => {
      const tags = store.claimTagIds();
      const occurrences = groupBy(store.listOccurrences(), (occurrence) => occurrence.claimId);
      const overrides = groupBy(store.facts.joinOverrides(), (override) => override.claimId);
      return store
        .listClaims()
        .map(
          (claim) =>
            summarize(
              claim,
              occurrences.get(claim.id) ?? [],
              tags.get(claim.id) ?? [],
              context,
              overrides.get(claim.id) ?? [],
            ).summary,
        );
    });
  }

  get(id: number): ClaimDetail {
    const context = this.context();
    return this.cases.database.read((store) => detail(store, id, context));
  }

  /** Every occurrence in one source, for the reader to highlight. */
  inSource(sourceId: number): SourceClaimMark[] {
    return this.cases.database.read((store) => {
      store.getSourceSummary(sourceId);
      const tags = store.claimTagIds();
      const notes = new Map(store.listClaims().map((claim) => [claim.id, claim.note]));
      return store.listOccurrences({ sourceId }).map((occurrence) => ({
        occurrenceId: occurrence.id,
        claimId: occurrence.claimId,
        start: occurrence.start,
        end: occurrence.end,
        stance: occurrence.stance,
        tagIds: tags.get(occurrence.claimId) ?? [],
        note: notes.get(occurrence.claimId) ?? '',
      }));
    });
  }

  /** Tags a passage as a claim: the passage becomes the claim's origin occurrence. */
  create(request: CreateClaimRequest): ClaimDetail {
    const id = this.edit('Tag claim', (store) => {
      const anchor = anchorSpan(store.sourceText(request.sourceId), request.start, request.end);
      const tagIds = checkTags(store, request.tagIds);
      const now = this.now().toISOString();
      const claimId = store.insertClaim({
        note: request.note ?? '',
        credibility: request.credibility ?? 6,
        createdAt: now,
        updatedAt: now,
      });
      store.insertOccurrence({ ...anchor, claimId, sourceId: request.sourceId, stance: 'origin' });
      for (const passage of request.contradictions ?? []) {
        const against = anchorSpan(store.sourceText(passage.sourceId), passage.start, passage.end);
        store.insertOccurrence({
          ...against,
          claimId,
          sourceId: passage.sourceId,
          stance: 'contradicts',
        });
      }
      for (const tagId of tagIds) store.addClaimTag(claimId, tagId);
      return claimId;
    });
    return this.get(id);
  }

  /** Changes tags, note or grade; fields left out, or unchanged, are not touched. */
  update({ id, tagIds, note, credibility }: UpdateClaimRequest): ClaimDetail {
    const asked = [
      tagIds !== undefined && 'Edit claim tags',
      note !== undefined && 'Edit claim note',
      credibility !== undefined && 'Grade claim',
    ].filter((label) => label !== false);
    const label = asked.length === 1 ? (asked[0] ?? 'Edit claim') : 'Edit claim';
    this.edit(label, (store) => {
      const claim = requireClaim(store, id);
      let changed = false;
      if (tagIds !== undefined) {
        const wanted = checkTags(store, tagIds);
        const current = store.tagIdsOf(id);
        for (const tagId of current) {
          if (!wanted.includes(tagId)) {
            store.removeClaimTag(id, tagId);
            changed = true;
          }
        }
        for (const tagId of wanted) {
          if (!current.includes(tagId)) {
            store.addClaimTag(id, tagId);
            changed = true;
          }
        }
      }
      const fields: Partial<Pick<ClaimRow, 'note' | 'credibility'>> = {};
      if (note !== undefined && note !== claim.note) fields.note = note;
      if (credibility !== undefined && credibility !== claim.credibility) {
        fields.credibility = credibility;
      }
      if (changed || Object.keys(fields).length > 0) {
        store.updateClaim(id, { ...fields, updatedAt: this.now().toISOString() });
      }
    });
    return this.get(id);
  }

  delete(id: number): void {
    this.edit('Delete claim', (store) => {
      requireClaim(store, id);
      store.deleteClaim(id);
    });
  }

  /** Passages in other sources that may say the claim or contradict it, most useful first. */
  suggestions(id: number): OccurrenceSuggestion[] {
    return this.evidence.suggestions(id, (store) => {
      requireClaim(store, id);
      const all = store.listOccurrences({ claimId: id });
      return {
        origin: requireOrigin(all, id),
        occurrences: all,
        rejected: store.rejectedSpans(id),
      };
    });
  }

  addOccurrence(request: RequestOf<'claims:add-occurrence'>): ClaimDetail {
    const label =
      request.stance === 'supports' ? 'Add supporting passage' : 'Add contradicting passage';
    this.edit(label, (store) => {
      requireClaim(store, request.claimId);
      const anchor = anchorSpan(store.sourceText(request.sourceId), request.start, request.end);
      const duplicate = store
        .listOccurrences({ claimId: request.claimId })
        .find(
          (o) =>
            o.sourceId === request.sourceId && o.start === anchor.start && o.end === anchor.end,
        );
      if (duplicate) {
        throw new CaseError(
          'already-exists',
          `Claim ${request.claimId} already has this passage of source ${request.sourceId}.`,
        );
      }
      store.insertOccurrence({
        ...anchor,
        claimId: request.claimId,
        sourceId: request.sourceId,
        stance: request.stance,
      });
      store.deleteRejected(request.claimId, request.sourceId, anchor);
      store.updateClaim(request.claimId, { updatedAt: this.now().toISOString() });
    });
    return this.get(request.claimId);
  }

  removeOccurrence(occurrenceId: number): ClaimDetail {
    const claimId = this.edit('Remove passage', (store) => {
      const occurrence = store.findOccurrence(occurrenceId);
      if (!occurrence) {
        throw new CaseError('not-found', `Occurrence ${occurrenceId} is not in this case.`);
      }
      if (occurrence.stance === 'origin') {
        throw new CaseError(
          'invalid-request',
          `Occurrence ${occurrenceId} is where claim ${occurrence.claimId} was tagged; delete the claim instead.`,
        );
      }
      store.deleteOccurrence(occurrenceId);
      store.updateClaim(occurrence.claimId, { updatedAt: this.now().toISOString() });
      return occurrence.claimId;
    });
    return this.get(claimId);
  }

  /** Makes a supporting passage contradicting or back. The origin has no stance to change. */
  setStance({ occurrenceId, stance }: SetStanceRequest): ClaimDetail {
    const claimId = this.edit('Change passage stance', (store) => {
      const occurrence = requireOccurrence(store, occurrenceId);
      if (occurrence.stance === 'origin') {
        throw new CaseError(
          'invalid-request',
          `Occurrence ${occurrenceId} is where claim ${occurrence.claimId} was tagged (its origin): it neither supports nor contradicts the claim, so its stance cannot change. Re-anchor it to move it instead.`,
        );
      }
      if (occurrence.stance !== stance) {
        replaceOccurrence(store, occurrence, { ...occurrence, stance });
        store.updateClaim(occurrence.claimId, { updatedAt: this.now().toISOString() });
      }
      return occurrence.claimId;
    });
    return this.get(claimId);
  }

  /**
   * Moves an occurrence to another passage, possibly of another source, keeping its stance; the
   * origin may move too. Refused when the claim already has an occurrence at that passage.
   */
  reanchorOccurrence(request: ReanchorOccurrenceRequest): ClaimDetail {
    const claimId = this.edit('Re-anchor passage', (store) => {
      const occurrence = requireOccurrence(store, request.occurrenceId);
      const anchor = anchorSpan(store.sourceText(request.sourceId), request.start, request.end);
      const same = (o: PassageRef) =>
        o.sourceId === request.sourceId && o.start === anchor.start && o.end === anchor.end;
      if (same(occurrence)) return occurrence.claimId;
      const duplicate = store
        .listOccurrences({ claimId: occurrence.claimId })
        .find((o) => o.id !== occurrence.id && same(o));
      if (duplicate) {
        throw new CaseError(
          'already-exists',
          `Claim ${occurrence.claimId} already has this passage of source ${request.sourceId} (occurrence ${duplicate.id}); remove one of the two instead.`,
        );
      }
      replaceOccurrence(store, occurrence, {
        ...anchor,
        sourceId: request.sourceId,
        stance: occurrence.stance,
      });
      store.deleteRejected(occurrence.claimId, request.sourceId, anchor);
      store.updateClaim(occurrence.claimId, { updatedAt: this.now().toISOString() });
      return occurrence.claimId;
    });
    return this.get(claimId);
  }

  /**
   * Links many passages to one claim with one stance, as one undoable edit. Passages the claim
   * already has, and repeats within the request, are skipped; any passage that is not inside
   * its source refuses the whole request.
   */
  addOccurrences(request: RequestOf<'claims:add-occurrences'>): AddOccurrencesResult {
    const { claimId, stance } = request;
    // Read, then write: nothing runs between the two (the services are synchronous), and the
    // edit's label needs the number of passages it adds.
    const anchors = this.cases.database.read((store) => {
      requireClaim(store, claimId);
      const key = (o: PassageRef) => `${o.sourceId}:${o.start}:${o.end}`;
      const taken = new Set(store.listOccurrences({ claimId }).map(key));
      const texts = new Map<number, string>();
      const fresh: Array<TextAnchor & { sourceId: number }> = [];
      for (const passage of request.passages) {
        const text = texts.get(passage.sourceId) ?? store.sourceText(passage.sourceId);
        texts.set(passage.sourceId, text);
        const anchor = {
          ...anchorSpan(text, passage.start, passage.end),
          sourceId: passage.sourceId,
        };
        if (taken.has(key(anchor))) continue;
        taken.add(key(anchor));
        fresh.push(anchor);
      }
      return fresh;
    });
    const skipped = request.passages.length - anchors.length;
    if (anchors.length > 0) {
      const label = `Add ${anchors.length} ${anchors.length === 1 ? 'passage' : 'passages'}`;
      this.edit(label, (store) => {
        requireClaim(store, claimId);
        for (const anchor of anchors) {
          store.insertOccurrence({ ...anchor, claimId, stance });
          store.deleteRejected(claimId, anchor.sourceId, anchor);
        }
        store.updateClaim(claimId, { updatedAt: this.now().toISOString() });
      });
    }
    return { claim: this.get(claimId), added: anchors.length, skipped };
  }

  /**
   * The analyst's word on two sources of a claim: one line of evidence (`join`), independent
   * (`split`), or back to what the evidence says (`auto`). One undoable edit.
   */
  setJoin({ claimId, sourceIds, action }: SetJoinRequest): ClaimDetail {
    const [a, b] = sourceIds;
    if (a === b) {
      throw new CaseError('invalid-request', 'Choose two different sources to join or split.');
    }
    const label =
      action === 'join'
        ? 'Join sources for claim'
        : action === 'split'
          ? 'Count sources apart for claim'
          : 'Restore automatic independence';
    this.edit(label, (store) => {
      requireClaim(store, claimId);
      const present = new Set(
        store.listOccurrences({ claimId }).map((occurrence) => occurrence.sourceId),
      );
      for (const id of sourceIds) {
        if (!present.has(id)) {
          throw new CaseError(
            'not-found',
            `Source ${id} has no passage linked to claim ${claimId}.`,
          );
        }
      }
      store.facts.setJoinOverride(claimId, sourceIds, action === 'auto' ? null : action);
      store.updateClaim(claimId, { updatedAt: this.now().toISOString() });
    });
    return this.get(claimId);
  }

  /** Remembers that a suggested passage does not say the claim, so it is not suggested again. */
  rejectSuggestion(request: RequestOf<'claims:reject-suggestion'>): void {
    this.edit('Reject suggestion', (store) => {
      requireClaim(store, request.claimId);
      const anchor = anchorSpan(store.sourceText(request.sourceId), request.start, request.end);
      store.insertRejected(request.claimId, request.sourceId, anchor);
    });
  }

  private context(): CaseContext {
    const { evidence, sources } = this.evidence.context();
    return { prepared: new PreparedEvidence(evidence, sources), credits: this.credits };
  }

  private edit<T>(label: string, work: (store: CaseStore) => T): T {
    const database = this.cases.database;
    const { value, changed } = database.edit({ label, now: this.now() }, work);
    announceEdit(this.events, database, changed);
    return value;
  }
}

function summarize(
  claim: ClaimRow,
  occurrences: readonly ClaimOccurrence[],
  tagIds: number[],
  context: CaseContext,
  overrides: readonly JoinOverride[],
): { summary: ClaimSummary; corroboration: ClaimDetail['corroboration'] } {
  const origin = requireOrigin(occurrences, claim.id);
  const corroboration = corroborate(occurrences, context.prepared, undefined, {
    credits: context.credits?.creditsFor(occurrences) ?? [],
    overrides,
  });
  const summary: ClaimSummary = {
    id: claim.id,
    sourceId: origin.sourceId,
    quote: origin.quote,
    tagIds,
    note: claim.note,
    credibility: claim.credibility,
    suggestedCredibility: corroboration.suggestedCredibility,
    independentSources: corroboration.independentSources,
    independentContradictions: corroboration.independentContradictions,
    occurrenceCount: occurrences.length,
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
  };
  return { summary, corroboration };
}

function detail(store: CaseStore, id: number, context: CaseContext): ClaimDetail {
  const claim = requireClaim(store, id);
  const occurrences = store.listOccurrences({ claimId: id });
  const overrides = store.facts.joinOverrides(id);
  const { summary, corroboration } = summarize(
    claim,
    occurrences,
    store.tagIdsOf(id),
    context,
    overrides,
  );
  return { ...summary, occurrences, corroboration };
}
