export function shiftedStart(shift: string, realNowMs: number): number;
export function installShiftedDate(scope: { Date: DateConstructor }, offsetMs: number): void;
