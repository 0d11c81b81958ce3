// Service worker registration (workbox-window) with a prompt-for-update flow.

import { Workbox } from 'workbox-window';

export interface PwaEvents {
  /** The precache is complete: the app shell and article work offline. */
  onReady(): void;
  /** A new version is installed and waiting for the reader's go-ahead. */
  onWaiting(): void;
  /** Another window activated a new version; this one keeps running the old code. */
  onControllingElsewhere(): void;
  /** Called right before the page reloads into the new version. */
  beforeReload(): Promise<void>;
  /** The first install did not finish (e.g. the connection dropped while the precache was
   * filling): nothing works offline yet. It is retried when the connection comes back. */
  onInstallFailed(): void;
}

export interface PwaControl {
  /** Reader pressed "새로 고침": activate the waiting worker, then reload once. */
  applyUpdate(): void;
  checkForUpdate(): Promise<void>;
}

const HOUR = 60 * 60 * 1000;

export function registerServiceWorker(url: string, events: PwaEvents): PwaControl | null {
  if (!('serviceWorker' in navigator)) return null;
  let weAskedForUpdate = false;
  let registration: ServiceWorkerRegistration | undefined;

  // Decided from the controller itself rather than workbox-window's `isUpdate`, which is
  // fixed at registration and wrong when the first worker claimed this page.
  let hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const replaced = hadController;
    hadController = true;
    if (!replaced) return; // the first install claimed the page: nothing to reload
    if (weAskedForUpdate) void events.beforeReload().finally(() => location.reload());
    else events.onControllingElsewhere();
  });

  const check = async () => {
    try {
      await registration?.update();
    } catch {
      // Offline or server unreachable: try again later.
    }
  };

  // Ready once any worker is active for this page — after the first install, or a retry.
  let ready = false;
  void navigator.serviceWorker.ready.then(() => {
    ready = true;
    events.onReady();
  });

  /** A first install fails when any precache request fails; the browser then discards the
   * worker (and the registration). While one is installing, nothing else is started. */
  let attempt: Promise<void> | null = null;
  const watchInstall = (reg: ServiceWorkerRegistration | undefined) =>
    new Promise<void>((settled) => {
      registration = reg;
      const worker = reg?.installing;
      if (!worker || reg.active) return settled();
      worker.addEventListener('statechange', () => {
        if (worker.state === 'redundant' && !ready && !reg.active) events.onInstallFailed();
        if (worker.state !== 'installing') settled();
      });
    });
  /** Each attempt gets its own workbox-window instance: it follows one registration only,
   * and a failed first install leaves a new registration behind for the next attempt. */
  let wb: Workbox | null = null;
  const install = () => {
    if (ready || attempt) return;
    const next = new Workbox(url, { type: 'classic' });
    next.addEventListener('waiting', () => events.onWaiting());
    wb = next;
    attempt = next
      .register()
      .then(watchInstall, () => events.onInstallFailed()) // offline, or the server unreachable
      .finally(() => (attempt = null));
  };
  install();
  addEventListener('online', install);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible') return;
    if (ready) void check();
    else install();
  });
  setInterval(() => void check(), HOUR);

  return {
    applyUpdate() {
      weAskedForUpdate = true;
      wb?.messageSkipWaiting();
    },
    checkForUpdate: check,
  };
}
