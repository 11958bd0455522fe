-- one database per service, all owned by the application role of POSTGRES_USER
create database catalog;
create database application;
create database review;
create database disclosure;
create database keycloak;
