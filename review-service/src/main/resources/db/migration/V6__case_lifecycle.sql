-- The latest (re)submission: deemed acceptance counts its 5 working days from here (DOMAIN.md).
alter table review_case add column received_at timestamptz;
update review_case set received_at = submitted_at;
alter table review_case alter column received_at set not null;
create index review_case_received on review_case (status, received_at);

-- Materials accepted with a gap (容缺): open until the applicant hands them in.
create table review_gap_material (
    case_no      varchar(50)  not null references review_case (case_no),
    material_id  varchar(50)  not null,
    gap_deadline date         not null,
    opened_at    timestamptz  not null,
    provided_at  timestamptz,
    primary key (case_no, material_id)
);
