/**
 * Starts the pose worker from any origin. Browsers refuse `new Worker(url)` for a script on another origin, so
 * when the coach is loaded from a CDN a same-origin blob: module worker is started instead and `import()`s the
 * real worker script (which the CDN serves with CORS); imports inside it then resolve against the CDN.
 */
import { poseWorkerUrl } from './assets';
import type { WorkerFactory } from './worker-connection';

/**
 * The bootstrap holds back messages that arrive while the real script loads (Comlink's first call is posted
 * at once) and replays them after the worker has installed its own listener. A failed import is rethrown at
 * top level so the page sees an `error` event on the Worker.
 */
function bootstrapSource(scriptUrl: URL): string {
  return `
const held = [];
const hold = (event) => held.push(event);
addEventListener('message', hold);
await import(${JSON.stringify(scriptUrl.href)});
removeEventListener('message', hold);
for (const event of held) dispatchEvent(new MessageEvent('message', { data: event.data, ports: [...event.ports] }));
`;
}

export function crossOriginWorkerFactory(scriptUrl: URL, name = 'pose'): WorkerFactory {
  return () => {
    if (scriptUrl.origin === location.origin) return new Worker(scriptUrl, { type: 'module', name });
    const bootstrap = URL.createObjectURL(new Blob([bootstrapSource(scriptUrl)], { type: 'text/javascript' }));
    const worker = new Worker(bootstrap, { type: 'module', name });
    // The worker fetches the blob while starting up; keep it long enough for a slow start, then free it.
    setTimeout(() => URL.revokeObjectURL(bootstrap), 60_000);
    return worker;
  };
}

/**
 * The one way the app starts a pose worker, for the live coach and the clip analyser alike: the bundled worker
 * script, from whatever origin the coach was loaded.
 */
export const defaultWorkerFactory: WorkerFactory = crossOriginWorkerFactory(poseWorkerUrl());
