import type { FastifyInstance } from 'fastify';
import type { Language } from '../errors.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    what: string,
  ) {
    super(`${what} returned HTTP ${status}: ${JSON.stringify(body)}`);
    this.name = 'ApiError';
  }
}

/**
 * Calls the service in-process through `inject`, as one logged-in user.
 * The demo and the tests drive the testing flow with it, over the same
 * routes, validation and access checks as a browser would.
 */
export class ApiClient {
  constructor(
    private readonly app: FastifyInstance,
    readonly token: string | null = null,
    /** Language of the service's messages, sent as Accept-Language; the service's default when null. */
    readonly language: Language | null = null,
  ) {}

  /** Returns a client for the same user that asks for messages in `language`. */
  inLanguage(language: Language): ApiClient {
    return new ApiClient(this.app, this.token, language);
  }

  static async login(app: FastifyInstance, username: string, password: string): Promise<ApiClient> {
    const body = await new ApiClient(app).request<{ token: string }>('POST', '/api/auth/login', { username, password });
    return new ApiClient(app, body.token);
  }

  /** Sends a request and returns status and parsed body, whatever the status. */
  async send(method: 'GET' | 'POST', url: string, payload?: unknown) {
    const response = await this.app.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
      headers: {
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(this.language ? { 'accept-language': this.language } : {}),
      },
    });
    const type = String(response.headers['content-type'] ?? '');
    const body: unknown = type.includes('json') ? response.json() : response.rawPayload;
    return { status: response.statusCode, body, headers: response.headers };
  }

  /** Sends a request and returns the body; throws ApiError unless the status is 2xx. */
  async request<T = any>(method: 'GET' | 'POST', url: string, payload?: unknown): Promise<T> {
    const { status, body } = await this.send(method, url, payload);
    if (status < 200 || status > 299) throw new ApiError(status, body, `${method} ${url}`);
    return body as T;
  }
}
