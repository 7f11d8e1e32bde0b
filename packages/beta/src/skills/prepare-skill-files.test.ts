import { describe, expect, it } from 'vitest';
import { prepareSkillFiles } from './prepare-skill-files.js';

describe('prepareSkillFiles', () => {
  it('names browser directory-picker files by their webkitRelativePath', async () => {
    const picked = new File(['---\nname: a\ndescription: b\n---\n'], 'SKILL.md');
    Object.defineProperty(picked, 'webkitRelativePath', { value: 'greeter/SKILL.md' });
    const [file] = await prepareSkillFiles([picked]);
    expect(file?.name).toBe('greeter/SKILL.md');
  });

  it('refuses path tricks: empty segments and ".."', async () => {
    await expect(prepareSkillFiles([new File(['x'], 'greeter//SKILL.md')])).rejects.toThrow(
      /must be named with its path/,
    );
    await expect(prepareSkillFiles([new File(['x'], 'greeter/../SKILL.md')])).rejects.toThrow(
      /must be named with its path/,
    );
  });
});
