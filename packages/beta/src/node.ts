// @anth/beta/node: helpers that read from the file system. A separate entry, so the main entry never
// imports a Node built-in (it runs unchanged in browsers and edge runtimes); these load `node:fs`
// only when called.
export { fileFromPath, type FileFromPathOptions } from './node/file-from-path.js';
export { skillFilesFromDirectory } from './node/skill-files-from-directory.js';
export { LocalFilesystemMemoryTool } from './node/local-filesystem-memory-tool.js';
