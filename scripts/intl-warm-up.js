// The first date a page places through Intl makes the browser load its locale and time zone
// data: about 100 ms of main thread on a phone (Lighthouse's 4× slower CPU). On the empty page
// the app asks Intl for its zone's offsets as soon as its wasm runs, in the task that draws
// the page; this module pays that cost earlier, while the wasm is still downloading. A
// published page carries its zone's offsets (<meta name="manchette-zone">): the app needs no
// Intl there, and neither does this module.
if (!document.querySelector('meta[name="manchette-zone"]')) {
  new Intl.DateTimeFormat('en', { timeZone: 'UTC', hour: 'numeric' }).format(0);
}
