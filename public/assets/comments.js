/* Mend comments: small comforts on top of forms that work without script.
   A Reply link shows its form by CSS (:target); this moves the focus into it, gives it
   back to the Reply link on "Cancel reply", and keeps a form from being sent twice. */
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.comment-reply, a.cancel-reply");
    if (!link) return;
    var reply = link.classList.contains("comment-reply");
    setTimeout(function () { // after the browser has followed the link
      var box = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      var next = box && box.querySelector(reply ? "textarea" : ".comment-reply");
      if (next) next.focus();
    }, 0);
  });
  document.addEventListener("submit", function (event) {
    var form = event.target, button = form.querySelector("button");
    if (!form.matches(".comment-form") || !button) return;
    if (button.disabled) return event.preventDefault();
    button.dataset.label = button.textContent;
    button.textContent = button.dataset.posting || "…";
    button.disabled = true;
  });
  window.addEventListener("pageshow", function () { // back from the server's page
    document.querySelectorAll(".comment-form button[data-label]").forEach(function (button) {
      button.textContent = button.dataset.label;
      button.disabled = false;
    });
  });
})();
