// fetch as an extension page sees a host with a basic CORS rule: a request with a header that is not
// CORS-safelisted is preceded by a real preflight (OPTIONS) to the server, and when the server does not allow
// that header the browser fails the fetch with a bare TypeError, as it does when offline.

const safelisted = new Set(['accept', 'accept-language', 'content-language', 'content-type', 'range']);

export function corsFetch(inner: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const names = [...new Headers(init?.headers).keys()].filter((h) => !safelisted.has(h));
    if (names.length) {
      const url = input instanceof Request ? input.url : String(input);
      const preflight = await inner(url, { method: 'OPTIONS', headers: { 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': names.join(',') } });
      await preflight.body?.cancel();
      const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/\s*,\s*/);
      if (!preflight.ok || !names.every((h) => allowed.includes(h) || allowed.includes('*'))) throw new TypeError('Failed to fetch');
    }
    return inner(input, init);
  };
}
