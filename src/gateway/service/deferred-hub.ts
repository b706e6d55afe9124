import { LiveHub, type LiveMessage } from '../../testing/live-hub.ts';

/**
 * Collects what ingest publishes inside a transaction, so bench terminals see
 * a measurement only after it is committed.
 */
export class DeferredHub extends LiveHub {
  readonly #pending: LiveMessage[] = [];

  override publish(message: LiveMessage): void {
    this.#pending.push(message);
  }

  /** Publishes the collected messages to the real hub, in order. */
  flushTo(hub: LiveHub): void {
    for (const message of this.#pending.splice(0)) hub.publish(message);
  }
}
