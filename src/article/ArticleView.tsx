// The article: header with byline, body blocks (paragraphs, figures, notes) in document order.

import { Fragment, createContext, type ComponentChildren } from 'preact';
import { creditId, parsePlace } from './ids.ts';
import { useContext, useMemo } from 'preact/hooks';
import type {
  Article,
  Figure,
  LangSpan,
  Note,
  NoteRef,
  Paragraph,
  Sentence,
  TermRef,
} from './model.ts';
import { glueTails, holdJoins, sentenceRuns, termPieces, type GluedPiece } from './inline.ts';
import { formatPublished } from '../app/i18n.ts';
import { setting, t, uiLang } from '../app/state.ts';
import { PlainTerm, Term } from '../glossary/Term.tsx';
import type { GlossaryTerm } from '../glossary/model.ts';
import { rememberOrigin } from '../glossary/origin.ts';
import {
  explainedInPlace,
  interactiveOccurrences,
  occurrenceId,
  occurrences,
} from '../glossary/occurrences.ts';

interface TermContext {
  terms: ReadonlyMap<string, GlossaryTerm>;
  /** Occurrence ids that are interactive terms (the rest are plain text). */
  interactive: ReadonlySet<string>;
  /** Occurrences the post spells out where they stand: never expanded. */
  explained: ReadonlySet<string>;
}
const Terms = createContext<TermContext>({
  terms: new Map(),
  interactive: new Set(),
  explained: new Set(),
});

/** "한·일" as published on screen; to assistive technology "한일", which is how it is said —
 * otherwise screen readers name the symbol ("middle dot"). Read-aloud says it the same way
 * (src/speech/lexicon.ts). */
function Dots({ text }: { text: string }) {
  const parts = text.split(/(?<=[가-힣])·(?=[가-힣])/);
  if (parts.length === 1) return <>{text}</>;
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && (
            <span class="sym" aria-hidden="true">
              ·
            </span>
          )}
          {part}
        </Fragment>
      ))}
    </>
  );
}

/** Plain text, with the joins a line may not break at held together (see holdJoins). */
function Text({ text }: { text: string }) {
  const runs = holdJoins(text);
  if (runs.length === 1 && !runs[0]?.held) return <Dots text={text} />;
  return (
    <>
      {runs.map((run, i) =>
        run.held ? (
          <span class="nobr" key={i}>
            <Dots text={run.text} />
          </span>
        ) : (
          <Dots key={i} text={run.text} />
        ),
      )}
    </>
  );
}

function PieceView({ piece, blockId }: { piece: GluedPiece; blockId: string }) {
  const { terms, interactive, explained } = useContext(Terms);
  if (piece.type === 'text') return <Text text={piece.text} />;
  // An English phrase: what follows it is plain text, whose joins ("Package)를") the text
  // itself holds (holdJoins); no break is allowed before the closing mark anyway (UAX #14).
  if (piece.type === 'foreign') return <span lang={piece.lang}>{piece.text}</span>;
  if (piece.type === 'noteRef') {
    if (!piece.tail) return <NoteMarker noteRef={piece.ref} />;
    return (
      <span class="nobr">
        <NoteMarker noteRef={piece.ref} />
        {piece.tail}
      </span>
    );
  }
  const term = terms.get(piece.ref.termId);
  if (!term) return <>{piece.text + (piece.tail ?? '')}</>;
  const id = occurrenceId(blockId, piece.ref);
  const mode = setting('termExpansion').value;
  const isControl = interactive.has(id);
  const View = isControl ? Term : PlainTerm;
  return (
    <View
      id={id}
      text={piece.text}
      term={term}
      tail={piece.tail}
      expandedByMode={(mode === 'all' && !explained.has(id)) || (mode === 'first' && isControl)}
    />
  );
}

function Sentences(props: {
  blockId: string;
  text: string;
  sentences: readonly Sentence[];
  noteRefs?: readonly NoteRef[];
  terms?: readonly TermRef[];
  /** English stretches, shown with `lang="en"`. */
  foreign?: readonly LangSpan[];
}) {
  const { runs, tail } = sentenceRuns(
    props.text,
    props.sentences,
    props.noteRefs,
    props.terms,
    props.foreign,
  );
  return (
    <>
      {runs.map(({ gap, sentence, pieces }) => (
        <Fragment key={sentence.id}>
          {gap}
          <span class="s" data-s={sentence.id}>
            {glueTails(pieces).map((p, i) => (
              <PieceView key={i} piece={p} blockId={props.blockId} />
            ))}
          </span>
        </Fragment>
      ))}
      {tail}
    </>
  );
}

