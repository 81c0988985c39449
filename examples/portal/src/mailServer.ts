// An in-process fake of the institution's mail server: mailboxes (department, capacity,
// internet, network, enabled), backups that take time to complete, deletions. It is the world
// outside the portal's database, so it keeps its own journal (one JSON line per operation,
// appended before the call returns) that survives the portal's process being killed, and it
// can be told to fail or hang at random, before or after doing the work, from a seed.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';

export type Mailbox = {
  department: string;
  capacityMb: number | null;
  internet: boolean;
  network: boolean;
  enabled: boolean;
  /** The operation key that created it. */
  createdBy: string;
};

/** One line of the server's journal: what it did, in the order it did it. */
export type ServerRecord =
  | { op: 'create'; key: string; username: string; department: string }
  | { op: 'capacity'; key: string; username: string; capacityMb: number }
  | { op: 'internet' | 'network' | 'enabled'; key: string; username: string; on: boolean }
  | { op: 'move'; key: string; username: string; department: string }
  | { op: 'reset-password'; key: string; username: string }
  | { op: 'backup-started'; key: string; username: string; deliverTo: string }
  | { op: 'backup-completed'; key: string; username: string }
  | { op: 'delete'; key: string; username: string }
  | { op: 'fault'; key: string; call: string; kind: FaultKind };

export type FaultKind = 'fail-before' | 'fail-after' | 'hang-before' | 'hang-after';

export type FaultOptions = {
  /** Probability that a call fails (half before doing its work, half after: the reply is lost). */
  readonly fail?: number;
  /** Probability that a call never answers (half before doing its work, half after). */
  readonly hang?: number;
  readonly seed?: number;
  /** How long a backup runs before it is complete, in ms. */
  readonly backupMs?: number;
};

/** An error the server answers with; the worker retries it. */
export class ServerError extends Error {}

