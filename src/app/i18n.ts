// Every UI string, in one typed catalogue: Korean first, English with the same keys.

import type { UiLang } from '../reader/settings.ts';

const ko = {
  appName: '누리 리더',
  skipToArticle: '본문 바로가기',
  toolbar: '읽기 도구',
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
  offlineSaveFailed:
    '연결이 끊겨 오프라인 저장을 마치지 못했습니다. 글은 지금 그대로 읽을 수 있고, 다시 연결되면 저장을 이어 합니다.',
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
  textWeight: '글자 굵기',
  markColour: '읽는 곳 표시 색',
  hidePhotos: '사진 숨기기',
  hideFootnotes: '각주 숨기기',
  termExpansion: '약어 풀이',
  glossary: '용어 사전',
  glossaryBack: '읽던 곳으로 돌아가기',
  inGlossary: (term: string) => `용어 사전: ${term}`,
  termEveryParagraph: '문단마다 처음 나오는 약어도 눌러서 풀이 보기',
  /** What a screen reader hears when a term opens: the term, then both expansions. */
  /** `first` and `second` are the two expansions, the interface language's first. */
  termMeaning: (term: string, first: string, second: string) => `${term}: ${first}, ${second}`,
  occurrenceLink: (place: string, k: number, n: number) =>
    n > 1 ? `${place} (${n}곳 중 ${k}번째)` : place,
  occurrenceNext: '다음 위치',
  occurrenceMoved: (place: string, k: number, n: number) => `${n}곳 중 ${k}번째: ${place}`,
  sourceInline: '풀이 출처: 이 글 본문',
  sourceFootnote: '풀이 출처: 이 글의 각주',
  sourceExternal: '풀이 출처: 공개 자료 (이 글에는 풀이가 없습니다)',
  noVoicesHere:
    '이 기기에는 소리 내어 읽을 음성이 없습니다. 기기 설정에서 한국어 음성을 추가하면 읽어 줍니다.',
  /** How to add a Korean voice, one line per system; " > " separates menu steps. */
  voiceHowTitle: '한국어 음성 추가 방법',
  voiceHowAndroid:
    'Android: 설정 > 일반 > 텍스트 음성 변환 > Google 음성 서비스 > 음성 데이터 설치 > 한국어',
  voiceHowIos: 'iPhone, iPad: 설정 > 손쉬운 사용 > 읽기 및 말하기 > 음성 > 한국어',
  voiceHowWindows: 'Windows: 설정 > 시간 및 언어 > 음성 > 음성 추가 > 한국어',
  voiceHowMac:
    'macOS: 시스템 설정 > 손쉬운 사용 > 읽기 및 말하기 > 시스템 음성 > 음성 관리 > 한국어',
  voiceHowLinux:
    'Linux: speech-dispatcher와 espeak-ng 설치 (apt install speech-dispatcher espeak-ng)',
  occursIn: (n: number) => `본문에 ${n}번 나옴:`,
  source: '출처:',
  placeTitle: '제목',
  placeSubtitle: '부제',
  placeCaption: (n: number) => `사진 ${n} 캡션`,
  placeCredit: (n: number) => `사진 ${n} 출처`,
  settings: '글자 설정',
  close: '닫기',
  textSize: '글자 크기',
  lineHeight: '줄 간격',
  letterSpacing: '글자 간격',
  wordSpacing: '단어 간격',
  paragraphSpacing: '문단 간격',
  lineLength: '줄 길이',
  font: '글꼴',
  theme: '테마',
  lineFocus: '줄 집중 (읽기 자)',
  resetDone: '글자 설정을 기본값으로 되돌렸습니다.',
  listen: '읽어 주기',
  listenPlay: '읽어 주기',
  listenPause: '일시 정지',
  listenResume: '이어 읽기',
  listenStop: '정지',
  listenPrev: '이전 문장',
  listenNext: '다음 문장',
  listenFromStart: '처음부터 읽기',
  readFromHere: '여기서부터 읽기',
  figureLabel: (n: number) => `사진 ${n}`,
  listenOptions: '읽기 설정',
  speechRate: '읽기 속도',
  voice: '음성',
  voiceNeedsNetwork: '고른 음성은 인터넷 연결이 있어야 읽습니다.',
  highlight: '읽는 곳 표시',
  readPhotoDescriptions: '사진 설명 읽기',
  readFootnotes: '각주 읽기',
  sayFullFirst: '약어를 처음 나올 때 풀어서 읽기',
  singleKeyShortcuts: '한 글자 단축키 사용 (K 재생 또는 일시 정지, J 이전, L 다음)',
  shortcutsHelp:
    '단축키: Alt+Shift+P 읽기 또는 일시 정지, Alt+Shift+왼쪽 화살표 이전 문장, Alt+Shift+오른쪽 화살표 다음 문장, Alt+Shift+D 용어 사전, Alt+Shift+W 현재 위치.',
  noKoreanVoice:
    '이 기기에는 한국어 음성이 없어 다른 음성으로 읽습니다. 기기 설정에서 한국어 음성을 추가할 수 있습니다.',
  noVoices: '이 브라우저에서는 소리 내어 읽기를 쓸 수 없습니다. 다른 브라우저를 써 보세요.',
  speechLoadingVoices: '목소리를 불러오는 중…',
  speechStalled: '소리 내어 읽기가 멈췄습니다. 다시 재생해 보세요.',
  notes: '메모',
  find: '찾기',
} as const;

export type Catalogue = {
  [K in keyof typeof ko]: (typeof ko)[K] extends (...a: infer A) => string
    ? (...a: A) => string
    : string;
};

export type Strings = Catalogue;
/** Korean ships with the first load; English loads when chosen (src/app/i18n-en.ts). */
export const koStrings: Strings = ko;

/** Korean and English names shown in the language picker, each in its own language. */
export const languageNames: Record<UiLang, string> = { ko: '한국어', en: 'English' };

/** The publication time in the reader's UI language, in the publisher's time zone. */
export function formatPublished(iso: string, dateLocale: string): string {
  return new Intl.DateTimeFormat(dateLocale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Seoul',
  }).format(new Date(iso));
}
