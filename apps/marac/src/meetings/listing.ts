export interface MeetingWithRoom {
  id: string;
  heldAt: Date;
  researchCutOffAt: Date;
  capacity: number;
  listedCount: number;
}

/**
 * The meeting an eligible referral is listed at: the earliest one with room whose research
 * cut-off has not passed (agencies need the time to research). A full meeting or a passed
 * cut-off moves the case to the next one. Undefined when no generated meeting qualifies, so the
 * caller generates further weeks.
 */
export function chooseMeeting(meetings: readonly MeetingWithRoom[], now: Date): MeetingWithRoom | undefined {
  return [...meetings]
    .sort((a, b) => a.heldAt.getTime() - b.heldAt.getTime())
    .find((meeting) => meeting.listedCount < meeting.capacity && meeting.researchCutOffAt.getTime() > now.getTime());
}
