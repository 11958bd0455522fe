-- Whether a case's applicant, and so a certificate's holder, is a natural or a legal person: a
-- natural person's name is masked in public. Unknown (null) for rows from before: masked too.
alter table review_case add column applicant_type varchar(20);
alter table certificate add column holder_type varchar(20);
