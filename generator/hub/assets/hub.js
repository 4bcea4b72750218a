// The province table's filter: shown only with JavaScript; every row stays in the page.
(function () {
  var box = document.querySelector(".ps-hub-filter");
  var table = document.getElementById("agencies");
  if (!box || !table) return;
  var input = document.getElementById("filter");
  var count = document.getElementById("filter-count");
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  box.hidden = false;
  input.addEventListener("input", function () {
    var words = input.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var match = !words || row.textContent.toLowerCase().indexOf(words) !== -1;
      row.hidden = !match;
      if (match) shown += 1;
    });
    count.textContent = words ? "พบ " + shown + " จาก " + rows.length + " หน่วยงาน" : "";
  });
})();
