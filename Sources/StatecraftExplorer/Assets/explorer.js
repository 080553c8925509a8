// Statecraft explorer: suggestions for the actor search box from /api/actors?q=.
// Text goes into the page through value and textContent only, never as markup.
(function () {
  "use strict";
  var input = document.getElementById("actor-search");
  var list = document.getElementById("actor-suggestions");
  if (!input || !list) return;
  var pending = null, last = "";
  input.addEventListener("input", function () {
    var q = input.value.trim();
    if (q.length < 2 || q === last) return;
    last = q;
    if (pending) clearTimeout(pending);
    pending = setTimeout(function () {
      fetch("/api/actors?limit=8&q=" + encodeURIComponent(q), { headers: { "Accept": "application/json" } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (actors) {
          while (list.firstChild) list.removeChild(list.firstChild);
          actors.forEach(function (a) {
            var option = document.createElement("option");
            option.value = a.id;
            option.textContent = a.name + " (" + a.kind + ")";
            list.appendChild(option);
          });
        })
        .catch(function () {});
    }, 150);
  });
})();
