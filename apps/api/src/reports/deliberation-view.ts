import { deliberationBodyOf, type Unit } from '@app/directory';
import type { DeliberationRecord, EarlierRoundParts } from '@app/reports';

type Person = { id: string; username: string; displayName: string };

/**
 * The report's deliberation, sign-off and dispatch as a reader (and the document export) sees
 * them: the unit's body, the meeting on record and whether it still stands, who signed the last
 * dispatched version off and when (主要负责人签发), on a joint report the 党委's principal leader
 * too (coSignOff), and its document number (文号); `earlierRound` says which of them are the last
 * round's, while a returned report is redrafted.
 */
export function deliberationView(
  unit: Pick<Unit, 'kind' | 'level' | 'deliberationBody'>,
  record: DeliberationRecord | null,
  people: Person[],
  earlierRound: EarlierRoundParts = { signOff: false, coSignOff: false, documentNumber: false },
) {
  const signedOff = (signOff: { userId: string; at: Date } | null | undefined) => {
    if (!signOff) return null;
    const signer = people.find((p) => p.id === signOff.userId);
    return {
      signedBy: {
        id: signOff.userId,
        username: signer?.username ?? null,
        displayName: signer?.displayName ?? null,
      },
      signedAt: signOff.at,
    };
  };
  return {
    body: deliberationBodyOf(unit),
    meeting: record?.meeting
      ? {
          body: record.meeting.body,
          date: record.meeting.date,
          minutesNumber: record.meeting.minutesNumber,
          stands: record.meetingStands,
        }
      : null,
    signOff: signedOff(record?.signOff),
    coSignOff: signedOff(record?.coSignOff),
    documentNumber: record?.documentNumber ?? null,
    earlierRound,
  };
}
