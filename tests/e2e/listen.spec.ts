// Read aloud with a scripted speechSynthesis stand-in (deterministic): order, highlight,
// controls, rate, resume, Media Session and keyboard.
import { expect, test } from '@playwright/test';
import {
  fakePaused,
  finishUtterance,
  installFakeSpeech,
  nowSaying,
  spoken,
} from './fake-speech.ts';
import {
  expectAnnounced,
  expectNoAxeViolations,
  listenBar,
  listenButton,
  openReader,
  reading,
  recordAnnouncements,
  selectText,
  TITLE_SAID,
} from './helpers.ts';

const button = listenButton;

test.describe('read aloud', () => {
  test.beforeEach(async ({ page }) => {
    await installFakeSpeech(page);
    await recordAnnouncements(page);
  });

  test('reads the title, then the subtitle, highlighting each sentence; axe passes while playing', async ({
    page,
  }) => {
    await openReader(page);
    await button(page, '읽어 주기').click();
    await expect.poll(() => nowSaying(page)).toBe(TITLE_SAID);
    const [first] = await spoken(page);
    expect(first).toMatchObject({ lang: 'ko-KR', rate: 1, voice: 'test-ko' });
    await expect(reading(page)).toHaveAttribute('data-s', 'title.s-1');
    await expectAnnounced(page, '읽는 중');

    await finishUtterance(page);
    await expect.poll(() => nowSaying(page)).toMatch(/^크리스 대표단, 제십구차 한일/);
    await expect(reading(page)).toHaveAttribute('data-s', 'subtitle.s-1');
    await finishUtterance(page);
    await expect
      .poll(() => nowSaying(page))
      .toBe('홍보실 작성, 이천이십사년 팔월 이십삼일 오후 세 시 사십칠분');
    await expect(reading(page)).toHaveId('byline');
    await expectNoAxeViolations(page);
  });

  test('pause, resume, next and previous sentence, stop', async ({ page }) => {
    await openReader(page);
    await button(page, '읽어 주기').click();
    await expect.poll(() => nowSaying(page)).toBe(TITLE_SAID);
    await button(page, '일시 정지').click();
    expect(await fakePaused(page)).toBe(true);
    await expectAnnounced(page, '일시 정지됨');
    await button(page, '이어 읽기').click();
    expect(await fakePaused(page)).toBe(false);

    await button(page, '다음 문장').click();
    await button(page, '다음 문장').click();
    await expect.poll(() => nowSaying(page)).toMatch(/^홍보실 작성/);
    await button(page, '이전 문장').click();
    await expect(reading(page)).toHaveAttribute('data-s', 'subtitle.s-1');
    await button(page, '정지').click();
    await expect(reading(page)).toHaveCount(0);
    await expectAnnounced(page, '읽기를 멈췄습니다');
    // The place is kept: "이어 읽기" goes on from the subtitle.
    await button(page, '이어 읽기').click();
    await expect.poll(() => nowSaying(page)).toMatch(/^크리스 대표단/);
  });

  test('a new rate applies at once; the highlight can be turned off', async ({ page }) => {
    await openReader(page);
    await button(page, '읽어 주기').click();
    await button(page, '읽기 설정').click();
    const rate = page.getByRole('slider', { name: '읽기 속도' });
    await rate.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect(rate).toHaveAttribute('aria-valuetext', '1.5배');
    await expect.poll(async () => (await spoken(page)).at(-1)?.rate).toBe(1.5);
    expect((await spoken(page)).at(-1)?.text).toBe(TITLE_SAID);
    await page.getByLabel('표시 안 함').check();
    await expect(reading(page)).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('"여기서부터 읽기" starts at a paragraph and keeps it in view', async ({ page }) => {
    await openReader(page);
    await button(page, '읽어 주기').click();
    // No buttons in the text: selecting in a paragraph offers it in the bar.
    await expect(page.locator('article button')).toHaveCount(0);
    await selectText(page, '[data-s="p-2.s-2"]');
    await button(page, '여기서부터 읽기, 문단 2').click();
    const text = await page.locator('[data-s="p-2.s-1"]').innerText();
    await expect
      .poll(() => nowSaying(page))
      .toContain('제십구차 한일 기관장회의는 칠월 삼십일부터');
    expect(text).toContain('AIST');
    await expect(page.locator('[data-s="p-2.s-1"]')).toHaveClass(/is-reading/);
    await expect(page.locator('[data-s="p-2.s-1"]')).toBeInViewport();
    // Reading order goes on into the next sentence of that paragraph.
    await finishUtterance(page);
    await expect(reading(page)).toHaveAttribute('data-s', 'p-2.s-2');
  });

  test('a first "읽어 주기" starts where the reader is, not at the headline', async ({ page }) => {
    await openReader(page);
    await page.locator('#p-4').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('p-4')?.scrollIntoView({ block: 'start' }));
    await button(page, '읽어 주기').click();
    await expect(reading(page)).toHaveAttribute('data-s', 'p-4.s-1');
    // The docked bar stays on screen, and never covers the sentence being read.
    const bar = await listenBar(page).boundingBox();
    const sentence = await reading(page).boundingBox();
    const viewport = page.viewportSize();
    expect(bar && viewport && bar.y + bar.height).toBeLessThanOrEqual(viewport?.height ?? 0);
    expect(bar && sentence && sentence.y + sentence.height).toBeLessThanOrEqual(bar?.y ?? 0);
  });

  test('the listening position survives a reload', async ({ page }) => {
    await openReader(page);
    await selectText(page, '[data-s="p-1.s-1"]');
    await button(page, '여기서부터 읽기, 문단 1').click();
    await finishUtterance(page);
    await expect(reading(page)).toHaveAttribute('data-s', 'p-1.s-2');
    await page.waitForTimeout(300);
    await page.reload();
    await expect(page.locator('h1')).toBeVisible();
    // Before playing, the saved sentence is marked (quietly: not as the sentence being read).
    await expect(page.locator('[data-s="p-1.s-2"]')).toHaveClass(/\bis-resume\b/);
    await expect(reading(page)).toHaveCount(0);
    await button(page, '이어 읽기').click();
    await expect(reading(page)).toHaveAttribute('data-s', 'p-1.s-2');
    await expect(page.locator('.is-resume')).toHaveCount(0);
    const said = await spoken(page);
    expect(said).toHaveLength(1);
    expect(said[0]?.text).toContain(
      '한일 기관장회의는 양국 국가측정표준대표기관인 크리스와 엔엠아이제이',
    );
    // "처음부터 읽기" is there too after a stop.
    await button(page, '정지').click();
    await button(page, '처음부터 읽기').click();
    await expect.poll(() => nowSaying(page)).toBe(TITLE_SAID);
  });

  test('Media Session handlers drive playback and state; the silent media plays exactly while speech does', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const handlers: Record<string, () => void> = {};
      const w = window as unknown as { __media: typeof handlers; __plays: string[] };
      w.__media = handlers;
      w.__plays = [];
      const original = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession);
      navigator.mediaSession.setActionHandler = (action, handler) => {
        if (handler) handlers[action] = handler as () => void;
        original(action, handler);
      };
      // How each play() of the page's media ended: resolved, or refused (no user gesture).
      const play = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'play')?.value as (
        this: HTMLMediaElement,
      ) => Promise<void>;
      HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
        const p = play.call(this);
        p.then(
          () => w.__plays.push('resolved'),
          (e: unknown) => w.__plays.push(e instanceof Error ? e.name : String(e)),
        );
        return p;
      };
    });
    await openReader(page);
    const media = (action: string) =>
      page.evaluate(
        (a) => (window as unknown as { __media: Record<string, () => void> }).__media[a]?.(),
        action,
      );
    const playback = () => page.evaluate(() => navigator.mediaSession.playbackState);
    /** 'playing', 'paused', 'stopped' (no file), or 'none' (no element yet). */
    const keepalive = () =>
      page.evaluate(() => {
        const audio = document.querySelector<HTMLAudioElement>('audio.media-keepalive');
        if (!audio) return 'none';
        if (!audio.getAttribute('src')) return 'stopped';
        return audio.paused ? 'paused' : 'playing';
      });
    // Idle: nothing plays (the element is made on the first play).
    expect(await keepalive()).toBe('none');
    await button(page, '읽어 주기').click();
    await expect.poll(playback).toBe('playing');
    await expect.poll(keepalive).toBe('playing');
    // Started within the click: the browser let it play.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __plays: string[] }).__plays))
      .toEqual(['resolved']);
    expect(
      await page.evaluate(() => {
        const a = document.querySelector<HTMLAudioElement>('audio.media-keepalive');
        return { loop: a?.loop, muted: a?.muted, volume: a?.volume, src: a?.src };
      }),
    ).toEqual({
      loop: true,
      muted: false,
      volume: 1,
      src: expect.stringMatching(/\/audio\/silence\.wav$/),
    });
    expect(
      await page.evaluate(() => {
        const m = navigator.mediaSession.metadata;
        return { title: m?.title, artist: m?.artist };
      }),
    ).toEqual({
      title: 'KRISS, 일본 산업기술종합연구소(AIST)와 측정표준 및 양자기술 분야 협력 확대',
      artist: '제목',
    });
    await media('pause');
    await expect.poll(playback).toBe('paused');
    await expect.poll(keepalive).toBe('paused');
    await expect(button(page, '이어 읽기')).toBeVisible();
    await media('play');
    await expect.poll(playback).toBe('playing');
    await expect.poll(keepalive).toBe('playing');
    await media('nexttrack');
    await expect(reading(page)).toHaveAttribute('data-s', 'subtitle.s-1');
    await media('previoustrack');
    await expect(reading(page)).toHaveAttribute('data-s', 'title.s-1');
    // The place under the title follows reading: the headline, then paragraph 1 of N.
    for (let i = 0; i < 12; i++) {
      if ((await reading(page).getAttribute('data-s')) === 'p-1.s-1') break;
      await media('nexttrack');
      await page.waitForTimeout(50);
    }
    await expect(reading(page)).toHaveAttribute('data-s', 'p-1.s-1');
    await expect
      .poll(() => page.evaluate(() => navigator.mediaSession.metadata?.artist))
      .toMatch(/^문단 1\/\d+$/);
    // The page's own pause button pauses the media too.
    await button(page, '일시 정지').click();
    await expect.poll(keepalive).toBe('paused');
    await button(page, '이어 읽기').click();
    await expect.poll(keepalive).toBe('playing');
    await media('stop');
    await expect.poll(playback).toBe('none');
    await expect.poll(keepalive).toBe('stopped');
    expect(await page.evaluate(() => navigator.mediaSession.metadata)).toBeNull();
  });

  test('the silent media stops when reading reaches the end', async ({ page }) => {
    await openReader(page);
    await button(page, '읽어 주기').click();
    const state = () =>
      page.evaluate(() => {
        const audio = document.querySelector<HTMLAudioElement>('audio.media-keepalive');
        return audio && !audio.paused;
      });
    await expect.poll(state).toBe(true);
    // Finish every sentence: the media ends with the last one.
    for (let i = 0; i < 400 && (await nowSaying(page)) !== null; i++) await finishUtterance(page);
    await expect(button(page, '읽어 주기')).toBeVisible();
    await expect.poll(state).toBe(false);
    expect(await page.evaluate(() => navigator.mediaSession.playbackState)).toBe('none');
  });

  test('keyboard: Alt+Shift+P and Alt+Shift+→; single keys only when turned on', async ({
    page,
  }) => {
    await openReader(page);
    await page.locator('h1').click();
    await page.keyboard.press('Alt+Shift+KeyP');
    await expect.poll(() => nowSaying(page)).toBe(TITLE_SAID);
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect(reading(page)).toHaveAttribute('data-s', 'subtitle.s-1');
    await page.keyboard.press('Alt+Shift+KeyP');
    await expect(button(page, '이어 읽기')).toBeVisible();
    await page.keyboard.press('k');
    await expect(button(page, '이어 읽기')).toBeVisible(); // off by default (WCAG 2.1.4)
    await button(page, '읽기 설정').click();
    await page.getByLabel(/한 글자 단축키 사용/).check();
    await page.locator('h1').click();
    await page.keyboard.press('k');
    await expect(button(page, '일시 정지')).toBeVisible();
    await page.keyboard.press('l');
    await expect(reading(page)).toHaveId('byline');
  });

  test('Alt+Shift+P works with focus on a slider, a checkbox or a button, not in a text field', async ({
    page,
  }) => {
    await openReader(page);
    await button(page, '읽기 설정').click();
    const rate = page.getByRole('slider', { name: '읽기 속도' });
    await rate.focus();
    await page.keyboard.press('Alt+Shift+KeyP');
    await expect(button(page, '일시 정지')).toBeVisible();
    await page.getByLabel('각주 읽기').focus();
    await page.keyboard.press('Alt+Shift+KeyP');
    await expect(button(page, '이어 읽기')).toBeVisible();
    await button(page, '이전 문장').focus();
    await page.keyboard.press('Alt+Shift+KeyP');
    await expect(button(page, '일시 정지')).toBeVisible();
    // In a text field the keys are the reader's own.
    await page.evaluate(() => {
      const field = document.createElement('input');
      field.id = 'typing-here';
      document.body.append(field);
    });
    await page.locator('#typing-here').focus();
    await page.keyboard.press('Alt+Shift+KeyP');
    await expect(button(page, '일시 정지')).toBeVisible();
  });

  test('photo descriptions are read at their place and can be skipped', async ({ page }) => {
    await openReader(page);
    await button(page, '읽어 주기').click();
    for (let i = 0; i < 4; i++) await button(page, '다음 문장').click();
    await expect.poll(() => nowSaying(page)).toMatch(/^사진 설명: /);
    // The description shown in the photo's frame is marked sentence by sentence.
    await expect(reading(page)).toHaveAttribute('data-s', 'photo-1.desc.s-1');
    await expect(page.locator('#photo-1 .photo-desc .is-reading')).toBeVisible();
    await button(page, '읽기 설정').click();
    await page.getByLabel('사진 설명 읽기').uncheck();
    await button(page, '처음부터 읽기').or(button(page, '정지')).first().click();
    await button(page, '이어 읽기').click();
    const said = (await spoken(page)).map((s) => s.text);
    expect(said.at(-1)).not.toMatch(/^사진 설명/);
  });
});

