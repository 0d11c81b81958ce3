// Every UI string, in one typed catalogue: Korean first, English with the same keys.

import type { UiLang } from '../reader/settings.ts';

const ko = {
  appName: '누리 리더',
  skipToArticle: '본문 바로가기',
  toolbar: '읽기 도구',
  uiLanguage: '화면 언어',
  showParagraphNumbers: '문단 번호 보기',
  paragraphLink: (n: number) => `문단 ${n}`,
  author: '작성자',
  published: '작성일',
  views: '조회수',
  viewsCount: (n: number) => `${n.toLocaleString('ko-KR')}회`,
  photoStandIn: '원본 사진 미포함',
  photoCredit: '사진 출처: ',
  footnote: (n: number) => `각주 ${n}`,
  backToText: '본문으로 돌아가기',
  loading: '글을 불러오는 중입니다…',
  offlineReady: '오프라인에서 읽을 수 있음',
  updateAvailable: '새 버전이 있습니다',
  updateReload: '새로 고침',
  updateLater: '나중에',
  updateAppliedElsewhere: '다른 창에서 새 버전을 적용했습니다. 준비되면 새로 고쳐 주세요.',
  storageUnavailable:
    '이 브라우저에서는 저장 공간(IndexedDB)을 쓸 수 없어, 설정과 읽던 위치가 다음에 남지 않습니다. 글은 그대로 읽을 수 있습니다.',
  storageBlocked:
    '다른 창이나 탭이 저장 공간을 쓰고 있어 열 수 없습니다. 다른 창을 닫고 새로 고쳐 주세요. 지금은 글만 읽을 수 있습니다.',
  storageQuota:
    '기기의 저장 공간이 가득 차서 새 내용을 저장하지 못했습니다. 이미 저장된 내용은 그대로입니다.',
  storageOther: '저장 공간에 문제가 생겨 설정과 읽던 위치가 저장되지 않을 수 있습니다.',
  storageClosedForUpdate:
    '다른 창에서 앱이 업데이트되어 이 창의 저장이 멈췄습니다. 새로 고쳐 주세요.',
  offlineFirstVisit:
    '인터넷에 연결되어 있지 않아 글을 처음 받아 올 수 없습니다. 한 번 연결된 상태로 열면 그다음부터는 오프라인에서도 읽을 수 있습니다.',
  loadFailed: '글을 불러오지 못했습니다. 잠시 뒤 다시 시도해 주세요.',
  retry: '다시 시도',
  dateLocale: 'ko-KR',
  footer: '원문: 한국표준과학연구원(KRISS) 누리집 ‘KRISS 소식’',
  version: (id: string) => `버전 ${id}`,
  photoDescription: '사진 설명:',
  showPhotoDescriptions: '사진 설명 보기',
  termExpansion: '약어 풀이',
  termExpansionNone: '누를 때만 펼치기',
  termExpansionFirst: '처음 나올 때만 펼치기',
  termExpansionAll: '모든 약어 펼치기',
  glossary: '용어 사전',
  glossaryBack: '읽던 곳으로 돌아가기',
  inGlossary: (term: string) => `용어 사전: ${term}`,
  occursIn: (n: number) => `본문에 ${n}번 나옴:`,
  source: '출처:',
  placeTitle: '제목',
  placeSubtitle: '부제',
  placeCaption: (n: number) => `사진 ${n} 설명글`,
  placeCredit: (n: number) => `사진 ${n} 출처`,
  settings: '보기 설정',
} as const;

type Catalogue = {
  [K in keyof typeof ko]: (typeof ko)[K] extends (...a: infer A) => string
    ? (...a: A) => string
    : string;
};

const en: Catalogue = {
  appName: 'Nuri Reader',
  skipToArticle: 'Skip to article',
  toolbar: 'Reading tools',
  uiLanguage: 'Interface language',
  showParagraphNumbers: 'Show paragraph numbers',
  paragraphLink: (n) => `Paragraph ${n}`,
  author: 'Author',
  published: 'Published',
  views: 'Views',
  viewsCount: (n) => n.toLocaleString('en'),
  photoStandIn: 'Original photo not included',
  photoCredit: 'Photo credit: ',
  footnote: (n) => `Footnote ${n}`,
  backToText: 'Back to the text',
  loading: 'Loading the article…',
  offlineReady: 'Available offline',
  updateAvailable: 'A new version is available',
  updateReload: 'Reload',
  updateLater: 'Later',
  updateAppliedElsewhere: 'Another window applied the new version. Reload when you are ready.',
  storageUnavailable:
    'This browser does not allow storage (IndexedDB), so your settings and position will not be kept. You can still read the article.',
  storageBlocked:
    'Another window or tab is holding the storage. Close it and reload. For now you can read the article only.',
  storageQuota:
    'The device storage is full, so the latest changes were not saved. Everything saved earlier is still there.',
  storageOther: 'Storage is not working, so your settings and position may not be kept.',
  storageClosedForUpdate:
    'The app was updated in another window, so this window stopped saving. Please reload.',
  offlineFirstVisit:
    'You are offline, so the article cannot be downloaded for the first time. Open the app once while connected; after that it works offline.',
  loadFailed: 'The article could not be loaded. Please try again in a moment.',
  retry: 'Try again',
  dateLocale: 'en-GB',
  footer: 'Source: Korea Research Institute of Standards and Science (KRISS), “KRISS News”',
  version: (id) => `Version ${id}`,
  photoDescription: 'Photo description:',
  showPhotoDescriptions: 'Show photo descriptions',
  termExpansion: 'Acronyms',
  termExpansionNone: 'Expand when pressed',
  termExpansionFirst: 'Expand first occurrence only',
  termExpansionAll: 'Expand all acronyms',
  glossary: 'Glossary',
  glossaryBack: 'Back to where I was reading',
  inGlossary: (term) => `Glossary: ${term}`,
  occursIn: (n) => `Occurs ${n} ${n === 1 ? 'time' : 'times'}:`,
  source: 'Source:',
  placeTitle: 'Title',
  placeSubtitle: 'Subtitle',
  placeCaption: (n) => `Photo ${n} caption`,
  placeCredit: (n) => `Photo ${n} credit`,
  settings: 'View settings',
};

export type Strings = Catalogue;
export const catalogues: Record<UiLang, Strings> = { ko, en };

/** Korean and English names shown in the language picker, each in its own language. */
export const languageNames: Record<UiLang, string> = { ko: '한국어', en: 'English' };

/** The publication time in the reader's UI language, in the publisher's time zone. */
export function formatPublished(iso: string, lang: UiLang): string {
  return new Intl.DateTimeFormat(catalogues[lang].dateLocale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Seoul',
  }).format(new Date(iso));
}
