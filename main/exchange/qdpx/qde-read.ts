// The parts of a project.qde element tree that Corroborate uses, read into plain records, with
// every GUID checked against the schema's pattern and for uniqueness across the document.
import { GUID_PATTERN, guidKey } from './guids';
import { childNamed, childrenNamed, invalidProject, type QdeElement } from './qde-parse';

export interface QdeCode {
  guid: string;
  name: string;
  color: string;
  children: QdeCode[];
}

export interface QdeSelection {
  guid: string;
  name: string;
  start: number;
  end: number;
  description: string | null;
  codeGuids: string[];
  noteGuids: string[];
  createdAt: string;
  modifiedAt: string;
  line: number;
}

export interface QdeTextSource {
  guid: string;
  name: string;
  plainTextPath: string | null;
  content: string | null;
  selections: QdeSelection[];
  noteGuids: string[];
  /** Variable values given on the source itself, by variable GUID. */
  values: Map<string, string>;
  line: number;
}

export interface QdeNote {
  name: string;
  content: string | null;
  plainTextPath: string | null;
  modifiedAt: string;
}

export interface QdeLink {
  name: string;
  originGuid: string;
  targetGuid: string;
}

export interface QdeProject {
  name: string;
  origin: string;
  createdAt: string;
  description: string;
  codes: QdeCode[];
  /** Variable names by GUID. */
  variables: Map<string, string>;
  /** Cases: the sources they refer to and the variable values they give them. */
  cases: Array<{ sourceGuids: string[]; values: Map<string, string> }>;
  sources: QdeTextSource[];
  notes: Map<string, QdeNote>;
  links: QdeLink[];
  /** Notes on the project as a whole. */
  noteGuids: string[];
}

/** Reads the root Project element. All GUIDs in the result are in `guidKey` form. */
export function readProject(root: QdeElement): QdeProject {
  checkGuids(root);
  const attribute = (element: QdeElement, name: string): string =>
    element.attributes.get(name) ?? '';
  const guid = (element: QdeElement): string => guidKey(attribute(element, 'guid'));
  const ref = (element: QdeElement | undefined): string =>
    element ? guidKey(attribute(element, 'targetGUID')) : '';
  const noteRefs = (element: QdeElement): string[] => childrenNamed(element, 'NoteRef').map(ref);
  const values = (element: QdeElement): Map<string, string> =>
    new Map(
      childrenNamed(element, 'VariableValue').map((value) => [
        ref(childNamed(value, 'VariableRef')),
        value.children.find((child) => child.name.endsWith('Value'))?.text ?? '',
      ]),
    );
  const readCode = (code: QdeElement): QdeCode => ({
    guid: guid(code),
    name: attribute(code, 'name'),
    color: attribute(code, 'color'),
    children: childrenNamed(code, 'Code').map(readCode),
  });
  const readSelection = (selection: QdeElement, source: string): QdeSelection => ({
    guid: guid(selection),
    name: attribute(selection, 'name'),
    start: position(selection, 'startPosition', source),
    end: position(selection, 'endPosition', source),
    description: childNamed(selection, 'Description')?.text ?? null,
    codeGuids: childrenNamed(selection, 'Coding').map((coding) =>
      ref(childNamed(coding, 'CodeRef')),
    ),
    noteGuids: noteRefs(selection),
    createdAt: attribute(selection, 'creationDateTime'),
    modifiedAt: attribute(selection, 'modifiedDateTime'),
    line: selection.line,
  });
  const sources = childNamed(root, 'Sources');
  const codes = childNamed(root, 'CodeBook');
  const codesElement = codes ? childNamed(codes, 'Codes') : undefined;
  const variables = childNamed(root, 'Variables');
  const cases = childNamed(root, 'Cases');
  const notes = childNamed(root, 'Notes');
  const links = childNamed(root, 'Links');
  return {
    name: attribute(root, 'name'),
    origin: attribute(root, 'origin'),
    createdAt: attribute(root, 'creationDateTime'),
    description: childNamed(root, 'Description')?.text ?? '',
    codes: codesElement ? childrenNamed(codesElement, 'Code').map(readCode) : [],
    variables: new Map(
      (variables ? childrenNamed(variables, 'Variable') : []).map((variable) => [
        guid(variable),
        attribute(variable, 'name'),
      ]),
    ),
    cases: (cases ? childrenNamed(cases, 'Case') : []).map((element) => ({
      sourceGuids: childrenNamed(element, 'SourceRef').map(ref),
      values: values(element),
    })),
    sources: (sources ? childrenNamed(sources, 'TextSource') : []).map((source) => {
      const name = attribute(source, 'name');
      return {
        guid: guid(source),
        name,
        plainTextPath: source.attributes.get('plainTextPath') ?? null,
        content: childNamed(source, 'PlainTextContent')?.text ?? null,
        selections: childrenNamed(source, 'PlainTextSelection').map((selection) =>
          readSelection(selection, name),
        ),
        noteGuids: noteRefs(source),
        values: values(source),
        line: source.line,
      };
    }),
    notes: new Map(
      (notes ? childrenNamed(notes, 'Note') : []).map((note) => [
        guid(note),
        {
          name: attribute(note, 'name'),
          content: childNamed(note, 'PlainTextContent')?.text ?? null,
          plainTextPath: note.attributes.get('plainTextPath') ?? null,
          modifiedAt: attribute(note, 'modifiedDateTime') || attribute(note, 'creationDateTime'),
        },
      ]),
    ),
    links: (links ? childrenNamed(links, 'Link') : []).map((link) => ({
      name: attribute(link, 'name'),
      originGuid: guidKey(attribute(link, 'originGUID')),
      targetGuid: guidKey(attribute(link, 'targetGUID')),
    })),
    noteGuids: noteRefs(root),
  };
}

function position(selection: QdeElement, name: string, source: string): number {
  const value = selection.attributes.get(name)?.trim() ?? '';
  if (!/^\+?\d{1,15}$/.test(value)) {
    const what = value === '' ? `has no ${name}` : `has the ${name} "${value}", not a whole number`;
    throw invalidProject(
      `a selection in source "${source}" (project.qde line ${selection.line}) ${what}.`,
    );
  }
  return Number(value);
}

/** Every `guid` attribute matches the schema's pattern and none is used twice. */
function checkGuids(root: QdeElement): void {
  const seen = new Map<string, QdeElement>();
  const visit = (element: QdeElement): void => {
    const guid = element.attributes.get('guid');
    if (guid !== undefined) {
      if (!GUID_PATTERN.test(guid.trim())) {
        throw invalidProject(
          `<${element.name}> on line ${element.line} of project.qde has the guid "${guid}", ` +
            'which is not a GUID.',
        );
      }
      const key = guidKey(guid);
      const first = seen.get(key);
      if (first) {
        throw invalidProject(
          `the GUID ${guid.trim()} is used twice in project.qde (<${first.name}> on line ` +
            `${first.line} and <${element.name}> on line ${element.line}).`,
        );
      }
      seen.set(key, element);
    } else if (REQUIRES_GUID.has(element.name)) {
      throw invalidProject(`<${element.name}> on line ${element.line} of project.qde has no guid.`);
    }
    element.children.forEach(visit);
  };
  visit(root);
}

const REQUIRES_GUID = new Set(['Code', 'TextSource', 'PlainTextSelection', 'Note', 'Variable']);
