// Forces index: one table per programme; filter by programme, area, grade and country, sort by name. The view is
// kept in the address so it can be shared; unknown values are ignored. Loaded on the forces index only.
// Without JavaScript every table is shown in full and the form stays hidden (forces-index.css). With it, the form
// is shown from the first paint and its status is already right, so on an address without filters this script
// changes nothing: the page only changes when the address has filters, or when the reader changes one.
(function () {
  "use strict";
  var form = document.getElementById("force-filters");
  if (!form) return;
  var fields = ["programme", "area", "grade", "country", "sort"];
  var status = document.getElementById("filter-status");
  var sections = Array.prototype.slice.call(document.querySelectorAll(".apsp-programme"));
  var names = {};
  sections.forEach(function (section) {
    section.rows = Array.prototype.slice.call(section.querySelector("tbody").rows);
    section.rows.forEach(function (row) { names[row.getAttribute("data-force")] = true; });
  });
  var total = Object.keys(names).length;

  function value(name) { return form.elements[name].value; }
  function name(row) { return row.cells[0].textContent.trim(); }
  // An area's value is "<assessment id>.<area id>"; ids never contain a dot.
  function area() { var parts = value("area").split("."); return { programme: parts[0], id: parts[1] || "" }; }

  // Only the areas of the chosen programme can be chosen; an area of another one is let go.
  function limitAreas() {
    var programme = value("programme"), select = form.elements.area;
    Array.prototype.forEach.call(select.getElementsByTagName("optgroup"), function (group) {
      group.disabled = Boolean(programme) && group.getAttribute("data-programme") !== programme;
    });
    var chosen = select.options[select.selectedIndex];
    if (chosen && chosen.parentNode.disabled) select.value = "";
  }

  function matches(row) {
    var grade = value("grade"), country = value("country"), a = area();
    if (country && row.getAttribute("data-country") !== country) return false;
    if (!grade) return true;
    if (a.id) return row.getAttribute("data-area-" + a.id) === grade;
    return Array.prototype.some.call(row.attributes, function (attribute) {
      return attribute.name.indexOf("data-area-") === 0 && attribute.value === grade;
    });
  }

  function apply() {
    var shown = {}, programme = value("programme"), a = area();
    sections.forEach(function (section) {
      var id = section.getAttribute("data-programme");
      section.hidden = Boolean((programme && programme !== id) || (a.id && a.programme !== id));
      var body = section.querySelector("tbody"), count = 0;
      var sorted = section.rows.slice().sort(function (x, y) { return name(x).localeCompare(name(y), "en"); });
      if (value("sort") === "za") sorted.reverse();
      sorted.forEach(function (row) {
        row.hidden = !matches(row);
        if (!row.hidden) { count += 1; if (!section.hidden) shown[row.getAttribute("data-force")] = true; }
        body.appendChild(row);
      });
      section.querySelector("table").hidden = count === 0;
      section.querySelector(".apsp-programme__empty").hidden = count !== 0;
    });
    status.textContent = "Showing " + Object.keys(shown).length + " of " + total + " forces";
  }

  function save() {
    var params = new URLSearchParams();
    fields.forEach(function (field) { if (value(field)) params.set(field, value(field)); });
    var query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
  }

  // The address's filters, each only if the form offers it; `outcome` is the grade filter's former name.
  function load() {
    var params = new URLSearchParams(location.search);
    if (!params.has("grade") && params.has("outcome")) params.set("grade", params.get("outcome"));
    fields.forEach(function (field) {
      var select = form.elements[field], wanted = params.get(field) || "";
      if (Array.prototype.some.call(select.options, function (o) { return o.value === wanted; })) select.value = wanted;
    });
    if (!fields.some(value)) return false;
    limitAreas();
    return true;
  }

  form.addEventListener("change", function (event) {
    if (event.target.name === "programme") limitAreas();
    apply();
    save();
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  if (load()) apply();
})();
