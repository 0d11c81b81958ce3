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
}

export interface PwaControl {
  /** Reader pressed "새로 고침": activate the waiting worker, then reload once. */
  applyUpdate(): void;
  checkForUpdate(): Promise<void>;
}

const HOUR = 60 * 60 * 1000;

export function registerServiceWorker(url: string, events: PwaEvents): PwaControl | null {
  if (!('serviceWorker' in navigator)) return null;
  const wb = new Workbox(url, { type: 'classic' });
  let weAskedForUpdate = false;
  let registration: ServiceWorkerRegistration | undefined;

  wb.addEventListener('waiting', () => events.onWaiting());
  wb.addEventListener('activated', (e) => {
    if (!e.isUpdate) events.onReady();
  });
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

  void wb.register().then((reg) => {
    registration = reg;
    if (reg?.active) events.onReady();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void check();
  });
  setInterval(() => void check(), HOUR);

  return {
    applyUpdate() {
      weAskedForUpdate = true;
      wb.messageSkipWaiting();
    },
    checkForUpdate: check,
  };
}
