import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One thing the attacker page tried against the host, and everything it could observe. */
export interface Attempt {
  name: string;
  outcome: string;
  /** Whatever the attacker's script could read: body text, sizes, frame contents, messages. */
  observed: string;
}

declare global {
  interface Window {
    attack?: (target: string, assets: BuiltAssets) => Promise<Attempt[]>;
    attackResults?: Attempt[];
  }
}

/** The renderer's built script and style sheet, which anyone with the app's build can name. */
export interface BuiltAssets {
  script: string;
  style: string;
}

/**
 * The attacker's script, run inside the attacker page against `target` (the host's origin, or
 * its own origin after a DNS rebinding). Serialised into the page, so it uses nothing outside.
 */
async function attack(target: string, assets: BuiltAssets): Promise<Attempt[]> {
  const results: Attempt[] = [];
  const record = (name: string, outcome: string, observed = '') =>
    results.push({ name, outcome, observed: observed.slice(0, 400) });
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const api = (operation: string) => `${target}/api/op/${encodeURIComponent(operation)}`;
  const note = JSON.stringify({ request: { owner: { kind: 'case' }, text: 'HOSTILE WRITE' } });
  const tag = JSON.stringify({ request: { name: 'HOSTILE TAG' } });
  const describe = (error: unknown) => (error instanceof Error ? error.name : String(error));

  async function tryFetch(name: string, url: string, init: RequestInit) {
    try {
      const response = await fetch(url, { credentials: 'include', ...init });
      const text = await response.text();
      record(name, `answered ${response.status} (${response.type})`, text);
    } catch (error) {
      record(name, `blocked (${describe(error)})`);
    }
  }
  const post = (type: string, body: string): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': type },
    body,
  });
  await tryFetch('fetch GET the page', `${target}/`, {});
  await tryFetch('fetch GET the page, no-cors', `${target}/`, { mode: 'no-cors' });
  await tryFetch(
    'fetch POST sources:list as text/plain',
    api('sources:list'),
    post('text/plain', '{}'),
  );
  await tryFetch(
    'fetch POST sources:list as JSON',
    api('sources:list'),
    post('application/json', '{}'),
  );
  await tryFetch('fetch POST notes:save, no-cors', api('notes:save'), {
    ...post('text/plain', note),
    mode: 'no-cors',
  });
  await tryFetch(
    'fetch POST tags:create as JSON',
    api('tags:create'),
    post('application/json', tag),
  );
  await tryFetch('fetch GET the event stream', `${target}/api/events`, {
    signal: AbortSignal.timeout(2_000),
  });

  await new Promise<void>((resolve) => {
    const stream = new EventSource(`${target}/api/events`, { withCredentials: true });
    const done = (outcome: string, observed = '') => {
      stream.close();
      record('EventSource on the event stream', outcome, observed);
      resolve();
    };
    stream.onmessage = (message: MessageEvent<string>) => done('message', message.data);
    stream.onerror = () => done(`error (readyState ${stream.readyState})`);
    setTimeout(() => done('no event in 2 s'), 2_000);
  });

  async function frameContents(frame: HTMLIFrameElement): Promise<string> {
    try {
      const inner = frame.contentDocument;
      return inner ? `readable: ${inner.documentElement.outerHTML}` : 'contentDocument null';
    } catch (error) {
      return `contentDocument threw ${describe(error)}`;
    }
  }
  async function submitForm(name: string, enctype: string, field: [string, string], op: string) {
    const frame = document.createElement('iframe');
    frame.name = `sink-${results.length}`;
    frame.hidden = true;
    document.body.append(frame);
    const form = document.createElement('form');
    Object.assign(form, { method: 'POST', action: api(op), enctype, target: frame.name });
    const input = document.createElement('input');
    Object.assign(input, { type: 'hidden', name: field[0], value: field[1] });
    form.append(input);
    document.body.append(form);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
    form.submit();
    await Promise.race([loaded, wait(3_000)]);
    record(name, 'submitted', await frameContents(frame));
  }
  // text/plain sends "name=value": the name opens a JSON object, the value closes it.
  const jsonName = `{"request":{"owner":{"kind":"case"},"text":"HOSTILE WRITE","x":"`;
  await submitForm(
    'form POST notes:save, text/plain JSON',
    'text/plain',
    [jsonName, '"}}'],
    'notes:save',
  );
  await submitForm(
    'form POST tags:create, urlencoded',
    'application/x-www-form-urlencoded',
    ['request', tag],
    'tags:create',
  );

  for (const path of ['/', '/api/events', assets.style]) {
    const image = new Image();
    const outcome = await new Promise<string>((resolve) => {
      image.onload = () => resolve('loaded');
      image.onerror = () => resolve('error');
      setTimeout(() => resolve('no answer in 3 s'), 3_000);
      image.src = `${target}${path}`;
    });
    record(`<img src=${path}>`, outcome, `${image.naturalWidth}x${image.naturalHeight}`);
  }

  const errors: string[] = [];
  window.addEventListener('error', (event) => errors.push(`${event.message} @${event.lineno}`));
  for (const path of ['/', '/api/events', assets.script]) {
    const script = document.createElement('script');
    const outcome = await new Promise<string>((resolve) => {
      script.onload = () => resolve('loaded');
      script.onerror = () => resolve('error');
      setTimeout(() => resolve('no answer in 3 s'), 3_000);
      script.src = `${target}${path}`;
      document.head.append(script);
    });
    record(`<script src=${path}>`, outcome, errors.join(' | '));
  }

  const link = document.createElement('link');
  const linked = await new Promise<string>((resolve) => {
    link.onload = () => resolve('loaded');
    link.onerror = () => resolve('error');
    setTimeout(() => resolve('no answer in 3 s'), 3_000);
    Object.assign(link, { rel: 'stylesheet', href: `${target}${assets.style}` });
    document.head.append(link);
  });
  let rules: string;
  try {
    rules = `${link.sheet?.cssRules.length ?? 'no sheet'} rules`;
  } catch (error) {
    rules = `cssRules threw ${describe(error)}`;
  }
  record(`<link rel=stylesheet href=${assets.style}>`, linked, rules);

  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 200px; height: 60px';
  const framed = await new Promise<string>((resolve) => {
    frame.onload = () => resolve('load event');
    setTimeout(() => resolve('no load in 3 s'), 3_000);
    frame.src = `${target}/`;
    document.body.append(frame);
  });
  record('<iframe src=/>', framed, await frameContents(frame));

  await new Promise<void>((resolve) => {
    const socket = new WebSocket(`${target.replace(/^http/, 'ws')}/api/events`);
    const done = (outcome: string, observed = '') => {
      socket.close();
      record('WebSocket to the event stream', outcome, observed);
      resolve();
    };
    socket.onopen = () => done('open');
    socket.onmessage = (message: MessageEvent) => done('message', String(message.data));
    socket.onclose = (event) => done(`closed (${event.code})`);
    setTimeout(() => done('no answer in 3 s'), 3_000);
  });
  return results;
}

