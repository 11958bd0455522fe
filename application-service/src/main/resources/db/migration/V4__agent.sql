-- Real-name filing (实名申报): a legal person's online application records the signed-in person as
-- its agent (经办人), from the token's verified identity. The identity number is sealed like the
-- applicant's (SM4, bound to row and column); nothing for other channels.
alter table application add column agent_name   varchar(100);
alter table application add column agent_id_enc text;
