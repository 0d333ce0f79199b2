// Builds the embedded pages' assets into dist/, reproducibly: the same
// package-lock.json gives the same bytes (no timestamps, no absolute paths,
// no source maps). Run through scripts/build-web.
import * as esbuild from 'esbuild';

const common = {
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  outdir: 'dist',
  entryNames: '[name]',
  legalComments: 'eof',
  charset: 'utf8',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  jsx: 'automatic',
  loader: { '.woff2': 'dataurl', '.png': 'dataurl', '.svg': 'dataurl' },
};

await esbuild.build({ ...common, entryPoints: ['src/graphiql.jsx', 'src/explore.js', 'src/explore.css'] });
