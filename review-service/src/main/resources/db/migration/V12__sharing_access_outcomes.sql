-- Every call of the sharing API leaves a row, also a call refused as bad input (INVALID) and one
-- not answered because the sharing directory could not be read (UNAVAILABLE).
alter table sharing_access alter column outcome type varchar(12);
alter table sharing_access drop constraint sharing_access_outcome_check;
alter table sharing_access add constraint sharing_access_outcome_check
    check (outcome in ('ANSWERED', 'REFUSED', 'NOT_FOUND', 'INVALID', 'UNAVAILABLE'));
