import type { FieldError } from '@frontdoor/contracts';
import { safeAddressValues } from '../records/police-answer';

/** What GMP keeps for a victim's safe address: the address line and postcode as one text. */
export function safeAddressText(address: { addressLine: string; postcode: string }): string {
  return `${address.addressLine.trim()}, ${address.postcode}`;
}

/**
 * The fields of an outbound message that carry any part of a safe address (the whole address, a
 * numbered line, the street, the postcode), compared as the information-sharing lib's last gate
 * compares them: ignoring case, spaces and punctuation, so "M32 0XX" and "m320xx" are one value.
 * Pure. An officer who wrote the refuge into the summary, or gave it as a child's postcode, is
 * told which field to change; the message is never sent with it.
 */
export function safeAddressLeaks(
  fields: Record<string, unknown>,
  safeAddresses: readonly string[],
  path = '',
): FieldError[] {
  const restricted = [...new Set(safeAddresses.flatMap(safeAddressValues).map(squash))].filter(
    (value) => value.length >= 3,
  );
  if (restricted.length === 0) return [];
  return leaksIn(fields, restricted, path);
}

function leaksIn(value: unknown, restricted: readonly string[], path: string): FieldError[] {
  if (typeof value === 'string') {
    const text = squash(value);
    return restricted.some((part) => text.includes(part))
      ? [{ field: path, messages: [`${path} must not contain the victim's safe address: it never leaves GMP`] }]
      : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => leaksIn(item, restricted, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaksIn(child, restricted, path ? `${path}.${key}` : key));
  }
  return [];
}

function squash(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]/g, '');
}
