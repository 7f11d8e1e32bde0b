import { defineConfig } from 'tsdown';
import { packageBuild } from '../../tsdown.base.ts';

// One file per module, so bundlers drop whole unused modules of core (sideEffects: false).
export default defineConfig(packageBuild(['src/index.ts', 'src/internal.ts'], { unbundle: true }));
