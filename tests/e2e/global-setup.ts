// Builds a second version of the app (dist-next) so the update-prompt test can ship it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function globalSetup(): void {
  if (!existsSync('dist/index.html')) {
    throw new Error('No production build in dist/. Run "npm run test:e2e" (it builds first).');
  }
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'],
    {
      stdio: 'inherit',
      env: { ...process.env, NURI_BUILD_ID: 'e2e-next', NURI_OUT_DIR: 'dist-next' },
    },
  );
}
