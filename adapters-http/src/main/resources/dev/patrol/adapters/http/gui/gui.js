/* Patrol operator console: live updates (SSE), toggles without reload, ticking uptimes, log follow.
   Everything works without this script too: forms post and redirect, links navigate. */
(function () {
  'use strict';

  var offset = 0; // server clock minus browser clock, from the page's snapshot
  var version = null;

  function readSnapshot() {
    var s = document.getElementById('snapshot');
    if (!s) { return null; }
    offset = Number(s.getAttribute('data-now')) - Date.now();
    return s.getAttribute('data-version');
  }

  function duration(ms) {
    var s = Math.max(0, Math.floor(ms / 1000));
    var h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, x = s % 60;
    return h > 0 ? h + 'h' + m + 'm' + x + 's' : m > 0 ? m + 'm' + x + 's' : x + 's';
  }

  function tick() {
    var now = Date.now() + offset;
    document.querySelectorAll('[data-since]').forEach(function (el) {
      el.textContent = duration(now - Number(el.getAttribute('data-since')));
    });
  }

  /* ---- flash messages (outside the part that live updates replace) ---- */
  function showFlash(text) {
    var f = document.getElementById('flash');
    var live = document.getElementById('live');
    if (!f && live) {
      f = document.createElement('div');
      f.id = 'flash';
      live.parentNode.insertBefore(f, live);
    }
    if (!f) { return; }
    f.className = 'warning';
    f.setAttribute('role', 'alert');
    f.textContent = text;
  }

  function clearFlash() {
    var f = document.getElementById('flash');
    if (f) { f.parentNode.removeChild(f); }
  }

  function warningOf(html) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var w = doc.querySelector('.warning');
    return w ? w.textContent : null;
  }

  /* ---- live fragment refresh ---- */
  var fetching = false, again = false;

  function refresh() {
    var url = document.body.getAttribute('data-fragment');
    if (!url) { return; }
    if (fetching) { again = true; return; }
    fetching = true;
    fetch(url, { cache: 'no-store', credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.text(); })
      .then(swap)
      .catch(function () { /* the next event tries again */ })
      .then(function () {
        fetching = false;
        if (again) { again = false; refresh(); }
      });
  }

  function formKey(input) { return input.form ? input.form.id : ''; }

  function swap(html) {
    var live = document.getElementById('live');
    var saved = {}, focused = null, active = document.activeElement;
    live.querySelectorAll('input.secret').forEach(function (i) { if (i.value) { saved[formKey(i)] = i.value; } });
    if (active && active.matches && active.matches('input.secret')) { focused = formKey(active); }
    live.innerHTML = html;
    live.querySelectorAll('input.secret').forEach(function (i) {
      var k = formKey(i);
      if (saved[k]) { i.value = saved[k]; }
      if (k === focused) { i.focus(); }
    });
    version = readSnapshot();
    tick();
  }

  /* ---- toggles without a page reload ---- */
  document.addEventListener('submit', function (e) {
    var form = e.target, btn = e.submitter;
    if (!form.matches('form.toggle') || !window.fetch) { return; }
    if (btn && btn.hasAttribute('formaction')) { return; } // log buttons open their page
    e.preventDefault();
    var data = new FormData(form);
    if (btn && btn.name) { data.append(btn.name, btn.value || '1'); }
    var buttons = form.querySelectorAll('button');
    buttons.forEach(function (b) { b.disabled = true; });
    fetch(form.getAttribute('action'), {
      method: 'POST', body: new URLSearchParams(data), credentials: 'same-origin', cache: 'no-store', redirect: 'manual'
    }).then(function (r) {
      if (r.type === 'opaqueredirect' || r.ok) { clearFlash(); refresh(); return null; }
      return r.text().then(function (t) { showFlash(warningOf(t) || ('Refused: HTTP ' + r.status)); });
    }).catch(function () {
      showFlash('Patrol did not answer.');
    }).then(function () {
      buttons.forEach(function (b) { b.disabled = false; });
    });
  });

  /* ---- state events ---- */
  function setLive(on, text) {
    var el = document.getElementById('live-indicator');
    if (!el) { return; }
    el.className = 'live ' + (on ? 'on' : 'off');
    el.textContent = text;
  }

  function listen() {
    var url = document.body.getAttribute('data-events');
    if (!url || !window.EventSource) { return; }
    var es = new EventSource(url);
    es.addEventListener('open', function () { setLive(true, 'live'); });
    es.addEventListener('error', function () { setLive(false, 'reconnecting'); });
    es.addEventListener('state', function (e) {
      setLive(true, 'live');
      if (e.data !== version) { refresh(); }
    });
  }

  /* ---- log follow ---- */
  function follow() {
    var pre = document.getElementById('follow');
    if (!pre || !window.EventSource) { return; }
    var status = document.getElementById('follow-status');
    var file = document.getElementById('follow-file');
    var keep = document.getElementById('follow-scroll');
    var chunks = [], lines = 0, MAX = 5000, ended = false, seenFile = false;
    function state(on, text) { status.className = 'live ' + (on ? 'on' : 'off'); status.textContent = text; }
    function append(list, cls) {
      var node = cls ? document.createElement('span') : document.createTextNode(list.join('\n') + '\n');
      if (cls) { node.className = cls; node.textContent = list.join('\n') + '\n'; }
      pre.appendChild(node);
      chunks.push({ node: node, n: list.length });
      lines += list.length;
      while (lines > MAX && chunks.length > 1) {
        var old = chunks.shift();
        pre.removeChild(old.node);
        lines -= old.n;
      }
      if (keep.checked) { pre.scrollTop = pre.scrollHeight; }
    }
    var es = new EventSource(pre.getAttribute('data-stream'));
    es.addEventListener('open', function () { state(true, 'following'); });
    es.addEventListener('error', function () { if (!ended) { state(false, 'reconnecting'); } });
    es.addEventListener('file', function (e) {
      file.textContent = e.data ? 'file ' + e.data : 'no log file yet';
      if (seenFile && e.data) { append(['--- new instance: ' + e.data + ' ---'], 'gap'); }
      seenFile = seenFile || !!e.data;
    });
    es.addEventListener('lines', function (e) { append(JSON.parse(e.data)); });
    es.addEventListener('end', function (e) { ended = true; es.close(); state(false, 'ended: ' + e.data); });
  }

  version = readSnapshot();
  tick();
  setInterval(tick, 1000);
  listen();
  follow();
}());
