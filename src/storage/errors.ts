// Storage failures, classified so the UI can say plainly what happened.

export type StorageFailureKind = 'unavailable' | 'blocked' | 'quota' | 'corrupt' | 'unknown';

export class StorageFailure extends Error {
  override name = 'StorageFailure';
  constructor(
    readonly kind: StorageFailureKind,
    options?: { cause?: unknown },
  ) {
    super(`storage ${kind}`, options);
  }
}

export function toStorageFailure(e: unknown): StorageFailure {
  if (e instanceof StorageFailure) return e;
  const name = e instanceof Error || e instanceof DOMException ? e.name : '';
  if (name === 'QuotaExceededError') return new StorageFailure('quota', { cause: e });
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'NotFoundError') {
    return new StorageFailure('unavailable', { cause: e });
  }
  if (name === 'DataError' || name === 'DataCloneError' || name === 'VersionError') {
    return new StorageFailure('corrupt', { cause: e });
  }
  return new StorageFailure('unknown', { cause: e });
}
