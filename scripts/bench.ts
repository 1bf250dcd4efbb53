import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/paths.ts';

/** `npm run bench`: runs every bench/*.bench.ts in turn; each prints its own figures. */
const files = readdirSync(join(ROOT, 'bench')).filter((name) => name.endsWith('.bench.ts')).sort();
let failed = 0;
for (const file of files) {
  console.log(`\n▶ bench/${file}`);
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'bench', file)], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
