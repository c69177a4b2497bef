/**
 * What the build tells the service worker (src/sw/precache-plugin.ts writes it into sw.js): every file of this
 * build with its sha256, and which of them the coach needs to start with the network off.
 */
export interface PrecacheManifest {
  /** Names this build's cache: a hash over every file's path and sha256, so any changed file makes a new version. */
  version: string;
  /** Path relative to the service worker's scope (`index.html`, `assets/…`, `models/…`) -> sha256 hex of the file. */
  files: Record<string, string>;
  /** Downloaded and checked at install, before this version takes over; the other files are cached on first use. */
  precache: string[];
}

/** The identifier in the service worker's source that the build replaces with this build's manifest (JSON). */
export const MANIFEST_PLACEHOLDER = '__GLUTE_COACH_PRECACHE_MANIFEST__';
