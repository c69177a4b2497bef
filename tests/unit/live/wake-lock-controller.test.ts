/**
 * WakeLockController's rules, with a stand-in for the browser's Wake Lock API and page visibility (the real API
 * in Chromium: training-view.spec.ts): held while wanted, asked for again when the page is shown after the
 * browser let it go, released at the end, and a clear state where there is no API or the browser refuses.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { WakeLockController } from '../../../src/live/wake-lock-controller';

class FakeSentinel extends EventTarget {
  released = false;
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    this.dispatchEvent(new Event('release'));
  }
}

let page: EventTarget & { visibilityState: DocumentVisibilityState };
let sentinels: FakeSentinel[];

beforeEach(() => {
  page = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  sentinels = [];
  vi.stubGlobal('document', page);
  vi.stubGlobal('navigator', {
    wakeLock: {
      request: async () => {
        const sentinel = new FakeSentinel();
        sentinels.push(sentinel);
        return sentinel;
      },
    },
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function connectedController(): { controller: WakeLockController; updates: () => number } {
  let controllers: ReactiveController[] = [];
  let updates = 0;
  const host = {
    addController: (controller: ReactiveController) => (controllers = [...controllers, controller]),
    requestUpdate: () => updates++,
  } as unknown as ReactiveControllerHost;
  const controller = new WakeLockController(host);
  for (const added of controllers) added.hostConnected?.();
  return { controller, updates: () => updates };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

test('held while the session runs; let go by the browser on a hide, asked for again when the page is shown; released at the end', async () => {
  const { controller, updates } = connectedController();
  controller.keepScreenOn(true);
  controller.keepScreenOn(true);
  await settle();
  expect(controller.state).toBe('held');
  expect(sentinels).toHaveLength(1);

  page.visibilityState = 'hidden';
  page.dispatchEvent(new Event('visibilitychange'));
  await sentinels[0]!.release();
  await settle();
  expect(controller.state).toBe('off');
  expect(sentinels).toHaveLength(1);

  page.visibilityState = 'visible';
  page.dispatchEvent(new Event('visibilitychange'));
  await settle();
  expect(controller.state).toBe('held');
  expect(sentinels.map((sentinel) => sentinel.released)).toEqual([true, false]);

  controller.keepScreenOn(false);
  await settle();
  expect(controller.state).toBe('off');
  expect(sentinels.map((sentinel) => sentinel.released)).toEqual([true, true]);
  expect(updates()).toBeGreaterThan(0);
});

test('no Wake Lock API, or the browser refusing it, is a state the coach can tell the person about', async () => {
  vi.stubGlobal('navigator', {});
  const missing = connectedController().controller;
  missing.keepScreenOn(true);
  await settle();
  expect(missing.state).toBe('unsupported');

  vi.stubGlobal('navigator', { wakeLock: { request: async () => Promise.reject(new DOMException('Battery low', 'NotAllowedError')) } });
  const refused = connectedController().controller;
  refused.keepScreenOn(true);
  await settle();
  expect(refused.state).toBe('refused');
});
