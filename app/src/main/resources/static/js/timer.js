/* CrampCare guided timer for the bedtime stretches. The plan comes from the data attributes the server rendered on
   each exercise (data-title, data-hold, data-reps, data-sets, data-rest, data-per-leg); without JavaScript the page
   is a printable list. Loaded as a file: the Content-Security-Policy allows no inline script. */
(function () {
  'use strict';
  var printButton = document.getElementById('print-button');
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener('click', function () { window.print(); });
  }
  var root = document.getElementById('timer');
  var items = Array.prototype.slice.call(document.querySelectorAll('.routine [data-hold]'));
  if (!root || !items.length) { return; }

  function el(id) { return document.getElementById(id); }
  var nowEl = el('timer-now'), digits = el('timer-digits'), nextEl = el('timer-next'), live = el('timer-live'),
      startBtn = el('timer-start'), pauseBtn = el('timer-pause'), stopBtn = el('timer-stop'),
      speakBox = el('timer-speak'), progress = el('timer-progress');
  var READY_SECONDS = 5;

  function num(item, name, fallback, min) {
    var v = parseInt(item.getAttribute('data-' + name), 10);
    return isNaN(v) ? fallback : Math.max(min, v);
  }

  function buildPlan() {
    var steps = [];
    items.forEach(function (item, index) {
      var title = item.getAttribute('data-title') || '';
      var hold = num(item, 'hold', 10, 1), reps = num(item, 'reps', 1, 1), sets = num(item, 'sets', 1, 1),
          rest = num(item, 'rest', 0, 0);
      var legs = item.getAttribute('data-per-leg') === 'true' ? ['Left leg', 'Right leg'] : [''];
      legs.forEach(function (leg) {
        steps.push({ kind: 'ready', seconds: READY_SECONDS, title: title, leg: leg, item: index });
        for (var s = 1; s <= sets; s++) {
          for (var r = 1; r <= reps; r++) {
            steps.push({ kind: 'hold', seconds: hold, title: title, leg: leg, item: index,
              count: (s - 1) * reps + r, of: sets * reps });
            if (!(s === sets && r === reps) && rest > 0) {
              steps.push({ kind: 'rest', seconds: rest, title: title, leg: leg, item: index });
            }
          }
        }
      });
    });
    return steps;
  }

  function seconds(n) {
    if (n >= 120 && n % 60 === 0) { return (n / 60) + ' minutes'; }
    return n + (n === 1 ? ' second' : ' seconds');
  }
  function lower(s) { return s ? s.charAt(0).toLowerCase() + s.slice(1) : s; }

  function describe(step) {
    if (step.kind === 'ready') { return 'Get ready: ' + step.title + (step.leg ? ', ' + lower(step.leg) : ''); }
    if (step.kind === 'rest') { return 'Rest'; }
    return step.title + (step.leg ? ', ' + lower(step.leg) : '') + ': hold (' + step.count + ' of ' + step.of + ')';
  }

  function describeNext(step) {
    if (!step) { return 'Next: finished'; }
    if (step.kind === 'ready') { return 'Next: ' + step.title + (step.leg ? ', ' + lower(step.leg) : ''); }
    if (step.kind === 'rest') { return 'Next: rest ' + seconds(step.seconds); }
    return 'Next: ' + (step.leg ? lower(step.leg) + ', ' : '') + 'hold ' + seconds(step.seconds);
  }

  function clock(total) {
    var m = Math.floor(total / 60), s = total % 60;
    return m + ':' + (s < 10 ? '0' : '') + s;
  }

  var plan = buildPlan(), index = -1, endsAt = 0, remainingMs = 0, ticker = null, shown = -1, wakeLock = null;
  var totalSeconds = plan.reduce(function (sum, s) { return sum + s.seconds; }, 0);

  function say(text) {
    live.textContent = text;
    if (speakBox && speakBox.checked && 'speechSynthesis' in window) {
      window.speechSynthesis.cancel();
      window.speechSynthesis.speak(new window.SpeechSynthesisUtterance(text));
    }
  }

  function markCurrent(itemIndex) {
    items.forEach(function (item, i) {
      item.classList.toggle('current', i === itemIndex);
      if (i === itemIndex) { item.setAttribute('aria-current', 'step'); } else { item.removeAttribute('aria-current'); }
    });
  }

  function elapsedBefore(i) {
    var sum = 0;
    for (var k = 0; k < i; k++) { sum += plan[k].seconds; }
    return sum;
  }

  function enter(i) {
    index = i;
    if (index >= plan.length) { finish(); return; }
    var step = plan[index];
    endsAt = Date.now() + step.seconds * 1000;
    shown = -1;
    root.setAttribute('data-phase', step.kind);
    nowEl.textContent = describe(step);
    nextEl.textContent = describeNext(plan[index + 1]);
    markCurrent(step.item);
    say(describe(step) + ', ' + seconds(step.seconds) + '. ' + describeNext(plan[index + 1]) + '.');
    render(step.seconds);
  }

  function render(left) {
    if (left !== shown) {
      shown = left;
      digits.textContent = clock(left);
      var done = elapsedBefore(index) + (plan[index] ? plan[index].seconds - left : 0);
      progress.value = Math.min(100, Math.round(100 * done / totalSeconds));
    }
  }

  function tick() {
    var left = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
    render(left);
    if (left <= 0) { enter(index + 1); }
  }

  function keepAwake(on) {
    try {
      if (on && 'wakeLock' in navigator && !wakeLock) {
        navigator.wakeLock.request('screen').then(function (lock) { wakeLock = lock; }).catch(function () {});
      } else if (!on && wakeLock) {
        wakeLock.release(); wakeLock = null;
      }
    } catch (e) { /* not supported: the screen may dim */ }
  }

  function run() {
    clearInterval(ticker);
    ticker = setInterval(tick, 200);
    keepAwake(true);
  }

  function start() {
    plan = buildPlan();
    totalSeconds = plan.reduce(function (sum, s) { return sum + s.seconds; }, 0);
    startBtn.disabled = true;
    pauseBtn.disabled = false;
    stopBtn.disabled = false;
    pauseBtn.textContent = 'Pause';
    enter(0);
    run();
    pauseBtn.focus();
  }

  function pauseOrResume() {
    if (ticker) {
      clearInterval(ticker);
      ticker = null;
      remainingMs = Math.max(0, endsAt - Date.now());
      pauseBtn.textContent = 'Resume';
      root.setAttribute('data-state', 'paused');
      say('Paused');
      keepAwake(false);
    } else {
      endsAt = Date.now() + remainingMs;
      pauseBtn.textContent = 'Pause';
      root.removeAttribute('data-state');
      say('Resumed: ' + describe(plan[index]));
      run();
    }
  }

  function reset(message) {
    clearInterval(ticker);
    ticker = null;
    keepAwake(false);
    startBtn.disabled = false;
    pauseBtn.disabled = true;
    stopBtn.disabled = true;
    pauseBtn.textContent = 'Pause';
    root.removeAttribute('data-state');
    root.removeAttribute('data-phase');
    markCurrent(-1);
    nowEl.textContent = message;
    nextEl.textContent = '';
    say(message);
    startBtn.textContent = 'Start again';
    startBtn.focus();
  }

  function finish() {
    digits.textContent = clock(0);
    progress.value = 100;
    reset('Finished: that was the whole routine.');
  }

  startBtn.addEventListener('click', start);
  pauseBtn.addEventListener('click', pauseOrResume);
  stopBtn.addEventListener('click', function () { reset('Stopped.'); digits.textContent = clock(totalSeconds); progress.value = 0; });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible' && ticker) { keepAwake(true); tick(); }
    if (document.visibilityState === 'visible' && ticker && wakeLock === null) { keepAwake(true); }
  });

  digits.textContent = clock(totalSeconds);
  nextEl.textContent = describeNext(plan[0]);
  root.hidden = false;
}());