/** mulberry32: a small seeded generator, so a run's faults can be replayed from its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FakeMailServer {
  readonly mailboxes = new Map<string, Mailbox>();
  readonly backups = new Map<string, { username: string; status: 'running' | 'complete' }>();
  readonly operations = new Map<string, ServerRecord>();
  readonly journal: ServerRecord[] = [];
  private readonly random: () => number;
  private readonly fail: number;
  private readonly hang: number;
  private readonly backupMs: number;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  /** Opens the server on its journal (`null`: in memory), replaying what it did before. */
  constructor(
    private readonly path: string | null,
    options: FaultOptions = {},
  ) {
    this.random = seeded(options.seed ?? 1);
    this.fail = options.fail ?? 0;
    this.hang = options.hang ?? 0;
    this.backupMs = options.backupMs ?? 20;
    if (path !== null && existsSync(path)) {
      // A line cut short by a kill is not a record: the call it belonged to never returned.
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        if (line === '') continue;
        let rec: ServerRecord;
        try {
          rec = JSON.parse(line) as ServerRecord;
        } catch {
          continue;
        }
        this.apply(rec);
      }
    }
    // A backup keeps running on the server while the portal is down.
    for (const [key, b] of this.backups) if (b.status === 'running') this.finishLater(key, b.username);
  }

  /** Stops the backups' timers (the process may then exit). */
  close(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  getMailbox(username: string): Promise<Mailbox | null> {
    return this.call('getMailbox', username, () => {
      const m = this.mailboxes.get(username);
      return m === undefined ? null : { ...m };
    });
  }

  /** The server's audit log, by the key the caller gave the operation. */
  findOperation(key: string): Promise<ServerRecord | null> {
    return this.call('findOperation', key, () => this.operations.get(key) ?? null);
  }

  createMailbox(username: string, department: string, key: string): Promise<void> {
    return this.call('createMailbox', key, () => {
      if (this.mailboxes.has(username)) throw new ServerError(`mailbox ${username} already exists`);
      this.record({ op: 'create', key, username, department });
    });
  }

  setCapacity(username: string, capacityMb: number, key: string): Promise<void> {
    return this.call('setCapacity', key, () => {
      this.mailbox(username);
      this.record({ op: 'capacity', key, username, capacityMb });
    });
  }

  setFlag(
    flag: 'internet' | 'network' | 'enabled',
    username: string,
    on: boolean,
    key: string,
  ): Promise<void> {
    return this.call(`set ${flag}`, key, () => {
      this.mailbox(username);
      this.record({ op: flag, key, username, on });
    });
  }

  moveMailbox(username: string, department: string, key: string): Promise<void> {
    return this.call('moveMailbox', key, () => {
      this.mailbox(username);
      this.record({ op: 'move', key, username, department });
    });
  }

  resetPassword(username: string, key: string): Promise<void> {
    return this.call('resetPassword', key, () => {
      this.mailbox(username);
      this.record({ op: 'reset-password', key, username });
    });
  }

  /** Starts a backup named `key`; it completes `backupMs` later. */
  startBackup(username: string, deliverTo: string, key: string): Promise<void> {
    return this.call('startBackup', key, () => {
      this.mailbox(username);
      if (this.backups.has(key)) throw new ServerError(`backup ${key} already exists`);
      this.record({ op: 'backup-started', key, username, deliverTo });
      this.finishLater(key, username);
    });
  }

  getBackup(key: string): Promise<{ username: string; status: 'running' | 'complete' } | null> {
    return this.call('getBackup', key, () => {
      const b = this.backups.get(key);
      return b === undefined ? null : { ...b };
    });
  }

  deleteMailbox(username: string, key: string): Promise<void> {
    return this.call('deleteMailbox', key, () => {
      this.mailbox(username);
      this.record({ op: 'delete', key, username });
    });
  }

  private mailbox(username: string): Mailbox {
    const m = this.mailboxes.get(username);
    if (m === undefined) throw new ServerError(`no mailbox ${username}`);
    return m;
  }

  private finishLater(key: string, username: string): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (this.backups.get(key)?.status === 'running') this.record({ op: 'backup-completed', key, username });
    }, this.backupMs);
    this.timers.add(t);
  }

  /** A call as the network delivers it: maybe refused, maybe lost, maybe never answered. */
  private async call<T>(name: string, key: string, work: () => T): Promise<T> {
    await new Promise((r) => setImmediate(r));
    const before = this.random();
    if (before < this.fail / 2) return this.fault(name, key, 'fail-before');
    if (before < this.fail / 2 + this.hang / 2) return this.fault(name, key, 'hang-before');
    const out = work();
    const after = this.random();
    if (after < this.fail / 2) return this.fault(name, key, 'fail-after');
    if (after < this.fail / 2 + this.hang / 2) return this.fault(name, key, 'hang-after');
    return out;
  }

  private fault(call: string, key: string, kind: FaultKind): Promise<never> {
    this.record({ op: 'fault', key, call, kind });
    if (kind.startsWith('hang')) return new Promise<never>(() => undefined);
    return Promise.reject(
      new ServerError(`${call}: ${kind === 'fail-after' ? 'reply lost' : 'unavailable'}`),
    );
  }

  private record(rec: ServerRecord): void {
    if (this.path !== null) appendFileSync(this.path, `${JSON.stringify(rec)}\n`);
    this.apply(rec);
  }

  private apply(rec: ServerRecord): void {
    this.journal.push(rec);
    if (rec.op !== 'fault') this.operations.set(rec.key, rec);
    const m = 'username' in rec ? this.mailboxes.get(rec.username) : undefined;
    switch (rec.op) {
      case 'create':
        this.mailboxes.set(rec.username, {
          department: rec.department,
          capacityMb: null,
          internet: false,
          network: true,
          enabled: true,
          createdBy: rec.key,
        });
        return;
      case 'capacity':
        if (m) m.capacityMb = rec.capacityMb;
        return;
      case 'internet':
      case 'network':
      case 'enabled':
        if (m) m[rec.op] = rec.on;
        return;
      case 'move':
        if (m) m.department = rec.department;
        return;
      case 'backup-started':
        this.backups.set(rec.key, { username: rec.username, status: 'running' });
        return;
      case 'backup-completed':
        this.backups.set(rec.key, { username: rec.username, status: 'complete' });
        return;
      case 'delete':
        this.mailboxes.delete(rec.username);
        return;
      case 'reset-password':
      case 'fault':
        return;
    }
  }
}
