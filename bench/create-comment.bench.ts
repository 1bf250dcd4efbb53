/**
 * Create-comment benchmark on the local emulators: latency (median, 95th percentile) of
 * sequential posts, throughput of concurrent posts, and the Firestore reads and writes one
 * create (and one thread snapshot, and one article list's counts) costs, as counted by functions/src/shared/metering.ts.
 * Run with `npm run bench`. Figures from the emulators on a 2-core machine: production
 * Firestore is slower per call but scales out; the read and write counts carry over exactly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { MAX_COUNT_THREADS } from '../core/src/api.ts';
import { DEMO_SITE } from '../demo/seed/demo-data.ts';
import { buildForEmulators } from '../scripts/lib/build-for-emulators.ts';
import { startEmulators } from '../scripts/lib/emulators.ts';
import { PROJECT_ID, ROOT } from '../scripts/lib/paths.ts';

const SEQUENTIAL = 100;
const CONCURRENT = 200;
const CONCURRENCY = 20;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  process.env.PARLEY_METER = '1';
  await buildForEmulators();
  const logFile = join(ROOT, '.cache/bench-emulators.log');
  const emulators = await startEmulators({ logFile });
  try {
    Object.assign(process.env, emulators.env);
    const db = getFirestore(getApps()[0] ?? initializeApp({ projectId: PROJECT_ID }));
    await db.doc('sites/bench').set({ ...DEMO_SITE, name: 'Bench' });
    await db.doc('sites/bench/private/settings').set({ rateLimits: { userPerMinute: 0, userPerHour: 0, ipPerMinute: 0, ipPerHour: 0, threadPerMinute: 0 } });

    const signUp = async () => {
      const response = await fetch(`http://${emulators.env.FIREBASE_AUTH_EMULATOR_HOST}/identitytoolkit.googleapis.com/v1/accounts:signUp?key=bench`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ returnSecureToken: true }),
      });
      return ((await response.json()) as { idToken: string }).idToken;
    };
    const tokens = await Promise.all(Array.from({ length: 50 }, signUp));
    let sequence = 0;
    const create = async (token: string) => {
      const n = sequence++;
      const started = performance.now();
      const response = await fetch(`${emulators.env.PARLEY_FUNCTIONS_ORIGIN}/${PROJECT_ID}/us-central1/createComment`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          data: {
            siteId: 'bench',
            thread: { url: 'https://bench.example/article', title: 'Bench' },
            body: `Benchmark comment number ${n} with a little **Markdown**.`,
            guest: { name: `Reader ${n % 50}`, email: `reader${n % 50}@example.com` },
            requestId: `bench-${n}-${Date.now()}`,
          },
        }),
      });
      const body = (await response.json()) as { error?: unknown };
      if (body.error) throw new Error(`createComment failed: ${JSON.stringify(body.error)}`);
      return performance.now() - started;
    };

    for (let i = 0; i < 5; i++) await create(tokens[i]!); // warm the functions runtime
    const latencies: number[] = [];
    for (let i = 0; i < SEQUENTIAL; i++) latencies.push(await create(tokens[i % tokens.length]!));

    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < CONCURRENT) await create(tokens[next++ % tokens.length]!);
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    await fetch(`${emulators.env.PARLEY_HOSTING_ORIGIN}/api/thread?site=bench&url=${encodeURIComponent('https://bench.example/article')}`);
    const listIds = Array.from({ length: MAX_COUNT_THREADS - 1 }, (_, i) => `&id=list-${i}`).join('');
    await fetch(`${emulators.env.PARLEY_HOSTING_ORIGIN}/api/counts?site=bench&url=${encodeURIComponent('https://bench.example/article')}${listIds}`);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // let the last log lines reach the file

    const meters = readFileSync(logFile, 'utf8')
      .split('\n')
      .filter((line) => line.includes('parley-meter'))
      .map((line) => JSON.parse(line.slice(line.indexOf('{'))) as { fn?: string; reads?: number; writes?: number; jsonPayload?: { fn: string; reads: number; writes: number } })
      .map((entry) => entry.jsonPayload ?? entry);
    const creates = meters.filter((meter) => meter.fn === 'createComment');
    const snapshot = meters.filter((meter) => meter.fn === 'handleSnapshot').at(-1);
    const counts = meters.filter((meter) => meter.fn === 'handleCounts').at(-1);

    console.log('\ncreateComment on the emulators (2-core machine)');
    console.log(`  latency, ${SEQUENTIAL} sequential posts: median ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms`);
    const sequentialRate = (1000 * SEQUENTIAL) / latencies.reduce((sum, value) => sum + value, 0);
    console.log(`  throughput: ${sequentialRate.toFixed(1)} comments/s one at a time; ${(CONCURRENT / seconds).toFixed(1)} comments/s with ${CONCURRENCY} at a time`);
    console.log('    (the functions emulator starts a separate worker for each concurrent call; production scales out instead)');
    console.log(`  Firestore cost of one create: ${percentile(creates.map((meter) => meter.reads!), 50)} reads, ${percentile(creates.map((meter) => meter.writes!), 50)} writes (median of ${creates.length})`);
    if (snapshot) console.log(`  Firestore cost of one thread snapshot (first page, ${Math.min(20, CONCURRENT + SEQUENTIAL)} comments): ${snapshot.reads} reads (then cached by the CDN)`);
    if (counts) console.log(`  Firestore cost of one counts request (an article list of ${MAX_COUNT_THREADS} threads): ${counts.reads} reads`);
  } finally {
    await emulators.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
