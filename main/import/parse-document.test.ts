import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document';

describe('parseDocument', () => {
  it('keeps what the text says and fills only the empty fields from the format', () => {
    const parsed = parseDocument({
      text: 'Storm hits coast\n\nBy Jane Roe\n\nThe storm reached the coast overnight.',
      metadata: { title: 'Storm hits coast', byline: 'Someone Else', outlet: 'Coast News' },
    });
    expect(parsed.metadata).toMatchObject({
      title: 'Storm hits coast',
      byline: 'Jane Roe',
      outlet: 'Coast News',
    });
    expect(parsed.titleDerived).toBe(false);
    expect(parsed.text).toBe('The storm reached the coast overnight.');
  });

  it('prefers a stated title the text parser would not take, without repeating it in the body', () => {
    const parsed = parseDocument({
      text: 'Is the bridge safe?\n\nEngineers inspected the bridge on Monday. They found cracks.',
      metadata: { title: 'Is the bridge safe?' },
    });
    expect(parsed.metadata.title).toBe('Is the bridge safe?');
    expect(parsed.titleDerived).toBe(false);
    expect(parsed.text).toBe('Engineers inspected the bridge on Monday. They found cracks.');
  });

  it('derives the title as before when the format states none', () => {
    const parsed = parseDocument({
      text: 'Engineers inspected the bridge on Monday. They found cracks.',
      metadata: {},
    });
    expect(parsed.titleDerived).toBe(true);
    expect(parsed.metadata.title).toBe('Engineers inspected the bridge on Monday');
  });
});
