// Runs before the app: paints the saved theme and text size so a dark or large-text reader
// never sees a white flash at start. Only a hint; the app applies the stored settings itself.
(function () {
  try {
    var look = JSON.parse(localStorage.getItem('nuri-look') || 'null');
    if (!look) return;
    var root = document.documentElement;
    if (['light', 'sepia', 'dark', 'contrast'].indexOf(look.theme) >= 0)
      root.dataset.theme = look.theme;
    if (typeof look.textSize === 'number' && look.textSize >= 75 && look.textSize <= 300) {
      root.style.setProperty('--text-scale', String(look.textSize / 100));
    }
  } catch {
    // No storage, or a bad value: the app's defaults apply.
  }
})();
