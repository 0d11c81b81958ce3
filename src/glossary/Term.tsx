// An acronym in the text as a WAI-ARIA APG disclosure: a real button, its expansion right after it.

import type { GlossaryTerm } from './model.ts';
import { termOverrides, uiLang } from '../app/state.ts';

export interface TermProps {
  id: string;
  text: string;
  term: GlossaryTerm;
  /** Expanded by the current mode ("all", or "first" for a first occurrence). */
  expandedByMode: boolean;
}

function setExpanded(id: string, value: boolean): void {
  const next = new Map(termOverrides.value);
  next.set(id, value);
  termOverrides.value = next;
}

export function Term({ id, text, term, expandedByMode }: TermProps) {
  const expanded = termOverrides.value.get(id) ?? expandedByMode;
  const lang = uiLang.value;
  return (
    <span class="term-wrap">
      <button
        type="button"
        class="term"
        id={id}
        aria-expanded={expanded}
        aria-controls={expanded ? `${id}-x` : undefined}
        onClick={() => setExpanded(id, !expanded)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && expanded) {
            e.preventDefault();
            setExpanded(id, false);
          }
        }}
      >
        {text}
      </button>
      {expanded && (
        <span class="term-exp" id={`${id}-x`}>
          {' ('}
          {lang === 'en' ? (
            <>
              <span lang="en">{term.en.expansion}</span>
              {' · '}
              <span lang="ko">{term.ko.expansion}</span>
            </>
          ) : (
            <>
              <span lang="ko">{term.ko.expansion}</span>
              {' · '}
              <span lang="en">{term.en.expansion}</span>
            </>
          )}
          {')'}
        </span>
      )}
    </span>
  );
}
