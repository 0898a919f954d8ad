import "server-only";
// Failed admin-token attempts, counted per client (server/admin-auth.ts). After `maxFailures`
// wrong tokens within `windowMs` of a client's first failure, every admin request from that client
// is answered 429 until the window ends, before its token is looked at: a correct token is refused
// too, so guessing cannot go on. The table is bounded (`maxClients`): expired entries go first,
// then the oldest.

export type FailureLimits = { maxFailures: number; windowMs: number; maxClients: number };
export type Verdict = { limited: false } | { limited: true; retryAfterSeconds: number };

type Entry = { failures: number; since: number };

export class FailureLimiter {
  private readonly clients = new Map<string, Entry>();

  constructor(
    readonly limits: FailureLimits,
    private readonly now: () => number = Date.now,
  ) {}

  private current(client: string): Entry | null {
    const entry = this.clients.get(client);
    if (!entry) return null;
    if (this.now() - entry.since >= this.limits.windowMs) {
      this.clients.delete(client);
      return null;
    }
    return entry;
  }

  /** Whether the client is locked out now, and for how long. */
  check(client: string): Verdict {
    const entry = this.current(client);
    if (!entry || entry.failures < this.limits.maxFailures) return { limited: false };
    return { limited: true, retryAfterSeconds: Math.max(1, Math.ceil((entry.since + this.limits.windowMs - this.now()) / 1000)) };
  }

  /** Counts a wrong token. */
  fail(client: string): void {
    const entry = this.current(client);
    if (entry) {
      entry.failures++;
      return;
    }
    if (this.clients.size >= this.limits.maxClients) this.evict();
    this.clients.set(client, { failures: 1, since: this.now() });
  }

  /** A correct token (outside a lockout) clears the client's count. */
  succeed(client: string): void {
    this.clients.delete(client);
  }

  get size(): number {
    return this.clients.size;
  }

  private evict(): void {
    for (const [client, entry] of this.clients) if (this.now() - entry.since >= this.limits.windowMs) this.clients.delete(client);
    // Insertion order: the first entry is the oldest.
    while (this.clients.size >= this.limits.maxClients) {
      const oldest = this.clients.keys().next().value;
      if (oldest === undefined) break;
      this.clients.delete(oldest);
    }
  }
}
