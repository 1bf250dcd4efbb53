import { SERVICE_TIMEOUT_MS, type ServiceInput, type SpamService } from './types.ts';

/**
 * An Akismet-compatible spam service: POST {endpoint}/1.1/comment-check, form-encoded, answered
 * with the text `true` (spam) or `false`. Any other answer is an error.
 */
export function akismet(config: { endpoint: string; key: string; blog: string }): SpamService {
  return {
    async isSpam(input: ServiceInput) {
      const form = new URLSearchParams({
        api_key: config.key,
        blog: config.blog,
        user_ip: input.ip ?? '',
        user_agent: input.userAgent ?? '',
        permalink: input.permalink,
        comment_type: 'comment',
        comment_author: input.authorName,
        comment_author_email: input.authorEmail ?? '',
        comment_author_url: input.website,
        comment_content: input.body,
      });
      const response = await fetch(`${config.endpoint.replace(/\/$/, '')}/1.1/comment-check`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form,
        signal: AbortSignal.timeout(SERVICE_TIMEOUT_MS),
      });
      const text = (await response.text()).trim();
      if (!response.ok || (text !== 'true' && text !== 'false')) throw new Error(`spam service answered ${response.status} ${text.slice(0, 80)}`);
      return text === 'true';
    },
  };
}
