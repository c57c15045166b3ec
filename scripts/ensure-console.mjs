// Builds the web console (web/ → dist/console) when it is missing or older than its sources, so
// `npm start` and `npm test` serve the console without a separate step and without rebuilding it
// every time. `npm run build` always builds it.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = path.join(root, 'dist', 'console', 'index.html');
const sources = ['web/src', 'web/index.html', 'web/vite.config.ts', 'package-lock.json'].map((entry) => path.join(root, entry));

function newestChange(entry) {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stats.mtimeMs);
}

const stale = !existsSync(built) || sources.some((entry) => existsSync(entry) && newestChange(entry) > statSync(built).mtimeMs);
if (stale) {
  console.log('Building the web console (web/ → dist/console)…');
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', path.join(root, 'web', 'vite.config.ts'), '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
}
