// The Content-Security-Policy: index.html's <meta> and the header the static server sends.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/static-server.mjs';

const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const meta =
  /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"\s*\/?>/.exec(html)?.[1] ?? '';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name as string, values]),
  );

describe('Content-Security-Policy', () => {
  it('is in index.html before any script or stylesheet', () => {
    expect(meta).not.toBe('');
    const at = html.indexOf('http-equiv="Content-Security-Policy"');
    for (const tag of ['<script', '<link', '<style']) {
      const first = html.indexOf(tag);
      if (first !== -1) expect(at).toBeLessThan(first);
    }
  });

  it('allows only this origin and nothing inline or evaluated', () => {
    const policy = directives(meta);
    for (const name of [
      'default-src',
      'script-src',
      'style-src',
      'font-src',
      'connect-src',
      'worker-src',
      'manifest-src',
    ]) {
      expect(policy.get(name), name).toEqual(["'self'"]);
    }
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    for (const name of ['object-src', 'base-uri', 'form-action']) {
      expect(policy.get(name), name).toEqual(["'none'"]);
    }
    expect(meta).not.toMatch(/unsafe-|\*|https?:/);
    // Ignored in a <meta> (and Chrome warns): only the header can say it.
    expect(policy.has('frame-ancestors')).toBe(false);
  });

  it('the server header is the same policy plus frame-ancestors', () => {
    const header = directives(CONTENT_SECURITY_POLICY);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    header.delete('frame-ancestors');
    expect(header).toEqual(directives(meta));
  });
});
