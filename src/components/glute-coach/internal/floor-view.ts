/**
 * The training view of <glute-coach fullscreen>: from Start to the session's end the element covers the
 * viewport (`data-floor` on the host switches its styles to the full-viewport layout) and, where the browser
 * allows, takes the screen with the Fullscreen API: by itself on a phone (a coarse pointer: nobody taps a
 * button from the mat), with a button elsewhere. Escape asks whether to leave, as the "Leave" button does; in
 * browser fullscreen the first Escape is the browser's own (it leaves fullscreen, the view stays).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export class FloorView implements ReactiveController {
  /** Whether the view covers the viewport now. */
  on = false;
  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.on || event.defaultPrevented) return;
    // Handled: else the browser takes this Escape as a close request for the dialog just opened.
    if (this.onEscape()) event.preventDefault();
  };
  private readonly onFullscreenChange = (): void => this.host.requestUpdate();

  constructor(
    private readonly host: Host,
    /** Asks whether to leave; false when there is nothing to ask (the question is open already). */
    private readonly onEscape: () => boolean,
    private readonly onShown: (on: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKey);
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKey);
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    this.show(false);
  }

  /** Covers the viewport (true) or gives the page back (false), leaving browser fullscreen with it. */
  show(on: boolean): void {
    if (on === this.on) return;
    this.on = on;
    this.host.toggleAttribute('data-floor', on);
    this.onShown(on);
    if (!on && this.fullscreen) void document.exitFullscreen().catch(() => {});
  }

  /** The browser lets this page take the whole screen (not on an iPhone, nor in a frame without permission). */
  get fullscreenAvailable(): boolean {
    return document.fullscreenEnabled && typeof this.host.requestFullscreen === 'function';
  }

  /** The element holds the browser's fullscreen now. */
  get fullscreen(): boolean {
    // Asked of the element's own tree: inside a shadow root (the app's), the document names the shadow host.
    return (this.host.getRootNode() as Document | ShadowRoot).fullscreenElement === this.host;
  }

  /** Asks for the whole screen; false where the browser refuses (no user gesture, not allowed, not supported). */
  async enterFullscreen(): Promise<boolean> {
    if (!this.fullscreenAvailable) return false;
    if (this.fullscreen) return true;
    try {
      await this.host.requestFullscreen({ navigationUI: 'hide' });
      return true;
    } catch {
      return false;
    }
  }

  /** On a phone the screen is taken at Start (the press is the user gesture the browser asks for). */
  enterFullscreenOnPhone(): void {
    if (matchMedia('(pointer: coarse)').matches) void this.enterFullscreen();
  }
}
