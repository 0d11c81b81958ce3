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
    // What changes the layout, so the saved reading place is found where it will stay.
    if (look.bold === true) root.style.setProperty('--reader-weight', '700');
    if (look.hidePhotos === true) root.setAttribute('data-hide-photos', '');
    if (look.hideNotes === true) root.setAttribute('data-hide-notes', '');
  } catch {
    // No storage, or a bad value: the app's defaults apply.
  }
})();

// A first visit on a flaky link: the HTML (with the post in it) arrived but the app's code did
// not. The post stays readable; say what happened and offer to try again.
(function () {
  var shown = false;
  function show() {
    if (shown) return;
    shown = true;
    var box = document.createElement('div');
    box.className = 'notice notice--warning app-load-failed';
    box.setAttribute('role', 'alert');
    var ko = document.createElement('p');
    ko.lang = 'ko';
    ko.textContent =
      '연결이 끊겨 앱을 다 받지 못했습니다. 글은 읽을 수 있지만 글자 설정, 읽어 주기, 약어 풀이는 아직 쓸 수 없습니다. 연결을 확인하고 다시 시도해 주세요.';
    var en = document.createElement('p');
    en.lang = 'en';
    en.textContent =
      'The connection dropped before the app finished loading. You can read the article, but text settings, read aloud and acronym help are not available yet. Check your connection and try again.';
    var retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'button';
    var retryEn = document.createElement('span');
    retryEn.lang = 'en';
    retryEn.textContent = ' · Try again';
    retry.append('다시 시도', retryEn);
    retry.addEventListener('click', function () {
      location.reload();
    });
    box.append(ko, en, retry);
    var main = document.getElementById('main');
    if (main) main.prepend(box);
    else document.body.prepend(box);
  }
  addEventListener(
    'error',
    function (e) {
      var el = e.target;
      // Only the app's own code failing to load matters here (a missing photo does not).
      if (!el || el.tagName !== 'SCRIPT' || el.type !== 'module') return;
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
      else show();
    },
    true,
  );
})();
