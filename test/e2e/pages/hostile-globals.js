// Redefined page globals. The extension runs in an isolated world with its own Array, JSON,
// Promise, timers and DOM wrappers, so none of this may break it.
(() => {
  Array.prototype.push = function () { return 0; };
  Array.prototype.map = function () { return []; };
  JSON.stringify = () => '"hijacked"';
  JSON.parse = () => ({ hijacked: true });
  window.Promise = function () { throw new Error('no promises here'); };
  window.setTimeout = () => 0;
  window.requestAnimationFrame = () => 0;
  window.MutationObserver = function () { throw new Error('no observers here'); };
  Element.prototype.attachShadow = function () { throw new Error('no shadow roots here'); };
  Node.prototype.appendChild = function (child) { return child; };
  EventTarget.prototype.addEventListener = function () {};
  document.createRange = () => { throw new Error('no ranges here'); };
  window.CSS = { highlights: new Map() };
  window.Highlight = function () {};
})();
