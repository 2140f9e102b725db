import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { anonymiseContent } from '@fairpitch/shared/submissions';

/**
 * Anonymises the personal data in entries' forms (the working draft and every submitted
 * revision) once a retention period has run out. The retention job in the exports area decides
 * which entries; this area owns their tables.
 */
@Injectable()
export class EntryAnonymisation {
  /** Returns, per entry, the paths anonymised in its newest content (empty when there were none). */
  async anonymise(entryIds: readonly string[], at: Date, manager: EntityManager): Promise<Map<string, string[]>> {
    const anonymised = new Map<string, string[]>();
    if (!entryIds.length) return anonymised;
    const entries = (await manager.query(`SELECT id, content FROM entry WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [[...entryIds]])) as {
      id: string;
      content: Record<string, unknown>;
    }[];
    for (const entry of entries) {
      const draft = anonymiseContent(entry.content);
      if (draft.paths.length) await manager.query(`UPDATE entry SET content = $2, updated_at = now() WHERE id = $1`, [entry.id, JSON.stringify(draft.content)]);
      anonymised.set(entry.id, draft.paths);
    }
    const revisions = (await manager.query(
      `SELECT entry_id AS "entryId", revision, content FROM entry_revision WHERE entry_id = ANY($1::uuid[]) AND anonymised_at IS NULL ORDER BY entry_id, revision`,
      [[...entryIds]],
    )) as { entryId: string; revision: number; content: Record<string, unknown> }[];
    for (const revision of revisions) {
      const { content, paths } = anonymiseContent(revision.content);
      // The revision records that it was anonymised even when it held no personal data.
      await manager.query(`UPDATE entry_revision SET content = $3, anonymised_at = $4 WHERE entry_id = $1 AND revision = $2`, [
        revision.entryId,
        revision.revision,
        JSON.stringify(content),
        at,
      ]);
      if (paths.length && !anonymised.get(revision.entryId)?.length) anonymised.set(revision.entryId, paths);
    }
    return anonymised;
  }
}
