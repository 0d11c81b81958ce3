// The article: header with byline, body blocks (paragraphs, figures, notes) in document order.

import { Fragment, type ComponentChildren } from 'preact';
import type { Article, Figure, Note, NoteRef, Paragraph, Sentence } from './model.ts';
import { sentenceRuns } from './inline.ts';
import { formatPublished } from '../app/i18n.ts';
import { settings, t } from '../app/state.ts';

function Sentences(props: {
  text: string;
  sentences: readonly Sentence[];
  noteRefs?: readonly NoteRef[];
}) {
  const { runs, tail } = sentenceRuns(props.text, props.sentences, props.noteRefs);
  return (
    <>
      {runs.map(({ gap, sentence, pieces }) => (
        <Fragment key={sentence.id}>
          {gap}
          <span class="s" data-s={sentence.id}>
            {pieces.map((p) =>
              p.type === 'text' ? p.text : <NoteMarker key={p.ref.noteId} noteRef={p.ref} />,
            )}
          </span>
        </Fragment>
      ))}
      {tail}
    </>
  );
}

function NoteMarker({ noteRef }: { noteRef: NoteRef }) {
  const n = Number(noteRef.noteId.replace('note-', ''));
  const lang = settings.value.uiLang;
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
  const lang = settings.value.uiLang;
  return (
    <p id={p.id} class="para" tabIndex={-1}>
      {settings.value.showParagraphNumbers && (
        <a class="pnum" href={`#${p.id}`} lang={lang} aria-label={t.value.paragraphLink(p.n)}>
          {p.n}
        </a>
      )}
      <Sentences text={p.text} sentences={p.sentences} noteRefs={p.noteRefs} />
    </p>
  );
}

function FigureView({ f }: { f: Figure }) {
  const lang = settings.value.uiLang;
  return (
    <figure id={f.id} class={`figure${f.photos.length > 1 ? ' figure--pair' : ''}`} tabIndex={-1}>
      <div class="photos">
        {f.photos.map((photo) => (
          <div class="photo" key={photo.id} id={photo.id}>
            <img src={photo.src} alt={photo.alt} width={800} height={600} decoding="async" />
            {/* Tells sighted readers why they see a pictogram; the alt text already says what
                the photo shows, which is what matters to a screen-reader user. */}
            <span class="stand-in-note" lang={lang} aria-hidden="true">
              {t.value.photoStandIn}
            </span>
          </div>
        ))}
      </div>
      <figcaption>
        <span class="caption">
          <Sentences text={f.caption} sentences={f.sentences} />
        </span>
        {f.credit !== null && <Credit credit={f.credit} />}
      </figcaption>
    </figure>
  );
}

function Credit({ credit }: { credit: string }) {
  const lang = settings.value.uiLang;
  const holder = credit.replace(/^ⓒ\s*/, '');
  return (
    <small class="credit">
      <span class="sr-only" lang={lang}>
        {t.value.photoCredit}
      </span>
      <span aria-hidden="true">ⓒ </span>
      <span lang="en">{holder}</span>
    </small>
  );
}

function NoteView({ note }: { note: Note }) {
  const lang = settings.value.uiLang;
  return (
    <div id={note.id} class="note" role="note" tabIndex={-1} aria-label={t.value.footnote(note.n)}>
      <span class="note-marker" aria-hidden="true">
        {note.marker}
      </span>{' '}
      <Sentences text={note.text} sentences={note.sentences} />{' '}
      <a class="note-back" href={`#ref-${note.id}`} lang={lang}>
        {t.value.backToText}
      </a>
    </div>
  );
}

export function ArticleView({ article }: { article: Article }) {
  const lang = settings.value.uiLang;
  const strings = t.value;
  return (
    <article class="article" lang={article.lang} aria-labelledby="article-title">
      <header class="article-header">
        <p class="section-label">{article.section}</p>
        <h1 id="article-title" tabIndex={-1}>
          <Sentences text={article.title} sentences={article.titleSentences} />
        </h1>
        {article.subtitle && (
          <p class="subtitle">
            <Sentences text={article.subtitle} sentences={article.subtitleSentences} />
          </p>
        )}
        <dl class="byline">
          <Meta label={strings.author} lang={lang}>
            {article.author}
          </Meta>
          <Meta label={strings.published} lang={lang}>
            <time dateTime={article.published} lang={lang}>
              {formatPublished(article.published, lang)}
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