/** A results table the screenshot shows. */
function showResults(title: string, results: Attempt[]): void {
  const rows = results
    .map((attempt) => {
      const cells = [attempt.name, attempt.outcome, attempt.observed.slice(0, 120)];
      return `<tr>${cells.map((cell) => `<td>${cell.replace(/[<&]/g, (c) => `&#${c.charCodeAt(0)};`)}</td>`).join('')}</tr>`;
    })
    .join('');
  const table = document.querySelector('#results');
  if (table)
    table.innerHTML =
      `<h2>${title}: ${results.length} attempts</h2>` +
      `<table><tr><th>attempt</th><th>outcome</th><th>what the attacker read</th></tr>${rows}</table>`;
}

/** The attacker's page: runs the attack on load against `?target=`, or waits to be told. */
export function attackerDocument(heading: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Attacker</title>
<style>
  body { font: 13px system-ui, sans-serif; margin: 16px; background: #fff4f4; }
  table { border-collapse: collapse; width: 100%; }
  td, th { border: 1px solid #c99; padding: 3px 6px; text-align: left; vertical-align: top; }
  th { background: #f3d0d0; }
</style></head>
<body><h1>${heading}</h1><div id="results">Attacking…</div>
<script>
(() => {
${attack.toString()}
${showResults.toString()}
window.attack = async (target, assets) => {
  const results = await attack(target, assets);
  showResults('Against ' + target, results);
  window.attackResults = results;
  return results;
};
const query = new URLSearchParams(location.search);
const target = query.get('target');
if (target) window.attack(target, { script: query.get('script'), style: query.get('style') });
})();
</script></body></html>`;
}

/** Serves the attacker document on 127.0.0.1 and 127.0.0.2, one port each. */
export async function startAttackerServer(): Promise<{
  origins: string[];
  close(): Promise<void>;
}> {
  const servers: Server[] = [];
  const origins: string[] = [];
  for (const address of ['127.0.0.1', '127.0.0.2']) {
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(attackerDocument(`Attacker page on ${address}`));
    });
    await new Promise<void>((resolve) => server.listen(0, address, resolve));
    servers.push(server);
    origins.push(`http://${address}:${(server.address() as AddressInfo).port}`);
  }
  return {
    origins,
    close: async () => {
      await Promise.all(
        servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))),
      );
    },
  };
}