test('with no Korean voice the reader is told how to add one, and reading still works', async ({
  page,
}) => {
  await installFakeSpeech(page, { voices: 'en-only' });
  await openReader(page);
  // Said where it matters, once the reader asks to listen — not before the post on every visit.
  await expect(listenBar(page).getByText('이 기기에는 한국어 음성이 없어')).toHaveCount(0);
  await button(page, '읽어 주기').click();
  await expect(listenBar(page).getByText('이 기기에는 한국어 음성이 없어')).toBeVisible();
  await expect.poll(async () => (await spoken(page))[0]?.voice).toBe('test-en');
  await expectNoAxeViolations(page);
});

test('word highlight follows the voice when it reports words', async ({ page }) => {
  await installFakeSpeech(page, { boundaries: true });
  await openReader(page);
  await button(page, '읽기 설정').click();
  await page.getByLabel(/단어 \(지원되는 음성만\)/).check();
  await button(page, '읽어 주기').click();
  await expect
    .poll(() =>
      page.evaluate(() => {
        const h = CSS.highlights.get('nuri-word');
        const range = h ? ([...h][0] as Range | undefined) : undefined;
        return range ? range.toString() : null;
      }),
    )
    // The voice says "크리스"; the highlight covers exactly the written word it stands for.
    .toBe('KRISS');
});

