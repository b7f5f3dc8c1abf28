// Like a single-page app: content arrives after the first render, and a clock ticks all the time.
const clock = document.createElement('p');
clock.id = 'clock';
document.querySelector('article').prepend(clock);
let ticks = 0;
setInterval(() => (clock.textContent = `更新時間：${++ticks}`), 100);

setTimeout(() => {
  const p = document.createElement('p');
  p.id = 'late';
  p.textContent = '稍後載入：蘇州市《關於加快推進蘇州市生物醫藥產業高質量發展的若干措施》第十三條。';
  document.querySelector('article').appendChild(p);
}, 800);
