// The Node flags `npm start` runs the server with, read from package.json's start script, so
// the benchmarks start the server exactly as a user does and cannot drift from it.
import { readFileSync } from 'node:fs';

export function serverNodeFlags() {
  const { scripts } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const match = /\bnode((?: --\S+)*) dist\/main\.js/.exec(scripts.start);
  if (!match) throw new Error(`package.json's start script does not end in "node [flags] dist/main.js": ${scripts.start}`);
  return match[1].trim().split(/\s+/).filter(Boolean);
}
