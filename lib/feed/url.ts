// Where feeds and packs may come from: HTTPS anywhere, plain HTTP only on this machine (for trying a
// feed with `kbpack serve`). Knowledge packs become replies sent to buyers, so a pack fetched over
// plain HTTP on a shop's Wi-Fi could be rewritten by anyone on the path.

export type UrlCheck = { ok: true; url: string } | { ok: false; error: string };

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return loopbackHosts.has(hostname.toLowerCase());
}

/** Check an address typed by a person (or listed in a feed). Trims; returns the normalised URL. */
export function checkFeedUrl(url: string): UrlCheck {
  const text = url.trim();
  if (!text) return { ok: false, error: 'Enter the feed address (it starts with https://).' };
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return { ok: false, error: `"${text}" is not a web address — it should start with https://.` };
  }
  if (u.username || u.password) {
    return { ok: false, error: 'The address must not contain a user name or password — remove the part before "@".' };
  }
  if (u.protocol === 'https:') return { ok: true, url: u.href };
  if (u.protocol === 'http:') {
    if (isLoopbackHost(u.hostname)) return { ok: true, url: u.href };
    return { ok: false, error: `Plain HTTP is only allowed for localhost; use https:// for ${u.host}.` };
  }
  return { ok: false, error: `Only https:// addresses are supported (this one starts with ${u.protocol}).` };
}

/**
 * After fetch followed redirects: is the final address still acceptable? Rejects a redirect that
 * leaves the policy (e.g. to plain HTTP on another host) and any HTTPS → HTTP downgrade, even on
 * localhost, since that is never what a publisher meant.
 */
export function checkRedirect(requestedUrl: string, finalUrl: string): UrlCheck {
  if (!finalUrl || finalUrl === requestedUrl) return checkFeedUrl(requestedUrl);
  const final = checkFeedUrl(finalUrl);
  if (!final.ok) return { ok: false, error: `The server redirected ${requestedUrl} to ${finalUrl}, which is not allowed. ${final.error}` };
  let requested: URL;
  try {
    requested = new URL(requestedUrl);
  } catch {
    return checkFeedUrl(requestedUrl);
  }
  if (requested.protocol === 'https:' && new URL(final.url).protocol === 'http:') {
    return { ok: false, error: `The server redirected ${requestedUrl} from HTTPS to plain HTTP (${finalUrl}); this is not allowed.` };
  }
  return final;
}
