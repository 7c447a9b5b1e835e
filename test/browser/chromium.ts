import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Debian's chromium (or CHROMIUM_PATH), which puppeteer-core drives; null where it is not installed. */
export function chromiumPath(): string | null {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(candidate) ? candidate : null;
}

/** poppler-utils' pdftotext, to read a PDF's text as a reader's program would; null where it is not installed. */
export function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** `describe`, or a visible skip that says how to install what is missing (CI installs both: .ci/run). */
export function describeWithBrowser(name: string, body: () => void): void {
  const missing = [...(chromiumPath() ? [] : ['chromium']), ...(hasPdftotext() ? [] : ['poppler-utils'])];
  if (missing.length === 0) {
    describe(name, body);
    return;
  }
  const message = `Browser tests skipped: ${missing.join(' and ')} not installed. Install with: apt-get update && apt-get install -y chromium poppler-utils`;
  console.warn(message);
  describe.skip(`${name} (${message})`, body);
}
