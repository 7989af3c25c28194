-- OMS lab: default rows a fresh 3.3.1 install writes into the "rm" database
-- (after rm_schema_330.sql and rm_upgrade_331.sql). ha.config gets the
-- documented defaults (HA disabled). Every project, task and custom setting of
-- the previous install is gone: that is the trap of running docker_init.sh
-- without IS_UPGRADE=true.
INSERT INTO oms_schema_version (version, description) VALUES ('3.3.1', 'fresh install');
INSERT INTO oms_normal_config (cfg_name, cfg_value, description) VALUES
  ('ha.config', '{"enable":false,"enableHost":false,"enableStore":true,"perceiveStoreClientCheckpoint":false,"enableConnector":true,"enableJdbcWriter":true,"subtopicStoreNumberThreshold":5,"checkRequestIntervalSec":600,"checkJdbcWriterIntervalSec":600,"checkHostDownIntervalSec":540,"checkModuleExceptionIntervalSec":240,"clearAbnormalResourceHours":72,"refetchStoreIntervalMin":30}', 'HA configuration');
