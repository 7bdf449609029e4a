import createClient, { type Middleware } from 'openapi-fetch';
import { authenticate, expired } from '../session';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type JourneyDetail = Schemas['JourneyDetailDto'];
export type JourneySummary = Schemas['JourneyPageDto']['items'][number];
export type TimelineEntry = Schemas['TimelineDto']['entries'][number];

/** The API's error body (components.schemas.Error), with what a 409 adds. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  field?: string;
  rule?: string;
  state?: string;
  allowedEvents?: string[];
  inProgress?: boolean;
}

/** A non-2xx answer, or no answer at all (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody | null,
    readonly retryAfter: number | null = null,
  ) {
    super(body?.message ?? `HTTP ${status}`);
  }
}

const auth: Middleware = {
  onRequest: ({ request }) => authenticate(request),
  onResponse: ({ response }) => {
    if (response.status === 401) expired();
    return response;
  },
};

/** Typed from the API's OpenAPI document (schema.d.ts): a route or field the API lacks does not compile. */
export const api = createClient<paths>({ baseUrl: '', headers: { Accept: 'application/json' } });
api.use(auth);

/** openapi-fetch's answer as data, or an ApiError thrown (for TanStack Query). */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new ApiError(0, null);
  }
  const { data, error, response } = result;
  if (response.ok) return data as T;
  const body = error && typeof error === 'object' && 'message' in error ? (error as ApiErrorBody) : null;
  const retryAfter = Number(response.headers.get('Retry-After')) || null;
  throw new ApiError(response.status, body, retryAfter);
}
