// A page that attacks the extension: it logs keys, reads every shadow root it can reach,
// listens to window messages, sends synthetic input, redefines globals, and (on request)
// mutates the DOM endlessly and grows to 100,000 nodes. What it learns is kept in
// window.__hostile for the test to read.
(() => {
  const log = { keys: [], messages: [], shadowTexts: [], longestTask: 0, longTasks: 0 };
  window.__hostile = log;

  // Key loggers in the bubble phase, where site hotkeys listen.
  for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input']) {
    const record = (e) => log.keys.push(`${type}:${e.key ?? e.data ?? ''}`);
    document.addEventListener(type, record);
    window.addEventListener(type, record);
  }
  addEventListener('message', (e) => log.messages.push(JSON.stringify(e.data)));

  // Long tasks on this page's thread, whoever ran them.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      log.longTasks++;
      log.longestTask = Math.max(log.longestTask, entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });

  /** Every shadow root reachable from the page, its own included, and their text. */
  window.__readShadowRoots = () => {
    const texts = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          texts.push(el.shadowRoot.textContent);
          visit(el.shadowRoot);
        }
      }
    };
    visit(document);
    log.shadowTexts = texts;
    return texts;
  };

  /** Synthetic pointer, click and key events at a viewport point, as a page can send them. */
  window.__synthetic = (x, y) => {
    const target = document.elementFromPoint(x, y) ?? document.body;
    const init = { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y, view: window };
    target.dispatchEvent(new PointerEvent('pointermove', init));
    window.dispatchEvent(new PointerEvent('pointermove', init));
    target.dispatchEvent(new MouseEvent('click', init));
  };
  window.__syntheticKey = (key) => {
    for (const target of [document.activeElement ?? document.body, window]) {
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    }
  };
  /** Pokes the extension's host, whatever it is: clicks, keys, focus. */
  window.__pokeHosts = () => {
    let hosts = 0;
    for (const el of document.documentElement.children) {
      if (el === document.head || el === document.body) continue;
      hosts++;
      el.click?.();
      el.focus?.();
      for (const key of ['Enter', ' ', 'Delete', 'Tab']) el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    }
    return hosts;
  };

  // The page's own shadow DOM, open and closed, with text the extension may read or not.
  addEventListener('DOMContentLoaded', () => {
    document.getElementById('own-open')?.attachShadow({ mode: 'open' }).append('页面自己的开放影子根：国函〔2025〕80号');
    document.getElementById('own-closed')?.attachShadow({ mode: 'closed' }).append('页面自己的封闭影子根');
    // 1,000 mutations a second and a ticking clock, on request (?churn).
    if (location.search.includes('churn')) {
      const churn = document.getElementById('churn');
      const clock = document.getElementById('clock');
      let n = 0;
      setInterval(() => {
        for (let i = 0; i < 10; i++) {
          const span = document.createElement('span');
          span.textContent = `第${++n}次变动 `;
          churn.append(span);
          if (churn.childNodes.length > 200) churn.firstChild.remove();
        }
        clock.textContent = new Date().toISOString();
      }, 10);
    }
    // 100,000 nodes, on request (?big).
    if (location.search.includes('big')) {
      const big = document.createElement('section');
      for (let i = 0; i < 2000; i++) {
        const p = document.createElement('p');
        for (let j = 0; j < 49; j++) {
          const s = document.createElement('span');
          s.textContent = j === 0 && i % 100 === 0 ? '依据苏政发〔2018〕144号' : '段落文字';
          p.append(s);
        }
        big.append(p);
      }
      document.body.append(big);
    }
  });
})();
