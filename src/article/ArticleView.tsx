// The article: header with byline, body blocks (paragraphs, figures, notes) in document order.

import { Fragment, createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import type { Article, Figure, Note, NoteRef, Paragraph, Sentence, TermRef } from './model.ts';
import { ReadFromHere } from '../speech/ListenBar.tsx';
import { sentenceRuns, termPieces, type Piece } from './inline.ts';
import { formatPublished } from '../app/i18n.ts';
import { setting, t, uiLang } from '../app/state.ts';
import { Term } from '../glossary/Term.tsx';
import type { GlossaryTerm } from '../glossary/model.ts';
import { firstOccurrences, occurrenceId, occurrences } from '../glossary/occurrences.ts';

interface TermContext {
  terms: ReadonlyMap<string, GlossaryTerm>;
  firsts: ReadonlySet<string>;
}
const Terms = createContext<TermContext>({ terms: new Map(), firsts: new Set() });

function PieceView({ piece, blockId }: { piece: Piece; blockId: string }) {
  const { terms, firsts } = useContext(Terms);
  if (piece.type === 'text') return <>{piece.text}</>;
  if (piece.type === 'noteRef') return <NoteMarker noteRef={piece.ref} />;
  const term = terms.get(piece.ref.termId);
  if (!term) return <>{piece.text}</>;
  const id = occurrenceId(blockId, piece.ref);
  const mode = setting('termExpansion').value;
  return (
    <Term
      id={id}
      text={piece.text}
      term={term}
      expandedByMode={mode === 'all' || (mode === 'first' && firsts.has(id))}
    />
  );
}

function Sentences(props: {
  blockId: string;
  text: string;
  sentences: readonly Sentence[];
  noteRefs?: readonly NoteRef[];
  terms?: readonly TermRef[];
}) {
  const { runs, tail } = sentenceRuns(props.text, props.sentences, props.noteRefs, props.terms);
  return (
    <>
      {runs.map(({ gap, sentence, pieces }) => (
        <Fragment key={sentence.id}>
          {gap}
          <span class="s" data-s={sentence.id}>
            {pieces.map((p, i) => (
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
  const n = Number(noteRef.noteId.replace('note-', ''));
  const lang = uiLang.value;
  return (
    <sup class="noteref">
      <a href={`#${noteRef.noteId}`} id={`ref-${noteRef.noteId}`}>
        {noteRef.marker}
        <span class="sr-only" lang={lang}>
          {' '}
          {t.value.footnote(n)}
        </span>
      </a>
    </sup>
  );
}

function ParagraphView({ p }: { p: Paragraph }) {
  const lang = uiLang.value;
  return (
    <p id={p.id} class="para" tabIndex={-1}>
      {setting('showParagraphNumbers').value && (
        <a class="pnum" href={`#${p.id}`} lang={lang} aria-label={t.value.paragraphLink(p.n)}>
          {p.n}
        </a>
      )}
      <ReadFromHere blockId={p.id} which={t.value.paragraphLink(p.n)} />
      <Sentences
        blockId={p.id}
        text={p.text}
        sentences={p.sentences}
        noteRefs={p.noteRefs}
        terms={p.terms}
      />
    </p>
  );
}

function FigureView({ f }: { f: Figure }) {
  const lang = uiLang.value;
  const showDescriptions = setting('showPhotoDescriptions').value;
  return (
    <figure id={f.id} class={`figure${f.photos.length > 1 ? ' figure--pair' : ''}`} tabIndex={-1}>
      <ReadFromHere blockId={f.id} which={t.value.figureLabel(f.n)} />
      <div class="photos">
        {f.photos.map((photo) => (
          <div class="photo" key={photo.id} id={photo.id}>
            <div class="photo-frame">
              <img src={photo.src} alt={photo.alt} width={800} height={600} decoding="async" />
              {/* Tells sighted readers why they see a pictogram; the alt text already says what
                  the photo shows, which is what matters to a screen-reader user. */}
              <span class="stand-in-note" lang={lang} aria-hidden="true">
                {t.value.photoStandIn}
              </span>
            </div>
            {showDescriptions && (
              // The same words as the alt text, shown for sighted readers; hidden from screen
              // readers, which already read them once from the image.
              <p class="photo-desc" aria-hidden="true">
                <span class="photo-desc-label" lang={lang}>
                  {t.value.photoDescription}
                </span>{' '}
                {photo.alt}
              </p>
            )}
          </div>
        ))}
      </div>
      <figcaption>
        <span class="caption">
          <Sentences blockId={f.id} text={f.caption} sentences={f.sentences} terms={f.terms} />
        </span>
        {f.credit !== null && <Credit figure={f} credit={f.credit} />}
      </figcaption>
    </figure>
  );
}

function Credit({ figure, credit }: { figure: Figure; credit: string }) {
  const lang = uiLang.value;
  const blockId = `${figure.id}-credit`;
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
    <div id={note.id} class="note" role="note" tabIndex={-1} aria-label={t.value.footnote(note.n)}>
      <span class="note-marker" aria-hidden="true">
        {note.marker}
      </span>{' '}
      <Sentences blockId={note.id} text={note.text} sentences={note.sentences} terms={note.terms} />{' '}
      <span class="note-links" lang={lang}>
        <a class="note-back" href={`#ref-${note.id}`}>
          {t.value.backToText}
        </a>
        {entry && (
          <a class="note-glossary" href={`#g-${entry.id}`}>
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
  const context = useMemo<TermContext>(
    () => ({
      terms: new Map(article.glossary.map((g) => [g.id, g])),
      firsts: firstOccurrences(occurrences(article)),
    }),
    [article],
  );
  return (
    <Terms.Provider value={context}>
      <article class="article" lang={article.lang} aria-labelledby="article-title">
        <header class="article-header">
          <p class="section-label">{article.section}</p>
          <h1 id="article-title" tabIndex={-1}>
            <Sentences
              blockId="title"
              text={article.title}
              sentences={article.titleSentences}
              terms={article.titleTerms}
            />
          </h1>
          {article.subtitle && (
            <p class="subtitle">
              <Sentences
                blockId="subtitle"
                text={article.subtitle}
                sentences={article.subtitleSentences}
                terms={article.subtitleTerms}
              />
            </p>
          )}
          <dl class="byline" id="byline">
            <Meta label={strings.author} lang={lang}>
              {article.author}
            </Meta>
            <Meta label={strings.published} lang={lang}>
              <time dateTime={article.published} lang={lang}>
                {formatPublished(article.published, strings.dateLocale)}
              </time>
            </Meta>
            <Meta label={strings.views} lang={lang}>
              <span lang={lang}>{strings.viewsCount(article.views)}</span>
            </Meta>
          </dl>
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

function Meta(props: { label: string; lang: string; children: ComponentChildren }) {
  return (
    <div class="byline-item">
      <dt lang={props.lang}>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}
