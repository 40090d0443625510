// Sent by `serve` only, never part of the built site: reloads the page when a newer build is served.
(function () {
  "use strict";
  var script = document.currentScript;
  var shown = script ? script.getAttribute("data-ban-dung") : null;
  if (!window.EventSource || shown === null) {
    return;
  }
  var source = new EventSource("/__so-mo-hinh/su-kien");
  source.onmessage = function (event) {
    if (event.data !== shown) {
      source.close();
      window.location.reload();
    }
  };
})();
