// The one seam between the portal and its database: a query and a transaction. PGlite (embedded
// Postgres, data in a folder) by default; a DATABASE_URL switches the same SQL to a real
// PostgreSQL through `pg`, imported only then.
import { mkdirSync } from 'node:fs';
import type { Pool } from 'pg';
import { SCHEMA } from './schema.js';

export type Row = Record<string, unknown>;

/** What a command sees inside a transaction (and outside one: every statement is its own). */
export interface Tx {
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<{ rows: T[]; count: number }>;
}

/** A database: statements, transactions (rolled back when the callback throws), close. */
export interface Db extends Tx {
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Where the data lives: a PGlite folder, or a PostgreSQL server's URL. */
export type DbTarget = { readonly dir: string } | { readonly url: string } | { readonly memory: true };

/** Opens the database and creates the tables that are missing (the DDL is idempotent). */
export async function openDb(target: DbTarget): Promise<Db> {
  const db = 'url' in target ? await openPostgres(target.url) : await openPglite(target);
  await db.query(SCHEMA);
  return db;
}

async function openPglite(target: { dir: string } | { memory: true }): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  if ('dir' in target) mkdirSync(target.dir, { recursive: true });
  const pg = 'dir' in target ? await PGlite.create(target.dir) : await PGlite.create();
  type Q = {
    query: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[]; affectedRows?: number }>;
  };
  const wrap = (q: Q): Tx => ({
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      // Several statements at once (the DDL) go through exec; one statement through query.
      if (params.length === 0 && sql.includes(';')) {
        await pg.exec(sql);
        return { rows: [] as T[], count: 0 };
      }
      const r = await q.query(sql, [...params]);
      return { rows: r.rows as T[], count: r.affectedRows ?? 0 };
    },
  });
  return {
    kind: 'pglite',
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
  };
}

async function openPostgres(url: string): Promise<Db> {
  // Only a DATABASE_URL run loads pg: the PGlite path never needs a server or its client.
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const wrap = (c: { query: Pool['query'] }): Tx => ({
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      const r = await c.query(sql, [...params]);
      const rows = (Array.isArray(r) ? [] : r.rows) as T[];
      return { rows, count: Array.isArray(r) ? 0 : (r.rowCount ?? 0) };
    },
  });
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn(wrap(client));
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
