-- The last warning level announced for a case, so DeadlineWarning and CaseOverdue go out once per transition.
alter table review_case add column warning varchar(6) not null default 'NONE';
