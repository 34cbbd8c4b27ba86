-- Opinion groups of a draft's comment votes (issue 17), computed in the background by
-- consultation.OpinionGroupRecompute and stored here so that every node shows the same groups.
-- article_id 0 is the draft as a whole; otherwise the draft_article the comments are on.
create table opinion_groups (
    draft_id      bigint       not null references draft_law (id) on delete cascade,
    article_id    bigint       not null default 0,
    computed_at   timestamptz  not null,
    participants  integer      not null,
    vote_count    integer      not null,
    -- aggregates only: groups (size, centre, distinguishing comment ids and shares), consensus, map points
    -- without any voter id; groups under the small-cell limit are never stored
    result        jsonb        not null,
    primary key (draft_id, article_id)
);

-- Drafts with votes not yet in their groups: set by the CommentVoted listener, cleared by the recompute.
create table opinion_groups_pending (
    draft_id      bigint       primary key references draft_law (id) on delete cascade,
    first_vote_at timestamptz  not null,
    last_vote_at  timestamptz  not null
);