function NoteMarker({ noteRef }: { noteRef: NoteRef }) {
  const n = parsePlace(noteRef.noteId)?.n ?? 0;
  const lang = uiLang.value;
  return (
    <sup class="noteref">
      <a href={`#${noteRef.noteId}`} id={`ref-${noteRef.noteId}`}>
        {/* Heard as "각주 1", not as the name of the asterisk. */}
        <span class="sym" aria-hidden="true">
          {noteRef.marker}
        </span>
        <span class="sr-only" lang={lang}>
          {t.value.footnote(n)}
        </span>
      </a>
    </sup>
  );
}

function ParagraphView({ p }: { p: Paragraph }) {
  const lang = uiLang.value;
  return (
    <p id={p.id} class="para">
      {setting('showParagraphNumbers').value && (
        <a class="pnum" href={`#${p.id}`} lang={lang} aria-label={t.value.paragraphLink(p.n)}>
          {p.n}
        </a>
      )}
      <Sentences
        blockId={p.id}
        text={p.text}
        sentences={p.sentences}
        noteRefs={p.noteRefs}
        terms={p.terms}
        foreign={p.foreign}
      />
    </p>
  );
}

function FigureView({ f }: { f: Figure }) {
  const lang = uiLang.value;
  const showDescriptions = setting('showPhotoDescriptions').value;
  return (
    // Named "사진 N" only: named by its caption, a figure would be announced with the caption
    // and the credit on entry, then read them again.
    <figure
      id={f.id}
      class={`figure${f.photos.length > 1 ? ' figure--pair' : ''}`}
      aria-label={t.value.figureLabel(f.n)}
      lang={lang}
    >
      <div class="photos">
        {f.photos.map((photo) => (
          <div class="photo" key={photo.id} id={photo.id}>
            {/* A compact stand-in: the original photo is not part of the source. It says so
                first (to everyone), then carries the photo's description — shown for sighted
                readers and, for screen readers, read once from the image's alt text. */}
            <div class="photo-frame">
              <p class="stand-in-text">
                <span class="stand-in-note" lang={lang}>
                  {t.value.photoStandIn}
                </span>
                {showDescriptions && (
                  <span class="photo-desc" aria-hidden="true" lang="ko">
                    <span class="photo-desc-label" lang={lang}>
                      {t.value.photoDescription}
                    </span>{' '}
                    <Described text={photo.alt} sentences={photo.sentences} />
                  </span>
                )}
              </p>
              <img
                src={photo.src}
                alt={photo.alt}
                lang="ko"
                width={800}
                height={600}
                decoding="async"
              />
            </div>
          </div>
        ))}
      </div>
      <figcaption lang="ko">
        <span class="caption">
          <Sentences
            blockId={f.id}
            text={f.caption}
            sentences={f.sentences}
            terms={f.terms}
            foreign={f.foreign}
          />
        </span>
        {f.credit !== null && <Credit figure={f} credit={f.credit} />}
      </figcaption>
    </figure>
  );
}

function Credit({ figure, credit }: { figure: Figure; credit: string }) {
  const lang = uiLang.value;
  const blockId = creditId(figure.id);
  return (
    <small class="credit">
      <span class="sr-only" lang={lang}>
        {t.value.photoCredit}
      </span>
      <span lang="en">
        {termPieces(credit, figure.creditTerms).map((p, i) =>
          // "ⓒ" is said by "사진 출처" already: shown, not read.
          p.type === 'text' && p.text.startsWith('ⓒ') ? (
            <Fragment key={i}>
              <span aria-hidden="true">ⓒ </span>
              {p.text.slice(1)}
            </Fragment>
          ) : (
            <PieceView key={i} piece={p} blockId={blockId} />
          ),
        )}
      </span>
    </small>
  );
}

