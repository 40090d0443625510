// Sent by `serve` only, never part of the built site: reloads the page when a newer build is served.
(function () {
  "use strict";
  var script = document.currentScript;
  var shown = script ? script.getAttribute("data-ban-dung") : null;
  if (!window.EventSource || shown === null) {
    return;
  }
  var KEY = "so-mo-hinh-xem-truoc-loi";
  var hasBanner = function () {
    return document.querySelector(".smh-xem-truoc-loi") !== null;
  };
  // A banner that has just appeared is shown: the browser would keep the reader where they were, below it.
  if (hasBanner() && window.sessionStorage && sessionStorage.getItem(KEY) === "0") {
    sessionStorage.setItem(KEY, "1");
    if ("scrollRestoration" in history) {
      history.scrollRestoration = "manual";
    }
    window.scrollTo(0, 0);
  }
  var source = new EventSource("/__so-mo-hinh/su-kien");
  source.onmessage = function (event) {
    if (event.data !== shown) {
      source.close();
      if (window.sessionStorage) {
        sessionStorage.setItem(KEY, hasBanner() ? "1" : "0");
      }
      window.location.reload();
    }
  };
})();
