import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runProcess } from '../base/child-process.js';

/** The Debian package that ships a mode's linguistic data, with what a ModelCard needs from it. */
export interface ApertiumPackage {
  /** e.g. `apertium-eng-spa`, or `unknown` when the data is not under a packaged folder. */
  name: string;
  /** Debian version, e.g. `0.8.1-2`; `unknown` when dpkg does not know the package (built from source). */
  version: string;
  licence: string;
}

export interface PackageLookupOptions {
  /** Default `/usr/share/apertium/modes`. */
  modesDir: string;
  /** Default `/usr/share/doc`. */
  docDir: string;
  timeoutMs: number;
}

// A mode file is the shell pipeline Apertium runs; every stage names a file in
// the pair's data folder, and Debian names that folder after the package.
const DATA_FOLDER = /\/share\/apertium\/(apertium-[a-z0-9_-]+)\//;

export async function packageForMode(mode: string, options: PackageLookupOptions): Promise<ApertiumPackage> {
  const pipeline = await readFile(join(options.modesDir, `${mode}.mode`), 'utf8').catch(() => '');
  const name = DATA_FOLDER.exec(pipeline)?.[1];
  if (!name) return { name: 'unknown', version: 'unknown', licence: 'GPL (Apertium data)' };
  const [version, licence] = await Promise.all([debianVersion(name, options.timeoutMs), debianLicence(name, options.docDir)]);
  return { name, version, licence };
}

async function debianVersion(pkg: string, timeoutMs: number): Promise<string> {
  try {
    const out = await runProcess('dpkg-query', ['-W', '-f=${Version}', pkg], { timeoutMs, label: 'dpkg-query' });
    return out.trim() || 'unknown';
  } catch {
    // Not a Debian system, or the pair was built from source: still usable,
    // only its provenance is weaker, which `unknown` says honestly.
    return 'unknown';
  }
}

/** First `License:` field of the Debian copyright file (e.g. `GPL-2`). */
async function debianLicence(pkg: string, docDir: string): Promise<string> {
  const copyright = await readFile(join(docDir, pkg, 'copyright'), 'utf8').catch(() => '');
  return /^License:\s*(\S+)/m.exec(copyright)?.[1] ?? 'GPL (Apertium data)';
}
