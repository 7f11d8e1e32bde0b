import { createRandomBase62 } from '../ids.js';

/** A file as the emulated Files API keeps it: metadata and the real bytes. */
export interface StoredFile {
  id: string;
  filename: string;
  mimeType: string;
  bytes: Uint8Array<ArrayBuffer>;
  createdAt: string;
  /** Uploaded files are not downloadable (as on the API); files seeded by a test may be. */
  downloadable: boolean;
}

/** One file of a skill version, by its path inside the skill directory's parent (`greeter/SKILL.md`). */
export interface SkillFile {
  path: string;
  bytes: Uint8Array;
}

/** A skill version as the emulator keeps it. */
export interface StoredSkillVersion {
  id: string;
  skillId: string;
  version: string;
  name: string;
  description: string;
  directory: string;
  createdAt: string;
  files: SkillFile[];
}

/** A skill as the emulator keeps it; versions newest first. */
export interface StoredSkill {
  id: string;
  source: 'custom' | 'anthropic';
  displayTitle: string | null;
  createdAt: string;
  updatedAt: string;
  versions: StoredSkillVersion[];
}

/** The state of the emulated Files and Skills APIs, per emulator. */
export interface BetaStore {
  /** Files in upload order (oldest first). */
  files: Map<string, StoredFile>;
  /** Skills in creation order (oldest first), the built-in Anthropic skills first. */
  skills: Map<string, StoredSkill>;
  addFile(file: {
    filename: string;
    bytes: Uint8Array<ArrayBuffer>;
    mimeType: string;
    downloadable: boolean;
  }): StoredFile;
  /** Clears uploads and custom skills (the built-in skills stay). */
  reset(): void;
}

/** `file_…` ids. */
export const createFileId = (): string => `file_${createRandomBase62(24)}`;
/** `skill_…` ids. */
export const createSkillId = (): string => `skill_${createRandomBase62(24)}`;
/** `skillver_…` ids. */
export const createSkillVersionId = (): string => `skillver_${createRandomBase62(24)}`;

// The skills the API ships (source "anthropic"): listed and readable, never deletable.
const BUILT_IN_SKILLS = [
  ['docx', 'Word documents'],
  ['pdf', 'PDF documents'],
  ['pptx', 'PowerPoint presentations'],
  ['xlsx', 'Excel spreadsheets'],
] as const;

/**
 * A fresh store for one emulator.
 *
 * @example
 * const beta = createBetaStore();
 * beta.addFile({ filename: 'a.txt', bytes: new TextEncoder().encode('a'), mimeType: 'text/plain', downloadable: true });
 */
export function createBetaStore(): BetaStore {
  const files = new Map<string, StoredFile>();
  const skills = new Map<string, StoredSkill>();
  const addBuiltInSkills = (): void => {
    const createdAt = '2025-10-16T00:00:00Z';
    for (const [name, title] of BUILT_IN_SKILLS) {
      skills.set(name, {
        id: name,
        source: 'anthropic',
        displayTitle: title,
        createdAt,
        updatedAt: createdAt,
        versions: [
          {
            id: `skillver_${name}`,
            skillId: name,
            version: '20251013',
            name,
            description: `Create and edit ${title}.`,
            directory: name,
            createdAt,
            files: [],
          },
        ],
      });
    }
  };
  addBuiltInSkills();
  return {
    files,
    skills,
    addFile: ({ filename, bytes, mimeType, downloadable }) => {
      const file: StoredFile = {
        id: createFileId(),
        filename,
        mimeType,
        bytes,
        createdAt: new Date().toISOString(),
        downloadable,
      };
      files.set(file.id, file);
      return file;
    },
    reset: () => {
      files.clear();
      skills.clear();
      addBuiltInSkills();
    },
  };
}
