-- How a citizen's name appears on their public comments (docs/privacy.md): the full display name, initials (the
-- default, also for existing accounts), or anonymous ("resident of <country of residence>").
alter table user_account
    add column name_display varchar(16) not null default 'INITIALS'
        check (name_display in ('FULL', 'INITIALS', 'ANONYMOUS'));
