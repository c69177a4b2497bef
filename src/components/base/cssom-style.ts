/**
 * Inline styles set through the CSSOM, from the first render on. The app's Content-Security-Policy refuses
 * `style="…"` attributes (no 'unsafe-inline'), and Lit's styleMap writes one on its first render; the CSSOM
 * (`element.style.setProperty`) is not restricted by the policy. An element binding:
 *
 *   html`<div ${cssomStyle({ '--aspect': String(aspect), width: '50%' })}></div>`
 *
 * Property names are CSS names (kebab-case, custom properties included).
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Styles = Record<string, string>;

class CssomStyleDirective extends Directive {
  private applied: string[] = [];

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssomStyle() binds to an element: <div ${cssomStyle({ … })}>.');
  }

  render(_styles: Styles): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Styles]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.applied) if (!(name in styles)) style.removeProperty(name);
    for (const [name, value] of Object.entries(styles)) style.setProperty(name, value);
    this.applied = Object.keys(styles);
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
