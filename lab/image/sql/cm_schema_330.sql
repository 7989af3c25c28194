-- OMS lab: "cm" (cluster management) database schema as of OMS CE 3.3.0 (an
-- imitation). Runs inside the selected database.
CREATE TABLE cluster (
  id bigint NOT NULL AUTO_INCREMENT,
  name varchar(128) NOT NULL,
  region varchar(64) NOT NULL,
  region_cn varchar(64) DEFAULT NULL,
  location int NOT NULL,
  is_default tinyint NOT NULL DEFAULT 0,
  description varchar(512) DEFAULT NULL,
  gmt_created datetime NOT NULL,
  gmt_modified datetime NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE host (
  id bigint NOT NULL AUTO_INCREMENT,
  ip varchar(64) NOT NULL,
  hostname varchar(128) DEFAULT NULL,
  cluster_id bigint NOT NULL,
  status varchar(32) NOT NULL,
  cpu_cores int DEFAULT NULL,
  mem_gb int DEFAULT NULL,
  tags varchar(255) DEFAULT NULL,
  gmt_created datetime NOT NULL,
  gmt_modified datetime NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_ip_cluster (ip, cluster_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE store_instance (
  id bigint NOT NULL AUTO_INCREMENT,
  store_id varchar(64) NOT NULL,
  host_id bigint NOT NULL,
  topic varchar(255) NOT NULL,
  status varchar(32) NOT NULL,
  checkpoint bigint DEFAULT NULL,
  config text,
  gmt_created datetime NOT NULL,
  gmt_modified datetime NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_store_id (store_id),
  KEY idx_host_id (host_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
