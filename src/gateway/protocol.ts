import { z } from 'zod';

// Messages on the gateway websocket, JSON text frames. The gateway sends raw
// chunks exactly as the serial port delivered them; the service frames lines.

/** Version both ends speak; the service rejects a gateway that speaks another. */
export const GATEWAY_PROTOCOL = 1;

/** Largest chunk a gateway sends, in bytes before base64. */
export const MAX_CHUNK_BYTES = 4096;

export const streamIdSchema = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'use 1 to 64 letters, digits, dots, dashes or underscores');

export const chunkMessage = z.object({
  type: z.literal('chunk'),
  stream: streamIdSchema,
  sequence: z.number().int().positive(),
  receivedAt: z.iso.datetime(),
  /** Base64 of the raw bytes. */
  bytes: z.base64().max(Math.ceil(MAX_CHUNK_BYTES / 3) * 4),
});

/** Marks that the port closed after `sequence - 1`, so an unterminated rest is a cut line. */
export const endMessage = z.object({
  type: z.literal('end'),
  stream: streamIdSchema,
  sequence: z.number().int().positive(),
});

/** The gateway's serial port state, forwarded to the bench terminals. */
export const portMessage = z.object({
  type: z.literal('port'),
  state: z.enum(['connecting', 'open', 'down', 'closed']),
  detail: z.string().max(500).nullable(),
});

export const gatewayMessage = z.discriminatedUnion('type', [chunkMessage, endMessage, portMessage]);

export type ChunkMessage = z.infer<typeof chunkMessage>;
export type EndMessage = z.infer<typeof endMessage>;
export type PortMessage = z.infer<typeof portMessage>;
export type GatewayMessage = z.infer<typeof gatewayMessage>;

/** Messages the service sends to the gateway. */
export type ServiceMessage =
  | { type: 'welcome'; protocol: number; instrument: { id: number; code: string; driver: string } }
  | { type: 'ack'; stream: string; sequence: number }
  | { type: 'error'; message: string };

/** Close code the service uses when the gateway breaks the protocol. */
export const CLOSE_PROTOCOL_ERROR = 4400;
