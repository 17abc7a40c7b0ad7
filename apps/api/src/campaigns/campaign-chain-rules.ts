import {
  campaignChainRules,
  chainRulesOf,
  defaultRegistry,
  type ChainRules,
  type StatedChainRules,
  type WorkflowDefinition,
} from '@app/workflow';
import { CampaignErrors } from './campaign.errors';
import type { Campaign } from './campaign.types';

/**
 * The rules a campaign's targets' chains must keep (内部审核流程要求), as stored; a campaign issued
 * before rules were stored keeps the safeguards of its workflow definition, as it always did.
 */
export function chainRulesOfCampaign(campaign: Pick<Campaign, 'chainRules' | 'workflow'>): StatedChainRules {
  if (campaign.chainRules) return campaign.chainRules;
  const derived = chainRulesOf(defaultRegistry.get(campaign.workflow.id, campaign.workflow.version));
  return {
    deliberation: derived.deliberation === true,
    legalReview: derived.legalReview === true,
    signOff: derived.signOff === true,
  };
}

/** The rules a new campaign stores: stated, else the cascade's parent's, else its path's; 400 naming each field. */
export function issuedChainRules(input: {
  definition: WorkflowDefinition;
  stated: ChainRules | undefined;
  parent: Pick<Campaign, 'chainRules' | 'workflow'> | null;
}): StatedChainRules {
  const result = campaignChainRules({
    definition: input.definition,
    stated: input.stated,
    inherited: input.parent ? chainRulesOfCampaign(input.parent) : null,
  });
  if (!result.ok) {
    throw CampaignErrors.invalid(`Invalid chainRules: ${result.problems.map((p) => p.message).join('; ')}`, {
      fields: result.problems.map((p) => p.field),
    });
  }
  return result.rules;
}
