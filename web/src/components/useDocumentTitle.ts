import { useEffect } from 'react';

const PRODUCT = 'Closing Cloud';

/** Names the browser tab (and what a screen reader announces on arrival) after the screen. */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${PRODUCT}` : PRODUCT;
  }, [title]);
}
