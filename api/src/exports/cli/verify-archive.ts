// Verifies a procurement archive offline: node api/dist/exports/cli/verify-archive.js <archive.zip>
// Prints the result as JSON and exits 0 when the archive is intact, 1 when it is not, 2 on misuse.
// The archive is read a chunk at a time, so one of any size verifies in little memory.
import type { ArchiveVerification } from '@fairpitch/shared/exports';
import { withArchiveFile } from '../verify/archive-file.js';
import { verifyExportArchive } from '../verify/verify-export-archive.js';

async function main(argv: string[]): Promise<number> {
  const [path] = argv;
  if (!path || argv.length !== 1) {
    process.stderr.write('usage: verify-archive <archive.zip>\n');
    return 2;
  }
  let result: ArchiveVerification;
  try {
    result = await withArchiveFile(path, verifyExportArchive);
  } catch (error) {
    process.stderr.write(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const { manifest, ...rest } = result;
  process.stdout.write(`${JSON.stringify({ ...rest, files: manifest?.files.length ?? 0, generatedAt: manifest?.generatedAt ?? null }, null, 2)}\n`);
  process.stderr.write(result.valid ? 'archive verified: every file, receipt and the audit chain match\n' : 'archive NOT verified: see the report above\n');
  return result.valid ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
