// project.qde for an ExportView. The element order follows Project-mrt2019.xsd's sequences, which
// xmllint enforces: Users, CodeBook, Variables, Cases, Sources, Notes, Links, then the project's
// NoteRefs. See qdpx-vocabulary.ts for how claims, grouping and stance are encoded.
import type { ExportClaim, ExportView } from '../../core/exchange/export-view';
import type { SnapshotSource, SnapshotTag } from '../../core/exchange/case-snapshot';
import { stableGuid } from './guids';
import { factsMemos } from './qdpx-facts';
import {
  CREDIBILITIES,
  CREDIBILITY_COLORS,
  CREDIBILITY_DESCRIPTION,
  CREDIBILITY_GROUP,
  CREDIBILITY_LABELS,
  LINK_COLORS,
  METADATA_VARIABLES,
  ORIGIN,
  QDA_NAMESPACE,
  RELIABILITY_VARIABLE,
  USER_NAME,
  selectionName,
} from './qdpx-vocabulary';
import { element, textElement } from './xml-escape';

/** xsd:dateTime as JavaScript writes it; anything else is left out rather than made invalid. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const dateTime = (value: string): string | undefined =>
  DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;

/** #rrggbb, or nothing when a tag's colour is not one (the schema would refuse it). */
const rgb = (color: string): string | undefined =>
  /^#[0-9a-fA-F]{6}$/.test(color) ? color.toLowerCase() : undefined;

/** GUIDs of everything in one case, all derived from the case's identity and ids. */
export function caseGuids(view: ExportView) {
  const { snapshot } = view;
  const key = `${snapshot.createdAt}\u0000${snapshot.name}`;
  const g = (objectKey: string): string => stableGuid(key, objectKey);
  return {
    user: g('user'),
    tag: (id: number) => g(`tag:${id}`),
    credibilityGroup: g('credibility'),
    credibility: (value: number) => g(`credibility:${value}`),
    variable: (name: string) => g(`variable:${name}`),
    sourceCase: (id: number) => g(`case:${id}`),
    source: (id: number) => g(`source:${id}`),
    selection: (occurrenceId: number) => g(`occurrence:${occurrenceId}`),
    coding: (occurrenceId: number, code: string) => g(`coding:${occurrenceId}:${code}`),
    caseNote: g('note:case'),
    sourceNote: (id: number) => g(`note:source:${id}`),
    factsNote: (key: string) => g(`note:facts:${key}`),
    link: (occurrenceId: number) => g(`link:${occurrenceId}`),
  };
}
type Guids = ReturnType<typeof caseGuids>;

/** A list element, or nothing when empty: the schema wants at least one child in each. */
const listElement = (name: string, children: string[]): string =>
  children.length === 0 ? '' : element(name, {}, children);

