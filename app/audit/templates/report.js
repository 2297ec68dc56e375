// Filters of the audit report: family, severity, year, language. Each post carries data-* attributes.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var posts = Array.prototype.slice.call(document.querySelectorAll("article.post"));
  var counter = document.getElementById("shown-count");
  var ranks = { info: 0, warning: 1, error: 2 };
  function apply() {
    var family = form.elements.family.value;
    var severity = form.elements.severity.value;
    var year = form.elements.year.value;
    var lang = form.elements.lang.value;
    var shown = 0;
    posts.forEach(function (post) {
      var ok = (!family || (" " + post.dataset.families + " ").indexOf(" " + family + " ") >= 0) &&
        (!severity || ranks[post.dataset.severity] >= ranks[severity]) &&
        (!year || post.dataset.year === year) &&
        (!lang || post.dataset.lang === lang);
      post.hidden = !ok;
      if (ok) { shown += 1; }
    });
    if (counter) { counter.textContent = String(shown); }
  }
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  form.hidden = false;
  apply();
}());
