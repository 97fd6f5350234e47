// Keyboard shortcuts for flashcards, as in Anki: Space shows the answer, 1–4 grade it.
// Progressive enhancement only: without JavaScript the same links and buttons work by click.
(function () {
  "use strict";

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) {
      return;
    }
    var show = document.getElementById("show-answer");
    if (show && (event.key === " " || event.key === "Enter" && event.target === document.body)) {
      event.preventDefault();
      show.click();
      return;
    }
    if (/^[1-4]$/.test(event.key)) {
      var button = document.querySelector('.grades button[data-rating="' + event.key + '"]');
      if (button) {
        event.preventDefault();
        button.click();
      }
    }
  });

  // Settings: offer the browser's own time zone next to the field.
  var zone = document.getElementById("timeZone");
  var hint = document.getElementById("browser-zone");
  if (zone && hint && window.Intl && Intl.DateTimeFormat) {
    var mine = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (mine && mine !== zone.value) {
      var use = document.createElement("button");
      use.type = "button";
      use.className = "link-button";
      use.textContent = "Use this device's zone (" + mine + ")";
      use.addEventListener("click", function () { zone.value = mine; zone.focus(); });
      hint.appendChild(use);
      hint.hidden = false;
    }
  }
})();
