// Verifies a procurement archive offline: node api/dist/exports/cli/verify-archive.js <archive.zip>
// Prints the result as JSON and exits 0 when the archive is intact, 1 when it is not, 2 on misuse.
import { readFile } from 'node:fs/promises';
import { verifyExportArchive } from '../verify/verify-export-archive.js';

async function main(argv: string[]): Promise<number> {
  const [path] = argv;
  if (!path || argv.length !== 1) {
    process.stderr.write('usage: verify-archive <archive.zip>\n');
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    process.stderr.write(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const result = verifyExportArchive(bytes);
  const { manifest, ...rest } = result;
  process.stdout.write(`${JSON.stringify({ ...rest, files: manifest?.files.length ?? 0, generatedAt: manifest?.generatedAt ?? null }, null, 2)}\n`);
  process.stderr.write(result.valid ? 'archive verified: every file, receipt and the audit chain match\n' : 'archive NOT verified: see the report above\n');
  return result.valid ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
