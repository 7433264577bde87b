import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unsupportedNode } from './node-support';

describe('unsupportedNode', () => {
  it('lets a Node with node:sqlite run the CLI', () => {
    expect(unsupportedNode('v22.13.0', () => ({ DatabaseSync: class {} }))).toBeNull();
  });

  it('says what is missing and what to do on a Node without it', () => {
    expect(unsupportedNode('v20.20.2', () => undefined)).toBe(
      'corroborate needs Node.js 22.13 or newer: it keeps cases in SQLite through node:sqlite, which Node v20.20.2 does not have. Install a current Node.js, or run it from the project with `npm run corroborate -- …`, which uses the Node 22 the project pins.',
    );
  });
});

describe('the Node the project asks for', () => {
  it('is the same in package.json, the README and the message', () => {
    const root = join(import.meta.dirname, '..', '..');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      engines: { node: string };
    };
    expect(pkg.engines.node).toBe('>=22.13');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain('- Node.js 22.13 or newer with npm (`engines` in package.json).');
    expect(readme).not.toMatch(/Node(\.js)? 20 or newer/);
    expect(unsupportedNode('v20.0.0', () => undefined)).toContain('Node.js 22.13 or newer');
  });
});
