// An acronym in the text. At its first occurrence (see occurrences.ts) it is a disclosure the
// reader can open: a link to its glossary entry that, with the app running, shows both
// expansions right after the term and announces them. Elsewhere it is plain text, with the
// expansion shown only when the reader asked for every acronym to be expanded.
// Why a link and not a button: docs/decisions.md, "Acronyms for screen-reader users".

import type { GlossaryTerm } from './model.ts';
import { announce, t, termOverrides, uiLang } from '../app/state.ts';

export interface TermProps {
  /** DOM id of this occurrence ("t-p-1-12"). */
  id: string;
  /** The term as written here (e.g. "KRISS"). */
  text: string;
  term: GlossaryTerm;
  /** Expanded by the current mode ("all", or "first" for the interactive occurrence). */
  expandedByMode: boolean;
  /** Text right after the term that must stay on its line (a particle: "의", "와의"). */
  tail?: string | undefined;
}

function setExpanded(id: string, value: boolean): void {
  const next = new Map(termOverrides.value);
  next.set(id, value);
  termOverrides.value = next;
}

/** "(한국표준과학연구원, Korea Research Institute of Standards and Science)", the reader's
 * language first; a comma between, never a symbol a screen reader names ("middle dot"). */
function Expansion({ id, term, tail }: { id?: string; term: GlossaryTerm; tail?: string }) {
  const ko = <span lang="ko">{term.ko.expansion}</span>;
  const en = <span lang="en">{term.en.expansion}</span>;
  const [first, second] = uiLang.value === 'en' ? [en, ko] : [ko, en];
  const opening = (
    <>
      {' ('}
      {first}
      {', '}
      {second}
    </>
  );
  if (!tail) {
    return (
      <span class="term-exp" id={id}>
        {opening}
        {')'}
      </span>
    );
  }
  // The closing parenthesis and the particle after it stay on one line: "…Science)의".
  return (
    <>
      <span class="term-exp" id={id}>
        {opening}
      </span>
      <span class="nobr">
        <span class="term-exp">)</span>
        {tail}
      </span>
    </>
  );
}

/** The interactive occurrence. */
export function Term({ id, text, term, expandedByMode, tail }: TermProps) {
  const expanded = termOverrides.value.get(id) ?? expandedByMode;
  const toggle = () => {
    setExpanded(id, !expanded);
    // What appeared is said at once: the caret is on the term, and the expansion lands on the
    // same line, where the next "down" would skip it.
    if (!expanded) {
      const [a, b] =
        uiLang.value === 'en'
          ? [term.en.expansion, term.ko.expansion]
          : [term.ko.expansion, term.en.expansion];
      announce(t.value.termMeaning(text, a, b));
    }
  };
  return (
    <span class={expanded ? 'term-wrap' : 'term-wrap nobr'}>
      <a
        href={`#g-${term.id}`}
        class="term"
        id={id}
        aria-expanded={expanded}
        aria-controls={expanded ? `${id}-x` : undefined}
        onClick={(e) => {
          // A modified click (new tab, new window) keeps its meaning.
          if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
          e.preventDefault();
          toggle();
        }}
        onKeyDown={(e) => {
          if (e.key === ' ') {
            // Space toggles, as on a disclosure button (a link would scroll the page).
            e.preventDefault();
            toggle();
          } else if (e.key === 'Escape' && expanded) {
            e.preventDefault();
            setExpanded(id, false);
          }
        }}
      >
        {text}
      </a>
      {expanded ? <Expansion id={`${id}-x`} term={term} tail={tail} /> : tail}
    </span>
  );
}

/** Any other occurrence: the word as published. Marked for the glossary by a data attribute,
 * not an id: Chromium keeps an element with an id in the accessibility tree as an object of
 * its own, and screen readers then say the word as a separate fragment of its line. */
export function PlainTerm({ id, text, term, expandedByMode, tail }: TermProps) {
  if (!expandedByMode) {
    if (!tail) {
      return (
        <span class="term-plain" data-occ={id}>
          {text}
        </span>
      );
    }
    // Only the join is held together ("S의", "T)와"): a longer unbreakable run could stick out
    // of a narrow screen at a large text size.
    return (
      <span class="term-plain" data-occ={id}>
        {text.slice(0, -1)}
        <span class="nobr">
          {text.slice(-1)}
          {tail}
        </span>
      </span>
    );
  }
  return (
    <span class="term-plain" data-occ={id}>
      {text}
      <Expansion term={term} tail={tail} />
    </span>
  );
}
