import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { GUID_PATTERN, guidKey, stableGuid } from './guids';
import { element, escapeAttribute, escapeText, textElement, xmlSafe } from './xml-escape';

/** Parses `<r a="…">…</r>` strictly and returns the attribute value and the text. */
function roundTrip(value: string): { attribute: string; text: string } {
  const parser = new SaxesParser();
  let attribute = '';
  let text = '';
  parser.on('opentag', (tag) => {
    attribute = String(tag.attributes['a']);
  });
  parser.on('text', (data) => {
    text += data;
  });
  parser.write(`<r a="${escapeAttribute(value)}">${escapeText(value)}</r>`).close();
  return { attribute, text };
}

describe('xmlSafe', () => {
  it('replaces what XML 1.0 forbids with U+FFFD, one code point for one', () => {
    expect(xmlSafe('a\u0000b\u0001c\u0008\u000b\u000c\u001fd')).toBe(
      'a\ufffdb\ufffdc\ufffd\ufffd\ufffd\ufffdd',
    );
    expect(xmlSafe('lone \ud800 high, lone \udc00 low')).toBe('lone \ufffd high, lone \ufffd low');
    expect(xmlSafe('\ufffe\uffff')).toBe('\ufffd\ufffd');
    expect(xmlSafe('\udc00\ud800')).toBe('\ufffd\ufffd'); // reversed pair: both lone
  });

  it('keeps everything XML 1.0 allows', () => {
    const allowed = 'tab\tlf\ncr\r del\u007f 🦊 𝔸 q\u0301 שלום \u202e \ufffd \u{10ffff}';
    expect(xmlSafe(allowed)).toBe(allowed);
  });
});

describe('escapeText and escapeAttribute', () => {
  it('escape markup, quotes and the CDATA end', () => {
    expect(escapeText('a<b>&]]>"\'')).toBe('a&lt;b&gt;&amp;]]&gt;"\'');
    expect(escapeAttribute('a<b>&"\'')).toBe("a&lt;b&gt;&amp;&quot;'");
  });

  it('keep line breaks and tabs through parser normalisation', () => {
    expect(escapeText('a\r\nb\rc')).toBe('a&#13;\nb&#13;c');
    expect(escapeAttribute('a\tb\nc\r')).toBe('a&#9;b&#10;c&#13;');
    expect(roundTrip('x\r\ny\tz\rw\n')).toEqual({
      attribute: 'x\r\ny\tz\rw\n',
      text: 'x\r\ny\tz\rw\n',
    });
  });

  it('parse back to xmlSafe(value) for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const expected = xmlSafe(value);
        expect(roundTrip(value)).toEqual({ attribute: expected, text: expected });
      }),
      { numRuns: 500 },
    );
  });
});

describe('element', () => {
  it('leaves out null and undefined attributes and writes empty elements short', () => {
    expect(element('A', { x: 1, y: undefined, z: null, b: true })).toBe('<A x="1" b="true"/>');
    expect(element('A', {}, [textElement('B', '<&>')])).toBe('<A><B>&lt;&amp;&gt;</B></A>');
  });
});

describe('stableGuid', () => {
  it('is deterministic, GUID-shaped and differs per object and per case', () => {
    const a = stableGuid('case', 'source:1');
    expect(a).toBe(stableGuid('case', 'source:1'));
    expect(a).toMatch(GUID_PATTERN);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableGuid('case', 'source:2')).not.toBe(a);
    expect(stableGuid('other case', 'source:1')).not.toBe(a);
  });

  it('compares GUIDs without braces and case', () => {
    expect(guidKey(' {ABCDEF01-2345-6789-ABCD-EF0123456789} ')).toBe(
      'abcdef01-2345-6789-abcd-ef0123456789',
    );
  });
});
