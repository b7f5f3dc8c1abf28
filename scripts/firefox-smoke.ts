/**
 * The Firefox package in a real Firefox (Debian's firefox-esr, headless), driven over WebDriver
 * BiDi: Playwright's BiDi client asks for commands this ESR lacks, so this speaks the protocol
 * itself. Installs .output/firefox-mv3 as a temporary add-on, serves the E2E news page on
 * 127.0.0.1, rests the pointer on a 文号 and prints the popover's text. `npm run smoke:firefox`
 * after `npm run zip`; exits non-zero when no popover opens.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveDirectory } from '../test/e2e/launch';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const profile = mkdtempSync(join(tmpdir(), 'policy-lens-firefox-'));
const firefox = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
const endpoint = await new Promise<string>((ok, fail) => {
  const timer = setTimeout(() => fail(new Error('Firefox did not open WebDriver BiDi')), 60_000);
  firefox.stderr.on('data', (chunk: Buffer) => {
    const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(chunk.toString());
    if (match) clearTimeout(timer), ok(match[1]!);
  });
});
const { server, origin } = await serveDirectory('test/e2e/pages');

// Node's own WebSocket (behind --experimental-websocket on Node 20, see the npm script).
const socket = new WebSocket(`${endpoint}/session`);
await new Promise((ok, fail) => {
  socket.addEventListener('open', ok, { once: true });
  socket.addEventListener('error', fail, { once: true });
});
let nextId = 1;
const pending = new Map<number, { ok: (v: any) => void; fail: (e: Error) => void }>();
socket.addEventListener('message', (event) => {
  const message = JSON.parse(String(event.data));
  const waiter = pending.get(message.id);
  if (!waiter) return;
  pending.delete(message.id);
  if (message.type === 'error') waiter.fail(new Error(`${message.error}: ${message.message}`));
  else waiter.ok(message.result);
});
const send = (method: string, params: object): Promise<any> =>
  new Promise((ok, fail) => {
    const id = nextId++;
    pending.set(id, { ok, fail });
    socket.send(JSON.stringify({ id, method, params }));
  });
const evaluate = async (context: string, expression: string) => {
  const result = await send('script.evaluate', { expression, target: { context }, awaitPromise: true });
  if (result.type === 'exception') throw new Error(result.exceptionDetails.text);
  return result.result.value;
};
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

let failed = true;
try {
  await send('session.new', { capabilities: {} });
  const extension = await send('webExtension.install', { extensionData: { type: 'path', path: resolve('.output/firefox-mv3') } });
  console.log('installed', extension.extension);
  const { contexts } = await send('browsingContext.getTree', {});
  const context: string = contexts[0].context;
  await send('browsingContext.navigate', { context, url: `${origin}/news-simplified.html`, wait: 'complete' });
  const features = await evaluate(context, `JSON.stringify({ userAgent: navigator.userAgent, highlights: 'highlights' in CSS, highlightsFromPoint: typeof CSS.highlights?.highlightsFromPoint, caretPositionFromPoint: typeof document.caretPositionFromPoint })`);
  console.log('page features', features);
  // The references are drawn once the background has imported the corpus and the page is scanned.
  let drawn = 0;
  for (let i = 0; i < 60 && drawn === 0; i++) {
    await sleep(500);
    drawn = Number(await evaluate(context, `CSS.highlights?.get('policy-lens-ref')?.size ?? 0`));
  }
  console.log('references underlined', drawn);
  const point = JSON.parse(
    await evaluate(
      context,
      `(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.data.indexOf('苏政发[2018]144号');
          if (at < 0) continue;
          n.parentElement.scrollIntoView({ block: 'center' });
          const range = document.createRange();
          range.setStart(n, at + 2); range.setEnd(n, at + 3);
          const r = range.getBoundingClientRect();
          return JSON.stringify({ x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) });
        }
        return 'null';
      })()`,
    ),
  );
  await send('input.performActions', {
    context,
    actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [
      { type: 'pointerMove', x: point.x - 3, y: point.y, duration: 50 },
      { type: 'pointerMove', x: point.x, y: point.y, duration: 50 },
    ] }],
  });
  // The extension's UI lives in a closed shadow root: BiDi serialises it (includeShadowTree
  // 'all') and hands it back to a function as an argument, which page scripts cannot do.
  const dialogText = async () => {
    const host = await send('script.evaluate', {
      expression: `document.querySelector('policy-lens-ui')`,
      target: { context },
      awaitPromise: false,
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
    });
    const sharedId = host.result?.value?.shadowRoot?.sharedId;
    if (!sharedId) return '';
    const found = await send('script.callFunction', {
      functionDeclaration: `(root) => root.querySelector('[role=dialog]')?.textContent ?? ''`,
      arguments: [{ sharedId }],
      target: { context },
      awaitPromise: false,
    });
    return String(found.result?.value ?? '');
  };
  let popover = '';
  for (let i = 0; i < 20 && !popover; i++) {
    await sleep(250);
    popover = await dialogText();
  }
  console.log('popover', popover ? popover.slice(0, 300) : '(none)');
  failed = !popover;
} finally {
  socket.close();
  server.close();
  firefox.kill();
  await new Promise((ok) => firefox.once('exit', ok));
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
