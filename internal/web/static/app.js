// storyline's only script: small conveniences that the pages do not need.
// Press "/" to jump to the search box.
"use strict";
document.addEventListener("keydown", function (ev) {
  if (ev.key !== "/" || ev.ctrlKey || ev.metaKey || ev.altKey) {
    return;
  }
  var t = ev.target;
  if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable)) {
    return;
  }
  var q = document.getElementById("q");
  if (q) {
    ev.preventDefault();
    q.focus();
    q.select();
  }
});
