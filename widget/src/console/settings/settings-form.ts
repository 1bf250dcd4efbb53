import type { RateLimits } from '../../../../core/src/docs.ts';
import { RATE_LIMIT_MAX } from '../../../../core/src/moderator-requests.ts';
import type { ModerationMode, Provider, Theme } from '../../../../core/src/types.ts';
import type { SiteChanges, SiteConfig } from '../../client/moderator/client.ts';

/**
 * The settings form as typed (text fields stay text until saved), and its conversion to an
 * `updateSite` request holding only what changed. Checks mirror core/src/moderator-requests.ts
 * so mistakes show next to their field before the server is asked.
 */

/** Every rate limit, in form order. */
export const RATE_LIMITS: ReadonlyArray<[keyof RateLimits, string]> = [
  ['userPerMinute', 'Comments per user per minute'],
  ['userPerHour', 'Comments per user per hour'],
  ['ipPerMinute', 'Comments per IP address per minute'],
  ['ipPerHour', 'Comments per IP address per hour'],
  ['threadPerMinute', 'Comments per thread per minute'],
];

/** The settings form's values. Empty number fields mean "keep the server's value". */
export interface SettingsForm {
  name: string;
  locale: string;
  theme: Theme;
  providers: Provider[];
  moderation: ModerationMode;
  editWindowMinutes: string;
  maxLength: string;
  /** One per line. */
  origins: string;
  bannedWords: string;
  suspectWords: string;
  linkLimit: string;
  reportThreshold: string;
  rateLimits: Record<keyof RateLimits, string>;
}

/** A field of the form that can be wrong. */
export type FormField = Exclude<keyof SettingsForm, 'rateLimits'> | `rateLimits.${keyof RateLimits}`;

const lines = (list: readonly string[] | undefined) => (list ?? []).join('\n');
const splitLines = (text: string) => [...new Set(text.split('\n').map((line) => line.trim()).filter(Boolean))];
const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));

/** The form showing a site's stored configuration. */
export function formFromConfig({ site, settings }: SiteConfig): SettingsForm {
  const limits = settings?.rateLimits;
  return {
    name: site.name ?? '',
    locale: site.locale ?? 'en',
    theme: site.theme ?? 'auto',
    providers: [...(site.providers ?? ['guest'])],
    moderation: site.moderation ?? 'post',
    editWindowMinutes: site.editWindowSec === undefined ? '' : String(Math.round(site.editWindowSec / 60)),
    maxLength: numberText(site.maxLength),
    origins: lines(site.origins),
    bannedWords: lines(settings?.bannedWords),
    suspectWords: lines(settings?.suspectWords),
    linkLimit: numberText(settings?.linkLimit),
    reportThreshold: numberText(settings?.reportThreshold),
    rateLimits: {
      userPerMinute: numberText(limits?.userPerMinute),
      userPerHour: numberText(limits?.userPerHour),
      ipPerMinute: numberText(limits?.ipPerMinute),
      ipPerHour: numberText(limits?.ipPerHour),
      threadPerMinute: numberText(limits?.threadPerMinute),
    },
  };
}

/** The request for what changed between the stored form and the edited one, or the fields that are wrong. */
export function changesFrom(stored: SettingsForm, edited: SettingsForm): { changes: SiteChanges; errors: Partial<Record<FormField, string>> } {
  const errors: Partial<Record<FormField, string>> = {};
  const site: NonNullable<SiteChanges['site']> = {};
  const settings: NonNullable<SiteChanges['settings']> = {};
  const whole = (field: FormField, text: string, min: number, max: number): number | undefined => {
    if (text.trim() === '') return undefined;
    const value = Number(text);
    if (!Number.isInteger(value) || value < min || value > max) errors[field] = `Enter a whole number from ${min} to ${max}.`;
    return value;
  };

  if (edited.name !== stored.name) site.name = edited.name.trim();
  if (edited.locale !== stored.locale) {
    if (/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(edited.locale.trim())) site.locale = edited.locale.trim();
    else errors.locale = 'Use a language tag such as en, de or pt-BR.';
  }
  if (edited.theme !== stored.theme) site.theme = edited.theme;
  if (edited.providers.join() !== stored.providers.join()) {
    if (edited.providers.length === 0) errors.providers = 'Keep at least one way to comment.';
    else site.providers = edited.providers;
  }
  if (edited.moderation !== stored.moderation) site.moderation = edited.moderation;
  if (edited.editWindowMinutes !== stored.editWindowMinutes) {
    const minutes = whole('editWindowMinutes', edited.editWindowMinutes, 0, 7 * 24 * 60);
    if (minutes !== undefined) site.editWindowSec = minutes * 60;
  }
  if (edited.maxLength !== stored.maxLength) site.maxLength = whole('maxLength', edited.maxLength, 10, 20_000);
  if (edited.origins !== stored.origins) {
    const origins = splitLines(edited.origins).map((origin) => origin.replace(/\/+$/, ''));
    const wrong = origins.find((origin) => !/^https?:\/\/[^/\s]+$/.test(origin));
    if (wrong) errors.origins = `“${wrong}” is not an origin like https://news.example.com.`;
    else site.origins = origins;
  }
  if (edited.bannedWords !== stored.bannedWords) settings.bannedWords = splitLines(edited.bannedWords);
  if (edited.suspectWords !== stored.suspectWords) settings.suspectWords = splitLines(edited.suspectWords);
  if (edited.linkLimit !== stored.linkLimit) settings.linkLimit = whole('linkLimit', edited.linkLimit, 0, 100);
  if (edited.reportThreshold !== stored.reportThreshold) settings.reportThreshold = whole('reportThreshold', edited.reportThreshold, 1, 100);
  const rateLimits: Partial<RateLimits> = {};
  for (const [key] of RATE_LIMITS) {
    if (edited.rateLimits[key] === stored.rateLimits[key]) continue;
    const value = whole(`rateLimits.${key}`, edited.rateLimits[key], 0, RATE_LIMIT_MAX[key]);
    if (value !== undefined) rateLimits[key] = value;
  }
  if (Object.keys(rateLimits).length > 0) settings.rateLimits = rateLimits;

  const prune = <T extends object>(part: T) => Object.fromEntries(Object.entries(part).filter(([, value]) => value !== undefined)) as T;
  const changes: SiteChanges = {};
  if (Object.keys(prune(site)).length > 0) changes.site = prune(site);
  if (Object.keys(prune(settings)).length > 0) changes.settings = prune(settings);
  return { changes, errors };
}