test('with no voices at all the reader is told, and nothing pretends to play', async ({ page }) => {
  await installFakeSpeech(page, { voices: 'none' });
  await recordAnnouncements(page);
  await openReader(page);
  // No disabled button and no warning before the post: pressing play says why nothing plays.
  await expect(button(page, '읽어 주기')).toBeEnabled();
  // Pressed while voices may still come: it waits (and says so), then says there are none.
  await button(page, '읽어 주기').click();
  await expect(listenBar(page).getByText('목소리를 불러오는 중…')).toBeVisible();
  await expectAnnounced(page, '목소리를 불러오는 중…');
  const message = /이 기기에는 소리 내어 읽을 음성이 없습니다/;
  await expect(listenBar(page).getByText(message)).toBeVisible();
  await expectAnnounced(page, message);
  await expect(listenBar(page).getByText('목소리를 불러오는 중…')).toHaveCount(0);
  // The browser can speak; the device has no voice: not "try another browser".
  await expect(page.getByText(/다른 브라우저를 써 보세요/)).toHaveCount(0);
  // How to add one is there on demand, in the bar.
  const help = listenBar(page).getByText('한국어 음성 추가 방법');
  await expect(listenBar(page).getByText(/^Windows:/)).toBeHidden();
  await help.click();
  await expect(listenBar(page).getByText(/^Windows:/)).toBeVisible();
  await expect(listenBar(page).getByText(/^Linux:/)).toContainText(
    'apt install speech-dispatcher espeak-ng',
  );
  expect(await spoken(page)).toEqual([]);
  await expect(button(page, '일시 정지')).toHaveCount(0);
  await expectNoAxeViolations(page);
  // Pressed again once settled: said again at once.
  await button(page, '읽어 주기').click();
  await expect(listenBar(page).getByText(message)).toBeVisible();
  expect(await spoken(page)).toEqual([]);
});

