/** Decodes a clip into JPEG frames with ffmpeg (in a temp folder, never in the repository). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DecodedClip {
  dir: string;
  files: string[];
  fps: number;
}

export function clipFps(video: string): number {
  const rate = execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=avg_frame_rate', '-of', 'csv=p=0', video], { encoding: 'utf8' }).trim();
  const [num, den] = rate.split('/').map(Number);
  return num! / (den || 1);
}

/** How many frames the video holds, counted by decoding it (an MJPEG stream states no duration). */
export function frameCount(video: string): number {
  const counted = execFileSync('ffprobe', ['-v', 'error', '-count_frames', '-select_streams', 'v:0', '-show_entries', 'stream=nb_read_frames', '-of', 'csv=p=0', video], {
    encoding: 'utf8',
  });
  return Number(counted.trim());
}

/** Every decoded frame (`limit` caps how many), at the clip's own rate. */
export function decodeFrames(video: string, limit?: number): DecodedClip {
  const dir = mkdtempSync(join(tmpdir(), 'glute-frames-'));
  const cap = limit ? ['-frames:v', String(limit)] : [];
  execFileSync('ffmpeg', ['-v', 'error', '-i', video, ...cap, '-q:v', '2', join(dir, '%05d.jpg')]);
  const files = readdirSync(dir).filter((f) => f.endsWith('.jpg')).sort();
  return { dir, files, fps: clipFps(video) };
}
