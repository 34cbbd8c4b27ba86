-- Answers an agency publishes once for questions citizens keep asking (issue 17, part 2). Nothing of an
-- appellant is stored here: the official writes the question in plain words.
create table public_answer (
    id bigserial primary key,
    country_code bpchar(2) not null,
    agency_id bigint not null references agency (id),
    question varchar(1000) not null,
    answer text not null,
    legal_basis varchar(1000),
    languages varchar(40) not null,
    status varchar(16) not null check (status in ('PUBLISHED', 'WITHDRAWN')),
    source_kind varchar(16) check (source_kind in ('CAMPAIGN', 'TOPIC')),
    source_key varchar(200),
    author_id bigint not null references user_account (id),
    published_at timestamptz not null,
    updated_at timestamptz not null,
    withdrawn_at timestamptz,
    version bigint not null default 0
);
create index public_answer_agency on public_answer (agency_id, status, id);
create index public_answer_country on public_answer (country_code, status, id);

-- One row per citizen and answer that answered their question before they sent an appeal: the counter of
-- "answered before asking" is the number of rows (a second click of the same person does not count again).
create table public_answer_use (
    id bigserial primary key,
    answer_id bigint not null references public_answer (id),
    agency_id bigint not null references agency (id),
    account_id bigint not null references user_account (id),
    at timestamptz not null,
    unique (answer_id, account_id)
);
create index public_answer_use_agency on public_answer_use (agency_id, at);
