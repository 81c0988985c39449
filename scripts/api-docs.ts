// The API reference (TypeDoc) for every export of every subpath, with the guides of docs/ as
// pages of the same site, written to .site/ (npm run docs:api). With --check it also fails when
// an export has no doc comment or no @example: CI runs it that way (npm test), so the reference
// cannot fall behind the code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Application,
  type Comment,
  type DeclarationReflection,
  type ProjectReflection,
  ReflectionKind,
} from 'typedoc';

/** The subpath modules, read from tsup.config.ts so a new module is documented without a list to keep. */
export function subpathModules(root: string): string[] {
  const text = readFileSync(join(root, 'tsup.config.ts'), 'utf8');
  const block = /MODULES = \[([^\]]*)\]/.exec(text)?.[1] ?? '';
  return [...block.matchAll(/'([a-z-]+)'/g)].map((m) => m[1] as string);
}

/** Where an export keeps its comment: a function's is on its (first) signature. */
function commentOf(r: DeclarationReflection): Comment | undefined {
  return r.comment ?? r.signatures?.[0]?.comment ?? r.getSignature?.comment;
}

export type Gap = { module: string; name: string; missing: 'comment' | '@example' };

/** Every export of every module without a summary or without an `@example`. */
export function gaps(project: ProjectReflection): Gap[] {
  const out: Gap[] = [];
  for (const mod of project.children ?? []) {
    for (const child of mod.children ?? []) {
      if (child.kindOf(ReflectionKind.Reference)) continue; // re-exported under another name
      const comment = commentOf(child);
      const hasSummary = (comment?.summary ?? []).some((p) => p.text.trim() !== '');
      if (!hasSummary) out.push({ module: mod.name, name: child.name, missing: 'comment' });
      else if (!comment?.blockTags.some((t) => t.tag === '@example'))
        out.push({ module: mod.name, name: child.name, missing: '@example' });
    }
  }
  return out;
}

async function main() {
  const root = process.cwd();
  const check = process.argv.includes('--check');
  const modules = subpathModules(root);
  const write = !process.argv.includes('--no-write');
  // The guides' Mermaid diagrams render in the site: mermaid bundled into TypeDoc's customJs.
  const customJs = join(root, '.site-assets/mermaid.js');
  if (write) {
    const { build } = await import('esbuild');
    await build({
      entryPoints: [join(root, 'scripts/site-mermaid.mjs')],
      outfile: customJs,
      bundle: true,
      platform: 'browser',
      format: 'iife',
      minify: true,
      logLevel: 'error',
    });
  }
  const app = await Application.bootstrapWithPlugins({
    entryPoints: modules.map((m) => `src/${m}/index.ts`),
    tsconfig: 'tsconfig.json',
    out: '.site',
    name: 'seseq-correo',
    readme: 'README.md',
    projectDocuments: ['docs/*.md'],
    excludePrivate: true,
    // No public repository URL is known yet (see package.json): no source links rather than broken ones.
    disableSources: true,
    excludeInternal: true,
    skipErrorChecking: true,
    logLevel: 'Warn',
    ...(write ? { customJs } : {}),
  });
  const project = await app.convert();
  if (project === undefined) {
    console.error('TypeDoc could not convert the project');
    process.exit(2);
  }
  const missing = gaps(project);
  const exportsCount = (project.children ?? []).reduce((n, m) => n + (m.children?.length ?? 0), 0);
  if (check) {
    for (const g of missing) console.error(`${g.module}: ${g.name} has no ${g.missing}`);
    console.log(
      `API reference: ${exportsCount} exports in ${modules.length} subpaths, ${missing.length} without a comment and an @example`,
    );
    if (missing.length > 0) process.exit(1);
  }
  if (write) {
    await app.generateDocs(project, '.site');
    console.log('API reference and guides written to .site/index.html');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
