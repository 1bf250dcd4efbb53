import type { CallInput } from '../../../core/src/callables.ts';
import { Timestamp } from 'firebase-admin/firestore';
import type { CallableRequest } from 'firebase-functions/https';
import type { UpdateSiteResult } from '../../../core/src/api.ts';
import { requireRole } from '../identity/require-role.ts';
import { db } from '../shared/app.ts';
import { col } from '../shared/collections.ts';
import { refuse } from '../shared/refuse.ts';
import { callable } from '../shared/callable.ts';

/** Owners change the public configuration and the private moderation settings; the next comment sees them. */
export async function updateSite(input: CallInput<'updateSite'>, request: CallableRequest<unknown>): Promise<UpdateSiteResult> {
  const { siteId, site, settings } = input;
  const actor = await requireRole(request, siteId, 'owner');
  await db.runTransaction(async (tx) => {
    const siteRef = col.sites().doc(siteId);
    if (!(await tx.get(siteRef)).exists) refuse('site-not-found');
    const changed: string[] = [];
    if (site && Object.keys(site).length > 0) {
      tx.set(siteRef, site, { merge: true });
      changed.push(...Object.keys(site));
    }
    if (settings && Object.keys(settings).length > 0) {
      tx.set(col.settings(siteId), settings, { merge: true });
      changed.push(...Object.keys(settings));
    }
    tx.create(col.actions().doc(), {
      siteId,
      by: actor.uid,
      byName: actor.name,
      action: 'update-site',
      commentId: null,
      revision: null,
      targetUid: null,
      reason: changed.join(', '),
      at: Timestamp.now(),
    });
  });
  return { siteId };
}

/** The callable. */
export const updateSiteFn = callable('updateSite', updateSite);
