-- The public read models, built only from events; every one can be rebuilt by replaying the topics.
create table public_item (
    code         varchar(31)  primary key,
    version      integer      not null,
    name         varchar(200) not null,
    type         varchar(2)   not null,
    department   varchar(50)  not null,
    guide        jsonb        not null,
    confidential boolean      not null,
    retired      boolean      not null default false
);

-- One row per case, filled by whichever event arrives first (application.v1 or review.v1).
create table public_result (
    case_no           varchar(50)  primary key,
    item_code         varchar(31),
    applicant_display varchar(200),
    outcome           varchar(12),
    reason            varchar(2000),
    decided_at        timestamptz
);

create index public_result_item on public_result (item_code, decided_at desc);
