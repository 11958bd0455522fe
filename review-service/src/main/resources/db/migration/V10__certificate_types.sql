-- The certificate directory (电子证照目录): each type's name, issuing body (null: the bureau's
-- configured one), validity, the data on its face (照面信息, each a field of the certificate),
-- the basic codes of the items whose approval issues it, and the directory resource its
-- certificates are shared as (null: never shared). Review issues only certificates of a type here.
create table certificate_type (
    code           varchar(10)  primary key,
    name           varchar(100) not null,
    issuing_body   varchar(200),
    validity_years integer      not null check (validity_years between 1 and 30),
    validity_rule  varchar(500) not null,
    resource_code  varchar(24),
    face_items     jsonb        not null,
    item_codes     text[]       not null
);

-- which type a certificate is of, and its holder's code (a unit's credit code; a natural person's
-- identity number masked): what other departments look licences up by
alter table certificate add column type_code varchar(10);
alter table certificate add column holder_code varchar(40);
create index certificate_holder on certificate (holder_code);
alter table review_case add column applicant_code varchar(40);

-- The bureau's types, mapped from the sample catalog's items. The type codes (pinyin initials)
-- stand in for the national certificate type catalog's, and the validity of each is the three
-- years every certificate had before types; the resource codes are the sample directory's.
insert into certificate_type (code, name, validity_years, validity_rule, resource_code, face_items, item_codes) values
('CBWJYXK', '出版物经营许可证', 3, '自发证之日起3年', '11530000MB00000012/00001',
 '[{"field": "certificateNo", "label": "许可证编号"}, {"field": "holder", "label": "单位名称"},
   {"field": "holderCode", "label": "统一社会信用代码"}, {"field": "itemName", "label": "许可事项"},
   {"field": "issuingBody", "label": "发证机关"}, {"field": "issuedOn", "label": "发证日期"},
   {"field": "validUntil", "label": "有效期至"}]',
 '{XK00012000,XK00013000}'),
('YSJYXK', '印刷经营许可证', 3, '自发证之日起3年', '11530000MB00000012/00002',
 '[{"field": "certificateNo", "label": "许可证编号"}, {"field": "holder", "label": "单位名称"},
   {"field": "holderCode", "label": "统一社会信用代码"}, {"field": "itemName", "label": "许可事项"},
   {"field": "issuingBody", "label": "发证机关"}, {"field": "issuedOn", "label": "发证日期"},
   {"field": "validUntil", "label": "有效期至"}]',
 '{XK00021000}'),
('NBZLZYZ', '内部资料性出版物准印证', 3, '自发证之日起3年', null,
 '[{"field": "certificateNo", "label": "准印证号"}, {"field": "holder", "label": "编印单位"},
   {"field": "holderCode", "label": "统一社会信用代码"}, {"field": "issuingBody", "label": "发证机关"},
   {"field": "issuedOn", "label": "发证日期"}, {"field": "validUntil", "label": "有效期至"}]',
 '{XK00022000}'),
('GBJMZZ', '广播电视节目制作经营许可证', 3, '自发证之日起3年', '11530000MB00000012/00003',
 '[{"field": "certificateNo", "label": "许可证编号"}, {"field": "holder", "label": "机构名称"},
   {"field": "holderCode", "label": "统一社会信用代码"}, {"field": "itemName", "label": "许可事项"},
   {"field": "issuingBody", "label": "发证机关"}, {"field": "issuedOn", "label": "发证日期"},
   {"field": "validUntil", "label": "有效期至"}]',
 '{XK00031000}'),
('WXJSSS', '卫星电视广播地面接收设施许可证', 3, '自发证之日起3年', null,
 '[{"field": "certificateNo", "label": "许可证编号"}, {"field": "holder", "label": "设置单位"},
   {"field": "holderCode", "label": "统一社会信用代码"}, {"field": "issuingBody", "label": "发证机关"},
   {"field": "issuedOn", "label": "发证日期"}, {"field": "validUntil", "label": "有效期至"}]',
 '{XK00032000}'),
('WXAZFW', '卫星电视广播地面接收设施安装服务许可证', 3, '自发证之日起3年', null,
 '[{"field": "certificateNo", "label": "许可证编号"}, {"field": "holder", "label": "单位名称"},
   {"field": "holderCode", "label": "统一社会信用代码"}, {"field": "issuingBody", "label": "发证机关"},
   {"field": "issuedOn", "label": "发证日期"}, {"field": "validUntil", "label": "有效期至"}]',
 '{XK00033000}'),
('YSHGZM', '有线广播电视传输覆盖网工程验收合格证明', 3, '自发证之日起3年', null,
 '[{"field": "certificateNo", "label": "证明编号"}, {"field": "holder", "label": "建设单位"},
   {"field": "holderCode", "label": "统一社会信用代码"}, {"field": "itemName", "label": "验收事项"},
   {"field": "issuingBody", "label": "发证机关"}, {"field": "issuedOn", "label": "发证日期"},
   {"field": "validUntil", "label": "有效期至"}]',
 '{QT00034000}');
