import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type { ClaimReveal } from '../../app/inspector';
import type { ClaimHighlight } from '../claims/claimHighlights';

/**
 * Scrolls a claim's highlight into view once per reveal request. The text and its highlights
 * may still be loading when the request comes, so it waits for the claim to be drawn.
 */
export function useClaimReveal(
  bodyRef: RefObject<HTMLElement | null>,
  reveal: ClaimReveal | null,
  claims: readonly ClaimHighlight[] | undefined,
): void {
  const done = useRef<number | null>(null);
  useEffect(() => {
    if (!reveal || done.current === reveal.seq) return;
    const body = bodyRef.current;
    const mark = body?.querySelector<HTMLElement>(`[data-claim-id="${reveal.claimId}"]`);
    if (!body || !mark) return;
    done.current = reveal.seq;
    mark.scrollIntoView({ block: 'center', inline: 'nearest' });
    body.focus({ preventScroll: true });
  }, [bodyRef, reveal, claims]);
}
