-- Measured with bench/appeal-inbox.sh (one agency with 100,000 appeals), see docs/benchmarks.md.
--
-- Inbox text search: the filter is a case-insensitive substring match, lower(column) like '%...%', on the number,
-- the subject and the text. Trigram GIN indexes on exactly those expressions let PostgreSQL find the candidate rows
-- without reading the agency's whole table; the index is lossy and every candidate is rechecked with the same LIKE,
-- so the results are exactly those of the scan (literal %, _ and \, Cyrillic, middle of a word included).
--
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension since PostgreSQL 13 (any role with CREATE on
-- the database may create it), but an external database may lack contrib or refuse it. Then nothing is created
-- and the search keeps working as a scan, only slower: no migration fails for want of the extension.
do $$
declare
    trgm_schema text;
begin
    if not exists (select 1 from pg_extension where extname = 'pg_trgm')
            and exists (select 1 from pg_available_extensions where name = 'pg_trgm') then
        begin
            create extension pg_trgm;
        exception when insufficient_privilege or feature_not_supported or undefined_file then
            raise notice 'pg_trgm could not be created (%): the appeal inbox text search scans', sqlerrm;
        end;
    end if;
    select n.nspname into trgm_schema
    from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'pg_trgm';
    if trgm_schema is not null then
        execute format('create index appeal_number_trgm_idx on appeal using gin (lower(number) %I.gin_trgm_ops)',
                       trgm_schema);
        execute format('create index appeal_subject_trgm_idx on appeal using gin (lower(subject) %I.gin_trgm_ops)',
                       trgm_schema);
        execute format('create index appeal_text_trgm_idx on appeal using gin (lower(text) %I.gin_trgm_ops)',
                       trgm_schema);
    end if;
end
$$;

-- Agency statistics: the average rating reads the agency's replies of the period (until now a scan of all replies).
create index appeal_reply_agency_created_idx on appeal_reply (agency_id, created_at);

-- Agency statistics, median response time: an answer records when the period it answers in began (registration,
-- redirect or dispute), so the median does not look that up among each answered appeal's events (one index probe
-- per answer, ~40,000 for a year at 100,000 appeals). appeal_event is append-only (V200's trigger), so answers
-- given before this migration are not backfilled: for them the statistics still look the start up, as before, with
-- the same result; they leave a one-year window within a year.
alter table appeal_event add column period_start timestamptz;

-- Agency statistics, open appeals past their deadline received in the period: the partial index of V201 also
-- carries the period start, so the count need not visit the ~40,000 open appeals' rows. Same keys and condition,
-- so the inbox's "overdue" and "due soon" filters use it as before.
create index appeal_open_due_period_idx on appeal (agency_id, due_at) include (period_start)
    where status in ('REGISTERED', 'IN_PROGRESS', 'DISPUTED');
drop index appeal_open_due_idx;
