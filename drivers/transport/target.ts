/** Address of an instrument: a local serial port or a serial device server. */
export type LinkTarget =
  | { kind: 'serial'; path: string }
  | { kind: 'tcp'; host: string; port: number };

/**
 * Parses `serial:/dev/ttyUSB0`, a bare device path, or `tcp://HOST:PORT`.
 * Throws a TypeError naming the target and the expected forms.
 */
export function parseTarget(target: string): LinkTarget {
  if (target.startsWith('tcp://')) return parseTcp(target);
  const path = target.startsWith('serial:') ? target.slice('serial:'.length) : target;
  if (!path.startsWith('/')) {
    throw new TypeError(
      `invalid target "${target}": use serial:/dev/PATH, an absolute device path, or tcp://HOST:PORT`,
    );
  }
  return { kind: 'serial', path };
}

function parseTcp(target: string): LinkTarget {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new TypeError(`invalid target "${target}": expected tcp://HOST:PORT`);
  }
  const port = Number(url.port);
  if (!url.hostname || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new TypeError(`invalid target "${target}": expected tcp://HOST:PORT with a port from 1 to 65535`);
  }
  return { kind: 'tcp', host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port };
}

export function formatTarget(target: LinkTarget): string {
  return target.kind === 'tcp' ? `tcp://${target.host}:${target.port}` : `serial:${target.path}`;
}
