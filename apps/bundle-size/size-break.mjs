import * as esbuild from 'esbuild';
import { gzipSync } from 'node:zlib';
const source = process.argv[2];
const splitting = process.argv[3] === 'split';
const r = await esbuild.build({
  stdin: { contents: source, resolveDir: process.cwd(), loader: 'js' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  metafile: true,
  splitting,
  outdir: '/tmp/sb-out',
  external: ['node:*'],
});
let total = 0;
for (const [file, out] of Object.entries(r.metafile.outputs)) {
  if (!file.endsWith('.js')) continue;
  const text = r.outputFiles.find((f) => f.path.endsWith(file.split('/').pop())).text;
  console.log(
    file,
    'min',
    text.length,
    'gz',
    gzipSync(text, { level: 9 }).length,
    out.imports.map((i) => i.kind + ':' + i.path).join(' '),
  );
  const rows = Object.entries(out.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
  for (const [inp, v] of rows.slice(0, +process.argv[4] || 40))
    console.log('   ', String(v.bytesInOutput).padStart(6), inp.replace(/.*packages\//, ''));
}
