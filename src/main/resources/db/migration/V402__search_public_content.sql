-- Every public content kind is mirrored now (drafts, articles, comments, petitions, published answers).
-- group_ref ties a draft's documents together ("draft:12": the draft and its articles in every language), so a new
-- version replaces all of them; context is what a hit is "on" (the draft of a comment or article), shown, not searched.
-- Rows without a country came from the first comment listener; the rebuild after this version recreates them.
delete from search_document where country is null;
alter table search_document alter column country set not null;
alter table search_document add column group_ref varchar(64);
alter table search_document add column context varchar(500);
create index search_document_group_idx on search_document (group_ref) where group_ref is not null;
