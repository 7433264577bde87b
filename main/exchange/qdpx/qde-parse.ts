// project.qde into a small element tree, with a strict XML 1.0 parser (saxes): anything not
// well-formed, and any entity beyond the five predefined ones, is refused with its line and
// column. Only elements in the REFI-QDA namespace are kept; a vendor's extension elements in
// other namespaces are skipped with everything inside them.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { CaseError } from '../../core/errors';
import { QDA_NAMESPACE } from './qdpx-vocabulary';

export interface QdeElement {
  /** Local name, e.g. "TextSource". */
  name: string;
  /** Attributes without a namespace, by local name. */
  attributes: Map<string, string>;
  children: QdeElement[];
  /** The element's own character data (not its descendants'). */
  text: string;
  /** Line of the start tag, for messages. */
  line: number;
}

const FILE = 'project.qde';

export function invalidProject(message: string): CaseError {
  return new CaseError('invalid-request', `This .qdpx cannot be imported: ${message}`);
}

/** Decodes and parses project.qde and returns its root Project element. */
export function parseProjectQde(bytes: Uint8Array): QdeElement {
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidProject(`${FILE} is not UTF-8 text.`);
  }
  const parser = new SaxesParser({ xmlns: true, fileName: FILE });
  const stack: QdeElement[] = [];
  let root: QdeElement | null = null;
  /** Depth inside an element of another namespace, whose content is ignored. */
  let foreignDepth = 0;
  parser.on('error', (error) => {
    const detail = error.message.replace(/^project\.qde:\d+:\d+: /, '').replace(/\.$/, '');
    throw invalidProject(
      `${FILE} is not well-formed XML (line ${parser.line}, column ${parser.column + 1}: ${detail}).`,
    );
  });
  parser.on('xmldecl', (declaration) => {
    const encoding = declaration.encoding?.toLowerCase();
    if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'utf8') {
      throw invalidProject(
        `${FILE} declares the encoding "${declaration.encoding}"; only UTF-8 is read.`,
      );
    }
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (root === null) {
      if (tag.local !== 'Project' || tag.uri !== QDA_NAMESPACE) {
        const namespace = tag.uri === '' ? 'no namespace' : `namespace "${tag.uri}"`;
        throw invalidProject(
          `the root element of ${FILE} is <${tag.name}> in ${namespace}; a REFI-QDA project ` +
            `has <Project> in namespace "${QDA_NAMESPACE}".`,
        );
      }
    }
    if (foreignDepth > 0 || tag.uri !== QDA_NAMESPACE) {
      foreignDepth++;
      return;
    }
    const attributes = new Map<string, string>();
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.uri === '') attributes.set(attribute.local, attribute.value);
    }
    const node: QdeElement = {
      name: tag.local,
      attributes,
      children: [],
      text: '',
      line: parser.line,
    };
    stack.at(-1)?.children.push(node);
    if (root === null) root = node;
    stack.push(node);
  });
  parser.on('closetag', () => {
    if (foreignDepth > 0) foreignDepth--;
    else stack.pop();
  });
  const addText = (text: string): void => {
    const current = stack.at(-1);
    if (current && foreignDepth === 0) current.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(xml).close();
  if (root === null) throw invalidProject(`${FILE} has no root element.`);
  return root;
}

/** The children of `parent` named `name`. */
export function childrenNamed(parent: QdeElement, name: string): QdeElement[] {
  return parent.children.filter((child) => child.name === name);
}

export function childNamed(parent: QdeElement, name: string): QdeElement | undefined {
  return parent.children.find((child) => child.name === name);
}
