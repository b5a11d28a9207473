/* The index's filter: hides the rows that do not match the text typed, the stage
   and the lint status chosen. Without JavaScript the form stays hidden and every
   brief is listed. */
(function () {
  "use strict";
  var form = document.getElementById("filter");
  var rows = Array.prototype.slice.call(document.querySelectorAll("tbody tr[data-stage]"));
  var text = document.getElementById("filter-text");
  var stage = document.getElementById("filter-stage");
  var lint = document.getElementById("filter-lint");
  var count = document.getElementById("filter-count");
  if (!form || !text || !stage || !lint || !count) { return; }
  function words(value) {
    return value.toLowerCase().split(/\s+/).filter(Boolean);
  }
  function apply() {
    var wanted = words(text.value);
    var shown = 0;
    rows.forEach(function (row) {
      var haystack = row.textContent.toLowerCase();
      var match = wanted.every(function (word) { return haystack.indexOf(word) !== -1; }) &&
        (!stage.value || row.getAttribute("data-stage") === stage.value) &&
        (!lint.value || row.getAttribute("data-lint") === lint.value);
      row.hidden = !match;
      if (match) { shown += 1; }
    });
    count.textContent = shown === rows.length
      ? "Showing all " + rows.length + " briefs."
      : "Showing " + shown + " of " + rows.length + " briefs.";
  }
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.hidden = false;
  apply();
})();
