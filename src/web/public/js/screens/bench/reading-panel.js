import { html } from '../../html.js';
import { t } from '../../i18n.js';
import { isAcceptable, LinkBadge } from './live-instrument.js';

/**
 * Renders the instrument's latest reading, large enough to read from the
 * bench, and the button (or Space / Enter) that puts it into the next slot.
 */
export function ReadingPanel({ live, slot, armed, busy, onAccept, error }) {
  const reading = live.latest;
  const stable = isAcceptable(reading);
  const canAccept = stable && armed && slot && !busy;
  let blockReason = null;
  if (!reading) blockReason = t('live.waiting');
  else if (!stable) blockReason = reading.status === 'ok' ? t('live.unstable') : t('live.status', { status: reading.status });
  else if (!slot) blockReason = null;
  else if (!armed) blockReason = t('live.alreadyTaken');
  return html`
    <section class="card reading-panel" aria-labelledby="live-title">
      <header class="card-header">
        <h2 id="live-title">${t('live.title')}</h2>
        <${LinkBadge} state=${live.state} detail=${live.detail} />
      </header>
      <output class=${`reading${stable ? ' stable' : ' unstable'}`} data-measurement=${reading?.measurementId ?? ''} aria-live="polite">
        ${reading?.value ?? '—'} <small>${reading?.unit ?? ''}</small>
      </output>
      <p class="reading-state">${stable ? t('live.stable') : blockReason}</p>
      <p class="next-slot">${slot ? t('live.nextSlot', { field: slot.label, specimen: slot.specimen }) : t('live.allFilled')}</p>
      <button type="button" class="primary accept" disabled=${!canAccept} onClick=${onAccept}>
        ${t('live.accept')} <kbd>${t('key.space')}</kbd>
      </button>
      ${!canAccept && blockReason && stable ? html`<p class="hint">${blockReason}</p>` : null}
      ${error ? html`<p class="form-error" role="alert">${error.message}</p>` : null}
      ${reading ? html`<p class="raw" title=${t('live.raw')}><code>${reading.raw}</code></p>` : null}
    </section>`;
}
