// Build-time prerender: the app as it first appears (default settings, article ready) as HTML,
// so the post paints from the HTML alone — before any script runs, and without JavaScript.
// The client's first render() then reuses these DOM nodes.

import { renderToString } from 'preact-render-to-string';
import type { Article } from './article/model.ts';
import { App, type AppActions } from './app/App.tsx';
import { load } from './app/state.ts';

const inert = () => undefined;
const actions: AppActions = {
  changeSettings: inert,
  resetTypeSettings: inert,
  applyUpdate: inert,
  dismissUpdate: inert,
  retryLoad: inert,
};

export function prerender(article: Article): string {
  load.value = { phase: 'ready', article };
  return renderToString(<App actions={actions} />);
}
