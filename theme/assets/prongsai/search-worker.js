/*
 * Prongsai search, part 2 (the worker): runs Material's search worker (its address is in
 * ?worker=) and stands between it and the page.
 *
 * - The index (generator/search/thai_search.py) has its Thai cut into words joined by U+200B. The
 *   words of the index become the dictionary that cuts a Thai query the same way: a query
 *   typed without spaces (งบประมาณรายจ่าย) becomes the words งบประมาณ and รายจ่าย, each
 *   required and matched as a prefix, so a word still being typed finds its pages too.
 *   What the dictionary cannot cut is left to the browser's own Thai word breaker
 *   (Intl.Segmenter).
 * - Results come back without U+200B, so the titles and excerpts readers see are clean.
 */
"use strict";

var SETUP = 0;
var QUERY = 2;
var THAI_RUN = /[\u0E00-\u0E7F]+/g;
var THAI_LETTER = /[\u0E00-\u0E7F]/;
var WORD_JOINER = /\u200b/g;

var dictionary = new Set();
var longest = 1;

function learn(index) {
  var separator = new RegExp(index.config.separator);
  index.docs.forEach(function (doc) {
    [doc.title, doc.text].forEach(function (text) {
      String(text || "").replace(/<[^>]*>/g, " ").split(separator).forEach(function (token) {
        if (THAI_LETTER.test(token)) {
          token = token.toLowerCase();
          dictionary.add(token);
          if (token.length > longest) longest = token.length;
        }
      });
    });
  });
}

function browserWords(text) {
  if (typeof Intl === "undefined" || typeof Intl.Segmenter !== "function") return [text];
  var words = [];
  var segments = new Intl.Segmenter("th", { granularity: "word" }).segment(text);
  for (var item of segments) if (item.isWordLike) words.push(item.segment);
  return words.length ? words : [text];
}

/* The fewest words of the dictionary that make up the run; what is left, the browser cuts. */
function cut(run) {
  var best = [[]];
  for (var i = 0; i < run.length; i++) {
    if (!best[i]) continue;
    for (var j = Math.min(run.length, i + longest); j > i; j--) {
      var word = run.slice(i, j);
      if (dictionary.has(word) && (!best[j] || best[j].length > best[i].length + 1))
        best[j] = best[i].concat([word]);
    }
  }
  var reached = run.length;
  while (!best[reached]) reached--;
  return reached === run.length
    ? best[reached]
    : best[reached].concat(browserWords(run.slice(reached)));
}

function segmentQuery(query) {
  return query
    .replace(THAI_RUN, function (run) {
      return " " + cut(run.toLowerCase()).map(function (word) {
        return "+" + word + "*";
      }).join(" ") + " ";
    })
    .replace(/\s+/g, " ")
    .trim();
}

function clean(value) {
  if (typeof value === "string") return value.replace(WORD_JOINER, "");
  if (Array.isArray(value)) return value.map(clean);
  if (value && typeof value === "object") {
    var copy = {};
    Object.keys(value).forEach(function (key) { copy[key] = clean(value[key]); });
    return copy;
  }
  return value;
}

/* Registered before Material's worker: sees each message first. */
self.addEventListener("message", function (event) {
  var message = event.data;
  if (!message) return;
  if (message.type === SETUP) learn(message.data);
  else if (message.type === QUERY && typeof message.data === "string")
    message.data = segmentQuery(message.data);
});

var post = self.postMessage.bind(self);
self.postMessage = function (message, transfer) {
  return post(clean(message), transfer);
};

importScripts(new URL(self.location.href).searchParams.get("worker"));
