import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * How tests start `closing-cloud` in a child process. In CI (`CI=true`, after `npm ci` has built `dist/`)
 * the build runs on plain Node, as `npm start` runs it: compiling every source file again in each child
 * took about twice the start-up CPU, and the command-line tests start dozens of children. Elsewhere the
 * sources run through tsx, so a test always runs the code as it is being edited.
 */
export const CLI_ENTRY: readonly string[] =
  process.env.CI === 'true' && existsSync(path.join(root, 'dist/cli/main.js'))
    ? ['bin/closing-cloud.js']
    : ['--import', 'tsx', 'src/cli/main.ts'];
