/**
 * The Chromium the `jobs` function prints PDFs with: a Lambda layer of `@sparticuz/chromium`
 * (Chromium built for Lambda, from the npm registry: x86_64 only, so the jobs function runs
 * on x86_64) and `playwright-core`, with every package they depend on, under
 * `nodejs/node_modules/`, where functions/src/reports/lambda-chromium.ts loads them.
 *
 * The layer is made when the stack is synthesized, offline and without Docker, by copying
 * the installed packages from the repository's node_modules (the lock file pins them); its
 * asset is named by their versions, so it is uploaded again only when one changes. The api
 * and web functions never hold it: the api stays within its bundle budget
 * (docs/decisions/0203), and the web function asks the jobs function for a PDF.
 */
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AssetHashType, DockerImage } from 'aws-cdk-lib';
import { Architecture, Code, LayerVersion, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { projectRoot } from './app-function.ts';

/** The packages the jobs function loads from the layer. */
export const pdfPackages = ['@sparticuz/chromium', 'playwright-core'] as const;

/** The architecture `@sparticuz/chromium`'s binary is built for. */
export const pdfArchitecture = Architecture.X86_64;

/** Lambda's limit on a function and its layers, unzipped. */
export const lambdaUnzippedLimitBytes = 250 * 1024 * 1024;

const placeholder = fileURLToPath(new URL('../pdf-layer/', import.meta.url));

interface InstalledPackage {
  name: string;
  version: string;
  dir: string;
}

/** Where `name` is installed as `from` sees it: its own node_modules first, then each folder up to the root's. */
function installedDir(name: string, from: string, root: string): string | undefined {
  for (let dir = from; dir.startsWith(root); dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root) break;
  }
  return undefined;
}

/**
 * The packages and everything they depend on (optional dependencies where installed), as
 * installed under `root`, each once. Throws when one of `names` is not installed.
 */
export function packageClosure(names: readonly string[], root = projectRoot): InstalledPackage[] {
  const found = new Map<string, InstalledPackage>();
  const visit = (name: string, from: string, required: boolean) => {
    const dir = installedDir(name, from, root);
    if (!dir) {
      if (required) throw new Error(`${name} is not installed: run \`npm ci\` before synthesizing the stack.`);
      return;
    }
    if (found.has(dir)) return;
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      version: string;
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    found.set(dir, { name, version: manifest.version, dir });
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, dir, true);
    for (const dependency of Object.keys(manifest.optionalDependencies ?? {})) visit(dependency, dir, false);
  };
  for (const name of names) visit(name, root, true);
  return [...found.values()];
}

export class PdfLayer extends Construct {
  readonly layer: LayerVersion;
  /** The packages the layer holds, with their versions. */
  readonly packages: InstalledPackage[];

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const root = projectRoot.replace(/\/$/, '');
    this.packages = packageClosure(pdfPackages, root);
    const packages = this.packages;
    this.layer = new LayerVersion(this, 'Layer', {
      description: `Chromium for PDFs: ${packages
        .filter((p) => (pdfPackages as readonly string[]).includes(p.name))
        .map((p) => `${p.name} ${p.version}`)
        .join(', ')}`,
      compatibleRuntimes: [Runtime.NODEJS_24_X],
      compatibleArchitectures: [pdfArchitecture],
      code: Code.fromAsset(placeholder, {
        assetHashType: AssetHashType.CUSTOM,
        assetHash: packages
          .map((p) => `${p.dir.slice(root.length)}@${p.version}`)
          .sort()
          .join(','),
        bundling: {
          // Never pulled: the local step below always makes the layer.
          image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:24'),
          local: {
            tryBundle(outputDir: string) {
              for (const p of packages) {
                // Nested copies keep their place (a package's own node_modules), hoisted ones go to the top.
                const target = join(outputDir, 'nodejs', p.dir.slice(root.length + 1));
                mkdirSync(dirname(target), { recursive: true });
                cpSync(p.dir, target, {
                  recursive: true,
                  // A nested node_modules is copied as a package of its own, when it is depended on.
                  filter: (source) => !/\/node_modules(\/|$)/.test(source.slice(p.dir.length)),
                });
              }
              return true;
            },
          },
        },
      }),
    });
  }
}
