// `make serve` only (scripts/post-build.mjs adds it to development builds): reloads the page
// once a rebuild has landed. A file of the site, so the page's strict CSP allows it.
new EventSource('__reload').addEventListener('reload', () => window.location.reload());
