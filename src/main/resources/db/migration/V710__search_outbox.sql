-- Hibernate Search's outbox-polling coordination (used only with PIKIR_SEARCH_URL, i.e. an OpenSearch index shared by
-- several nodes; unused and empty with the local Lucene index). A transaction that changes a search_document row also
-- inserts an event here; the nodes' event processors apply the events to the index and delete them, so an update
-- committed on a node that dies right after is still indexed, by another node. hsearch_agent registers the nodes and
-- the share of events each one processes. Columns as Hibernate Search 8.2/8.3 maps them on PostgreSQL (its own
-- entity mapping under this application's snake_case naming; ddl-auto=validate checks them at start).
create table hsearch_outbox_event (
    id             uuid                        not null primary key,
    entity_name    varchar(256)                not null,
    entity_id      varchar(256)                not null,
    entity_id_hash integer                     not null,
    payload        bytea                       not null,
    retries        integer                     not null,
    process_after  timestamp(6) with time zone not null,
    status         varchar(255)                not null check (status in ('PENDING', 'ABORTED')),
    tenant_id      varchar(255)
);
create index hsearch_outbox_event_hash_idx on hsearch_outbox_event (entity_id_hash);
create index hsearch_outbox_event_status_idx on hsearch_outbox_event (status);
create index hsearch_outbox_event_process_after_idx on hsearch_outbox_event (process_after);

create table hsearch_agent (
    id                   uuid                        not null primary key,
    type                 varchar(255)                not null check (type in (
                             'EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name                 varchar(255)                not null,
    expiration           timestamp(6) with time zone not null,
    state                varchar(255)                not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    total_shard_count    integer,
    assigned_shard_index integer,
    payload              bytea,
    tenant_id            varchar(255)
);
