// Types for build-time constants and virtual modules.
declare const __BUILD_ID__: string;

declare module 'virtual:article-meta' {
  export const articleMeta: { id: string; hash: string; url: string; title: string };
}
