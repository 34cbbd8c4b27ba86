-- A petition's language, detected once when it is written (kk, ru, en, uz, ky, tg, tk or und); null for
-- petitions written before this column, which analysis detects once when they are approved.
alter table petition add column language varchar(3);
