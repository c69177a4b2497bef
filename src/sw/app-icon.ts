/**
 * The app's icon, drawn at build time (no image file in the repository, no third-party service): a person in a
 * glute bridge (shoulders on the floor, hips raised, knees bent) in the accent colour on the app's
 * background, kept inside the central circle that a maskable icon may be cut to. Written as a PNG with Node's
 * zlib. Runs in Node (the Vite plugin in web-app-manifest.ts).
 */
import { crc32, deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];

/** Each side of a pixel is sampled this many times, so the edges are smooth. */
const SUPERSAMPLE = 3;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function hex(colour: string): Rgb {
  const value = Number.parseInt(colour.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** The figure's joints in the unit square (0-1, y down): shoulders on the floor, hips raised, knees bent, feet down. */
const BODY = [
  [0.29, 0.66],
  [0.55, 0.46],
  [0.71, 0.34],
  [0.77, 0.68],
] as const;
const LIMB_HALF_WIDTH = 0.045;

function distanceToSegment(x: number, y: number, [ax, ay]: readonly [number, number], [bx, by]: readonly [number, number]): number {
  const along = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + along * (bx - ax)), y - (ay + along * (by - ay)));
}

/** Whether a point of the unit square (0-1, y down) is on the figure: head, body and legs, and the floor. */
function onFigure(x: number, y: number): boolean {
  if (Math.hypot(x - 0.19, y - 0.62) < 0.065) return true;
  if (y > 0.72 && y < 0.76 && x > 0.21 && x < 0.79) return true;
  return BODY.slice(1).some((joint, index) => distanceToSegment(x, y, BODY[index]!, joint) < LIMB_HALF_WIDTH);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGB PNG, `size` pixels square. */
export function appIconPng(size: number, colours: { background: string; figure: string }): Buffer {
  const background = hex(colours.background);
  const figure = hex(colours.figure);
  const rowBytes = 1 + size * 3;
  const pixels = Buffer.alloc(rowBytes * size);
  for (let row = 0; row < size; row++) {
    pixels[row * rowBytes] = 0; // filter: none
    for (let column = 0; column < size; column++) {
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          if (onFigure((column + (sx + 0.5) / SUPERSAMPLE) / size, (row + (sy + 0.5) / SUPERSAMPLE) / size)) covered++;
        }
      }
      const share = covered / SUPERSAMPLE ** 2;
      const offset = row * rowBytes + 1 + column * 3;
      for (let channel = 0; channel < 3; channel++) pixels[offset + channel] = Math.round(background[channel]! + (figure[channel]! - background[channel]!) * share);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, no filter choice, no interlace
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}
