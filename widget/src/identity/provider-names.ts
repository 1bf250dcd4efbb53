import type { SocialProvider } from '../client/reader/reader-client.ts';

/** Providers' names as they brand themselves (not translated). */
export const PROVIDER_NAMES: Record<SocialProvider, string> = {
  'google.com': 'Google',
  'github.com': 'GitHub',
  'microsoft.com': 'Microsoft',
  'apple.com': 'Apple',
  'facebook.com': 'Facebook',
  'twitter.com': 'X',
};
