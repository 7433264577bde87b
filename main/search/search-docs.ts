import type { SourceSummary } from '../../preload/contract';
import type { CaseDatabase } from '../storage/case-database';
import { textKey, type SegmentDoc } from './segment';

/** The outlet field of a source's title document. */
export function titleOutlet(source: { outlet: string; agency?: string | null }): string {
  return [source.outlet, source.agency].filter(Boolean).join(' ');
}

/** The key of what a source's title document indexes: a changed title or outlet changes it. */
export function titleKey(source: Pick<SourceSummary, 'title' | 'outlet' | 'agency'>): number {
  return textKey(`${source.title}\u0000${titleOutlet(source)}`);
}

/**
 * Documents of the given sources: the title line (title, outlet) and one document per
 * paragraph, remembering where it starts.
 */
export function passageDocs(database: CaseDatabase, sourceIds: readonly number[]): SegmentDoc[] {
  const docs: SegmentDoc[] = [];
  for (const id of sourceIds) {
    const source = database.getSource(id);
    docs.push({
      fields: { title: source.title, outlet: titleOutlet(source) },
      meta: { kind: 'title', sourceId: id, key: titleKey(source) },
    });
    for (const paragraph of source.paragraphs) {
      docs.push({
        fields: { body: paragraph.text },
        meta: { kind: 'passage', sourceId: id, paragraph: paragraph.index, start: paragraph.start },
      });
    }
  }
  return docs;
}

/**
 * What the analyst annotates: claims (quote and note, with their tags) and notes. Small next to
 * the passages, so rebuilt whole after edits.
 */
export function annotationDocs(database: CaseDatabase): SegmentDoc[] {
  const docs: SegmentDoc[] = [];
  database.read((store) => {
    const tagNames = new Map(store.listTags().map((tag) => [tag.id, tag.name]));
    const tagIds = store.claimTagIds();
    const origins = new Map<number, { sourceId: number; quote: string }>();
    for (const occurrence of store.listOccurrences()) {
      if (occurrence.stance === 'origin') {
        origins.set(occurrence.claimId, { sourceId: occurrence.sourceId, quote: occurrence.quote });
      }
    }
    for (const claim of store.listClaims()) {
      const origin = origins.get(claim.id);
      if (!origin) continue;
      const tags = (tagIds.get(claim.id) ?? []).map((id) => tagNames.get(id) ?? '').join(' ');
      docs.push({
        fields: { body: [origin.quote, claim.note].filter(Boolean).join('\n\n'), tags },
        meta: { kind: 'claim', sourceId: origin.sourceId, claimId: claim.id },
      });
    }
    for (const note of store.listNotes()) {
      docs.push({
        fields: { body: note.text },
        meta: { kind: 'note', sourceId: note.owner.kind === 'source' ? note.owner.id : null },
      });
    }
  });
  return docs;
}
