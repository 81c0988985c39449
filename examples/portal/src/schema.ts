// The portal's tables, in plain SQL that PGlite and PostgreSQL both run. Dates are kept as
// 'YYYY-MM-DD' text (they compare as dates; a `date` column would come back as a JS Date at
// the driver's local midnight, which is the time-zone trap the library avoids).
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS requests (
  id text PRIMARY KEY,
  version integer NOT NULL,
  status text NOT NULL,
  state jsonb NOT NULL
);

CREATE TABLE IF NOT EXISTS accounts (
  id text PRIMARY KEY,
  version integer NOT NULL,
  status text NOT NULL,
  username text NOT NULL,
  department text NOT NULL,
  request_id text,
  next_deadline text,
  state jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS accounts_next_deadline ON accounts (next_deadline)
  WHERE next_deadline IS NOT NULL;
CREATE INDEX IF NOT EXISTS accounts_username ON accounts (username);

CREATE TABLE IF NOT EXISTS bitacora (
  seq bigserial UNIQUE,
  machine text NOT NULL,
  subject text NOT NULL,
  version integer NOT NULL,
  entry jsonb NOT NULL,
  PRIMARY KEY (machine, subject, version)
);

CREATE TABLE IF NOT EXISTS ledger (
  id integer PRIMARY KEY CHECK (id = 1),
  version integer NOT NULL,
  doc jsonb NOT NULL
);
INSERT INTO ledger (id, version, doc) VALUES (1, 0, '{"departments":[]}') ON CONFLICT (id) DO NOTHING;

CREATE TABLE IF NOT EXISTS retired_usernames (
  username text PRIMARY KEY,
  effect_key text NOT NULL
);

CREATE TABLE IF NOT EXISTS outbox (
  key text PRIMARY KEY,
  seq bigserial UNIQUE,
  machine text NOT NULL,
  subject text NOT NULL,
  version integer NOT NULL,
  idx integer NOT NULL,
  lane text NOT NULL,
  type text NOT NULL,
  effect jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'stale')),
  carried_out_by text,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at bigint NOT NULL DEFAULT 0,
  last_error text
);
CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (lane, seq) WHERE status = 'pending';

CREATE TABLE IF NOT EXISTS messages (
  effect_key text PRIMARY KEY,
  seq bigserial UNIQUE,
  subject text NOT NULL,
  to_role text NOT NULL,
  template text NOT NULL,
  data jsonb NOT NULL
);

CREATE TABLE IF NOT EXISTS commands (
  id text PRIMARY KEY,
  seq bigserial UNIQUE,
  outcome text NOT NULL
);
`;
