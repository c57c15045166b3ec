import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// The console loads nothing from elsewhere and talks only to this server's /graphql. Styles may be
// inline because the explorer's editor (Monaco) adds its own <style> elements at run time.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

// Built asset names: Vite's hashed file names, never a path.
const ASSET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

interface Asset {
  body: Buffer;
  gzipped?: Buffer;
}

/**
 * Serves the built web console: `/console/` is its one page (routes live in the URL's hash), and
 * `/console/assets/<name>` its hashed, immutable files. Assets are read once and kept, gzipped for
 * clients that accept it; the page itself is read on every request so a rebuild shows at once.
 */
export class ConsoleFiles {
  private readonly assets = new Map<string, Asset>();

  constructor(private readonly directory: string) {}

  async serve(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(response, 405, 'Use GET', { allow: 'GET, HEAD' });
    if (url.pathname === '/console') return redirect(response, '/console/');
    if (!existsSync(path.join(this.directory, 'index.html'))) {
      return plain(response, 503, 'The web console is not built. Run `npm run build` (npm start builds it when it is missing).');
    }
    if (url.pathname === '/console/' || url.pathname === '/console/index.html') {
      const page = await readFile(path.join(this.directory, 'index.html'));
      return send(request, response, page, '.html', { 'cache-control': 'no-cache', 'content-security-policy': CONTENT_SECURITY_POLICY });
    }
    const name = url.pathname.startsWith('/console/assets/') ? url.pathname.slice('/console/assets/'.length) : undefined;
    if (!name || !ASSET_NAME.test(name)) return plain(response, 404, 'Not found');
    const asset = await this.asset(name);
    if (!asset) return plain(response, 404, 'Not found');
    const gzip = acceptsGzip(request) && asset.gzipped;
    send(request, response, gzip ? asset.gzipped! : asset.body, path.extname(name), {
      'cache-control': 'public, max-age=31536000, immutable',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      vary: 'accept-encoding',
    });
  }

  private async asset(name: string): Promise<Asset | undefined> {
    const cached = this.assets.get(name);
    if (cached) return cached;
    const file = path.join(this.directory, 'assets', name);
    if (!existsSync(file)) return undefined;
    const body = await readFile(file);
    const compressible = /\.(js|css|json|map|svg|html)$/.test(name);
    const asset: Asset = { body, gzipped: compressible && body.length > 1024 ? gzipSync(body) : undefined };
    this.assets.set(name, asset);
    return asset;
  }
}

function send(request: IncomingMessage, response: ServerResponse, body: Buffer, extension: string, headers: Record<string, string>): void {
  response.statusCode = 200;
  response.setHeader('content-type', CONTENT_TYPES[extension] ?? 'application/octet-stream');
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('referrer-policy', 'no-referrer');
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.setHeader('content-length', body.length);
  response.end(request.method === 'HEAD' ? undefined : body);
}

function plain(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.statusCode = status;
  response.setHeader('content-type', 'text/plain; charset=utf-8');
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.end(text + '\n');
}

function redirect(response: ServerResponse, location: string): void {
  response.statusCode = 301;
  response.setHeader('location', location);
  response.end();
}

function acceptsGzip(request: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
}
