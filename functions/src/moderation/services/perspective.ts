import { SERVICE_TIMEOUT_MS, type ServiceInput, type ToxicityService } from './types.ts';

/**
 * A Perspective-compatible toxicity service: POST {endpoint}/v1alpha1/comments:analyze?key=…
 * with the TOXICITY attribute; reads attributeScores.TOXICITY.summaryScore.value.
 */
export function perspective(config: { endpoint: string; key: string }): ToxicityService {
  return {
    async score(input: ServiceInput) {
      const url = `${config.endpoint.replace(/\/$/, '')}/v1alpha1/comments:analyze?key=${encodeURIComponent(config.key)}`;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ comment: { text: input.body }, requestedAttributes: { TOXICITY: {} }, doNotStore: true }),
        signal: AbortSignal.timeout(SERVICE_TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`toxicity service answered ${response.status}`);
      const body = (await response.json()) as { attributeScores?: { TOXICITY?: { summaryScore?: { value?: unknown } } } };
      const value = body.attributeScores?.TOXICITY?.summaryScore?.value;
      if (typeof value !== 'number' || value < 0 || value > 1) throw new Error('toxicity service answered without a score');
      return value;
    },
  };
}
