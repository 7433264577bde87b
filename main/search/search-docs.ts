import type { CaseDatabase } from '../storage/case-database';
import type { SegmentDoc } from './segment';

/** Passages of the given sources: one document per paragraph, remembering where it starts. */
export function passageDocs(database: CaseDatabase, sourceIds: readonly number[]): SegmentDoc[] {
  const docs: SegmentDoc[] = [];
  for (const id of sourceIds) {
    const source = database.getSource(id);
    for (const paragraph of source.paragraphs) {
      docs.push({
        ref: `p:${id}:${paragraph.index}`,
        fields: { body: paragraph.text },
        meta: { kind: 'passage', sourceId: id, paragraph: paragraph.index, start: paragraph.start },
      });
    }
  }
  return docs;
}

/**
 * What the analyst can edit: every source's title line (title, outlet), claims (quote and note,
 * with their tags) and notes. Small next to the passages, so rebuilt whole after edits.
 */
export function annotationDocs(
  database: CaseDatabase,
  options: { titles: boolean } = { titles: true },
): SegmentDoc[] {
  const docs: SegmentDoc[] = [];
  for (const source of options.titles ? database.listSources() : []) {
    docs.push({
      ref: `t:${source.id}`,
      fields: {
        title: source.title,
        outlet: [source.outlet, source.agency].filter(Boolean).join(' '),
      },
      meta: { kind: 'title', sourceId: source.id },
    });
  }
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
        ref: `c:${claim.id}`,
        fields: { body: [origin.quote, claim.note].filter(Boolean).join('\n\n'), tags },
        meta: { kind: 'claim', sourceId: origin.sourceId, claimId: claim.id },
      });
    }
    for (const note of store.listNotes()) {
      const sourceId = note.owner.kind === 'source' ? note.owner.id : null;
      docs.push({
        ref: note.owner.kind === 'case' ? 'n:case' : `n:${note.owner.id}`,
        fields: { body: note.text },
        meta: { kind: 'note', sourceId },
      });
    }
  });
  return docs;
}
