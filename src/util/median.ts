/**
 * The one median of the project: the middle value, or the mean of the two middle ones for an even count. Pure,
 * imports nothing, so every part may use it, the analysis core included.
 */
export function median(values: readonly number[]): number {
  // No samples have no median; a caller that can have none says what that means to it (null, not measured).
  if (values.length === 0) throw new Error('median of no samples');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
