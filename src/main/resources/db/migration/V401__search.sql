-- Public content as the search index sees it. Derived (fed by the modules that publish content) and
-- rebuildable: the Lucene index is rebuilt from this table by SearchService.reindex (admin action, CLI).
create table search_document (
    id           bigserial    primary key,
    kind         varchar(20)  not null,
    ref_id       varchar(64)  not null,
    country      varchar(2),
    lang         varchar(3)   not null,
    title        varchar(500),
    body         text         not null,
    url          varchar(300),
    published_at timestamptz  not null,
    unique (kind, ref_id)
);
