-- Spring Modulith's JDBC event publication registry (schema v2, PostgreSQL), created here rather than by
-- Modulith so that Flyway owns every table. A row is written in the transaction that publishes an event, once
-- per listener annotated @ApplicationModuleListener; it is completed when the listener returns. Incomplete rows
-- are delivered again on start and by EventPublicationResubmitter.
create table if not exists event_publication (
    id                     uuid not null,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
