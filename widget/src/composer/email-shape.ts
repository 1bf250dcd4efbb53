/**
 * A quick look at an address's form before anything is sent: something, `@`, a host with a dot
 * and an ending of two or more characters. Looser than the server's check (which stays the
 * authority and answers `email-invalid`), so it never refuses an address the server would take.
 */
export function isEmailShaped(address: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(address.trim());
}
