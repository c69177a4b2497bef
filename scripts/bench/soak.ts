/**
 * heap_growth_mb: the <glute-coach> element (our live page if it cannot start) runs the lite model on the fake
 * camera for N minutes. Every 30 s, after a forced garbage collection, the JavaScript heap of the page and of
 * the pose worker is read over CDP (Runtime.getHeapUsage). ArrayBuffer and wasm memory outside the JS heap is
 * reported apart, as is the resident memory of Chromium's renderer and GPU processes, where leaked
 * ImageBitmaps would show.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page } from 'playwright';
import { errorMessage } from '../../src/util/error-message';
import { openBenchPage } from './browser';
import { sessionUrl, type Runner } from './live';
import { round1 } from './stats';

const SAMPLE_EVERY_MS = 30_000;
const MB = 1024 * 1024;

export interface HeapSample {
  atSeconds: number;
  /** JS heap used, page + worker, MB. */
  jsHeapMb: number;
  /** ArrayBuffer backing stores (wasm memory, typed arrays), page + worker, MB. */
  backingStoreMb: number;
  /** Resident memory of the renderer and GPU processes, MB. */
  rssMb: number;
}

export interface SoakResult {
  runner: Runner;
  minutes: number;
  heapGrowthMb: number;
  backingStoreGrowthMb: number;
  rssGrowthMb: number;
  samples: HeapSample[];
}

interface HeapUsage {
  usedSize: number;
  backingStorageSize?: number;
}

/** CDP commands to the pose worker, through the browser session (Playwright gives worker targets no session). */
class WorkerCdp {
  private nextId = 0;
  private readonly pending = new Map<number, (result: unknown) => void>();

  private constructor(
    private readonly browser: CDPSession,
    private readonly sessionId: string,
  ) {
    browser.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: unknown };
      if (message.id !== undefined) this.pending.get(message.id)?.(message.result);
    });
  }

  static async attach(browser: CDPSession): Promise<WorkerCdp> {
    const { targetInfos } = await browser.send('Target.getTargets');
    const worker = targetInfos.find((target) => target.type === 'worker' && /pose/.test(target.url));
    if (!worker) throw new Error('no pose worker is running');
    const { sessionId } = await browser.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    return new WorkerCdp(browser, sessionId);
  }

  send<T>(method: string): Promise<T> {
    const id = ++this.nextId;
    return new Promise((resolve) => {
      this.pending.set(id, (result) => resolve(result as T));
      void this.browser.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method }) });
    });
  }
}

function rssOfChromium(pids: number[]): number {
  return pids.reduce((total, pid) => {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return total + Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  }, 0);
}

async function chromiumPids(browser: CDPSession): Promise<number[]> {
  const { processInfo } = (await browser.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
  return processInfo.filter((process) => process.type === 'renderer' || process.type === 'GPU').map((process) => process.id);
}

/**
 * Reads the JavaScript heap of a page and of its pose worker, each after a forced garbage collection, and the
 * resident memory of Chromium's renderer and GPU processes. The browser-suite soak test (tests/browser/soak.spec.ts)
 * measures with it too.
 */
export class HeapProbe {
  private constructor(
    private readonly page: CDPSession,
    private readonly worker: WorkerCdp,
    private readonly browser: CDPSession,
  ) {}

  /** `page` must come from a launched browser (a persistent profile gives no browser CDP session) and run the pose worker. */
  static async attach(page: Page): Promise<HeapProbe> {
    const browser = page.context().browser();
    if (!browser) throw new Error('the heap probe needs a launched browser (a persistent profile gives no browser CDP session)');
    const browserCdp = await browser.newBrowserCDPSession();
    const pageCdp = await page.context().newCDPSession(page);
    return new HeapProbe(pageCdp, await WorkerCdp.attach(browserCdp), browserCdp);
  }

  async sample(atSeconds: number): Promise<HeapSample> {
    await this.page.send('HeapProfiler.collectGarbage');
    await this.worker.send('HeapProfiler.collectGarbage');
    const main = (await this.page.send('Runtime.getHeapUsage')) as HeapUsage;
    const inWorker = await this.worker.send<HeapUsage>('Runtime.getHeapUsage');
    return {
      atSeconds,
      jsHeapMb: round1((main.usedSize + inWorker.usedSize) / MB),
      backingStoreMb: round1(((main.backingStorageSize ?? 0) + (inWorker.backingStorageSize ?? 0)) / MB),
      rssMb: round1(rssOfChromium(await chromiumPids(this.browser)) / MB),
    };
  }
}

/** How much `measure` grew from the first sample to the last, MB. */
export function growthMb(samples: HeapSample[], measure: 'jsHeapMb' | 'backingStoreMb' | 'rssMb'): number {
  return round1(samples.at(-1)![measure] - samples[0]![measure]);
}

async function openSoakPage(context: BrowserContext, origin: string): Promise<{ page: Page; runner: Runner }> {
  try {
    return { page: (await openBenchPage(context, sessionUrl(origin, 'element', 'lite', 'auto'))).page, runner: 'element' };
  } catch (error) {
    console.error(`[bench] soak: the element did not start (${errorMessage(error)}); soaking our live page`);
    return { page: (await openBenchPage(context, sessionUrl(origin, 'ours', 'lite', 'auto'))).page, runner: 'ours' };
  }
}

export async function soak(context: BrowserContext, origin: string, minutes: number): Promise<SoakResult> {
  const { page, runner } = await openSoakPage(context, origin);
  const probe = await HeapProbe.attach(page);
  const samples: HeapSample[] = [];
  const started = Date.now();
  try {
    // The first sample is taken after one interval: start-up allocations (model, wasm, caches) are done by then.
    while (Date.now() - started < minutes * 60_000) {
      await page.waitForTimeout(SAMPLE_EVERY_MS);
      samples.push(await probe.sample(Math.round((Date.now() - started) / 1000)));
      console.error(`[bench] soak ${JSON.stringify(samples.at(-1))}`);
    }
  } finally {
    await page.close();
  }
  return {
    runner,
    minutes,
    heapGrowthMb: growthMb(samples, 'jsHeapMb'),
    backingStoreGrowthMb: growthMb(samples, 'backingStoreMb'),
    rssGrowthMb: growthMb(samples, 'rssMb'),
    samples,
  };
}
