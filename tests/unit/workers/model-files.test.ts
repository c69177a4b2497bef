import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EngineError } from '../../../workers/engine';
import { fetchVerifiedModel, type ServedModel } from '../../../workers/model-files';

const BYTES = new Uint8Array(Array.from({ length: 4096 }, (_, i) => i % 251));
const MODEL: ServedModel = { file: 'pose_landmarker_lite.task', bytes: BYTES.length, sha256: createHash('sha256').update(BYTES).digest('hex') };
const BASE = 'http://app.test/';

/** A body that sends its first chunk, then fails as a connection dropped (or a cache write failing) would. */
function cutOffBody(): Response {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(BYTES.subarray(0, 1024));
      controller.error(new TypeError('network error'));
    },
  });
  return new Response(stream);
}

/** fetch answering each call in turn: a Response, or an Error to reject with. */
function answers(...replies: (() => Response | Error)[]) {
  const fetch = vi.fn(async () => {
    const reply = replies.shift()!();
    if (reply instanceof Error) throw reply;
    return reply;
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const whole = () => new Response(BYTES);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchVerifiedModel', () => {
  it('tries once more when the request fails before an answer (net::ERR_CACHE_WRITE_FAILURE, no connection)', async () => {
    const fetch = answers(() => new TypeError('Failed to fetch'), whole);
    expect(await fetchVerifiedModel(BASE, MODEL)).toEqual(BYTES);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('tries once more when the body is cut off, and reports the progress of the second try to the end', async () => {
    answers(cutOffBody, whole);
    const progress: number[] = [];
    expect(await fetchVerifiedModel(BASE, MODEL, (p) => progress.push(p.loadedBytes))).toEqual(BYTES);
    expect(progress.at(-1)).toBe(BYTES.length);
  });

  it('reports a second network failure, naming the file', async () => {
    const fetch = answers(() => new TypeError('Failed to fetch'), cutOffBody);
    const error = await fetchVerifiedModel(BASE, MODEL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).failure).toMatchObject({ code: 'model-load-failed', file: 'models/pose_landmarker_lite.task' });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("does not ask again when the server answered: a missing file or one that fails its check", async () => {
    const missing = answers(() => new Response('', { status: 404 }));
    await expect(fetchVerifiedModel(BASE, MODEL)).rejects.toThrow('HTTP 404');
    expect(missing).toHaveBeenCalledTimes(1);
    const altered = answers(() => new Response(BYTES.map((b) => b ^ 1)));
    await expect(fetchVerifiedModel(BASE, MODEL)).rejects.toMatchObject({ failure: { code: 'model-integrity' } });
    expect(altered).toHaveBeenCalledTimes(1);
  });
});
