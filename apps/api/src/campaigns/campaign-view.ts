import type { Unit } from '@app/directory';
import { STATUTORY_ORDER } from '@app/content';
import { chainRulesOfCampaign } from './campaign-chain-rules';
import type { CampaignRecipientList } from './campaign-recipient.repository';
import type { Campaign } from './campaign.types';

// The campaign as its readers get it (GET /campaigns/:id and every answer that returns a campaign).

/**
 * Campaigns issued before recipients were named have none stored: their issuer received. A
 * campaign with per-target lists shows them (perTarget) and no list for all.
 */
function recipientsShown(issuer: Unit, stored: CampaignRecipientList): CampaignRecipientList {
  return stored.perTarget || stored.main.length > 0 || stored.external.main.length > 0
    ? stored
    : { ...stored, main: [{ id: issuer.id, name: issuer.name }] };
}

export function view(campaign: Campaign, issuer: Unit, recipients: CampaignRecipientList) {
  return {
    id: campaign.id,
    parentId: campaign.parentId,
    issuingUnit: { id: issuer.id, name: issuer.name },
    recipients: recipientsShown(issuer, recipients),
    reportYear: campaign.reportYear,
    reportLine: campaign.reportLine,
    notice: {
      title: campaign.title,
      documentNumber: campaign.documentNumber,
      issuedOn: campaign.issuedOn,
      body: campaign.body,
      file: campaign.noticeFile
        ? {
            name: campaign.noticeFile.name,
            contentType: campaign.noticeFile.contentType,
            sizeBytes: campaign.noticeFile.sizeBytes,
            sha256: campaign.noticeFile.sha256,
          }
        : null,
    },
    workflow: campaign.workflow,
    dueDate: campaign.dueDate,
    stageLimits: campaign.stageLimits,
    reminderPolicy: campaign.reminderPolicy,
    disclosureDate: campaign.disclosureDate,
    itemOrder: [...(campaign.itemOrder ?? STATUTORY_ORDER)],
    requiresStampedScan: campaign.requiresStampedScan ?? false,
    chainRules: chainRulesOfCampaign(campaign),
    selection: campaign.selection,
    status: campaign.status,
    withdrawn: campaign.withdrawnAt
      ? { at: campaign.withdrawnAt, by: campaign.withdrawnBy, reason: campaign.withdrawReason }
      : null,
    createdAt: campaign.createdAt,
  };
}
