// The first date a page formats through Intl makes the browser load its locale data: about
// 15 ms of main thread on a desktop, four times that on a phone. The app formats dates as soon
// as its wasm runs, in the task that draws the page. This module pays that cost earlier, while
// the wasm is still downloading and the main thread has nothing to do. Any locale loads the
// shared data; the page's own language is the likeliest to be used.
new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
  dateStyle: 'full',
  timeStyle: 'short',
}).format(0);
