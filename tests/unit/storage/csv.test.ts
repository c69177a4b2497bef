import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/storage/csv';
import type { SessionRecord } from '../../../src/storage';
import { T0, sampleRecord, sampleRep } from '../../browser/support/storage-fixtures';

const HEADER =
  'session_id,started_at,exercise,side,source,status,model,engine,delegate,pain_before,pain_after,set,rep,start_ms,top_ms,end_ms,hold_ms,rom_deg,peak_extension_deg,faults,target_ms,pauses';

function session(overrides: Partial<SessionRecord> = {}): SessionRecord {
  return { ...sampleRecord('s1', 'clamshell', T0, 0), ...overrides };
}

describe('CSV export', () => {
  it('writes one row per rep, across sets and sessions', () => {
    const first = session({ painBefore: 4, painAfter: 2, sets: [{ set: 1, reps: [sampleRep(1)] }, { set: 2, reps: [sampleRep(1, { faults: ['pelvic-drop', 'head-back'] })] }] });
    const second = session({ id: 's2', sets: [{ set: 1, reps: [sampleRep(1, { peakExtensionDeg: null })] }] });
    const lines = toCsv([first, second]).split('\r\n');
    expect(lines).toEqual([
      HEADER,
      's1,2024-03-05T10:00:00.000Z,clamshell,left,clip,complete,full,mediapipe,CPU,4,2,1,1,4000,5200,7000,810,41,1.5,,,',
      's1,2024-03-05T10:00:00.000Z,clamshell,left,clip,complete,full,mediapipe,CPU,4,2,2,1,4000,5200,7000,810,41,1.5,pelvic-drop;head-back,,',
      's2,2024-03-05T10:00:00.000Z,clamshell,left,clip,complete,full,mediapipe,CPU,,,1,1,4000,5200,7000,810,41,,,,',
      '',
    ]);
  });

  it('names the leg each rep lifted in the side column where the legs alternate', () => {
    const march = session({ exercise: 'glute-march', side: null, sets: [{ set: 1, reps: [sampleRep(1, { leg: 'left' }), sampleRep(2, { leg: 'right' })] }] });
    const sides = toCsv([march]).split('\r\n').slice(1, 3).map((line) => line.split(',').slice(2, 4).join(' '));
    expect(sides).toEqual(['glute-march left', 'glute-march right']);
  });

  it('quotes commas, quotes and line breaks, and keeps formula-like text as text', () => {
    const csv = toCsv([session({ model: '=HYPERLINK("x")', engine: 'a,b', delegate: 'two\nlines', sets: [{ set: 1, reps: [sampleRep(1)] }] })]);
    expect(csv.split('\r\n')[1]).toContain(`,"'=HYPERLINK(""x"")","a,b","two\nlines",`);
  });

  it('is only the header when no rep was recorded', () => {
    expect(toCsv([session()])).toBe(`${HEADER}\r\n`);
  });

  it('writes a hold session one row per hold: its side, time in position as hold_ms, its target and its pauses', () => {
    const pauses = [{ t: 9000, reason: 'Hips dropped: lift them in line', resumedAt: 10_500 }];
    const stretch = session({
      exercise: 'hamstring-stretch',
      side: null,
      sets: [{ set: 1, reps: [], holds: [{ side: 'left', targetMs: 30_000, heldMs: 30_000, start: 4000, end: 35_500, pauses }, { side: 'right', targetMs: 30_000, heldMs: 12_000, start: 40_000, end: 52_000, pauses: [] }] }],
    });
    expect(toCsv([stretch]).split('\r\n').slice(1, 3)).toEqual([
      's1,2024-03-05T10:00:00.000Z,hamstring-stretch,left,clip,complete,full,mediapipe,CPU,,,1,1,4000,,35500,30000,,,,30000,9000-10500 Hips dropped: lift them in line',
      's1,2024-03-05T10:00:00.000Z,hamstring-stretch,right,clip,complete,full,mediapipe,CPU,,,1,2,40000,,52000,12000,,,,30000,',
    ]);
  });
});
