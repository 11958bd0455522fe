-- Electronic certificates (电子证照): the signed content exactly as signed, and revocation.
create sequence certificate_sequence;

create table certificate (
    certificate_no varchar(120)  primary key,
    case_no        varchar(50)   not null unique,
    content        text          not null,
    signature      varchar(200)  not null,
    algorithm      varchar(20)   not null,
    public_key     varchar(200)  not null,
    issued_at      timestamptz   not null,
    revoked        boolean       not null default false,
    revoked_reason varchar(500)
);
