-- A special procedure (hearing, expert review, inspection) while it runs: its days do not count.
alter table review_case add column special_procedure varchar(20);
alter table review_case add column special_since date;
