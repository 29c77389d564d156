// Home page, "Find your force": the reader types a council area and reaches its force's page. Loaded on the home
// page only. Without JavaScript the form stays hidden (apsp.css shows it once the inline script in <head> has
// marked <html> with `apsp-js`, so nothing moves as the page loads) and the reader uses the A to Z list of council
// areas, each linked to its force; this script reads that list (each link's text and `data-also` names, and the force
// named beside it), so the page holds the data once. The words it shows come from the page too (the form's data-
// attributes and the hidden "not a council area" paragraph); the script only matches and fills them in. It makes no
// request.
(function () {
  "use strict";
  var form = document.getElementById("find-force");
  var list = document.getElementById("councils");
  if (!form || !list) return;
  var input = form.elements.council;
  var count = document.getElementById("find-force-count");
  var none = document.getElementById("find-force-none");
  var shown = document.getElementById("find-force-matches");
  var most = Number(form.getAttribute("data-most")) || 8;

  // Case, accents, "&" for "and", punctuation and spacing do not matter: "Brighton & hove" is "brighton and hove".
  function normal(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/&/g, " and ").replace(/[^a-z0-9]+/g, " ").trim();
  }

  // Each item of the list: a link to the force's page named after the council area, then the force's name.
  var councils = Array.prototype.map.call(list.querySelectorAll("li"), function (item) {
    var link = item.querySelector("a");
    var names = [link.textContent].concat((link.getAttribute("data-also") || "").split("|"));
    return {
      link: link,
      force: item.querySelector("span").textContent,
      names: names.filter(Boolean).map(normal)
    };
  });

  // A name matches where the typed words start one of its words: "brigh" finds Brighton and Hove, "hull"
  // Kingston upon Hull; "ham" does not find Birmingham. A typed "City of" may be left out of the name looked for.
  function rank(council, typed) {
    var best = 0;
    council.names.forEach(function (name) {
      if (name === typed) best = 3;
      else if (name.indexOf(typed) === 0) best = Math.max(best, 2);
      else if ((" " + name).indexOf(" " + typed) >= 0) best = Math.max(best, 1);
    });
    return best;
  }

  function matches(text) {
    var typed = normal(text), found = [];
    [typed, typed.replace(/^city of /, "")].some(function (query) {
      found = councils.map(function (c) { return { council: c, rank: rank(c, query) }; })
        .filter(function (m) { return m.rank > 0; });
      return found.length > 0;
    });
    return found.sort(function (a, b) {
      return b.rank - a.rank || a.council.link.textContent.localeCompare(b.council.link.textContent, "en");
    });
  }

  function say(template, n) { return template.replace("{n}", String(n)); }

  function show(text) {
    while (shown.firstChild) shown.removeChild(shown.firstChild);
    var found = text.trim().length >= 2 ? matches(text) : [];
    none.hidden = !(text.trim().length >= 2 && found.length === 0);
    none.querySelector("[data-typed]").textContent = text.trim();
    shown.hidden = true;
    if (text.trim().length < 2) { count.textContent = ""; return found; }
    count.textContent = found.length === 0 ? "" : say(
      form.getAttribute(found.length === 1 ? "data-one" : "data-many"), found.length
    ) + (found.length > most ? " " + say(form.getAttribute("data-more"), most) : "");
    found.slice(0, most).forEach(function (m) {
      var item = document.createElement("li"), link = document.createElement("a");
      link.href = m.council.link.href;
      link.textContent = m.council.link.textContent;
      item.appendChild(link);
      item.appendChild(document.createTextNode(" " + form.getAttribute("data-joiner") + " " + m.council.force));
      shown.appendChild(item);
    });
    shown.hidden = found.length === 0;
    return found;
  }

  // The "not a council area" paragraph's link to the A to Z list opens it.
  var all = list.closest("details");
  none.addEventListener("click", function (event) {
    var link = event.target.closest("a");
    if (all && link && link.hash === "#" + all.id) all.open = true;
  });
  input.addEventListener("input", function () { show(input.value); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var found = show(input.value);
    // Only a council's own name goes straight to its force; anything less offers the matches to choose from.
    if (found.length && found[0].rank === 3 && !(found[1] && found[1].rank === 3)) {
      window.location.assign(found[0].council.link.href);
    }
  });
})();
