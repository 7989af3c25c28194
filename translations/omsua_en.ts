<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>omsua::gui::Appearance</name>
    <message>
        <source>System language</source>
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
</TS>
