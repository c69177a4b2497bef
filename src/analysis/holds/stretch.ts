/**
 * What the programme's three cool-down stretches share: held once each side, 30 s each. ACSM's guidelines hold a
 * static stretch 10-30 s; 30 s, their upper end, is what most physio leaflets give.
 */
export const STATIC_STRETCH = { perSide: true, targetMs: 30_000, holds: 1 } as const;
