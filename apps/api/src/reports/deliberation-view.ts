import { deliberationBodyOf, type Unit } from '@app/directory';
import type { DeliberationRecord } from '@app/reports';

type Person = { id: string; username: string; displayName: string };

/**
 * The report's deliberation, sign-off and dispatch as a reader (and the document export) sees
 * them: the unit's body, the meeting on record and whether it still stands, who signed the last
 * dispatched version off and when (主要负责人签发), and its document number (文号).
 */
export function deliberationView(
  unit: Pick<Unit, 'kind' | 'deliberationBody'>,
  record: DeliberationRecord | null,
  people: Person[],
) {
  const signer = record?.signOff ? people.find((p) => p.id === record.signOff?.userId) : undefined;
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
    signOff: record?.signOff
      ? {
          signedBy: {
            id: record.signOff.userId,
            username: signer?.username ?? null,
            displayName: signer?.displayName ?? null,
          },
          signedAt: record.signOff.at,
        }
      : null,
    documentNumber: record?.documentNumber ?? null,
  };
}
