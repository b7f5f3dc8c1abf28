import type { SyntheticEvent } from 'react';
import { t } from '@/components/i18n';

/** One offer: the PDF's address and the viewport point it hangs from, shifted by its own size where it must. */
export interface PdfOffer {
  key: string;
  url: string;
  x: number;
  y: number;
  /** Hung leftwards from x (the embed's right edge) rather than rightwards. */
  alignEnd: boolean;
  /** Hung upwards from y (the embed's bottom edge, a link near the viewport's bottom). */
  above: boolean;
}

export interface PdfOffersProps {
  offers: PdfOffer[];
  onOpen(url: string): void;
  onDismiss(key: string): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

/** Pressing a button must not move the page's focus or selection into the extension's UI. */
const keepFocus = (event: SyntheticEvent) => event.preventDefault();

/**
 * The small "open in reader" offers on embedded PDFs and PDF links (content/pdf-offer.ts):
 * fixed-position, so they never take part in the page's layout. Only the reader's own clicks
 * count: a page script cannot reach this closed root, but the check costs nothing.
 */
export function pdfOffersView({ offers, onOpen, onDismiss, onPointerEnter, onPointerLeave }: PdfOffersProps) {
  return (
    <>
      {offers.map((offer) => (
        <div
          key={offer.key}
          className="pl-root pl-pdf-offer"
          onPointerEnter={onPointerEnter}
          onPointerLeave={onPointerLeave}
          style={{
            left: offer.x,
            top: offer.y,
            transform: `translate(${offer.alignEnd ? '-100%' : '0'}, ${offer.above ? '-100%' : '0'})`,
          }}
        >
          <button type="button" onPointerDown={keepFocus} onMouseDown={keepFocus} onClick={(event) => event.nativeEvent.isTrusted && onOpen(offer.url)}>
            {t('readerOpenInReader')}
          </button>
          <button
            type="button"
            className="pl-pdf-offer-dismiss"
            aria-label={t('close')}
            title={t('close')}
            onPointerDown={keepFocus}
            onMouseDown={keepFocus}
            onClick={(event) => event.nativeEvent.isTrusted && onDismiss(offer.key)}
          >
            ×
          </button>
        </div>
      ))}
    </>
  );
}
