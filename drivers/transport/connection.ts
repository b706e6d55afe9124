/** Callbacks of a raw connection; wrap them with `closeOnce` so `onClose` runs at most once. */
export interface ConnectionHandlers {
  onData(chunk: Buffer): void;
  onClose(reason: string): void;
}

/** An open byte connection to an instrument, before any framing. */
export interface RawConnection {
  write(data: Buffer | string): boolean;
  close(): void;
}

/** Opens a connection; rejects when the port or server cannot be reached. */
export type Connector = (handlers: ConnectionHandlers) => Promise<RawConnection>;

/** Wraps handlers so that `onClose` fires once, whichever event comes first. */
export function closeOnce(handlers: ConnectionHandlers): ConnectionHandlers {
  let closed = false;
  return {
    onData: (chunk) => {
      if (!closed) handlers.onData(chunk);
    },
    onClose: (reason) => {
      if (closed) return;
      closed = true;
      handlers.onClose(reason);
    },
  };
}