function NoteView({ note }: { note: Note }) {
  const lang = uiLang.value;
  const { terms } = useContext(Terms);
  const entry = [...terms.values()].find((g) => g.forms.includes(note.term));
  return (
    // A heading, not a named container: the name of a container is said again each time the
    // caret comes back into it.
    <div id={note.id} class="note">
      <h2 class="note-title" lang={lang}>
        <span class="note-marker" aria-hidden="true">
          {note.marker}{' '}
        </span>
        {t.value.footnote(note.n)}
      </h2>
      <Sentences
        blockId={note.id}
        text={note.text}
        sentences={note.sentences}
        terms={note.terms}
        foreign={note.foreign}
      />{' '}
      <span class="note-links" lang={lang}>
        <a class="note-back" href={`#ref-${note.id}`}>
          {t.value.backToText}
        </a>
        {entry && (
          <a
            class="note-glossary"
            id={`${note.id}-glossary`}
            href={`#g-${entry.id}`}
            onClick={(e) => rememberOrigin(e.currentTarget)}
          >
            {t.value.inGlossary(entry.term)}
          </a>
        )}
      </span>
    </div>
  );
}

export function ArticleView({ article }: { article: Article }) {
  const lang = uiLang.value;
  const strings = t.value;
  const perParagraph = setting('termEveryParagraph').value;
  const context = useMemo<TermContext>(() => {
    const explained = explainedInPlace(article);
    return {
      terms: new Map(article.glossary.map((g) => [g.id, g])),
      interactive: interactiveOccurrences(occurrences(article), perParagraph, explained),
      explained,
    };
  }, [article, perParagraph]);
  return (
    <Terms.Provider value={context}>
      <article class="article" lang={article.lang} aria-labelledby="article-title">
        <header class="article-header">
          <p class="section-label">{article.section}</p>
          <h1 id="article-title">
            <Sentences
              blockId="title"
              text={article.title}
              sentences={article.titleSentences}
              terms={article.titleTerms}
              foreign={article.titleForeign}
            />
          </h1>
          {article.subtitle && (
            <p class="subtitle">
              <Sentences
                blockId="subtitle"
                text={article.subtitle}
                sentences={article.subtitleSentences}
                terms={article.subtitleTerms}
                foreign={article.subtitleForeign}
              />
            </p>
          )}
          {/* One line of facts, read as "작성자 홍보실, 작성일 …, 조회수 139회": a description list
              is announced with its size and "term"/"value" for every item. */}
          <p class="byline" id="byline">
            <Meta label={strings.author} lang={lang}>
              {article.author}
            </Meta>
            <Meta label={strings.published} lang={lang} sep>
              <time dateTime={article.published} lang={lang}>
                {formatPublished(article.published, strings.dateLocale)}
              </time>
            </Meta>
            <Meta label={strings.views} lang={lang} sep>
              <span lang={lang}>{strings.viewsCount(article.views)}</span>
            </Meta>
          </p>
        </header>
        <div class="article-body">
          {article.blocks.map((b) =>
            b.kind === 'paragraph' ? (
              <ParagraphView key={b.id} p={b} />
            ) : b.kind === 'figure' ? (
              <FigureView key={b.id} f={b} />
            ) : (
              <NoteView key={b.id} note={b} />
            ),
          )}
        </div>
      </article>
    </Terms.Provider>
  );
}

function Meta(props: { label: string; lang: string; sep?: boolean; children: ComponentChildren }) {
  return (
    <>
      {props.sep && <span class="sr-only">, </span>}
      <span class="byline-item">
        {/* The space inside the label: a lone space between two elements is read "space". */}
        <span class="byline-label" lang={props.lang}>
          {props.label}{' '}
        </span>
        {props.children}
      </span>
    </>
  );
}

/** A photo's description, sentence by sentence, so read-aloud can highlight it as it is said. */
function Described({ text, sentences }: { text: string; sentences: readonly Sentence[] }) {
  let at = 0;
  return (
    <>
      {sentences.map((s) => {
        const gap = text.slice(at, s.start);
        at = s.end;
        return (
          <Fragment key={s.id}>
            {gap}
            <span data-s={s.id}>{text.slice(s.start, s.end)}</span>
          </Fragment>
        );
      })}
      {text.slice(at)}
    </>
  );
}