/** The whole project.qde document, UTF-8 XML with a declaration. */
export function writeProjectQde(view: ExportView): string {
  const { snapshot } = view;
  const guids = caseGuids(view);
  const caseNote = snapshot.notes.find((note) => note.owner.kind === 'case');
  const parts = [
    element('Users', {}, [element('User', { guid: guids.user, name: USER_NAME })]),
    element('CodeBook', {}, [element('Codes', {}, writeCodes(snapshot.tags, guids))]),
    writeVariables(guids),
    listElement(
      'Cases',
      snapshot.sources.map((source) => writeSourceCase(source, guids)),
    ),
    listElement(
      'Sources',
      snapshot.sources.map((source) => writeSource(view, source, guids)),
    ),
    writeNotes(view, guids),
    writeLinks(view.claims, guids),
    caseNote ? element('NoteRef', { targetGUID: guids.caseNote }) : '',
  ];
  const project = element(
    'Project',
    {
      xmlns: QDA_NAMESPACE,
      name: snapshot.name,
      origin: ORIGIN,
      creatingUserGUID: guids.user,
      creationDateTime: dateTime(snapshot.createdAt),
      modifyingUserGUID: guids.user,
      modifiedDateTime: dateTime(view.generatedAt),
    },
    parts.filter((part) => part !== ''),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${project}\n`;
}

/** The tag tree (siblings by position), then the Credibility group, which is not codable. */
function writeCodes(tags: readonly SnapshotTag[], guids: Guids): string[] {
  const ids = new Set(tags.map((tag) => tag.id));
  const children = new Map<number | null, SnapshotTag[]>();
  for (const tag of tags) {
    // A tag whose parent is missing would vanish from the tree; it goes to the top instead.
    const parent = tag.parentId !== null && ids.has(tag.parentId) ? tag.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), tag]);
  }
  const written = new Set<number>();
  const code = (tag: SnapshotTag): string => {
    written.add(tag.id);
    const below = (children.get(tag.id) ?? [])
      .filter((child) => !written.has(child.id)) // a parent cycle must not recurse forever
      .sort((a, b) => a.position - b.position || a.id - b.id);
    const attributes = { guid: guids.tag(tag.id), name: tag.name, isCodable: true };
    return element('Code', { ...attributes, color: rgb(tag.color) }, below.map(code));
  };
  const top = [...(children.get(null) ?? [])].sort(
    (a, b) => a.position - b.position || a.id - b.id,
  );
  const credibility = element(
    'Code',
    { guid: guids.credibilityGroup, name: CREDIBILITY_GROUP, isCodable: false },
    [
      textElement('Description', CREDIBILITY_DESCRIPTION),
      ...CREDIBILITIES.map((value) =>
        element('Code', {
          guid: guids.credibility(value),
          name: CREDIBILITY_LABELS[value],
          isCodable: true,
          color: CREDIBILITY_COLORS[value],
        }),
      ),
    ],
  );
  return [...top.map(code), credibility];
}

function writeVariables(guids: Guids): string {
  const names = [RELIABILITY_VARIABLE, ...METADATA_VARIABLES.map(([, name]) => name)];
  return element(
    'Variables',
    {},
    names.map((name) =>
      element('Variable', { guid: guids.variable(name), name, typeOfVariable: 'Text' }),
    ),
  );
}

/** One Case per source carries its variables (the schema's place for attribute values). */
function writeSourceCase(source: SnapshotSource, guids: Guids): string {
  const value = (name: string, text: string): string =>
    element('VariableValue', {}, [
      element('VariableRef', { targetGUID: guids.variable(name) }),
      textElement('TextValue', text),
    ]);
  const values = [value(RELIABILITY_VARIABLE, source.reliability)];
  for (const [key, name] of METADATA_VARIABLES) {
    if (source[key] !== '') values.push(value(name, source[key]));
  }
  return element('Case', { guid: guids.sourceCase(source.id), name: source.title }, [
    ...values,
    element('SourceRef', { targetGUID: guids.source(source.id) }),
  ]);
}

function writeSource(view: ExportView, source: SnapshotSource, guids: Guids): string {
  const guid = guids.source(source.id);
  const selections: string[] = [];
  for (const claim of view.claims) {
    for (const occurrence of claim.occurrences) {
      if (occurrence.sourceId !== source.id) continue;
      const codes = [
        ...claim.tagIds
          .filter((id) => view.tag(id) !== undefined)
          .map((id) => ({ key: `tag:${id}`, guid: guids.tag(id) })),
        { key: 'credibility', guid: guids.credibility(claim.credibility) },
      ];
      const isOrigin = occurrence.stance === 'origin';
      selections.push(
        element(
          'PlainTextSelection',
          {
            guid: guids.selection(occurrence.id),
            name: selectionName(claim.id, occurrence.stance),
            startPosition: occurrence.start,
            endPosition: occurrence.end,
            creatingUser: guids.user,
            creationDateTime: dateTime(claim.createdAt),
            modifyingUser: guids.user,
            modifiedDateTime: dateTime(claim.updatedAt),
          },
          [
            isOrigin && claim.note !== '' ? textElement('Description', claim.note) : '',
            ...codes.map((code) =>
              element('Coding', { guid: guids.coding(occurrence.id, code.key) }, [
                element('CodeRef', { targetGUID: code.guid }),
              ]),
            ),
          ].filter((part) => part !== ''),
        ),
      );
    }
  }
  const hasNote = view.snapshot.notes.some(
    (note) => note.owner.kind === 'source' && note.owner.id === source.id,
  );
  return element(
    'TextSource',
    {
      guid,
      name: source.title,
      plainTextPath: `internal://${guid}.txt`,
      creatingUser: guids.user,
      creationDateTime: dateTime(source.importedAt),
    },
    [...selections, hasNote ? element('NoteRef', { targetGUID: guids.sourceNote(source.id) }) : ''],
  );
}

function writeNotes(view: ExportView, guids: Guids): string {
  const notes = view.snapshot.notes.flatMap((note) => {
    const isCase = note.owner.kind === 'case';
    const sourceId = note.owner.kind === 'source' ? note.owner.id : 0;
    if (!isCase && !view.snapshot.sources.some((source) => source.id === sourceId)) return [];
    return [
      element(
        'Note',
        {
          guid: isCase ? guids.caseNote : guids.sourceNote(sourceId),
          name: isCase
            ? 'Case note'
            : `Note on ${view.label(sourceId)}: ${view.source(sourceId).title}`,
          creatingUser: guids.user,
          modifiedDateTime: dateTime(note.updatedAt),
        },
        [textElement('PlainTextContent', note.text)],
      ),
    ];
  });
  for (const memo of factsMemos(view)) {
    notes.push(
      element(
        'Note',
        {
          guid: guids.factsNote(memo.key),
          name: memo.name,
          creatingUser: guids.user,
          modifiedDateTime: dateTime(view.generatedAt),
        },
        [textElement('PlainTextContent', memo.text)],
      ),
    );
  }
  return listElement('Notes', notes);
}

function writeLinks(claims: readonly ExportClaim[], guids: Guids): string {
  const links = claims.flatMap((claim) =>
    claim.occurrences.flatMap((occurrence) =>
      occurrence.stance === 'origin'
        ? []
        : [
            element('Link', {
              guid: guids.link(occurrence.id),
              name: occurrence.stance,
              direction: 'OneWay',
              color: LINK_COLORS[occurrence.stance],
              originGUID: guids.selection(claim.origin.id),
              targetGUID: guids.selection(occurrence.id),
            }),
          ],
    ),
  );
  return listElement('Links', links);
}
