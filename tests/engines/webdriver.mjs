// A small W3C WebDriver client: the one client the cross-engine suite drives chromedriver,
// geckodriver and WebKitWebDriver with. Only what the journeys need.
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class WebDriverError extends Error {}

async function call(base, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const payload = await response.json().catch(() => ({}));
  if (!response.ok || payload.value?.error) {
    const { error, message } = payload.value ?? {};
    throw new WebDriverError(`${method} ${path}: ${error ?? response.status} ${message ?? ''}`.trim());
  }
  return payload.value;
}

export class Session {
  static async start(driverUrl, capabilities) {
    const value = await call(driverUrl, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    return new Session(driverUrl, value.sessionId, value.capabilities);
  }

  constructor(driverUrl, id, capabilities) {
    this.base = `${driverUrl}/session/${id}`;
    this.capabilities = capabilities;
  }

  send(method, path, body) {
    return call(this.base, method, path, body);
  }

  goto(url) { return this.send('POST', '/url', { url }); }
  back() { return this.send('POST', '/back', {}); }
  refresh() { return this.send('POST', '/refresh', {}); }
  url() { return this.send('GET', '/url'); }
  title() { return this.send('GET', '/title'); }
  quit() { return call(this.base, 'DELETE', ''); }
  screenshot() { return this.send('GET', '/screenshot').then((png) => Buffer.from(png, 'base64')); }
  setWindow(width, height) { return this.send('POST', '/window/rect', { width, height }); }

  /** Runs `script` (a function body) in the page with `args`; returns its result. */
  run(script, ...args) { return this.send('POST', '/execute/sync', { script, args }); }

  async find(selector) {
    const found = await this.send('POST', '/elements', { using: 'css selector', value: selector });
    return found.map((value) => new Element(this, value[ELEMENT]));
  }

  /** Waits until `selector` matches an element whose text contains `text` (if given). */
  async waitFor(selector, options) {
    return (await this.waitForMatch(selector, options)).element;
  }

  /** Like `waitFor`, but returns the text it matched: read at once, it stays true even when
   * the page replaces the element right after (as the app does with a published page). */
  async waitForText(selector, options) {
    return (await this.waitForMatch(selector, options)).content;
  }

  async waitForMatch(selector, { text, timeout = 15_000 } = {}) {
    const until = Date.now() + timeout;
    let last = '';
    while (Date.now() < until) {
      for (const element of await this.find(selector).catch(() => [])) {
        const content = await element.content().catch(() => '');
        if (text === undefined || content.includes(text)) return { element, content };
        last = content;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new WebDriverError(`no ${selector}${text ? ` with “${text}”` : ''} (last seen: “${last.slice(0, 120)}”)`);
  }

  /** Waits until `check()` (run in the page) is truthy. */
  async waitUntil(what, check, timeout = 15_000) {
    const until = Date.now() + timeout;
    while (Date.now() < until) {
      if (await this.run(check).catch(() => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new WebDriverError(`still waiting for ${what}`);
  }
}

class Element {
  constructor(session, id) {
    this.session = session;
    this.path = `/element/${id}`;
    this.reference = { [ELEMENT]: id };
  }

  /** The rendered text, as a reader sees it (CSS text-transform applied). */
  text() { return this.session.send('GET', `${this.path}/text`); }
  /** The text as written, whatever the CSS does to it. */
  content() { return this.property('textContent').then((t) => (t ?? '').trim()); }
  click() { return this.session.send('POST', `${this.path}/click`, {}); }
  type(text) { return this.session.send('POST', `${this.path}/value`, { text }); }
  attribute(name) { return this.session.send('GET', `${this.path}/attribute/${name}`); }
  property(name) { return this.session.send('GET', `${this.path}/property/${name}`); }
}
