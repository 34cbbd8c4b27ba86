-- The open-data API's rate limit: one token bucket per client address (Bucket4j's serialised state), shared by
-- every application node, so that a client gets the limit once and not once per node. Each API request locks its
-- row (select ... for update), updates it and commits (docs/decisions/720-api-rate-limit-in-postgresql.md).
-- Unlogged: its commits wait for no WAL flush (the rate limit would otherwise cost a disk flush per request), at the
-- price of an empty table after a database crash or on a promoted standby, which only gives every client a full
-- bucket.
-- expires_at (epoch milliseconds, written by Bucket4j) is when the bucket will be full again, plus a minute: a full
-- bucket is what an unknown client gets anyway, so ApiRateLimitCleanup deletes rows past it. The default 0 lets it
-- delete a row whose first write never came (a node died between Bucket4j's insert and its update).
-- No index on expires_at: every request changes it, and an index would rule out HOT updates on the hot path; the
-- cleanup's scan every few minutes is the cheaper side. Fill factor 70 leaves room in each page for HOT updates.
create unlogged table api_rate_limit (
    id         text   primary key,
    state      bytea,
    expires_at bigint not null default 0
) with (fillfactor = 70);
