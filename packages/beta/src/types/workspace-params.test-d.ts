// Type-level checks (run by `tsc -p tsconfig.json`) of `workspace_id` on the Files, Skills and Models
// params of API version 2026-10-21: an optional string wherever `betas` is accepted.
import type { ModelListParams } from '@anth/core';
import { expectTypeOf } from 'vitest';
import type { BetaRequestOptions, BetaWorkspaceRequestOptions } from '../beta-request-options.js';
import type { BetaModelListParams } from './beta-models.js';
import type { FileListParams, FileUploadParams } from './files.js';
import type {
  SkillCreateParams,
  SkillListParams,
  SkillVersionCreateParams,
  SkillVersionListParams,
  SkillVersionParams,
} from './skills.js';

expectTypeOf<FileUploadParams['workspace_id']>().toEqualTypeOf<string | undefined>();
expectTypeOf<FileListParams['workspace_id']>().toEqualTypeOf<string | undefined>();
expectTypeOf<SkillCreateParams['workspace_id']>().toEqualTypeOf<string | undefined>();
expectTypeOf<SkillListParams['workspace_id']>().toEqualTypeOf<string | undefined>();
expectTypeOf<SkillVersionCreateParams['workspace_id']>().toEqualTypeOf<string | undefined>();
expectTypeOf<SkillVersionListParams['workspace_id']>().toEqualTypeOf<string | undefined>();
expectTypeOf<SkillVersionParams['workspace_id']>().toEqualTypeOf<string | undefined>();
expectTypeOf<ModelListParams['workspace_id']>().toEqualTypeOf<string | undefined>();
expectTypeOf<BetaModelListParams['workspace_id']>().toEqualTypeOf<string | undefined>();
expectTypeOf<BetaWorkspaceRequestOptions['workspace_id']>().toEqualTypeOf<string | undefined>();
expectTypeOf<BetaWorkspaceRequestOptions>().toMatchTypeOf<BetaRequestOptions>();

// Only a string: a number is refused by the types (and by the functions at run time).
// @ts-expect-error workspace_id is a string
export const numeric: FileListParams = { workspace_id: 42 };
// Batches keep their own options: `workspace_id` is not part of the id-only options of every beta method.
// @ts-expect-error BetaRequestOptions has no workspace_id
export const batchOptions: BetaRequestOptions = { workspace_id: 'wrkspc_01' };