test('voices that arrive late: play waits, then the title is said once, with the Korean voice', async ({
  page,
}) => {
  // The case: voices 2.5 s after load, play pressed before.
  await installFakeSpeech(page, { voicesAfter: 2500 });
  await recordAnnouncements(page);
  await openReader(page);
  await button(page, '읽어 주기').click();
  await expect(listenBar(page).getByText('목소리를 불러오는 중…')).toBeVisible();
  expect(await spoken(page)).toEqual([]);
  await expect.poll(() => nowSaying(page)).toBe(TITLE_SAID);
  await expect(listenBar(page).getByText('목소리를 불러오는 중…')).toHaveCount(0);
  await expect(button(page, '일시 정지')).toBeVisible();
  await page.waitForTimeout(1000); // the voice list settling must not start it again
  const said = await spoken(page);
  expect(said).toHaveLength(1);
  expect(said[0]).toMatchObject({ text: TITLE_SAID, voice: 'test-ko', lang: 'ko-KR' });
  await expect(reading(page)).toHaveAttribute('data-s', 'title.s-1');
});

for (const theme of ['세피아', '어둡게', '고대비']) {
  test(`the sentence being read meets contrast in the ${theme} theme`, async ({ page }) => {
    await installFakeSpeech(page);
    await openReader(page);
    await page.getByRole('button', { name: '글자 설정' }).click();
    await page.getByLabel(theme, { exact: true }).check();
    await page.getByRole('button', { name: '글자 설정' }).click();
    await button(page, '읽어 주기').click();
    await button(page, '다음 문장').click();
    await expect(reading(page)).toHaveAttribute('data-s', 'subtitle.s-1');
    await expectNoAxeViolations(page, theme === '고대비' ? ['color-contrast-enhanced'] : []);
  });
}

