/**
 * Preview images are painted in worker threads, one per core: satori and resvg are synchronous
 * CPU work, so one thread paints one image at a time. The worker is the prerender bundle itself
 * (see prerender.tsx), started with `workerData.og` set; each job is an image's description
 * (OgJob), the answer its JPEG bytes.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';

type Answer = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** Below this many images, starting a worker (loading the bundle, satori, fonts) costs more than it saves. */
const IN_THREAD = 2;

/**
 * Paints `jobs` with up to one worker per core (OG_WORKERS=n overrides), or here with `paint`
 * when there are only one or two (a rebuild after one caption); calls `done` as each ends.
 */
export async function paintInWorkers<Job>(
  script: string | URL,
  jobs: Job[],
  paint: (job: Job) => Promise<Buffer>,
  done: (job: Job, bytes: Buffer) => void,
): Promise<void> {
  if (jobs.length <= IN_THREAD) {
    for (const job of jobs) done(job, await paint(job));
    return;
  }
  const size = Math.max(1, Math.min(Number(process.env.OG_WORKERS) || availableParallelism(), jobs.length));
  const queue = [...jobs];
  const run = async () => {
    const worker = new Worker(script, { workerData: { og: true } });
    try {
      for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
        const answer = await new Promise<Answer>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage(job);
        });
        worker.removeAllListeners('error');
        if (!answer.ok) throw new Error(`a preview image failed: ${answer.message}`);
        done(job, Buffer.from(answer.bytes.buffer, answer.bytes.byteOffset, answer.bytes.byteLength));
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: size }, run));
}

/** True in a thread started by paintInWorkers. */
export const isPainter = Boolean((workerData as { og?: boolean } | null)?.og);

/** The worker's side: paint each job it is sent, answer with the bytes (moved, not copied). */
export function servePainter<Job>(paint: (job: Job) => Promise<Buffer>): void {
  parentPort!.on('message', (job: Job) => {
    paint(job).then(
      (bytes) => {
        const copy = new Uint8Array(bytes);
        parentPort!.postMessage({ ok: true, bytes: copy } satisfies Answer, [copy.buffer]);
      },
      (error: unknown) => parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies Answer),
    );
  });
}
