/* Pravda EN sample script: lazy share counters and a reading-progress bar. */
(function () {
  var bar = document.createElement("div");
  bar.className = "progress";
  document.body.appendChild(bar);
  window.addEventListener("scroll", function () {
    var h = document.documentElement;
    bar.style.width = (100 * h.scrollTop / (h.scrollHeight - h.clientHeight)) + "%";
  });
})();