test('English names go to the English voice, the Korean around them to the Korean voice', async ({
  page,
}) => {
  await installFakeSpeech(page);
  await openReader(page);
  await button(page, '읽어 주기').click();
  await selectText(page, '[data-s="p-2.s-2"]');
  await button(page, '여기서부터 읽기, 문단 2').click();
  await expect.poll(() => nowSaying(page)).toMatch(/^제십구차/);
  await finishUtterance(page);
  // "Dr. Takashi Usuda의" is said "Takashi Usuda 박사의": three utterances.
  await expect
    .poll(async () => (await nowSaying(page))?.trim())
    .toBe('칠월 삼십일 오전, 엔엠아이제이 기관장인');
  expect((await spoken(page)).at(-1)?.voice).toBe('test-ko');
  await finishUtterance(page);
  await expect.poll(async () => (await nowSaying(page))?.trim()).toBe('Takashi Usuda');
  expect((await spoken(page)).at(-1)).toMatchObject({ voice: 'test-en', lang: 'en-US' });
  await finishUtterance(page);
  await expect.poll(() => nowSaying(page)).toMatch(/^박사의 환영사와 크리스 이호성 원장의 답사/);
  expect((await spoken(page)).at(-1)?.voice).toBe('test-ko');
  // The whole sentence stays highlighted while its pieces are said.
  await expect(page.locator('[data-s="p-2.s-2"]')).toHaveClass(/is-reading/);
});
