-- A submission id is generated with a form and kept with its draft on the person's device (see DraftKeeper).
-- When a connection drops after the server stored a comment, appeal or petition but before the answer
-- arrived, the same draft is sent again with the same id: the service finds the earlier row by author and id
-- and acknowledges it instead of storing a copy. Null for rows from before, the API, tests and demo data.
alter table consultation_comment add column submission_id uuid;
alter table appeal add column submission_id uuid;
alter table petition add column submission_id uuid;

create index consultation_comment_submission_idx on consultation_comment (author_id, submission_id)
    where submission_id is not null;
create index appeal_submission_idx on appeal (author_id, submission_id) where submission_id is not null;
create index petition_submission_idx on petition (author_id, submission_id) where submission_id is not null;
