import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { measureBundle } from './measure-bundle.js';

// @anth/emulator is published for users' tests and is a dev dependency of our packages' tests: it must
// never ride along in an SDK install or bundle. Every size scenario reports a bundle holding any of it
// (measure-bundle.ts); these tests keep the manifests clean and prove that check can fire.

const PACKAGES_DIR = fileURLToPath(new URL('../../../packages/', import.meta.url));

interface Manifest {
  name: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const manifests: Manifest[] = readdirSync(PACKAGES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => JSON.parse(readFileSync(join(PACKAGES_DIR, entry.name, 'package.json'), 'utf8')) as Manifest);

describe('@anth/emulator stays out of the SDK', () => {
  it('no published package depends on it at run time (dev dependencies only)', () => {
    const sdkPackages = manifests.filter((manifest) => !manifest.private && manifest.name !== '@anth/emulator');
    expect(sdkPackages.length).toBeGreaterThan(0);
    const dependents = sdkPackages.filter((manifest) =>
      [manifest.dependencies, manifest.peerDependencies, manifest.optionalDependencies].some(
        (ranges) => ranges?.['@anth/emulator'] !== undefined,
      ),
    );
    expect(dependents.map((manifest) => manifest.name)).toEqual([]);
  });

  it('a bundle that imports it is reported, and its fetch handler bundles for a browser without Node built-ins', async () => {
    const report = await measureBundle({
      name: 'the emulator in a worker',
      source: `import { createEmulatorFetch } from '@anth/emulator';\nexport default { fetch: createEmulatorFetch() };`,
      platform: 'browser',
      budget: 0,
      ceiling: 0,
      noNodeBuiltins: true,
    });
    expect(report.violations).toEqual([expect.stringMatching(/^contains @anth\/emulator \(.*emulator.*\)$/)]);
  });
});
