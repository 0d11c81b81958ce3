import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announce, announcement } from '../../src/app/state.ts';

describe('the polite live region', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const shown = async () => {
    vi.advanceTimersByTime(100);
    await Promise.resolve();
    return announcement.value;
  };

  it('keeps a message a second; of those that wait, only the latest is read', async () => {
    announce('오프라인에서 읽을 수 있음');
    expect(await shown()).toBe('오프라인에서 읽을 수 있음');
    announce('읽는 중');
    announce('일시 정지됨');
    expect(await shown()).toBe('오프라인에서 읽을 수 있음');
    vi.advanceTimersByTime(1000);
    expect(await shown()).toBe('일시 정지됨');
    vi.advanceTimersByTime(1000);
    announce('읽기를 멈췄습니다');
    expect(await shown()).toBe('읽기를 멈췄습니다');
    vi.advanceTimersByTime(5000);
  });

  it("news from the background never displaces a waiting action's message", async () => {
    announce('읽는 중');
    expect(await shown()).toBe('읽는 중');
    announce('일시 정지됨');
    announce('오프라인에서 읽을 수 있음', 'background');
    announce('새 버전이 있습니다', 'background');
    vi.advanceTimersByTime(1000);
    expect(await shown()).toBe('일시 정지됨');
    vi.advanceTimersByTime(1000);
    expect(await shown()).toBe('새 버전이 있습니다');
    vi.advanceTimersByTime(1000);
    announce('이어 읽는 중');
    expect(await shown()).toBe('이어 읽는 중');
    vi.advanceTimersByTime(5000);
  });

  it('announces a repeated message again', async () => {
    announce('일시 정지됨');
    vi.advanceTimersByTime(1000);
    announce('일시 정지됨');
    expect(announcement.value).toBe('');
    expect(await shown()).toBe('일시 정지됨');
    vi.advanceTimersByTime(1000);
    // Once said, it does not stay behind as text in the page.
    vi.advanceTimersByTime(5000);
    expect(announcement.value).toBe('');
  });
});
