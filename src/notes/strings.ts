// The strings of "형광펜 / 내 메모", Korean and English with the same keys. Kept out of the
// first-load catalogue (src/app/i18n.ts holds only the toolbar's "메모"): they load with the
// feature, after the first paint, to keep the first-load JS within its budget.

import { computed } from '@preact/signals';
import { uiLang } from '../app/state.ts';

const ko = {
  notesTitle: '내 메모',
  noteMark: '형광펜',
  noteAdd: '메모 달기',
  noteMarkSentence: '이 문장 형광펜',
  noteShow: '메모 보기',
  noteMarkHere: '읽는 곳 문장에 형광펜',
  noteYellow: '노랑',
  noteGreen: '초록',
  noteBlue: '파랑',
  notePink: '분홍',
  noteColour: '형광펜 색',
  noteLabel: '메모',
  noteRead: '읽어 주기',
  noteDelete: '삭제',
  noteUndo: '삭제 취소',
  noteDeleted: '형광펜과 메모를 지웠습니다.',
  noteRestored: '지운 형광펜을 되살렸습니다.',
  noteMarked: (place: string) => `형광펜을 칠했습니다, ${place}.`,
  noteAlreadyMarked: '이미 형광펜이 칠해져 있습니다.',
  noteSaved: '메모를 저장했습니다.',
  notesEmpty:
    '아직 형광펜이나 메모가 없습니다. 글을 선택하고 형광펜을 누르거나, 읽는 곳에서 Alt+Shift+N을 누르세요.',
  notesHelp: 'Alt+Shift+N: 선택한 글, 또는 읽는 곳 문장에 형광펜.',
  anchorLost: '원문이 바뀌어 위치를 찾지 못함',
  notesSaveFailed: '형광펜을 저장하지 못했습니다. 지금 화면에서만 보이고 다음에는 남지 않습니다.',
  noteNothingToMark: '형광펜을 칠할 문장을 찾지 못했습니다.',
  notePrefix: '메모: ',
};

type NotesStrings = {
  [K in keyof typeof ko]: (typeof ko)[K] extends (...a: infer A) => string
    ? (...a: A) => string
    : string;
};

const en: NotesStrings = {
  notesTitle: 'My notes',
  noteMark: 'Highlight',
  noteAdd: 'Add note',
  noteMarkSentence: 'Highlight sentence',
  noteShow: 'Show note',
  noteMarkHere: 'Highlight the sentence here',
  noteYellow: 'Yellow',
  noteGreen: 'Green',
  noteBlue: 'Blue',
  notePink: 'Pink',
  noteColour: 'Highlight colour',
  noteLabel: 'Note',
  noteRead: 'Read aloud',
  noteDelete: 'Delete',
  noteUndo: 'Undo delete',
  noteDeleted: 'Highlight and note deleted.',
  noteRestored: 'Highlight restored.',
  noteMarked: (place: string) => `Highlighted, ${place}.`,
  noteAlreadyMarked: 'This is highlighted already.',
  noteSaved: 'Note saved.',
  notesEmpty:
    'No highlights or notes yet. Select text and press Highlight, or press Alt+Shift+N where you are reading.',
  notesHelp: 'Alt+Shift+N: highlight the selection, or the sentence where you are reading.',
  anchorLost: 'The text has changed; this place could not be found',
  notesSaveFailed: 'The highlight could not be saved. It shows now but will not be kept.',
  noteNothingToMark: 'No sentence found to highlight.',
  notePrefix: 'Note: ',
};

/** The notes strings in the interface language now. */
export const ns = computed<NotesStrings>(() => (uiLang.value === 'en' ? en : ko));
