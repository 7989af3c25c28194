<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>MainWindow</name>
    <message>
        <source>OMS Upgrade Assistant</source>
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
  status [--run RUN_ID]    list the recorded runs, or show one run&apos;s steps
  refetch-interval --t1 TIME [--t2 TIME] [--margin MIN] [--current MIN]
                           compute refetchStoreIntervalMin for HA after an upgrade
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
    <name>omsua::gui::MainWindow</name>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan loaded. Open a plan file to choose the OMS host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1</source>
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
        <source>Connecting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting...</source>
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
        <translation>
            <numerusform>%n table unchanged.</numerusform>
            <numerusform>%n tables unchanged.</numerusform>
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
</TS>
