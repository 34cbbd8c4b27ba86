-- Sign-in throttling without a lock a stranger can set off (issue 19): failures are counted per account, per client
-- address and per account-and-address pair, and each count past its free allowance delays that key's next checked
-- attempt, doubling each time up to a cap (org.pikir.account.LoginThrottle). Shared by every node; rows of keys
-- whose last failure is older than the window are deleted by a scheduled job. notified_at (account keys only) is
-- when the owner was last told of repeated failures, at most once per window.
drop table login_throttle;

create table login_throttle (
    throttle_key  varchar(400) primary key,
    failures      integer      not null,
    last_failure  timestamptz  not null,
    next_attempt  timestamptz  not null,
    notified_at   timestamptz
);
