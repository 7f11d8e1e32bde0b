// Extensions of the files people upload to the API (documents, data, images, code). Anything else is
// sent without a type and the API decides.
const MIME_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  txt: 'text/plain',
  md: 'text/markdown',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  html: 'text/html',
  htm: 'text/html',
  xml: 'application/xml',
  json: 'application/json',
  jsonl: 'application/jsonl',
  yaml: 'application/yaml',
  yml: 'application/yaml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  py: 'text/x-python',
  js: 'text/javascript',
  ts: 'text/plain',
  sh: 'text/x-shellscript',
};

/**
 * The MIME type for a file name's extension, or `''` when unknown.
 *
 * @example
 * guessMimeType('report.PDF'); // 'application/pdf'
 */
export function guessMimeType(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot === -1 ? '' : (MIME_TYPES[fileName.slice(dot + 1).toLowerCase()] ?? '');
}
