// PartnerDesk's one small script (allowed by the CSP: script-src 'self'). The pages work without it.
// 1. Remembers the browser's time zone in a cookie, so that times are shown in the agent's own zone.
// 2. Shows the Copy buttons of the prefilled service request and copies a value to the clipboard.
(function () {
  "use strict";
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf("pd_tz=" + encodeURIComponent(zone)) === -1) {
      document.cookie = "pd_tz=" + encodeURIComponent(zone) + "; path=/; max-age=31536000; SameSite=Lax";
    }
  } catch (e) {
    // no Intl: times stay in UTC
  }
  if (!navigator.clipboard) {
    return;
  }
  var hints = document.querySelectorAll(".js-only");
  for (var h = 0; h < hints.length; h++) {
    hints[h].hidden = false;
  }
  var buttons = document.querySelectorAll("button.copy[data-copy]");
  for (var i = 0; i < buttons.length; i++) {
    var button = buttons[i];
    button.hidden = false;
    button.setAttribute("aria-label", "Copy " + (button.closest("dd").previousElementSibling || {}).textContent);
    button.addEventListener("click", function (event) {
      var target = document.getElementById(event.currentTarget.getAttribute("data-copy"));
      var clicked = event.currentTarget;
      navigator.clipboard.writeText(target.textContent).then(function () {
        clicked.textContent = "Copied";
        setTimeout(function () { clicked.textContent = "Copy"; }, 2000);
      });
    });
  }
})();
