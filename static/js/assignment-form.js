// New assignment (assignments/form.html), progressive: a teacher who has not chosen a time zone before gets the
// browser's instead of the server's, when the list has it. Without JavaScript the server's zone stays selected.
(function () {
  'use strict';
  var zone = document.getElementById('zone');
  if (!zone || zone.getAttribute('data-guess') !== 'browser' || !window.Intl || !Intl.DateTimeFormat) {
    return;
  }
  var browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
  for (var i = 0; i < zone.options.length; i++) {
    if (zone.options[i].value === browser) {
      zone.selectedIndex = i;
      return;
    }
  }
})();
