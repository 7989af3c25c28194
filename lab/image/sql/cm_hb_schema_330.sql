-- OMS lab: "cm_hb" (CM heartbeat) database schema as of OMS CE 3.3.0. The table
-- name heatbeat_sequence is misspelt in real OMS too. Runs inside the selected
-- database.
CREATE TABLE heatbeat_sequence (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  gmt_created datetime NOT NULL,
  gmt_modified datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE host_heartbeat (
  host_ip varchar(64) NOT NULL,
  last_heartbeat datetime NOT NULL,
  status varchar(32) NOT NULL,
  PRIMARY KEY (host_ip)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
