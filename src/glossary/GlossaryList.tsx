// "용어 사전": every term with both expansions and definitions, a link to where it first occurs
// and a way on to its other occurrences (one link per term, not one per occurrence).

import { signal } from '@preact/signals';
import { elementIdOf, parsePlace } from '../article/ids.ts';
import type { Article } from '../article/model.ts';
import { announce, t, uiLang } from '../app/state.ts';
import { focusElement } from '../app/position.ts';
import type { Strings } from '../app/i18n.ts';
import type { GlossaryTerm } from './model.ts';
import { goBackFromGlossary } from './origin.ts';
import { occurrences, type Occurrence } from './occurrences.ts';

/** Where a term occurs, said the way a reader would look for it ("문단 3", "사진 2 캡션"). */
function placeLabel(blockId: string, strings: Strings): string {
  if (blockId === 'title') return strings.placeTitle;
  if (blockId === 'subtitle') return strings.placeSubtitle;
  const place = parsePlace(blockId);
  if (!place) return blockId;
  if (place.kind === 'p') return strings.paragraphLink(place.n);
  if (place.kind === 'fig') {
    return place.credit ? strings.placeCredit(place.n) : strings.placeCaption(place.n);
  }
  return strings.footnote(place.n);
}

/** Which occurrence each entry's link points at now (0-based), by term id. */
const shown = signal<ReadonlyMap<string, number>>(new Map());

function sourceLabel(kind: GlossaryTerm['source']['kind'], strings: Strings): string {
  if (kind === 'inline') return strings.sourceInline;
  if (kind === 'footnote') return strings.sourceFootnote;
  return strings.sourceExternal;
}

function Places({ term, places }: { term: GlossaryTerm; places: readonly Occurrence[] }) {
  const strings = t.value;
  if (places.length === 0) return null;
  const n = places.length;
  const k = Math.min(shown.value.get(term.id) ?? 0, n - 1);
  const place = places[k];
  if (!place) return null;
  const label = placeLabel(place.blockId, strings);
  return (
    <p class="glossary-places" lang={uiLang.value}>
      <span>{strings.occursIn(n)}</span>{' '}
      <a
        href={`#${elementIdOf(place.blockId)}`}
        class="glossary-place"
        id={`g-${term.id}-place`}
        onClick={(e) => {
          const at =
            document.getElementById(place.id) ??
            document.querySelector<HTMLElement>(`[data-occ="${CSS.escape(place.id)}"]`);
          if (!at) return; // the link's own target, the block, will do
          e.preventDefault();
          focusElement(at, 'center');
        }}
      >
        {strings.occurrenceLink(label, k + 1, n)}
      </a>
      {n > 1 && (
        <button
          type="button"
          class="button button--small"
          onClick={() => {
            const next = (k + 1) % n;
            const m = new Map(shown.value);
            m.set(term.id, next);
            shown.value = m;
            const at = places[next];
            if (at) announce(strings.occurrenceMoved(placeLabel(at.blockId, strings), next + 1, n));
          }}
        >
          {strings.occurrenceNext}
        </button>
      )}
    </p>
  );
}

export function GlossaryList({ article }: { article: Article }) {
  const strings = t.value;
  const lang = uiLang.value;
  const all = occurrences(article);
  return (
    <section id="glossary" class="glossary" aria-labelledby="glossary-title">
      <h2 id="glossary-title" lang={lang}>
        {strings.glossary}
      </h2>
      {article.glossary.map((g) => (
        <div class="glossary-entry" key={g.id}>
          {/* The term as the post writes it: Korean text, whatever the interface language. */}
          <h3 id={`g-${g.id}`} lang={article.lang}>
            {g.term}
          </h3>
          <p class="glossary-expansion">
            <span lang="ko">{g.ko.expansion}</span>
            {', '}
            <span lang="en">{g.en.expansion}</span>
          </p>
          <p lang="ko">{g.ko.definition}</p>
          <p lang="en">{g.en.definition}</p>
          {/* Credits name an event ("KRISS-NMIJ Summit 2024"), not a use of the term. */}
          <Places
            term={g}
            places={all.filter((o) => o.termId === g.id && parsePlace(o.blockId)?.credit !== true)}
          />
          <p class="glossary-source" lang={lang}>
            {sourceLabel(g.source.kind, strings)}
          </p>
        </div>
      ))}
      <button type="button" class="button" onClick={goBackFromGlossary} lang={lang}>
        {strings.glossaryBack}
      </button>
    </section>
  );
}
