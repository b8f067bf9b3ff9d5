(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.card"));
  var entries = {};
  Array.prototype.forEach.call(document.querySelectorAll(".toc li[data-for]"), function (li) {
    entries[li.getAttribute("data-for")] = li;
  });
  var shown = document.getElementById("shown");
  var empty = document.getElementById("empty");
  var texts = null;
  function apply() {
    var on = {};
    Array.prototype.forEach.call(form.querySelectorAll("input[name=v]"), function (box) {
      on[box.value] = box.checked;
    });
    var kind = form.elements.k.value;
    var query = form.elements.q.value.trim().toLowerCase();
    if (query && texts === null) {
      texts = cards.map(function (c) { return c.textContent.toLowerCase(); });
    }
    var n = 0;
    cards.forEach(function (card, i) {
      var show = on[card.getAttribute("data-verdict")] === true &&
        (!kind || card.getAttribute("data-kind") === kind) &&
        (!query || texts[i].indexOf(query) >= 0);
      card.hidden = !show;
      var li = entries[card.id];
      if (li) { li.hidden = !show; }
      if (show) { n += 1; }
    });
    shown.textContent = String(n);
    empty.hidden = n > 0;
  }
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
  apply();
})();
