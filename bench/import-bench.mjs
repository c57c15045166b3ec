// npm run bench:import: imports ../shared/data/online-retail.csv.gz with the online-retail preset
// into a fresh tenant of a fresh embedded database (under .data/bench), twice: the first run
// inserts, the second finds everything unchanged. Prints lines per second and the importing
// process's peak RSS for each run. Set DATABASE_URL to use another server instead.
import { execFile } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataFile = path.resolve(root, process.env.BENCH_IMPORT_FILE ?? '../shared/data/online-retail.csv.gz');
const dataDir = path.join(root, '.data', 'bench');
if (!existsSync(dataFile)) {
  console.error(`missing ${dataFile}`);
  process.exit(1);
}
if (!process.env.DATABASE_URL) rmSync(dataDir, { recursive: true, force: true });

const environment = { ...process.env, CXGRAPH_DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: process.env.EMBEDDED_POSTGRES_PORT ?? '54339', LOG_LEVEL: 'warn' };

function cli(...args) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--max-old-space-size=192', path.join(root, 'dist/cli/main.js'), ...args, '--json'], { env: environment, cwd: root, maxBuffer: 1 << 24 }, (error, stdout, stderr) => {
      const last = stdout.trim().split('\n').at(-1);
      if (error) reject(new Error(`${args.join(' ')} failed: ${stderr}\n${stdout}`));
      else resolve(JSON.parse(last));
    });
  });
}

const slug = `bench-${Date.now().toString(36)}`;
await cli('tenant', 'create', slug, '--name', 'Import benchmark', '--time-zone', 'Europe/London', '--currency', 'GBP');
const rejects = path.join(os.tmpdir(), `${slug}.rejects.csv`);
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`);
console.log(`file: ${path.relative(root, dataFile)}`);
for (const label of ['first run (inserts)', 'second run (unchanged)']) {
  const summary = await cli('import', 'orders', dataFile, '--tenant', slug, '--preset', 'online-retail', '--rejects', rejects);
  console.log(
    `${label}: ${summary.read} lines in ${summary.seconds} s = ${summary.linesPerSecond} lines/s, peak RSS ${summary.peakRssMb} MB ` +
      `(inserted ${summary.inserted}, updated ${summary.updated}, unchanged ${summary.unchanged}, rejected ${summary.rejected})`,
  );
}
rmSync(rejects, { force: true });
