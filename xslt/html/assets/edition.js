/* edition.js - the page's few interactions, all optional: without this script the reading
   text shows and every link still works. Inlined into each page by page.xsl.
   - Reading / diplomatic toggle (body.diplomatic), language switch (body[data-show]);
     both are real buttons with aria-pressed, and the choice is remembered when allowed.
   - Apparatus highlighting both ways: a ‡ mark highlights its entry and every passage of it;
     a reading or locator in an entry highlights the passages. The marked passages themselves
     are not interactive (the ‡ beside each is the keyboard's way there).
   - Jumps land in view: below the sticky menu (--menu-h follows its real height) and, when
     the target sat in a hidden language column, after that column is shown again.
   - Tooltips of hands stay inside the viewport and close with Escape. */
(function () {
  'use strict';
  var body = document.body;
  var store = {
    get: function (k) { try { return window.localStorage.getItem(k); } catch (e) { return null; } },
    set: function (k, v) { try { window.localStorage.setItem(k, v); } catch (e) { /* file:// may forbid storage */ } }
  };

  function press(attr, value) {
    var buttons = document.querySelectorAll('button[' + attr + ']');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', String(buttons[i].getAttribute(attr) === value));
    }
  }

  function setView(view) {
    body.classList.toggle('diplomatic', view === 'diplomatic');
    press('data-view', view);
    store.set('edition.view', view);
  }

  function setShow(lang) {
    if (!document.querySelector('button[data-show="' + lang + '"]')) { lang = 'both'; }
    body.setAttribute('data-show', lang);
    press('data-show', lang);
    store.set('edition.show', lang);
  }

  function clearHighlight() {
    var lit = document.querySelectorAll('.is-hl');
    for (var i = 0; i < lit.length; i++) { lit[i].classList.remove('is-hl'); }
  }

  function highlightApp(id) {
    var entry = id && document.getElementById(id);
    if (!entry || !entry.classList.contains('app')) { return false; }
    clearHighlight();
    entry.classList.add('is-hl');
    (entry.getAttribute('data-passages') || '').split(' ').forEach(function (pid) {
      var p = pid && document.getElementById(pid);
      if (p) { p.classList.add('is-hl'); }
    });
    return true;
  }

  /* A target inside a hidden language column would be invisible: show both languages. */
  function reveal(el) {
    var cell = el && el.closest('[data-lang]');
    var shown = body.getAttribute('data-show');
    if (cell && shown !== 'both' && cell.getAttribute('data-lang') !== shown) { setShow('both'); }
  }

  function followHash() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (!el) { return; }
    var hidden = el.getClientRects().length === 0;
    reveal(el);
    // The browser could not scroll to a target that was not displayed: do it now.
    if (hidden) { el.scrollIntoView({ block: 'start' }); }
    if (el.classList.contains('app')) { highlightApp(id); }
    else if (el.classList.contains('divergence')) { highlightApp(el.getAttribute('data-app')); }
  }

  document.addEventListener('click', function (ev) {
    var t = ev.target;
    if (!(t instanceof Element)) { return; }
    var button = t.closest('button[data-view], button[data-show]');
    if (button) {
      if (button.hasAttribute('data-view')) { setView(button.getAttribute('data-view')); }
      else { setShow(button.getAttribute('data-show')); }
      return;
    }
    var ref = t.closest('.app-ref a');
    if (ref) { highlightApp(ref.getAttribute('href').slice(1)); return; }
    var inEntry = t.closest('.app a');
    if (inEntry) { highlightApp(inEntry.closest('.app').id); }
  });

  window.addEventListener('hashchange', followHash);

  var menu = document.querySelector('.sections');
  function trackMenu() {
    if (menu) { document.documentElement.style.setProperty('--menu-h', menu.offsetHeight + 'px'); }
  }
  if (menu && window.ResizeObserver) { new ResizeObserver(trackMenu).observe(menu); }
  trackMenu();

  /* Shifts a shown tooltip left (or right) so that it stays inside the viewport. */
  function placeTip(holder) {
    var tip = holder && holder.querySelector('.tip');
    if (!tip) { return; }
    tip.style.left = '';
    var r = tip.getBoundingClientRect();
    var margin = 8, shift = 0, width = document.documentElement.clientWidth;
    if (r.right > width - margin) { shift = width - margin - r.right; }
    if (r.left + shift < margin) { shift = margin - r.left; }
    if (shift) { tip.style.left = shift + 'px'; }
  }
  function tipHolder(t) { return t instanceof Element ? t.closest('.tip-holder') : null; }
  ['focusin', 'mouseover'].forEach(function (type) {
    document.addEventListener(type, function (ev) { placeTip(tipHolder(ev.target)); });
  });
  ['focusout', 'mouseout'].forEach(function (type) {
    document.addEventListener(type, function (ev) {
      var holder = tipHolder(ev.target);
      if (holder && !holder.contains(ev.relatedTarget)) { holder.removeAttribute('data-dismissed'); }
    });
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.key !== 'Escape') { return; }
    var shown = document.querySelectorAll('.tip-holder:hover, .tip-holder:focus-within');
    for (var i = 0; i < shown.length; i++) { shown[i].setAttribute('data-dismissed', ''); }
  });

  var toolbar = document.getElementById('toolbar');
  if (toolbar) { toolbar.hidden = false; }
  body.classList.add('js');
  setView(store.get('edition.view') === 'diplomatic' ? 'diplomatic' : 'reading');
  setShow(store.get('edition.show') || 'both');
  followHash();
}());
