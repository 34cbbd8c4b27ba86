-- Analysis results: derived from submitted texts and rebuildable at any time (AnalysisService.rebuildAll).
-- The text is copied here so a scope can be re-clustered without reaching into other modules' tables.
create table analysis_item (
    item_kind       varchar(20)  not null,
    item_id         varchar(64)  not null,
    scope           varchar(100) not null,
    body            text         not null,
    created_at      timestamptz,
    lang            varchar(3)   not null,
    lang_confidence real         not null,
    mixed           boolean      not null default false,
    campaign_key    varchar(20),
    topic_key       varchar(20),
    analysed_at     timestamptz  not null,
    primary key (item_kind, item_id)
);
create index analysis_item_scope on analysis_item (scope);
create index analysis_item_scope_campaign on analysis_item (scope, campaign_key);

create table analysis_campaign (
    scope            varchar(100) not null,
    campaign_key     varchar(20)  not null,
    size             integer      not null,
    variants         integer      not null,
    template         text         not null,
    template_item    varchar(90)  not null,
    topic_key        varchar(20),
    first_seen       timestamptz,
    last_seen        timestamptz,
    additions        text         not null default '[]', -- JSON array of {text, firstItem, count}
    primary key (scope, campaign_key)
);

create table analysis_topic (
    scope      varchar(100) not null,
    topic_key  varchar(20)  not null,
    label      text         not null,
    size       integer      not null,
    primary key (scope, topic_key)
);

-- Background re-clustering runs, with progress an official can watch.
create table analysis_run (
    id          bigserial    primary key,
    scope       varchar(100) not null,
    status      varchar(12)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    progress    integer      not null default 0,
    items       integer      not null default 0,
    started_at  timestamptz  not null,
    finished_at timestamptz,
    error       text
);
create index analysis_run_scope on analysis_run (scope, id desc);
