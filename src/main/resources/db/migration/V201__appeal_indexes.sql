-- Indexes measured with bench/appeal-inbox.sh (one agency with 100,000 appeals):
-- the inbox's "overdue" and "due soon" filters only look at open appeals,
create index appeal_open_due_idx on appeal (agency_id, due_at)
    where status in ('REGISTERED', 'IN_PROGRESS', 'DISPUTED');
-- and the agency statistics count events of one agency and kind in a period, or received by redirect/dispute.
create index appeal_event_agency_kind_at_idx on appeal_event (agency_id, kind, at);
create index appeal_event_target_agency_idx on appeal_event (target_agency_id, at) where target_agency_id is not null;
