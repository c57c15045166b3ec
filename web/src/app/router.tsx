import { useEffect, useState, type AnchorHTMLAttributes, type ReactNode } from 'react';

/**
 * Hash routes (#/dashboards/nps): the server serves one index.html at /console/ and needs no
 * knowledge of the console's pages. Nothing secret ever goes into the hash.
 */
export function useHashPath(): string {
  return pathOf(useHash());
}

export function navigate(path: string): void {
  window.location.hash = path;
}

/** Matches `/segments/:id` style patterns; returns the parameters or undefined. */
export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const patternParts = pattern.split('/').filter(Boolean);
  const pathParts = path.split('/').filter(Boolean);
  if (patternParts.length !== pathParts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < patternParts.length; i++) {
    const part = patternParts[i]!;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(pathParts[i]!);
    else if (part !== pathParts[i]) return undefined;
  }
  return params;
}

/** The query part of the hash (#/rfm?segment=LOYAL), for state worth a bookmark; follows every hash change. */
export function useHashQuery(): URLSearchParams {
  const hash = useHash();
  const at = hash.indexOf('?');
  return new URLSearchParams(at >= 0 ? hash.slice(at + 1) : '');
}

export function Link({ to, children, ...rest }: { to: string; children: ReactNode } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  // Subscribing to the hash keeps aria-current right wherever the link is (the navigation does not re-render otherwise).
  const active = useHashPath() === to.split('?')[0];
  return (
    <a href={`#${to}`} aria-current={active ? 'page' : undefined} {...rest}>
      {children}
    </a>
  );
}

/** The whole hash, re-read on every change (of the path or only of its query). */
function useHash(): string {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const update = () => setHash(window.location.hash);
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return hash;
}

function pathOf(hash: string): string {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  return path.startsWith('/') ? path : '/';
}
