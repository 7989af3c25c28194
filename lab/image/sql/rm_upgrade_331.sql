-- OMS lab: 3.3.0 -> 3.3.1 migration of the "rm" database (idempotent: safe to
-- run twice). Run by docker_init.sh with IS_UPGRADE=true, and after the 3.3.0
-- schema for a fresh install.
ALTER TABLE oms_project ADD COLUMN IF NOT EXISTS project_labels varchar(255) NOT NULL DEFAULT '' AFTER owner;

CREATE TABLE IF NOT EXISTS oms_alarm_channel (
  id bigint NOT NULL AUTO_INCREMENT,
  channel_name varchar(128) NOT NULL,
  channel_type varchar(32) NOT NULL,
  config text,
  gmt_created datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  gmt_modified datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY uk_channel_name (channel_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='new in 3.3.1';

INSERT IGNORE INTO oms_alarm_channel (channel_name, channel_type, config) VALUES
  ('default-log', 'LOG', NULL),
  ('default-webhook', 'WEBHOOK', '{"url":null,"headers":{}}');
