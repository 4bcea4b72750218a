/*
 * Prongsai search, part 1 (the page): nothing of search is downloaded until a reader opens
 * it. Material requests the index and starts its search worker as every page loads; here
 * the index request waits until the search box is focused or opened, and the worker is
 * created on its first message (which carries the index). The worker runs inside
 * search-worker.js, which cuts Thai queries into words. Loaded before Material's bundle.
 */
(function () {
  "use strict";

  var here = document.currentScript.src;
  var workerWrapper = new URL("search-worker.js", here).href;
  var released = false;
  var waiting = [];

  function release() {
    if (released) return;
    released = true;
    waiting.splice(0).forEach(function (send) { send(); });
  }

  /* 1. The index request waits for the reader. */
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    var path = new URL(String(url), document.baseURI).pathname;
    this.prongsaiSearchIndex = /\/search\/search_index\.json$/.test(path);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this;
    var args = arguments;
    if (request.prongsaiSearchIndex && !released) {
      waiting.push(function () { send.apply(request, args); });
      return undefined;
    }
    return send.apply(request, args);
  };

  /* 2. The search worker starts with its first message, inside search-worker.js. */
  var NativeWorker = window.Worker;
  function isSearchWorker(url) {
    return /\/workers\/search\.[^/]*\.js$/.test(new URL(String(url), document.baseURI).pathname);
  }
  function LazySearchWorker(url) {
    var target = new EventTarget();
    var worker = null;
    var absolute = new URL(String(url), document.baseURI).href;
    target.postMessage = function (message) {
      if (worker === null) {
        worker = new NativeWorker(workerWrapper + "?worker=" + encodeURIComponent(absolute));
        worker.addEventListener("message", function (event) {
          target.dispatchEvent(new MessageEvent("message", { data: event.data }));
        });
        worker.addEventListener("error", function () {
          target.dispatchEvent(new Event("error"));
        });
      }
      worker.postMessage(message);
    };
    target.terminate = function () {
      if (worker !== null) worker.terminate();
    };
    return target;
  }
  window.Worker = function (url, options) {
    return isSearchWorker(url) ? LazySearchWorker(url) : new NativeWorker(url, options);
  };
  window.Worker.prototype = NativeWorker.prototype;

  /* 3. What counts as opening search. */
  document.addEventListener("focusin", function (event) {
    var target = event.target;
    if (target && target.matches && target.matches("[data-md-component=search-query]")) release();
  });
  document.addEventListener("change", function (event) {
    if (event.target && event.target.id === "__search" && event.target.checked) release();
  });
  /* A page opened from a search result highlights the query: it needs the index. */
  if (new URL(location.href).searchParams.has("h")) release();
})();
