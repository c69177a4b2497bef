/** The words every part of the analysis shares for the state of a frame and of a rep. */

/** Why the current frame does or does not count. */
export type TrackingStatus = 'ok' | 'body-not-visible' | 'low-confidence' | 'not-in-position';

export type Phase = 'bottom' | 'rising' | 'top' | 'lowering';
