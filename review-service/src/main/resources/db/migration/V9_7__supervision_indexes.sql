-- The supervisors' dashboard and lists over the whole bureau (supervision/): submissions per day,
-- and the cases announced YELLOW or RED, by deadline, without reading every case.
create index review_case_submitted on review_case (submitted_at);
create index review_case_warned on review_case (warning, deadline) where warning <> 'NONE';
