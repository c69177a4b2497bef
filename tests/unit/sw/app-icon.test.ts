/**
 * The app icon drawn at build time: a valid PNG of the asked size (its bytes decoded here with zlib), the
 * background in the corners, the figure in the accent colour, and nothing of the figure outside the central
 * circle (radius 40% of the side) that a maskable icon may be cut to.
 */
import { inflateSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { appIconPng } from '../../../src/sw/app-icon';
import { WEB_APP_MANIFEST } from '../../../src/sw/web-app-manifest';

const COLOURS = { background: '#0f1419', figure: '#4cc38a' };

/** The RGB pixels of an 8-bit truecolour PNG without row filters (what appIconPng writes). */
function decode(png: Buffer): { size: number; pixel: (x: number, y: number) => [number, number, number] } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const size = png.readUInt32BE(16);
  expect(png.readUInt32BE(20)).toBe(size);
  const dataStart = png.indexOf('IDAT') + 4;
  const dataLength = png.readUInt32BE(dataStart - 8);
  const raw = inflateSync(png.subarray(dataStart, dataStart + dataLength));
  const rowBytes = 1 + size * 3;
  expect(raw.length).toBe(rowBytes * size);
  return {
    size,
    pixel: (x, y) => {
      const offset = y * rowBytes + 1 + x * 3;
      return [raw[offset]!, raw[offset + 1]!, raw[offset + 2]!];
    },
  };
}

test('the icon is a PNG of its size, with the figure in the accent colour inside the maskable safe circle', () => {
  const { size, pixel } = decode(appIconPng(192, COLOURS));
  expect(size).toBe(192);
  expect(pixel(0, 0)).toEqual([0x0f, 0x14, 0x19]);
  // The raised hips, on the body line.
  expect(pixel(Math.round(0.55 * size), Math.round(0.46 * size))).toEqual([0x4c, 0xc3, 0x8a]);
  let figurePixels = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (pixel(x, y).join() === '15,20,25') continue;
      figurePixels++;
      expect(Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2), `${x},${y}`).toBeLessThanOrEqual(0.4 * size);
    }
  }
  expect(figurePixels).toBeGreaterThan(0.05 * size * size);
});

test('the manifest lists the icons at the sizes drawn, and what Chromium needs to install the app', () => {
  expect(WEB_APP_MANIFEST).toMatchObject({ name: 'Glute Coach', display: 'standalone', start_url: './', scope: './' });
  expect(WEB_APP_MANIFEST.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
});
