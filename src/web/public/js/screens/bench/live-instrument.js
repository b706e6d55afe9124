// The instrument's live channel: link state and the latest reading, pushed
// by the service over a websocket that carries the session cookie.
import { html, useEffect, useState } from '../../html.js';
import { t } from '../../i18n.js';

const RECONNECT_MS = 2000;

export function useLiveInstrument(instrumentId) {
  const [live, setLive] = useState({ state: 'connecting', detail: null, latest: null, count: 0 });
  useEffect(() => {
    let socket;
    let retry;
    let stopped = false;
    const connect = () => {
      const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
      socket = new WebSocket(`${scheme}://${location.host}/api/instruments/${instrumentId}/live`);
      socket.onmessage = (event) => {
        const message = JSON.parse(event.data);
        if (message.type === 'state') setLive((prev) => ({ ...prev, state: message.state, detail: message.detail }));
        if (message.type === 'measurement') setLive((prev) => ({ ...prev, state: 'open', latest: message, count: prev.count + 1 }));
      };
      socket.onclose = () => {
        if (stopped) return;
        setLive((prev) => ({ ...prev, state: 'offline', detail: t('live.channelLost') }));
        retry = setTimeout(connect, RECONNECT_MS);
      };
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(retry);
      socket?.close();
    };
  }, [instrumentId]);
  return live;
}

const BADGE_COLOUR = { open: 'green', connecting: 'amber', down: 'red', closed: 'red', offline: 'red' };

/** Green while the line is up, amber while connecting, red when it is down. */
export function LinkBadge({ state, detail }) {
  const colour = BADGE_COLOUR[state] ?? 'red';
  return html`
    <span class=${`badge badge-${colour}`} role="status" data-state=${state} title=${detail ?? ''}>
      <span class="dot" aria-hidden="true"></span>${t(`live.${state}`)}
    </span>`;
}

/** Whether a live reading may go into a slot: stable, in range and with a value. */
export const isAcceptable = (reading) => Boolean(reading && reading.stable && reading.status === 'ok' && reading.value !== null);
