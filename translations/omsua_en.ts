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
  backups list|verify|download|upload|preview|delete --plan PLAN.yaml [...]
                           the backup sets on the host (&apos;backups&apos; alone: the options)
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
</TS>
