import type { WebSocket } from 'ws';
import fp from 'fastify-plugin';

export type LinkState = 'connecting' | 'open' | 'down' | 'closed';

export interface LiveMeasurement {
  type: 'measurement';
  instrumentId: number;
  measurementId: number;
  quantity: string;
  value: string | null;
  unit: string | null;
  stable: boolean;
  status: string;
  raw: string;
  receivedAt: string;
}

export interface LiveState {
  type: 'state';
  instrumentId: number;
  state: LinkState;
  detail: string | null;
  at: string;
}

export type LiveMessage = LiveMeasurement | LiveState;

/** Fans instrument readings and link states out to the bench terminals subscribed to them. */
export class LiveHub {
  private readonly subscribers = new Map<number, Set<WebSocket>>();
  private readonly states = new Map<number, LiveState>();

  subscribe(instrumentId: number, socket: WebSocket): void {
    let set = this.subscribers.get(instrumentId);
    if (!set) {
      set = new Set();
      this.subscribers.set(instrumentId, set);
    }
    set.add(socket);
    socket.on('close', () => set.delete(socket));
    const state = this.states.get(instrumentId);
    if (state) socket.send(JSON.stringify(state));
  }

  publish(message: LiveMessage): void {
    if (message.type === 'state') this.states.set(message.instrumentId, message);
    const text = JSON.stringify(message);
    for (const socket of this.subscribers.get(message.instrumentId) ?? []) {
      if (socket.readyState === socket.OPEN) socket.send(text);
    }
  }

  stateOf(instrumentId: number): LiveState | undefined {
    return this.states.get(instrumentId);
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    liveHub: LiveHub;
  }
}

export const liveHubPlugin = fp(
  async (app) => {
    app.decorate('liveHub', new LiveHub());
  },
  { name: 'jitu-live-hub' },
);
