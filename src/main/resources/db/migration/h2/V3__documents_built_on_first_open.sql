-- T2, T4, T9: a sent document keeps what the secretary wrote and is written when it is first opened
alter table re_document alter column content set null;
alter table re_document add column if not exists contact_name varchar(40);
alter table re_document add column if not exists contact_phone varchar(40);
alter table re_document add column if not exists signer varchar(40);
alter table re_document add column if not exists written_text varchar(4000);
