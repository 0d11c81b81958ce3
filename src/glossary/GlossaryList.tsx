// "용어 사전": every term with both expansions and definitions, and links to each occurrence.

import { useEffect } from 'preact/hooks';
import type { Article } from '../article/model.ts';
import { t, uiLang } from '../app/state.ts';
import type { Strings } from '../app/i18n.ts';
import { occurrences } from './occurrences.ts';

/** Where a term occurs, said the way a reader would look for it ("문단 3", "사진 2 설명"). */
function placeLabel(blockId: string, strings: Strings): string {
  if (blockId === 'title') return strings.placeTitle;
  if (blockId === 'subtitle') return strings.placeSubtitle;
  const [, kind, n, credit] = /^(p|fig|note)-(\d+)(-credit)?$/.exec(blockId) ?? [];
  const num = Number(n);
  if (kind === 'p') return strings.paragraphLink(num);
  if (kind === 'fig') return credit ? strings.placeCredit(num) : strings.placeCaption(num);
  if (kind === 'note') return strings.footnote(num);
  return blockId;
}

let returnTo: string | null = null;

/** Remembers where the reader was when they followed a link into the glossary, for
 * "읽던 곳으로 돌아가기": the nearest element with an id around the link. */
function rememberOrigin(e: Event): void {
  const link = (e.target as Element | null)?.closest('a[href^="#g-"], a[href="#glossary"]');
  if (!link || link.closest('#glossary')) return;
  returnTo = link.id || link.parentElement?.closest('[id]')?.id || null;
}

function goBack(): void {
  const target =
    (returnTo && document.getElementById(returnTo)) ?? document.getElementById('article-title');
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}

export function GlossaryList({ article }: { article: Article }) {
  useEffect(() => {
    document.addEventListener('click', rememberOrigin, true);
    return () => document.removeEventListener('click', rememberOrigin, true);
  }, []);
  const strings = t.value;
  const lang = uiLang.value;
  const all = occurrences(article);
  return (
    <section id="glossary" class="glossary" aria-labelledby="glossary-title" tabIndex={-1}>
      <h2 id="glossary-title" lang={lang}>
        {strings.glossary}
      </h2>
      <dl class="glossary-list">
        {article.glossary.map((g) => {
          const places = all.filter((o) => o.termId === g.id);
          const seen = new Map<string, number>();
          return (
            <div class="glossary-entry" id={`g-${g.id}`} key={g.id} tabIndex={-1}>
              <dt>{g.term}</dt>
              <dd class="glossary-expansion">
                <span lang="ko">{g.ko.expansion}</span>
                {' · '}
                <span lang="en">{g.en.expansion}</span>
              </dd>
              <dd lang="ko">{g.ko.definition}</dd>
              <dd lang="en">{g.en.definition}</dd>
              <dd class="glossary-places" lang={lang}>
                <span>{strings.occursIn(places.length)}</span>{' '}
                {places.map((o) => {
                  const base = placeLabel(o.blockId, strings);
                  const k = (seen.get(base) ?? 0) + 1;
                  seen.set(base, k);
                  return (
                    <a key={o.id} href={`#${o.id}`} class="glossary-place">
                      {k > 1 ? `${base} (${k})` : base}
                    </a>
                  );
                })}
              </dd>
              <dd class="glossary-source" lang="en">
                <span lang={lang}>{strings.source}</span> {g.source.ref}
              </dd>
            </div>
          );
        })}
      </dl>
      <button type="button" class="button" onClick={goBack} lang={lang}>
        {strings.glossaryBack}
      </button>
    </section>
  );
}
