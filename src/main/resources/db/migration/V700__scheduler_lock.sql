-- One row per scheduled job: the node that runs it holds the row until lock_until (ShedLock's JDBC provider),
-- so that with several application nodes on one database every job runs once per cluster, not once per node.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
