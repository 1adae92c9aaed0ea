import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * Human loads its models through the global `fetch` at call time, and Node's
 * fetch refuses `file://`. While `work` runs, `file://` URLs are answered from
 * disk; every other URL goes to the fetch that was installed before, so
 * nothing can reach the network that could not already. The previous fetch is
 * put back afterwards unless someone else replaced it meanwhile.
 */
export async function withFileUrlFetch<T>(work: () => Promise<T>): Promise<T> {
  const previous = globalThis.fetch;
  const fileAwareFetch: typeof fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith('file:')) return previous(input, init);
    return new Response(await readFile(fileURLToPath(url)), { status: 200 });
  };
  globalThis.fetch = fileAwareFetch;
  try {
    return await work();
  } finally {
    if (globalThis.fetch === fileAwareFetch) globalThis.fetch = previous;
  }
}
