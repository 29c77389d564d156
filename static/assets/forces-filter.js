// Forces table: filter by outcome, area and country, sort by name; the view is kept in the address
// so it can be shared. Without JavaScript the full table is shown and the form stays hidden.
(function () {
  "use strict";
  var form = document.getElementById("force-filters");
  var table = document.getElementById("forces-table");
  if (!form || !table) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var status = document.getElementById("filter-status");
  var fields = ["outcome", "area", "country", "sort"];

  function value(name) { return form.elements[name].value; }
  // Each row: the force's name in its first cell, its country in the second.
  function cell(row, index) { return row.cells[index].textContent.trim(); }

  function matches(row) {
    var outcome = value("outcome"), area = value("area"), country = value("country");
    if (country && cell(row, 1) !== country) return false;
    if (!outcome) return true;
    if (area) return row.getAttribute("data-area-" + area) === outcome;
    return Array.prototype.some.call(row.attributes, function (a) {
      return a.name.indexOf("data-area-") === 0 && a.value === outcome;
    });
  }

  function apply() {
    var shown = 0;
    var sorted = rows.slice().sort(function (a, b) { return cell(a, 0).localeCompare(cell(b, 0), "en"); });
    if (value("sort") === "za") sorted.reverse();
    sorted.forEach(function (row) {
      row.hidden = !matches(row);
      if (!row.hidden) shown += 1;
      body.appendChild(row);
    });
    status.textContent = "Showing " + shown + " of " + rows.length + " forces";
  }

  function save() {
    var params = new URLSearchParams();
    fields.forEach(function (name) { if (value(name)) params.set(name, value(name)); });
    var query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
  }

  function load() {
    var params = new URLSearchParams(location.search);
    fields.forEach(function (name) {
      var select = form.elements[name], wanted = params.get(name) || "";
      var known = Array.prototype.some.call(select.options, function (o) { return o.value === wanted; });
      select.value = known ? wanted : "";
    });
  }

  form.addEventListener("change", function () { apply(); save(); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  load();
  apply();
  form.hidden = false;
})();
