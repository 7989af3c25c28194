#include "LabEnvironment.h"
#include "remote/KnownHosts.h"
#include "remote/PrivateKeyFile.h"
#include "remote/ShellQuote.h"
#include "remote/SshCommandRunner.h"
#include "remote/SshSession.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace omsua::remote;
using omsua::test::LabEnvironment;

namespace {

const LabEnvironment& lab()
{
    return LabEnvironment::instance();
}

SshEndpoint labEndpoint(const QString& knownHosts = {})
{
    SshEndpoint endpoint;
    endpoint.host = lab().sshHost();
    endpoint.port = lab().sshPort();
    endpoint.connectTimeoutMs = 10000;
    endpoint.knownHostsFile = knownHosts.isEmpty() ? lab().knownHostsFile() : knownHosts;
    return endpoint;
}

SshCredentials keyCredentials(const QString& keyName, const QString& passphrase = {})
{
    SshCredentials credentials;
    credentials.user = lab().sshUser();
    credentials.identityFile = lab().identityFile(keyName);
    credentials.passphrase = passphrase;
    credentials.useAgent = false;
    credentials.allowPassword = false;
    credentials.allowKeyboardInteractive = false;
    return credentials;
}

SshCredentials passwordCredentials(const QString& password)
{
    SshCredentials credentials;
    credentials.user = lab().sshUser();
    credentials.password = password;
    credentials.useAgent = false;
    return credentials;
}

// type -> fingerprint of every key recorded in the lab's known_hosts, as OpenSSH prints them.
QHash<QString, QString> sshKeygenFingerprints()
{
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), lab().knownHostsFile()});
    keygen.waitForFinished(10000);
    QHash<QString, QString> result;
    const QList<QByteArray> lines = keygen.readAllStandardOutput().split('\n');
    for (const QByteArray& line : lines) {
        // "256 SHA256:xxxx [127.0.0.1]:2222 (ED25519)"
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 4)
            continue;
        const QByteArray kind = fields.last();
        QString type;
        if (kind == "(ED25519)")
            type = QStringLiteral("ssh-ed25519");
        else if (kind == "(ECDSA)")
            type = QStringLiteral("ecdsa-sha2-nistp256");
        else if (kind == "(RSA)")
            type = QStringLiteral("ssh-rsa");
        result.insert(type, QString::fromLatin1(fields.at(1)));
    }
    return result;
}

} // namespace

class TestSshSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void connectAndAuth(SshSession& session, const SshCredentials& credentials)
    {
        const auto connected = session.connect(labEndpoint(), {});
        QVERIFY2(connected.ok(),
                 qPrintable(connected.ok() ? QString() : connected.error().toString()));
        QCOMPARE(connected->status, HostKeyStatus::Match);
        const auto auth = session.authenticate(credentials);
        QVERIFY2(auth.ok(), qPrintable(auth.ok() ? QString() : auth.error().toString()));
        QVERIFY(session.isAuthenticated());
        const auto who = session.exec(QStringLiteral("id -un"));
        QVERIFY(who.ok());
        QCOMPARE(who->stdOut.trimmed(), lab().sshUser().toUtf8());
        QCOMPARE(who->exitStatus, 0);
    }

    void verifyCannotExec(SshSession& session)
    {
        QVERIFY(!session.isAuthenticated());
        const auto ran = session.exec(QStringLiteral("true"));
        QVERIFY(!ran.ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        OMSUA_REQUIRE_LAB();
        QVERIFY(m_dir.isValid());
    }

    // ---- authentication ------------------------------------------------------------------

    void authEd25519Key()
    {
        SshSession session;
        connectAndAuth(session, keyCredentials(QStringLiteral("id_ed25519")));
        QVERIFY(session.remoteBanner().startsWith(QStringLiteral("SSH-2.0-OpenSSH")));
    }

    void authEcdsaKey()
    {
        SshSession session;
        connectAndAuth(session, keyCredentials(QStringLiteral("id_ecdsa")));
    }

    void authKeyWithPassphrase()
    {
        SshSession session;
        connectAndAuth(session, keyCredentials(QStringLiteral("id_ed25519_pp"),
                                               lab().value(QStringLiteral("LAB_KEY_PASSPHRASE"))));
    }

    void wrongPassphraseIsNamed()
    {
        SshSession session;
        QVERIFY(session.connect(labEndpoint(), {}).ok());
        const auto auth = session.authenticate(
            keyCredentials(QStringLiteral("id_ed25519_pp"), QStringLiteral("not the passphrase")));
        QVERIFY(!auth.ok());
        QVERIFY2(auth.error().message.contains(QStringLiteral("wrong passphrase")),
                 qPrintable(auth.error().message));
        verifyCannotExec(session);

        const auto none = session.authenticate(keyCredentials(QStringLiteral("id_ed25519_pp")));
        QVERIFY(!none.ok());
        QVERIFY2(none.error().message.contains(QStringLiteral("no passphrase was given")),
                 qPrintable(none.error().message));
    }

    void authPassword()
    {
        SshSession session;
        SshCredentials credentials = passwordCredentials(lab().sshPassword());
        credentials.allowKeyboardInteractive = false;
        connectAndAuth(session, credentials);
    }

    void authKeyboardInteractiveOnly()
    {
        SshSession session;
        SshCredentials credentials = passwordCredentials(lab().sshPassword());
        credentials.allowPassword = false;
        connectAndAuth(session, credentials);
    }

    void wrongPasswordRunsNothing()
    {
        SshSession session;
        QVERIFY(session.connect(labEndpoint(), {}).ok());
        const auto auth =
            session.authenticate(passwordCredentials(lab().sshPassword() + QStringLiteral("x")));
        QVERIFY(!auth.ok());
        const QString message = auth.error().message;
        QVERIFY2(
            message.contains(QStringLiteral("Authentication failed for user ") + lab().sshUser()),
            qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("password")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("keyboard-interactive")), qPrintable(message));
        // Secrets never appear in errors.
        QVERIFY(!auth.error().toString().contains(lab().sshPassword()));
        verifyCannotExec(session);
        // The connection is still there for a second attempt (e.g. after asking again).
        SshCredentials right = passwordCredentials(lab().sshPassword());
        QVERIFY(session.authenticate(right).ok());
        QVERIFY(session.exec(QStringLiteral("true")).ok());
    }

    void rsaKeyGetsTheLibssh2Explanation()
    {
        SshSession session;
        QVERIFY(session.connect(labEndpoint(), {}).ok());
        const auto auth = session.authenticate(keyCredentials(QStringLiteral("id_rsa")));
        QVERIFY(!auth.ok());
        const QString text = auth.error().toString();
        QVERIFY2(text.contains(QStringLiteral("libssh2 1.10 can only sign with ssh-rsa (SHA-1)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("OpenSSH 8.8")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ed25519")), qPrintable(text));
        verifyCannotExec(session);
    }

    void privateKeyInspection()
    {
        const PrivateKeyFile pp =
            PrivateKeyFile::inspect(lab().identityFile(QStringLiteral("id_ed25519_pp")));
        QVERIFY(pp.encrypted());
        QCOMPARE(pp.keyType(), QStringLiteral("ssh-ed25519"));
        const PrivateKeyFile plain =
            PrivateKeyFile::inspect(lab().identityFile(QStringLiteral("id_ed25519")));
        QVERIFY(!plain.encrypted());
        QCOMPARE(PrivateKeyFile::inspect(lab().identityFile(QStringLiteral("id_rsa"))).isRsa(),
                 true);
        QCOMPARE(PrivateKeyFile::inspect(lab().identityFile(QStringLiteral("id_ecdsa"))).keyType(),
                 QStringLiteral("ecdsa-sha2-nistp256"));
        QVERIFY(!PrivateKeyFile::inspect(m_dir.filePath(QStringLiteral("none"))).exists());
    }

    // ---- host keys -----------------------------------------------------------------------

    void unknownHostIsRefusedWithFingerprint()
    {
        const QString knownHosts = m_dir.filePath(QStringLiteral("empty_known_hosts"));
        QFile::remove(knownHosts);
        SshSession session;
        const auto connected = session.connect(labEndpoint(knownHosts), {}); // Refuse by default
        QVERIFY(!connected.ok());
        const QString message = connected.error().message;
        const QHash<QString, QString> fingerprints = sshKeygenFingerprints();
        QVERIFY(!fingerprints.isEmpty());
        bool named = false;
        for (auto it = fingerprints.cbegin(); it != fingerprints.cend(); ++it)
            named = named || message.contains(it.key() + QLatin1Char(' ') + it.value());
        QVERIFY2(named, qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("nothing was run")));
        QVERIFY(!session.isConnected());
        verifyCannotExec(session);
        QVERIFY(!session.authenticate(keyCredentials(QStringLiteral("id_ed25519"))).ok());
        QVERIFY(!QFile::exists(knownHosts)); // Refuse writes nothing
    }

    void acceptOnceAndAsk()
    {
        const QString knownHosts = m_dir.filePath(QStringLiteral("once_known_hosts"));
        QFile::remove(knownHosts);
        SshSession session;
        HostKeyPolicy once;
        once.unknown = HostKeyPolicy::Unknown::AcceptOnce;
        const auto connected = session.connect(labEndpoint(knownHosts), once);
        QVERIFY(connected.ok());
        QCOMPARE(connected->status, HostKeyStatus::Unknown);
        QVERIFY(!QFile::exists(knownHosts));

        HostKeyPolicy ask;
        ask.unknown = HostKeyPolicy::Unknown::Ask;
        QString asked;
        ask.ask = [&](const HostKeyInfo& info) {
            asked = info.fingerprint;
            return false;
        };
        QVERIFY(!session.connect(labEndpoint(knownHosts), ask).ok());
        QCOMPARE(asked, connected->fingerprint);
        QVERIFY(!QFile::exists(knownHosts));
    }

    void acceptAndRememberThenMatch()
    {
        const QString knownHosts = m_dir.filePath(QStringLiteral("remember/known_hosts"));
        SshSession session;
        HostKeyPolicy policy;
        policy.unknown = HostKeyPolicy::Unknown::AcceptAndRemember;
        const auto first = session.connect(labEndpoint(knownHosts), policy);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
        QCOMPARE(first->status, HostKeyStatus::Unknown);
        QVERIFY(QFile::exists(knownHosts));
        QCOMPARE(QFileInfo(knownHosts).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray line = file.readAll();
        QCOMPARE(line, "[127.0.0.1]:" + QByteArray::number(lab().sshPort()) + ' ' +
                           first->keyType.toLatin1() + ' ' + first->key.toBase64() + '\n');
        QCOMPARE(KnownHosts::fingerprint(first->key), first->fingerprint);

        SshSession again;
        const auto second = again.connect(labEndpoint(knownHosts), {}); // Refuse unknown
        QVERIFY(second.ok());
        QCOMPARE(second->status, HostKeyStatus::Match);
        QCOMPARE(second->fingerprint, first->fingerprint);
    }

    void hostKeyAlgorithmFollowsKnownHosts()
    {
        // A known_hosts that only has the lab's ECDSA (then only its ed25519) key still
        // matches: we ask the server for the type we know.
        const QList<QByteArray> lines = [] {
            QFile file(lab().knownHostsFile());
            file.open(QIODevice::ReadOnly);
            return file.readAll().split('\n');
        }();
        for (const QByteArray& type :
             {QByteArray("ecdsa-sha2-nistp256"), QByteArray("ssh-ed25519")}) {
            const QString knownHosts =
                m_dir.filePath(QStringLiteral("only_") + QString::fromLatin1(type));
            QFile file(knownHosts);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            for (const QByteArray& line : lines) {
                if (line.contains(QByteArray(' ' + type + ' ')))
                    file.write(line + '\n');
            }
            file.close();
            SshSession session;
            const auto connected = session.connect(labEndpoint(knownHosts), {});
            QVERIFY2(connected.ok(),
                     qPrintable(connected.ok() ? QString() : connected.error().toString()));
            QCOMPARE(connected->status, HostKeyStatus::Match);
            QCOMPARE(connected->keyType, QString::fromLatin1(type));
            QCOMPARE(connected->fingerprint,
                     sshKeygenFingerprints().value(QString::fromLatin1(type)));
        }
    }

    void onlyAnRsaHostKeyKnownIsExplained()
    {
        // OpenSSH 9 no longer signs host keys with SHA-1 ssh-rsa, the only RSA flavour libssh2
        // 1.10 has: the RSA line cannot be used and the refusal says so.
        QFile all(lab().knownHostsFile());
        QVERIFY(all.open(QIODevice::ReadOnly));
        const QString knownHosts = m_dir.filePath(QStringLiteral("rsa_only_known_hosts"));
        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        for (const QByteArray& line : all.readAll().split('\n')) {
            if (line.contains(" ssh-rsa "))
                file.write(line + '\n');
        }
        file.close();
        SshSession session;
        const auto connected = session.connect(labEndpoint(knownHosts), {});
        QVERIFY(!connected.ok());
        QVERIFY2(connected.error().message.contains(QStringLiteral("it records ssh-rsa")),
                 qPrintable(connected.error().message));
    }

    void mismatchIsRefusedWithBothFingerprints()
    {
        const QString knownHosts = m_dir.filePath(QStringLiteral("mismatch_known_hosts"));
        const QByteArray otherKey =
            "AAAAC3NzaC1lZDI1NTE5AAAAIP7LTYtpIXz0j8QYA+dcJ1XvUBKQZEDks3MLj+9IJ37T";
        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("# somebody else's key\n[127.0.0.1]:" + QByteArray::number(lab().sshPort()) +
                   " ssh-ed25519 " + otherKey + "\n");
        file.close();

        SshSession session;
        HostKeyPolicy policy;
        policy.unknown = HostKeyPolicy::Unknown::AcceptAndRemember; // must not matter
        const auto connected = session.connect(labEndpoint(knownHosts), policy);
        QVERIFY(!connected.ok());
        const QString message = connected.error().message;
        QVERIFY2(message.contains(QStringLiteral("MISMATCH")), qPrintable(message));
        QVERIFY2(message.contains(KnownHosts::fingerprint(QByteArray::fromBase64(otherKey))),
                 qPrintable(message));
        QVERIFY2(message.contains(sshKeygenFingerprints().value(QStringLiteral("ssh-ed25519"))),
                 qPrintable(message));
        QVERIFY2(message.contains(knownHosts + QStringLiteral(":2")), qPrintable(message));
        QVERIFY(!session.isConnected());
        verifyCannotExec(session);
        // Nothing was added to the file.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 2);
    }

    void missingKnownHostsSettingIsAnError()
    {
        SshSession session;
        SshEndpoint endpoint = labEndpoint();
        endpoint.knownHostsFile.clear();
        const auto connected = session.connect(endpoint, {});
        QVERIFY(!connected.ok());
        QVERIFY(connected.error().message.contains(QStringLiteral("known_hosts")));
    }

    // ---- connection failures -------------------------------------------------------------

    void closedPortFailsFast()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        } // closed again: nothing listens there now
        SshSession session;
        SshEndpoint endpoint = labEndpoint();
        endpoint.port = port;
        QElapsedTimer clock;
        clock.start();
        const auto connected = session.connect(endpoint, {});
        QVERIFY(!connected.ok());
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(connected.error().message.contains(QStringLiteral("refused")),
                 qPrintable(connected.error().message));
        QVERIFY(connected.error().message.contains(QString::number(port)));
    }

    void silentServerTimesOut()
    {
        // Accepts TCP (the kernel completes the handshake from the backlog) but never speaks.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        SshSession session;
        SshEndpoint endpoint = labEndpoint();
        endpoint.port = silent.serverPort();
        endpoint.connectTimeoutMs = 1500;
        QElapsedTimer clock;
        clock.start();
        const auto connected = session.connect(endpoint, {});
        const qint64 elapsed = clock.elapsed();
        QVERIFY(!connected.ok());
        qInfo("silent server: gave up after %lld ms (timeout 1500 ms)", elapsed);
        QVERIFY2(elapsed >= 1400 && elapsed <= 1500 + 1000, qPrintable(QString::number(elapsed)));
        QVERIFY2(connected.error().message.contains(QStringLiteral("timed out")),
                 qPrintable(connected.error().message));
        QVERIFY2(connected.error().message.contains(QStringLiteral("no SSH banner")),
                 qPrintable(connected.error().message));
    }

    void unresolvableHost()
    {
        SshSession session;
        SshEndpoint endpoint = labEndpoint();
        endpoint.host = QStringLiteral("no-such-host.invalid");
        const auto connected = session.connect(endpoint, {});
        QVERIFY(!connected.ok());
        QVERIFY(connected.error().message.contains(QStringLiteral("no-such-host.invalid")));
    }

    // ---- exec ----------------------------------------------------------------------------

    void execSeparatesStreamsAndExitStatus()
    {
        SshSession session;
        connectAndAuth(session, keyCredentials(QStringLiteral("id_ed25519")));
        const auto result = session.exec(QStringLiteral("sh -c 'echo out; echo err >&2; exit 3'"));
        QVERIFY(result.ok());
        QCOMPARE(result->exitStatus, 3);
        QCOMPARE(result->stdOut, QByteArray("out\n"));
        QCOMPARE(result->stdErr, QByteArray("err\n"));
        QVERIFY(!result->timedOut);
        QVERIFY(!result->cancelled);
        QVERIFY(!result->succeeded());
        QVERIFY(result->exitSignal.isEmpty());

        const auto ok = session.exec(QStringLiteral("true"));
        QVERIFY(ok.ok());
        QVERIFY(ok->succeeded());
    }

    void execReportsExitSignal()
    {
        SshSession session;
        connectAndAuth(session, keyCredentials(QStringLiteral("id_ed25519")));
        const auto result = session.exec(QStringLiteral("sh -c 'kill -TERM $$'"));
        QVERIFY(result.ok());
        QCOMPARE(result->exitSignal, QStringLiteral("TERM"));
        QCOMPARE(result->exitStatus, -1);
    }

    void streamingSeesLinesBeforeTheEnd()
    {
        SshSession session;
        connectAndAuth(session, keyCredentials(QStringLiteral("id_ed25519")));
        QElapsedTimer clock;
        clock.start();
        QList<qint64> arrivals;
        QByteArray streamed;
        ExecOptions options;
        options.onOutput = [&](OutputStream stream, QByteArrayView data) {
            if (stream == OutputStream::StdOut) {
                arrivals.append(clock.elapsed());
                streamed += data.toByteArray();
            }
        };
        const auto result = session.exec(
            QStringLiteral("for i in 1 2 3 4; do echo line$i; sleep 0.4; done"), options);
        QVERIFY(result.ok());
        QCOMPARE(result->stdOut, QByteArray("line1\nline2\nline3\nline4\n"));
        QCOMPARE(streamed, result->stdOut);
        QVERIFY(arrivals.size() >= 2);
        QVERIFY2(arrivals.constFirst() + 800 < result->elapsedMs,
                 qPrintable(QStringLiteral("first %1 ms, end %2 ms")
                                .arg(arrivals.constFirst())
                                .arg(result->elapsedMs)));
    }

    void timeoutReturnsQuicklyAndSessionStaysUsable()
    {
        SshSession session;
        connectAndAuth(session, keyCredentials(QStringLiteral("id_ed25519")));
        ExecOptions options;
        options.timeoutMs = 500;
        QElapsedTimer clock;
        clock.start();
        const auto result = session.exec(QStringLiteral("sleep 30"), options);
        const qint64 elapsed = clock.elapsed();
        QVERIFY(result.ok());
        QVERIFY(result->timedOut);
        QVERIFY(!result->cancelled);
        QCOMPARE(result->exitStatus, -1);
        QVERIFY2(elapsed < 2500, qPrintable(QString::number(elapsed)));

        const auto next = session.exec(QStringLiteral("echo still here"));
        QVERIFY2(next.ok(), qPrintable(next.ok() ? QString() : next.error().toString()));
        QCOMPARE(next->stdOut, QByteArray("still here\n"));
        // And once more, after another abandoned command with output in flight.
        options.timeoutMs = 300;
        const auto noisy =
            session.exec(QStringLiteral("yes | head -c 50000000; sleep 30"), options);
        QVERIFY(noisy.ok());
        QVERIFY(noisy->timedOut);
        const auto last = session.exec(QStringLiteral("echo ok"));
        QVERIFY2(last.ok(), qPrintable(last.ok() ? QString() : last.error().toString()));
        QCOMPARE(last->stdOut, QByteArray("ok\n"));
    }

    void cancelFromAnotherThread()
    {
        SshSession session;
        connectAndAuth(session, keyCredentials(QStringLiteral("id_ed25519")));
        std::atomic<bool> cancel{false};
        ExecOptions options;
        options.cancel = &cancel;
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(400));
            cancel.store(true);
        });
        QElapsedTimer clock;
        clock.start();
        const auto result = session.exec(QStringLiteral("sleep 30"), options);
        const qint64 elapsed = clock.elapsed();
        canceller.join();
        QVERIFY(result.ok());
        QVERIFY(result->cancelled);
        QVERIFY(!result->timedOut);
        QVERIFY2(elapsed < 2500, qPrintable(QString::number(elapsed)));
        const auto next = session.exec(QStringLiteral("echo ok"));
        QVERIFY(next.ok());
        QCOMPARE(next->stdOut, QByteArray("ok\n"));
    }

    void stdinRoundTrip()
    {
        SshSession session;
        connectAndAuth(session, keyCredentials(QStringLiteral("id_ed25519")));
        QByteArray data = lab().sshPassword().toUtf8() + "\n\0binary\xff\n";
        QByteArray random(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32*>(random.data()), random.size() / 4);
        data += random;
        ExecOptions options;
        options.stdinData = data;
        const auto result = session.exec(QStringLiteral("cat"), options);
        QVERIFY(result.ok());
        QCOMPARE(result->exitStatus, 0);
        QCOMPARE(result->stdOut.size(), data.size());
        QVERIFY(result->stdOut == data);

        // A command that does not read its input still finishes.
        const auto ignored = session.exec(QStringLiteral("echo done"), options);
        QVERIFY(ignored.ok());
        QCOMPARE(ignored->stdOut, QByteArray("done\n"));
    }

    void largeOutputIntact()
    {
        SshSession session;
        connectAndAuth(session, keyCredentials(QStringLiteral("id_ed25519")));
        // The host hashes what it sends (on stderr); we compare with what arrived. (The
        // default capture limit is 16 MiB.)
        ExecOptions options;
        options.maxCapture = 32 * 1024 * 1024;
        const auto result =
            session.exec(QStringLiteral("f=$(mktemp \"$HOME/omsua-ssh-test.XXXXXX\") && head -c "
                                        "20971520 /dev/urandom > \"$f\" "
                                        "&& sha256sum < \"$f\" | cut -d' ' -f1 >&2 && cat \"$f\"; "
                                        "rc=$?; rm -f \"$f\"; exit $rc"),
                         options);
        QVERIFY(result.ok());
        QCOMPARE(result->exitStatus, 0);
        QCOMPARE(result->stdOut.size(), 20971520);
        QVERIFY(!result->truncated);
        QCOMPARE(QCryptographicHash::hash(result->stdOut, QCryptographicHash::Sha256).toHex(),
                 result->stdErr.trimmed());
        qInfo("20 MiB of output in %lld ms", result->elapsedMs);
    }

    void maxCaptureTruncatesButStreamsEverything()
    {
        SshSession session;
        connectAndAuth(session, keyCredentials(QStringLiteral("id_ed25519")));
        ExecOptions options;
        options.maxCapture = 1000;
        qint64 streamed = 0;
        options.onOutput = [&](OutputStream, QByteArrayView data) { streamed += data.size(); };
        const auto result = session.exec(QStringLiteral("head -c 100000 /dev/zero"), options);
        QVERIFY(result.ok());
        QCOMPARE(result->stdOut.size(), 1000);
        QVERIFY(result->truncated);
        QCOMPARE(streamed, 100000);
    }

    void runnerQuotesHostileArguments()
    {
        SshSession session;
        connectAndAuth(session, keyCredentials(QStringLiteral("id_ed25519")));
        SshCommandRunner runner(session);
        const QString hostile =
            lab().sshPassword() + QStringLiteral(" $(touch /tmp/pwned) `id` ; 'x' \"y\" \\");
        const auto result = runner.run({QStringLiteral("printf"), QStringLiteral("%s"), hostile});
        QVERIFY(result.ok());
        QCOMPARE(QString::fromUtf8(result->stdOut), hostile);
        const auto shell = runner.runShell(QStringLiteral("printf %s ") + shellQuote(hostile) +
                                           QStringLiteral(" | wc -c"));
        QVERIFY(shell.ok());
        QCOMPARE(shell->stdOut.trimmed().toInt(), hostile.toUtf8().size());
        QVERIFY(!runner.run({}).ok());
    }

    void keepaliveAndDisconnect()
    {
        SshSession session;
        connectAndAuth(session, keyCredentials(QStringLiteral("id_ed25519")));
        QVERIFY(session.keepalive() > 0);
        const quint64 id = session.connectionId();
        session.disconnect();
        QVERIFY(!session.isConnected());
        QVERIFY(session.connectionId() != id);
        QVERIFY(!session.exec(QStringLiteral("true")).ok());
    }
};

QTEST_GUILESS_MAIN(TestSshSession)
#include "tst_sshsession.moc"
