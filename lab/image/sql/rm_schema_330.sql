-- OMS lab: "rm" database schema as of OMS CE 3.3.0 (an imitation, not the real
-- OMS schema). Used by lab/up to seed the MetaDB and by the 3.3.1 image's
-- docker_init.sh for a fresh install. Runs inside the selected database.
CREATE TABLE oms_schema_version (
  id bigint NOT NULL AUTO_INCREMENT,
  version varchar(32) NOT NULL,
  description varchar(255) DEFAULT NULL,
  installed_on datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY uk_version (version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='metadata schema versions; the newest row is current';

CREATE TABLE oms_normal_config (
  id bigint NOT NULL AUTO_INCREMENT,
  cfg_name varchar(128) NOT NULL,
  cfg_value text,
  description varchar(512) DEFAULT NULL,
  gmt_created datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  gmt_modified datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY uk_cfg_name (cfg_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='system parameters';

CREATE TABLE oms_resource_group (
  id bigint NOT NULL AUTO_INCREMENT,
  name varchar(128) NOT NULL,
  description varchar(512) DEFAULT NULL,
  owner varchar(64) NOT NULL,
  quota_cpu int DEFAULT NULL,
  gmt_created datetime NOT NULL,
  gmt_modified datetime NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE oms_project (
  id bigint NOT NULL AUTO_INCREMENT,
  project_id varchar(64) NOT NULL,
  name varchar(255) NOT NULL,
  type varchar(32) NOT NULL,
  status varchar(32) NOT NULL,
  resource_group_id bigint DEFAULT NULL,
  source_endpoint varchar(255) DEFAULT NULL,
  sink_endpoint varchar(255) DEFAULT NULL,
  description text,
  owner varchar(64) NOT NULL,
  gmt_created datetime NOT NULL,
  gmt_modified datetime NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_project_id (project_id),
  KEY idx_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE oms_task (
  id bigint NOT NULL AUTO_INCREMENT,
  task_id varchar(64) NOT NULL,
  project_id varchar(64) NOT NULL,
  task_type varchar(32) NOT NULL,
  status varchar(32) NOT NULL,
  progress decimal(5,2) DEFAULT NULL,
  checkpoint bigint DEFAULT NULL,
  message text,
  gmt_created datetime NOT NULL,
  gmt_modified datetime NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_task_id (task_id),
  KEY idx_project_id (project_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
