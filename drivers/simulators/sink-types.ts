/** Destination of a simulator's bytes: every connected peer, which may send commands back. */
export interface SimulatorSink {
  send(bytes: string): void;
  /** Returns false while no peer is connected, so a script does not run ahead. */
  hasPeer(): boolean;
  onCommand(handler: (command: string, reply: (bytes: string) => void) => void): void;
  close(): Promise<void>;
}
