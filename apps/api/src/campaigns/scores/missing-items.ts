import { Injectable } from '@nestjs/common';
import { CHECKED_ITEMS, isSectionBlank, ITEM_SECTION, type StatutoryItem } from '@app/content';
import { SubmittedSectionsRepository, type SubmittedHeads } from './submitted-sections.repository';

/**
 * The statutory items (法定五项) each submitted report lacks in the text this campaign received: by
 * the completeness check's own rule (item_missing: the section is blank, `isSectionBlank`), the
 * check it passed or had overridden on its way out. Only that rule is asked, not the whole check
 * (year, unit, numbering, lengths), and only the start of each section is read: a section whose
 * first characters are not all white space is not blank, so the whole text is read only for the
 * rare section that starts with more white space than that. One query for the whole board.
 */
@Injectable()
export class MissingItems {
  constructor(private readonly texts: SubmittedSectionsRepository) {}

  async of(campaignId: string, reportIds: readonly string[]): Promise<Map<string, StatutoryItem[]>> {
    const found = new Map<string, StatutoryItem[]>();
    const undecided: string[] = [];
    for (const heads of await this.texts.dispatchedHeads(campaignId, [...reportIds])) {
      const missing = missingFromHeads(heads);
      if (missing === null) undecided.push(heads.reportId);
      else found.set(heads.reportId, missing);
    }
    for (const text of await this.texts.dispatchedTexts(campaignId, undecided)) {
      found.set(
        text.reportId,
        CHECKED_ITEMS.filter((item) => isSectionBlank(text.sections[ITEM_SECTION[item]])),
      );
    }
    return found;
  }
}

/** The missing items from the sections' starts, or null when a start leaves it open (read the text). */
export function missingFromHeads(heads: SubmittedHeads): StatutoryItem[] | null {
  const missing: StatutoryItem[] = [];
  for (const item of CHECKED_ITEMS) {
    const section = ITEM_SECTION[item];
    if (section === 'other') continue;
    const { head, longer } = heads.sections[section];
    if (!isSectionBlank(head)) continue;
    if (longer) return null;
    missing.push(item);
  }
  return missing;
}
