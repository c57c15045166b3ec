// Builds the web console (web/ → dist/console) when it is missing or older than its sources, so
// `npm start` and `npm test` serve the console without a separate step and without rebuilding it
// every time. `npm run build` always builds it. `npm install` runs this with --optional (the
// `prepare` script): it builds the console up front, so the first `npm start` does not wait for
// it, and only warns when the build tools are absent (an install without dev dependencies).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = path.join(root, 'dist', 'console', 'index.html');
const sources = ['web/src', 'web/index.html', 'web/vite.config.ts', 'schema/schema.graphql', 'package-lock.json'].map((entry) => path.join(root, entry));

function newestChange(entry) {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stats.mtimeMs);
}

const optional = process.argv.includes('--optional');
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
if (!existsSync(vite)) {
  const message = 'The web console cannot be built: Vite is not installed (run `npm install` with dev dependencies).';
  if (optional) {
    console.warn(message);
    process.exit(0);
  }
  console.error(message);
  process.exit(1);
}

const stale = !existsSync(built) || sources.some((entry) => existsSync(entry) && newestChange(entry) > statSync(built).mtimeMs);
if (stale) {
  console.log('Building the web console (web/ → dist/console)…');
  execFileSync(process.execPath, [vite, 'build', '--config', path.join(root, 'web', 'vite.config.ts'), '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
}
