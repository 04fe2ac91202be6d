/** A school's unique reference number (Get Information about Schools): six digits. */
export function isValidSchoolUrn(value: string): boolean {
  return /^\d{6}$/.test(value.trim());
}
