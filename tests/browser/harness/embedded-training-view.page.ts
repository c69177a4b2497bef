/**
 * A page that embeds <glute-coach fullscreen> in a box of its own rather than letting it cover the viewport:
 * the page's style on the element (position, inset) outranks the element's own, so the training view fills
 * the box, and lays itself out by the box's size. Styles are set through the CSSOM (the policy refuses inline
 * styles). `window.resizeBox(width, height)` changes the box.
 */
import '../../../src/components/glute-coach/glute-coach';

const box = document.createElement('div');
box.id = 'box';
Object.assign(box.style, { position: 'absolute', left: '40px', top: '30px', width: '800px', height: '450px' });
const coach = document.createElement('glute-coach');
coach.toggleAttribute('fullscreen', true);
coach.setAttribute('model', 'lite');
Object.assign(coach.style, { position: 'absolute', inset: '0' });
box.append(coach);
document.body.append(box);

function resizeBox(width: number, height: number): void {
  Object.assign(box.style, { width: `${width}px`, height: `${height}px` });
}

declare global {
  interface Window {
    resizeBox: typeof resizeBox;
  }
}
window.resizeBox = resizeBox;
