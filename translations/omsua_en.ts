<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackupStep</name>
    <message>
        <source>Back up the metadata databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dumps %1 on the host into %2/%3/ (--single-transaction --routines --events --triggers=false; the password in a 0600 option file, never on a command line), checks each dump (exit status, &quot;-- Dump completed&quot; trailer, size, sha256) and writes manifest.json. Per-table checksums are taken first, for the rollback to compare against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade %1 of %2, route %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup set does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume to dump again; the run stops before anything else changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify (sha256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set / file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions / database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sha256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckServersOnlineStep</name>
    <message>
        <source>Check that every server is Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You check in the OMS console (%1, OPS &amp; Monitoring &gt; Servers) that every server is Online, and clear the browser cache as the documentation asks. The run waits; resuming it confirms the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed by the operator on resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every server Online, as confirmed by the operator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Resume this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run to the next manual step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionView</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plan file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known_hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MetaDB password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect and discover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisableHaStep</name>
    <message>
        <source>Disable HA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You switch HA off in the OMS console (System Management &gt; System Parameters &gt; ha.config: &quot;enable&quot;: false); the run waits and then reads the value back from %1.oms_normal_config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets &quot;enable&quot;: false in ha.config (%1.oms_normal_config), keeping every other key, and reads it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA was already disabled before the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable HA in the OMS console: %1 &gt; System Management &gt; System Parameters &gt; ha.config, set &quot;enable&quot; to false and save. Then resume the run; it checks the value in the MetaDB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ha.config still has &quot;enable&quot;: true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable HA in the console, then resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ha.config read back: enable=false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DockerInitStep</name>
    <message>
        <source>Initialise the metadata (docker_init.sh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker exec %1 %2: migrates the metadata schema of the three databases to the new version (IS_UPGRADE=true) and restarts the OMS services. Exit status 0 and the &quot;%3&quot; line are required. Tables and column counts are recorded before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start it (resume from start_new), then resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier attempt was interrupted; docker_init.sh runs again (it is re-entrant with IS_UPGRADE=true).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker_init.sh from an earlier attempt still runs in %1; waiting for it to end
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while waiting for the earlier docker_init.sh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier docker_init.sh still runs in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look at /home/admin/logs/docker_init*.log in the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker_init.sh reported an error the OMS documentation says can be ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; docker_init.sh may still be running inside %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume: the run waits for it and runs it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker_init.sh did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look at /home/admin/logs/docker_init*.log in the container, then resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker_init.sh failed with exit status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix the cause, then resume; or roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker_init.sh ended without the &quot;%1&quot; line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the initialisation may be incomplete; look at its log, then resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker_init.sh completed; no table or column count changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>docker_init.sh completed; %n schema change(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnableHaStep</name>
    <message>
        <source>Enable HA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perceiveStoreClientCheckpoint=true (the Store starts from the downstream checkpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refetchStoreIntervalMin = ceil((T2 - T1) / 60 s) + %1 minutes margin, never below the current value, so the Store re-fetches everything since the old container stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You switch HA on in the OMS console with %1; the run waits and reads the values back from the MetaDB. T2 is taken on the host clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets &quot;enable&quot;: true and %1 in ha.config, keeping every other key, and reads it back. T2 = now on the host clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perceiveStoreClientCheckpoint=true: the Store starts from the checkpoint the downstream components report, so refetchStoreIntervalMin is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T1 (when the old container stopped) is not in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stop_old step records it; resume from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA was disabled before the upgrade; it stays disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA is enabled with the computed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable HA in the OMS console: %1 &gt; System Management &gt; System Parameters &gt; ha.config, set %2 and save. Then resume the run; it checks the values in the MetaDB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ha.config still has &quot;enable&quot;: false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refetchStoreIntervalMin is %1, below the computed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA enabled, perceiveStoreClientCheckpoint=true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA enabled, refetchStoreIntervalMin=%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthStep</name>
    <message>
        <source>Wait until OMS is healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 every %2 s until data.healthy is true (at most %3 minutes); through an SSH forward when this computer cannot reach the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while waiting for OMS to become healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not reachable from here; asking through the SSH host
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMS did not become healthy within %1 minutes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look at `docker logs %1` and /home/admin/logs in the container; resume to wait again, or roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped (%2) while waiting for it to become healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look at `docker logs %1`</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeartbeatTrimStep</name>
    <message>
        <source>Trim the heartbeat table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-trim the heartbeat table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes every row of %1 except the newest: reads max(id), then deletes below it in batches of %2 rows. Heartbeat rows are transient; OMS only needs the newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While OMS still runs, deletes the rows of %1 below its current max(id) in batches of %2, so that the trim after the stop (and the downtime) is short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the table: nothing to trim</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trim cancelled after %1 rows; the rest stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1 rows below id %2 in %3 ms (%4 statements, longest %5 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 heartbeat rows are left; expected only the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the old container really stopped? Resume to trim again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 row(s) left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>SSH host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in known_hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented by the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept and remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostOverviewView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MetaDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA (ha.config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounts of the running container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata databases (from config.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadImageStep</name>
    <message>
        <source>Load the new image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to load: the plan names no image tarball; %1 must be on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker load -i %1 on the host, unless %2 is already there. The old container keeps running meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the host and the plan names no image tarball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker load the image on the host, or set oms.image_tarball in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tarball did not provide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check oms.target_image against what the tarball holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OMS Upgrade Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plan file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About OMS Upgrade Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MountsView</name>
    <message>
        <source>Container path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old container: host path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New container: host path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I compared the host paths of the old and the new container by eye</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>docker run, exactly as it will run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovered on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.yaml:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMS_HOST_IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image tarball:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker run flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MetaDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH tunnel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup and HA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change ha.config:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set perceiveStoreClientCheckpoint=true instead of a refetch interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refetch margin:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightStep</name>
    <message>
        <source>Preflight checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks, read-only, that the host is ready: SSH and host key, docker, the old container and its mounts, config.yaml, the MetaDB and its three databases, the new image, the new container&apos;s name, free space for the backup, heartbeat rows, HA and the route. Nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight refused the upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix what the checks name; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n checks passed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreStep</name>
    <message>
        <source>Restore the metadata databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DROPS the databases %1 and restores them from %2 with the host&apos;s client (the password in a 0600 option file, never on a command line), after verifying the set once more. Every table&apos;s rows and checksum are then compared with those taken before the dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running; it would write into the databases while they are restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop it, then resume the rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier restore was interrupted; every database is restored again from the start.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup set has no manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before %1 was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring %1 from %2 (%3 bytes)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade recorded no checksums to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: %3 rows, checksum %4; expected %5 rows, checksum %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is not in the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored databases differ from the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume to restore again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) restored, rows and checksums equal to the backup</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RollbackDialog</name>
    <message>
        <source>Roll back the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartNewStep</name>
    <message>
        <source>The old container has no OMS_HOST_IP and the plan sets none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set oms.host_ip in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the new container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the docker run command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs, on the host:
  %1
with exactly the old container&apos;s binds:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IS_UPGRADE=true makes docker_init.sh migrate the metadata instead of re-initialising it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it runs %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its mounts differ from the old container&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 is &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned mounts differ from the old container&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host paths must stay the same across the upgrade; fix the plan&apos;s HTTPS paths or the old container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old container %1 is running; the new one would take the same ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop the old container (the stop_old step) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 is not on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker load it on the host, then resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container named %1 exists and is not the one this run would create: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove or rename it, or choose oms.new_container in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already runs %2 with the old binds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists (stopped); it is started again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while waiting for %1 to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped right after its start (%2, exit code %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its last output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not print &quot;%2&quot; within %3 minutes of its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not running (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match the plan: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2 with the %3 binds of the old container%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, IS_UPGRADE=true</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartOldStep</name>
    <message>
        <source>Start the old container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists; it is re-created from the inspect output in the backup manifest:
  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker start %1: the old version runs again on the restored databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop it, then resume the rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup set has no manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is re-created from the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not running (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look at `docker logs %1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2, not the old image %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2 again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopNewStep</name>
    <message>
        <source>Stop the new container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker stop -t %1 %2. The container is kept (not removed) so that what went wrong can still be looked at; T3 is the moment it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was never created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped; T3 = %2 (host clock)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopOldStep</name>
    <message>
        <source>Stop the old container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker stop -t %1 %2. OMS is down from here until the new container is healthy; T1 is the moment it stopped (its State.FinishedAt on the host clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host clock is %1 s off this computer&apos;s clock; times in this run are taken on the host clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old container has the restart policy &quot;always&quot;: a restart of the docker daemon would start it again beside the new one. Consider `docker update --restart=no %1` once the upgrade is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already stopped (%2 at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look at `docker ps` on the host, then resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no FinishedAt time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped; T1 = %2 (host clock)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimingView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refetchStoreIntervalMin calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T1, old container stopped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T2, HA enabled again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T3, new container stopped (rollback):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value in ha.config:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to the enable-HA step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyBackupStep</name>
    <message>
        <source>Verify the backup set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks on the host, read-only, that every dump of %1 is there with the size and sha256 the manifest records and ends with its completion line, and that the set holds the databases config.yaml names. Nothing is changed; a set that fails refuses the rollback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup set does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was changed; restore by hand from another copy of the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup set holds %1, but config.yaml names %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was changed; this set is not for this OMS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oms-upgrade: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;oms-upgrade --help&apos; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: oms-upgrade COMMAND [OPTIONS]

Upgrades an OceanBase Migration Service CE host (single node, Docker) safely.

Commands:
  probe --plan PLAN.yaml   connect to the host and print what was discovered
  preflight --plan PLAN.yaml
                           read-only checks before an upgrade (exit 3 when refused)
  upgrade --plan PLAN.yaml [--yes] [--until STEP] [--resume RUN_ID]
                           run the upgrade; prints &apos;run: RUN_ID&apos; first
  rollback --plan PLAN.yaml [--run RUN_ID] [--yes]
                           undo an upgrade from its verified backup set
  status [--run RUN_ID]    list the recorded runs, or show one run&apos;s steps
  refetch-interval --t1 TIME [--t2 TIME] [--margin MIN] [--current MIN]
                           compute refetchStoreIntervalMin for HA after an upgrade
  backups list|verify|download|upload|preview|delete --plan PLAN.yaml [...]
                           the backup sets on the host (&apos;backups&apos; alone: the options)
  report [--run RUN_ID] --format html|md|json|pdf --output FILE
                           write the report of a run (default: the latest)
  --version                print the version and the library versions
  --help                   print this help

Secrets are never taken from the command line: use a key file or ssh-agent,
the environment variables OMS_SSH_PASSWORD, OMS_SSH_PASSPHRASE and
OMS_META_PASSWORD, or answer the prompt on a terminal. The MetaDB password
defaults to the one in the host&apos;s config.yaml.

Exit status: 0 done, 1 failed, 2 usage or bad input, 3 refused by a check
(nothing changed), 4 waiting for the operator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Upgrade an OMS Community Edition host safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file of the OMS host to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the window after &lt;ms&gt; milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quit-after needs a number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::cli</name>
    <message>
        <source>host: %1@%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker: %1 (server %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state: %1 (started %2, finished %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMS_HOST_IP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mount: %1 -&gt; %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source version: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target image: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not present on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route: %1 (supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route: not supported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.yaml: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadb: %1@%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>databases: rm=%1 cm=%2 cm_hb=%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadb route: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadb server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database %1: %2 in %3 tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heartbeat rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ha.config: enable=%1 perceiveStoreClientCheckpoint=%2 refetchStoreIntervalMin=%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: oms-upgrade probe --plan PLAN.yaml [--accept-new-host-key]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe: --plan is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: oms-upgrade refetch-interval --t1 TIME [--t2 TIME] [--margin MIN] [--current MIN]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refetch-interval: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refetch-interval: %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refetch-interval: --t1 is required (when the old container stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refetch-interval: --margin must be a whole number of minutes, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refetch-interval: --current must be a whole number of minutes, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refetchStoreIntervalMin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: oms-upgrade status [--run RUN_ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs recorded in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: oms-upgrade preflight --plan PLAN.yaml [--accept-new-host-key]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight: --plan is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight: refused; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight: all checks passed; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: oms-upgrade backups list --plan PLAN.yaml [--json] [--verify]
       oms-upgrade backups verify --plan PLAN.yaml --set RUN_ID
       oms-upgrade backups download --plan PLAN.yaml --set RUN_ID --to DIR
       oms-upgrade backups upload --plan PLAN.yaml --from DIR
       oms-upgrade backups preview --plan PLAN.yaml --set RUN_ID [--file NAME] [--bytes N]
       oms-upgrade backups delete --plan PLAN.yaml --set RUN_ID [--yes]
Common option: --accept-new-host-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  created: %1, T1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  versions: %1 -&gt; %2 (%3 -&gt; %4), container %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  run: none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  state: %1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  %2  %3 bytes  sha256 %4  %5  (database %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  file  %1  %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify: computing sha256 of %1 on the host (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download: %1 was already complete here (checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download: resumed, %1 bytes were already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download: %1 bytes transferred in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloaded: %1 (sha256 of every dump checked here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload: an identical set is already on the host; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload: %1 bytes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded: %1 (verified on the host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview: set %1 holds no dump; name one with --file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>==&gt; %1: %2 bytes, the whole file &lt;==</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>==&gt; %1: %2 bytes, the first %3 &lt;==</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>==&gt; %1: the last %2 bytes &lt;==</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete: refused, backup set %1 is in use: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the run (or roll it back) first; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete: refused without a terminal to confirm; pass --yes. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes %1 (%2) on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type yes to delete it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete: not confirmed; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups: name an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups: unknown action &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups: --bytes takes 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups: --plan is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups %1: --set is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups download: --to is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups upload: --from is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: oms-upgrade rollback --plan PLAN.yaml [--run RUN_ID] [--yes] [--until STEP] [--accept-new-host-key]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback: --plan is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback: not on a terminal, so the steps that change the host cannot be confirmed; pass --yes to confirm them in advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback: no upgrade of %1 is recorded here; name it with --run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback: done; some components may need manual recovery (JDBCWriter, Connector, Full-Import): check the migration projects in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback: paused after %1; run the same command again to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback: waiting for the operator at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback: refused%1; nothing was changed by that step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback: not confirmed; stopped before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback: cancelled at %1; run the same command again to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback: failed at %1; fix the cause and run the same command again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: oms-upgrade upgrade --plan PLAN.yaml [--yes] [--until STEP] [--resume RUN_ID] [--accept-new-host-key]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade: --plan is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade: not on a terminal, so the steps that change the host cannot be confirmed; pass --yes to confirm them in advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade: paused after %1; continue with --resume %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade: waiting for the operator at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it is done: oms-upgrade upgrade --plan %1 --resume %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade: refused%1; nothing was changed by that step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade: not confirmed; stopped before %1, nothing was changed by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade: cancelled at %1; continue with --resume %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade: failed at %1; fix the cause and continue with --resume %2, or roll back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::cli::HostConnector</name>
    <message>
        <source>warning: no log file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1@%2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 port %2 is not in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its %1 key fingerprint is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with `ssh-keygen -lf` on the host. Type yes to trust and remember it: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::cli::ProgressPrinter</name>
    <message>
        <source>%1: checking %2 (%3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4, %5 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checking sha256 of %2 (%3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2% %3 of %4, %5 (%6 of %7) %8/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::cli::ReportCommand</name>
    <message>
        <source>Usage: oms-upgrade report [--run RUN_ID] --format html|md|json|pdf --output FILE
Writes the report of a run (without --run: the latest run on this workstation).
--output - writes to standard output. Without --format the file name&apos;s suffix
decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: unknown format &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --output FILE is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --format is missing and &apos;%1&apos; does not end in .html, .md, .json or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: no runs recorded in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hint: `oms-upgrade status` lists the runs; OMSUA_DATA_DIR selects another data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: PDF output needs Qt&apos;s GUI library, which could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::cli::RunConsole</name>
    <message>
        <source>[%1] %2 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 changes the host and needs a yes: run on a terminal, or pass --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proceed with %1? Type yes to go on: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::gui::Appearance</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::gui::BackupsView</name>
    <message>
        <source>Not read yet: connect, then refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the backup sets on the host...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup set(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying %1: sha256 of every dump, computed on the host...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 holds no dump to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the head and tail of %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>==&gt; %1: %2 bytes, the whole file &lt;==
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>==&gt; %1: %2 bytes, the first %3 &lt;==
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>==&gt; %1: the last %2 bytes &lt;==
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the backup set into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 into %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3): %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded to %1: %2 transferred, sha256 of every dump checked here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: backup set %1 is in use: %2. Finish the run (or roll it back) first; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete backup set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes %1 (%2) on the host. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::gui::ChecklistView</name>
    <message>
        <source>Reading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected (host key %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route yet: connect to the host so that its versions are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade run %1, route %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A new upgrade: %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 run %2 of this plan is unfinished (%3, last changed %4). Resume it where it stopped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the run stops at the next safe point...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; changes the host. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: %1 did not run; nothing was changed by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled at %1; the run can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the run&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html);;Markdown (*.md);;JSON (*.json);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run to report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::gui::ConnectionController</name>
    <message>
        <source>Connecting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a decision on the host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key has changed: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key is revoked: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key refused; nothing was run on the host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::gui::ConnectionView</name>
    <message>
        <source>auto (docker, else sudo -n docker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name or address of the OMS host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: ssh-agent or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. oms_330</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. oceanbase/oms:feature_3.3.1_ce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the one in config.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in the plan file, and are passed to no command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain answered (%1). Passwords typed here are kept in memory for this session only and must be typed again after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile: fill in the host and the container, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. The command line reads the same file: oms-upgrade preflight --plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile %1 from the list and its secrets from the keychain? The plan file %2 is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 removed; %2 is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known_hosts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::gui::DiscoveryWorker</name>
    <message>
        <source>Connecting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::gui::HostKeyDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s key is not in %1, so it cannot be told apart from an impostor yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the host&apos;s administrator to run ssh-keygen -lf on the host&apos;s %1 public key (in /etc/ssh) and compare the SHA256 fingerprints character by character. Accept only if they are equal: the key is then added to %2 and checked at every connection. Refusing runs nothing on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key changed: connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED. The connection was refused; nothing was run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records another key for this host (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection, or the host was reinstalled. Verify the new key with the host&apos;s administrator before replacing the line in known_hosts; this program never replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key revoked: connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 is marked @revoked. The connection was refused; nothing was run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists this key as revoked (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host uses a key that was revoked: contact its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not available: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::gui::HostOverviewView</name>
    <message>
        <source>Could not read the host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only discovery complete; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (server %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not supported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1@%2:%3 (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1@%2:%3, %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable=%1, perceiveStoreClientCheckpoint=%2, refetchStoreIntervalMin=%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::gui::LogPane</name>
    <message>
        <source>debug and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::gui::MainWindow</name>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile: open a plan file or fill in a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the last attempt failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About OMS Upgrade Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMS Upgrade Assistant %1

Upgrades an OceanBase Migration Service Community Edition host (single-node Docker) over SSH: checks first, verified backups, the mounts side by side, the refetch interval computed, one-click rollback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step of the run is running on the host. Closing cancels the run at its next safe point; the journal keeps where it stopped, and the run can be resumed. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::gui::MountsView</name>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new container must see exactly the host directories the old one used: OMS keeps its configuration, logs, store and run state there. Compare each row by eye before the new container starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host path differs: %1 (old) vs %2 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access differs: %1 (old) vs %2 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing in the new container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in the new container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documented mount missing in the old container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the host to compare the mounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n bind(s) identical: the new container sees the same host directories.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bind(s) differ: the new container would not see what the old one saw, and the upgrade refuses to start it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omsua::gui::PlanView</name>
    <message>
        <source>auto (direct, else through the SSH host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always through the SSH host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never (direct only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written to the MetaDB and read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the operator in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one argument per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host path; empty: the image is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values in italics were discovered on the host and stay out of the plan file; edit one to override it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refetchStoreIntervalMin for the enable-HA step: %1 min (from the timing calculator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refetchStoreIntervalMin is computed at the enable-HA step from T1, T2 and the margin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are masked. The binds are the old container&apos;s, unchanged (see Mounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovered on the host; edit to override it in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(connect to read it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (container %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bind(s), kept unchanged for the new container</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to the host first: the binds and OMS_HOST_IP come from the old container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run as planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, supported (%n step(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The new container starts with IS_UPGRADE=true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not supported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::gui::PlannedRun</name>
    <message>
        <source>the current version is not known: set it in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no new image in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new image&apos;s tag carries no version: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::gui::ProfileStore</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name such as the host&apos;s, e.g. oms-prod-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the profiles directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::gui::RollbackDialog</name>
    <message>
        <source>&lt;b&gt;Roll back upgrade run %1.&lt;/b&gt; The new container %2 is stopped, the three metadata databases are restored from the verified backup set, and the old container %3 is started again. Everything the new version wrote to the databases since the upgrade is lost. These steps run, in order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the old container&apos;s name, &lt;b&gt;%1&lt;/b&gt;, to enable the rollback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::gui::RunSession</name>
    <message>
        <source>Save the plan as a profile first: a run is journaled per plan file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::gui::SecretStore</name>
    <message>
        <source>access to the keychain was denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this system has no keychain support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service, such as the Secret Service, is running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::gui::SettingsDialog</name>
    <message>
        <source>Like the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both apply at once and are remembered for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::gui::TimelineWidget</name>
    <message>
        <source>Enter T1 and T2 (T2 after T1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap T2 - T1: %1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store refetches %1 min back, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::gui::TimingView</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: the enable-HA step writes refetchStoreIntervalMin = %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: the enable-HA step computes the value itself from the real T1 and T2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1&apos;s State.FinishedAt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running: T1 is taken when the upgrade stops it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refetchStoreIntervalMin = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old container stopped at T1 = %1 and HA is enabled again at T2 = %2, so the synchronisation stood still for %3 min %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With perceiveStoreClientCheckpoint=false, HA restarts the Store reading that many minutes back, so the interval must be longer than the gap: %1 min rounded up, plus a margin of %2 min, gives %3 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current value, %1 min, is already higher and is kept: a larger window only re-reads more data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started at T2 with %1 min, the Store refetches from %2, %3 min before T1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::report::ReportOutline</name>
    <message>
        <source>en</source>
        <extracomment>The language of this translation as a BCP 47 code (the HTML report&apos;s lang attribute).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host path changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only flag changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing in the new container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in the new container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required mount missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback did not finish. Run it again: oms-upgrade rollback --plan %1 --run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Fix what the checks name, then start the upgrade again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMS has been stopped since T1 and nothing runs in its place. Resume the upgrade (%1) or roll back (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new container runs but the upgrade did not finish. Resume the upgrade (%1) or roll back (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old container was not stopped. Fix the cause, then resume the upgrade (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T1: the old container stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T2: HA enabled again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T3: the new container stopped (rollback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the new image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable HA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trim the heartbeat table while OMS runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the old container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trim the heartbeat table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the metadata databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the new container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run docker_init.sh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until OMS is healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that every server is online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable HA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the new container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the backup set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the metadata databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the old container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a rollback these OMS components may need manual recovery: %1. Check every migration and synchronisation project in the OMS console and resume or restart the affected components as the OMS documentation describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback of run %1 completed: %2 runs %3 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback failed at step &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback was refused by a check; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback did not finish (%1); the last step was &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade %1 completed: %2 runs %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMS was stopped for %1 (T2 - T1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade %1 failed at step &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade %1 was refused by a check; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade %1 is waiting for the operator at step &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade %1 was cancelled; the last step was &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade %1 did not finish (%2); the last step was &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perceiveStoreClientCheckpoint = true: the Store resumes from the clients&apos; checkpoints, so refetchStoreIntervalMin does not depend on the downtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refetchStoreIntervalMin must be greater than the downtime T2 - T1 (perceiveStoreClientCheckpoint = false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T2 - T1 = %1 - %2 = %3 s (rounded up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T2 - T1: %1 (T1 %2, T2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value written to ha.config was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ceil(%1 s / 60) = %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min + margin %2 min = %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min + margin %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current value is higher and was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refetchStoreIntervalMin = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMS rollback report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMS upgrade report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by %1 at %2 from the run&apos;s journal. Secrets are masked as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoes the upgrade run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last journal update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime (T2 - T1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host and containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s (host minus workstation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MetaDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MetaDB server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T1 (the old container stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T2 (HA enabled again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T3 (the new container stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are UTC. T1, T2 and T3 come from the host&apos;s clock; a step&apos;s times come from the host&apos;s clock where it could be read, else from the workstation&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refetchStoreIntervalMin and HA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ha.config before and after the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounts: old and new container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new container has exactly the old container&apos;s mounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mounts differ: see the rows not marked identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old host path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New host path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker run of the new container (secrets masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup set is recorded for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set of run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dump tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row counts and checksums taken while OMS was stopped, before the dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema before and after docker_init.sh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Columns before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands (secrets masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output (the last %1 lines; %2 earlier lines left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and manual follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings: none recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual follow-ups: none recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: OMS is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMS container running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the journal recorded it when the report was made; the host itself was not asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::upgrade::RollbackRun</name>
    <message>
        <source>No journal of run %1 here nor beside its backup set on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`oms-upgrade status` lists the runs of this computer; `oms-upgrade backups list` the sets on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rollback has no step &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 is a %2, not an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 upgraded %2, but the plan names %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the plan the upgrade ran with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 has no verified backup set (its backup step is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a backup there is no rollback; if the old container was only stopped, start it by hand and enable HA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 names a route this version does not know: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup set has no manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a rollback some components may need manual recovery (JDBCWriter, Connector, Full-Import), as the OMS documentation warns: check every migration project in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new container is stopped, not removed: remove it once it is no longer needed for diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omsua::upgrade::UpgradeWorker</name>
    <message>
        <source>No upgrade request was given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
