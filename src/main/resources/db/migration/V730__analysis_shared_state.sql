-- Issue 15: what online campaign/topic assignment needs lives here, not in a node's memory, so that every node of a
-- cluster places a new comment in the same campaign; re-clustering runs are leased to one node at a time.

-- Row number (band entries point at it) and revision (every write takes a new one: a re-clustering run knows which
-- items arrived or changed while it was analysing).
alter table analysis_item add column seq bigint generated always as identity;
create unique index analysis_item_seq on analysis_item (seq);
create sequence analysis_item_revision;
alter table analysis_item add column revision bigint not null default nextval('analysis_item_revision');
-- Word 5-shingle hashes of items that are the first under at least one LSH band key (the only ones compared).
alter table analysis_item add column shingles integer[];

-- The first item under each LSH band key; the key is a 64-bit hash of (scope, band, MinHash band key).
create table analysis_band (
    band_key bigint primary key,
    item_seq bigint not null
);

-- Per scope: counts that decide a background refit, the provisional campaign counter, the current topic model. Its
-- row is the lock that serialises assignment in the scope across nodes (select … for update).
create table analysis_scope (
    scope          varchar(100) primary key,
    items          integer not null default 0,
    fitted_items   integer not null default 0,
    provisional    integer not null default 0,
    model_run      bigint,
    bands_complete boolean not null default false
);
-- Scopes analysed before this version get their bands and model from their next re-clustering (done on first use).
insert into analysis_scope (scope, items) select scope, count(*) from analysis_item group by scope;

create table analysis_topic_model (
    scope  varchar(100) primary key,
    run_id bigint not null,
    model  bytea  not null
);

-- Leases: the node running a re-clustering renews lease_until; when it stops doing so (the node died), another node
-- takes the run over. At most one run per scope is RUNNING.
alter table analysis_run add column lease_owner varchar(200);
alter table analysis_run add column lease_until timestamptz;
alter table analysis_run add column attempts integer not null default 1;
update analysis_run set status = 'FAILED', finished_at = now(), error = 'superseded by a later run'
 where status = 'RUNNING' and id not in (select max(id) from analysis_run where status = 'RUNNING' group by scope);
update analysis_run set lease_until = now() where status = 'RUNNING';
create unique index analysis_run_one_running on analysis_run (scope) where status = 'RUNNING';
create index analysis_run_leases on analysis_run (lease_until) where status = 'RUNNING';
