/**
 * The page's script, inline and dependency-free: tooltips on hover and focus, links that scroll to a
 * highlight and focus it, sorting and filtering of the task table, and the legend's show/hide boxes.
 * Everything it needs is in the markup (`data-*` attributes); it fetches nothing. Plain ES2017 in a
 * string, because the page runs it as written and the build has no DOM types.
 */
export const script = `(function () {
'use strict';
var $ = function (selector) { return document.querySelector(selector); };
var $$ = function (selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); };
var tip = $('#tip');
var current = null;

function markOf(node) { return node && node.closest ? node.closest('mark[data-tip]') : null; }

function show(mark) {
  current = mark;
  tip.textContent = mark.getAttribute('data-tip');
  tip.hidden = false;
  var rect = mark.getClientRects()[0] || mark.getBoundingClientRect();
  var width = tip.offsetWidth, height = tip.offsetHeight;
  var viewport = document.documentElement.clientWidth;
  var left = Math.max(8, Math.min(rect.left, viewport - width - 8)) + window.scrollX;
  var below = rect.bottom + height + 12 <= window.innerHeight || rect.top < height + 12;
  tip.style.left = left + 'px';
  tip.style.top = (below ? rect.bottom + 6 : rect.top - height - 6) + window.scrollY + 'px';
}

function hide() { tip.hidden = true; current = null; }

// The tooltip follows its mark while the page scrolls (a link scrolls smoothly to a focused mark).
var pending = false;
function follow() {
  if (!current || pending) return;
  pending = true;
  requestAnimationFrame(function () { pending = false; if (current) show(current); });
}
window.addEventListener('scroll', follow, {passive: true});
window.addEventListener('resize', follow);

// Hover shows a mark's tooltip; leaving it goes back to the focused mark's, if any. After a link
// scrolled the page, whatever lies under a pointer that has not moved is not being pointed at.
var still = null;
document.addEventListener('mouseover', function (event) {
  // Opened at a mark, the pointer's place is not known yet: the first it reports is where it rests.
  if (still && still.x === null) still = {x: event.screenX, y: event.screenY};
  if (still && event.screenX === still.x && event.screenY === still.y) return;
  still = null;
  var mark = markOf(event.target) || markOf(document.activeElement);
  if (mark) { if (mark !== current) show(mark); } else if (current) hide();
});
document.addEventListener('focusin', function (event) {
  var mark = markOf(event.target);
  if (mark) { mark.setAttribute('aria-describedby', 'tip'); show(mark); } else hide();
});
document.addEventListener('focusout', function (event) {
  var mark = markOf(event.target);
  if (mark) { mark.removeAttribute('aria-describedby'); hide(); }
});
document.addEventListener('keydown', function (event) { if (event.key === 'Escape') hide(); });

// A link to a highlight scrolls it into view, focuses it (so the tooltip shows) and outlines all its pieces.
function reveal(target, smooth) {
  $$('mark.current').forEach(function (mark) { mark.classList.remove('current'); });
  $$('mark[data-mark="' + target.getAttribute('data-mark') + '"]').forEach(function (mark) { mark.classList.add('current'); });
  var motion = smooth && window.matchMedia && window.matchMedia('(prefers-reduced-motion: no-preference)').matches;
  target.scrollIntoView({block: 'center', behavior: motion ? 'smooth' : 'auto'});
  target.focus({preventScroll: true});
}
document.addEventListener('click', function (event) {
  var link = event.target.closest ? event.target.closest('a[href^="#"]') : null;
  if (!link) return;
  var hash = link.getAttribute('href');
  var target = document.getElementById(hash.slice(1));
  if (!target || target.tagName !== 'MARK') return;
  event.preventDefault();
  still = {x: event.screenX, y: event.screenY};
  if (history.replaceState) history.replaceState(null, '', hash);
  reveal(target, true);
});
// Opened at a task's id (report.html#II.7.2.1.i, the name a diagnostic gives it), or sent there by an
// address typed later: show that task the way a link does.
function openAt() {
  var id;
  try { id = decodeURIComponent(location.hash.slice(1)); } catch (error) { return; }
  var target = id && document.getElementById(id);
  if (!target || target.tagName !== 'MARK') return;
  still = {x: null, y: null};
  reveal(target, false);
}
window.addEventListener('hashchange', openAt);
openAt();

$$('.legend input[data-kind]').forEach(function (box) {
  box.addEventListener('change', function () { document.body.classList.toggle('hide-' + box.getAttribute('data-kind'), !box.checked); });
});

var table = $('#tasks');
if (!table) return;
// Task rows carry data-status; a part's heading row (tr.part) has none and stays first in its group.
var rows = $$('tr[data-status]', table);
var collator = new Intl.Collator('vi', {numeric: true});

$$('th button', table).forEach(function (button) {
  button.addEventListener('click', function () {
    var th = button.parentNode;
    var column = Array.prototype.indexOf.call(th.parentNode.children, th);
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    var numeric = th.hasAttribute('data-numeric');
    $$('th', table).forEach(function (other) { other.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    // Each row group (the body, an attached plan, an appendix) is sorted on its own.
    Array.prototype.forEach.call(table.tBodies, function (tbody) {
      var group = $$('tr[data-status]', tbody);
      group.sort(function (a, b) {
        var x = a.cells[column].getAttribute('data-sort'), y = b.cells[column].getAttribute('data-sort');
        var order = numeric ? Number(x) - Number(y) : collator.compare(x, y);
        return ascending ? order : -order;
      });
      group.forEach(function (row) { tbody.appendChild(row); });
    });
  });
});

// Search ignores case and tone marks: "to chuc" finds "Tổ chức".
function plain(text) { return text.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase(); }

var body = $('#filter-body'), status = $('#filter-status'), search = $('#filter-text'), count = $('#count');
function apply() {
  var wanted = body.value, state = status.value, words = plain(search.value.trim());
  var shown = 0;
  rows.forEach(function (row) {
    var visible = (!wanted || JSON.parse(row.getAttribute('data-bodies')).indexOf(wanted) >= 0) &&
      (!state || row.getAttribute('data-status') === state) &&
      (!words || plain(row.textContent).indexOf(words) >= 0);
    row.hidden = !visible;
    if (visible) shown++;
  });
  // A part's heading shows while any of its rows does.
  $$('tr.part', table).forEach(function (heading) {
    heading.hidden = !$$('tr[data-status]', heading.parentNode).some(function (row) { return !row.hidden; });
  });
  count.textContent = count.getAttribute('data-pattern').replace('{shown}', shown).replace('{total}', rows.length);
}
body.addEventListener('change', apply);
status.addEventListener('change', apply);
search.addEventListener('input', apply);
$('#filters').addEventListener('submit', function (event) { event.preventDefault(); });
$('#filters').addEventListener('reset', function () { setTimeout(apply, 0); });
})();
`
