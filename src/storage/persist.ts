// Durable storage: ask the browser not to evict the stored post and settings, and report how
// much is kept. Both APIs are optional; every answer may be "unknown".

export interface StorageStatus {
  /** True when the browser promised to keep our data; null when it cannot say. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

const manager = (): StorageManager | undefined =>
  typeof navigator !== 'undefined' ? navigator.storage : undefined;

export async function storageStatus(): Promise<StorageStatus> {
  const m = manager();
  const [persisted, estimate] = await Promise.all([
    m?.persisted ? m.persisted().catch(() => null) : Promise.resolve(null),
    m?.estimate ? m.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

let asked = false;
/** Asks once per session (the browser decides; Chrome grants installed and engaged sites). */
export async function requestPersistence(force = false): Promise<boolean | null> {
  const m = manager();
  if (!m?.persist || (asked && !force)) return null;
  asked = true;
  try {
    if (await m.persisted()) return true;
    return await m.persist();
  } catch {
    return null;
  }
}
