/**
 * Files broken as a bad deploy or a flaky network serves them, for Playwright's route interception: missing,
 * cut off half-way, or altered by one byte.
 */
import type { Route } from '@playwright/test';

export type Breakage = (route: Route) => Promise<void>;

export const missing: Breakage = (route) => route.fulfill({ status: 404, body: 'Not found' });

/** The first half of the file, as a download cut off half-way arrives. */
export const truncated: Breakage = async (route) => {
  const response = await route.fetch();
  const body = await response.body();
  await route.fulfill({ response, body: body.subarray(0, body.length >> 1) });
};

/** The whole file with one byte changed: the right size, the wrong sha256. */
export const altered: Breakage = async (route) => {
  const response = await route.fetch();
  const body = Buffer.from(await response.body());
  body[body.length >> 1]! ^= 0xff;
  await route.fulfill({ response, body });
};
