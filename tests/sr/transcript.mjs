// Reading a screen reader's transcript (pure): which of its utterances are passages of the post,
// and which passages were said more often than the post contains them.
//
// A transcript is what tests/sr/harness/keys.sh prints: "[KEY]" then one indented line per
// string Orca sent to speech for that key.

/** Orca's own words appended to a passage (role, state, "clickable"), stripped before matching. */
const ORCA_SUFFIX =
  /\s*(?:머리글 level \d|링크|푸쉬 단추|그림|캡션|접힘|확장|비활성화|clickable|설명 용어|설명 값|주석|figure|region)\.?$/;

/** @param {string} s */
export function normalize(s) {
  let t = s.replace(/\s+/g, ' ').trim();
  for (let prev = ''; prev !== t;) {
    prev = t;
    t = t.replace(ORCA_SUFFIX, '').replace(/[.]$/, '').trim();
  }
  // "한·일" is heard as "한일": compare without the dot.
  return t.replace(/·/g, '');
}

/**
 * @param {string} text  keys.sh output
 * @returns {{ key: string, index: number, lines: string[] }[]}  one entry per key press
 */
export function parseTranscript(text) {
  /** @type {{ key: string, index: number, lines: string[] }[]} */
  const presses = [];
  for (const raw of text.split('\n')) {
    const key = /^\[(.+)\]$/.exec(raw);
    if (key?.[1]) presses.push({ key: key[1], index: presses.length, lines: [] });
    else if (raw.startsWith('    ') && presses.length > 0) presses.at(-1)?.lines.push(raw.trim());
  }
  return presses;
}

/**
 * Every string of the post a reader can meet: title, subtitle, byline values, paragraph,
 * caption, credit, note texts and photo descriptions (normalized, one string).
 * @param {any} article  the built Article JSON (dist/content/*.json)
 */
export function postText(article) {
  const parts = [article.title, article.subtitle ?? ''];
  for (const b of article.blocks) {
    if (b.kind === 'figure') {
      parts.push(b.caption, b.credit ?? '', ...b.photos.map((/** @type {any} */ p) => p.alt));
    } else parts.push(b.text);
  }
  return parts.map((p) => normalize(p)).join('\n');
}

/** How many times `needle` occurs in `hay`. */
function count(hay, needle) {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}

/**
 * Passages of the post (at least `minLength` characters) said more often than the post holds
 * them: an utterance said again, or contained in a later, longer utterance (a block read whole
 * after its lines were read one by one).
 * @param {{ index: number, lines: string[] }[]} presses
 * @param {string} post  from postText()
 * @returns {{ passage: string, heard: number, inPost: number }[]}
 */
export function repeatedPassages(presses, post, minLength = 12) {
  const heard = presses.flatMap((p) => p.lines.map((l) => normalize(l))).filter(Boolean);
  const passages = [...new Set(heard.filter((u) => u.length >= minLength && post.includes(u)))];
  const out = [];
  for (const passage of passages) {
    const times = heard.reduce((n, u) => n + count(u, passage), 0);
    const inPost = count(post, passage);
    if (times > inPost) out.push({ passage, heard: times, inPost });
  }
  return out;
}

/** Utterances of the post heard at all (to know the reader got into the text). */
export function passagesHeard(presses, post, minLength = 12) {
  return presses
    .flatMap((p) => p.lines.map((l) => normalize(l)))
    .filter((u) => u.length >= minLength && post.includes(u));
}
