-- docker-compose.yml only: runs once, when the Postgres volume is first created
-- (/docker-entrypoint-initdb.d). One login role and one database per service, and no other role
-- may connect to a service's database: the same rule deploy/local/lib.sh applies to local runs.
-- Passwords come from the container's environment (psql 15's \getenv), never from this file.
-- A new service needs a block here and its *_DB_PASSWORD in docker-compose.yml.
\set ON_ERROR_STOP on

\getenv intake_password INTAKE_DB_PASSWORD
CREATE ROLE intake LOGIN PASSWORD :'intake_password';
CREATE DATABASE frontdoor_intake OWNER intake;
REVOKE ALL ON DATABASE frontdoor_intake FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE frontdoor_intake TO intake;

\getenv screening_password SCREENING_DB_PASSWORD
CREATE ROLE screening LOGIN PASSWORD :'screening_password';
CREATE DATABASE frontdoor_screening OWNER screening;
REVOKE ALL ON DATABASE frontdoor_screening FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE frontdoor_screening TO screening;

\getenv police_password POLICE_DB_PASSWORD
CREATE ROLE police LOGIN PASSWORD :'police_password';
CREATE DATABASE frontdoor_police OWNER police;
REVOKE ALL ON DATABASE frontdoor_police FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE frontdoor_police TO police;

\getenv health_password HEALTH_DB_PASSWORD
CREATE ROLE health LOGIN PASSWORD :'health_password';
CREATE DATABASE frontdoor_health OWNER health;
REVOKE ALL ON DATABASE frontdoor_health FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE frontdoor_health TO health;

\getenv education_password EDUCATION_DB_PASSWORD
CREATE ROLE education LOGIN PASSWORD :'education_password';
CREATE DATABASE frontdoor_education OWNER education;
REVOKE ALL ON DATABASE frontdoor_education FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE frontdoor_education TO education;

\getenv marac_password MARAC_DB_PASSWORD
CREATE ROLE marac LOGIN PASSWORD :'marac_password';
CREATE DATABASE frontdoor_marac OWNER marac;
REVOKE ALL ON DATABASE frontdoor_marac FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE frontdoor_marac TO marac;

\getenv strategy_password STRATEGY_DB_PASSWORD
CREATE ROLE strategy LOGIN PASSWORD :'strategy_password';
CREATE DATABASE frontdoor_strategy OWNER strategy;
REVOKE ALL ON DATABASE frontdoor_strategy FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE frontdoor_strategy TO strategy;
