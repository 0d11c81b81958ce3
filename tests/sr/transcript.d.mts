/** One key press in a keys.sh transcript and what Orca said after it. */
export interface Press {
  key: string;
  index: number;
  lines: string[];
}
export function normalize(s: string): string;
export function parseTranscript(text: string): Press[];
export function postText(article: unknown): string;
export function repeatedPassages(
  presses: readonly Pick<Press, 'index' | 'lines'>[],
  post: string,
  minLength?: number,
): { passage: string; heard: number; inPost: number }[];
export function passagesHeard(
  presses: readonly Pick<Press, 'index' | 'lines'>[],
  post: string,
  minLength?: number,
): string[];
