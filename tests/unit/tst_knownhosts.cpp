#include "remote/KnownHosts.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using omsua::remote::KnownHosts;

namespace {

// Fixed vectors made with OpenSSH 9.2: ssh-keygen -t ..., ssh-keygen -lf, ssh-keygen -H.
const QByteArray kEd1 = "AAAAC3NzaC1lZDI1NTE5AAAAIP7LTYtpIXz0j8QYA+dcJ1XvUBKQZEDks3MLj+9IJ37T";
const QString kEd1Fingerprint =
    QStringLiteral("SHA256:Ad7E/K0JekLBIA6pcvdqkrSLJBbKdw9aX0w0A05L2aA");
const QByteArray kEd2 = "AAAAC3NzaC1lZDI1NTE5AAAAIGFGLqQ6FEy4oy9LSV2d1WuZr/Lpr5tiKKQ7Ks+fb4bs";
const QString kEd2Fingerprint =
    QStringLiteral("SHA256:l78OPGfn3LH50NLokA5SAdjYDFEmKbyxzZ1pUKv4Jz0");
const QByteArray kEcdsa = "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBGxrmyMmxhScOQ96AFuu"
                          "BStirN9ytcqPo7B+FZTkhVW"
                          "El6qvSapVU6ChWTWgX7ZG8OBzLYsvOGadTl70awxG3cI=";
const QString kEcdsaFingerprint =
    QStringLiteral("SHA256:fdMPwPZCdOc/ZLupcevqNPePeBhWefuiO76x9baECJw");
// `ssh-keygen -H` of "[127.0.0.1]:2222 ssh-ed25519 <kEd1>".
const QByteArray kHashedLocal2222 = "|1|CVXY8fcoJyz3BqPWmINyyjnYDNg=|RRk5t5/7ZdESqwe1RQWX97CY4WM=";

QByteArray blob(const QByteArray& base64)
{
    return QByteArray::fromBase64(base64);
}

const QString kEd = QStringLiteral("ssh-ed25519");
const QString kEc = QStringLiteral("ecdsa-sha2-nistp256");

} // namespace

class TestKnownHosts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fingerprintMatchesSshKeygen()
    {
        QCOMPARE(KnownHosts::fingerprint(blob(kEd1)), kEd1Fingerprint);
        QCOMPARE(KnownHosts::fingerprint(blob(kEd2)), kEd2Fingerprint);
        QCOMPARE(KnownHosts::fingerprint(blob(kEcdsa)), kEcdsaFingerprint);
        QVERIFY(!KnownHosts::fingerprint(blob(kEd1)).contains(QLatin1Char('=')));
    }

    void keyTypeOfBlob()
    {
        QCOMPARE(KnownHosts::keyTypeOfBlob(blob(kEd1)), kEd);
        QCOMPARE(KnownHosts::keyTypeOfBlob(blob(kEcdsa)), kEc);
        QCOMPARE(KnownHosts::keyTypeOfBlob(QByteArray("\0\0", 2)), QString());
        QCOMPARE(KnownHosts::keyTypeOfBlob(QByteArray("\0\0\0\x50"
                                                      "abc",
                                                      7)),
                 QString());
    }

    void hostToken()
    {
        QCOMPARE(KnownHosts::hostToken(QStringLiteral("Example.COM"), 22),
                 QStringLiteral("example.com"));
        QCOMPARE(KnownHosts::hostToken(QStringLiteral("127.0.0.1"), 2222),
                 QStringLiteral("[127.0.0.1]:2222"));
    }

    void bracketedPortForm()
    {
        const KnownHosts known = KnownHosts::parse("[127.0.0.1]:2222 ssh-ed25519 " + kEd1 + "\n");
        QCOMPARE(known.entries().size(), 1);
        QCOMPARE(known.check(QStringLiteral("127.0.0.1"), 2222, kEd, blob(kEd1)).status,
                 KnownHosts::Status::Match);
        // The bracketed name is only for that port; port 22 is looked up as the bare name.
        QCOMPARE(known.check(QStringLiteral("127.0.0.1"), 22, kEd, blob(kEd1)).status,
                 KnownHosts::Status::Unknown);
        QCOMPARE(known.check(QStringLiteral("127.0.0.1"), 2223, kEd, blob(kEd1)).status,
                 KnownHosts::Status::Unknown);
    }

    void plainNameListsWildcardsAndNegation()
    {
        const KnownHosts known =
            KnownHosts::parse("oms1.example.com,10.0.0.2 ssh-ed25519 " + kEd1 +
                              " admin@somewhere\n"
                              "*.lab.example.com,!bad.lab.example.com ssh-ed25519 " +
                              kEd2 +
                              "\n"
                              "db?.example.com ecdsa-sha2-nistp256 " +
                              kEcdsa + "\n");
        QVERIFY(known.warnings().isEmpty());
        QCOMPARE(known.entries().constFirst().comment, QStringLiteral("admin@somewhere"));
        QCOMPARE(known.check(QStringLiteral("10.0.0.2"), 22, kEd, blob(kEd1)).status,
                 KnownHosts::Status::Match);
        QCOMPARE(known.check(QStringLiteral("OMS1.example.com"), 22, kEd, blob(kEd1)).status,
                 KnownHosts::Status::Match);
        QCOMPARE(known.check(QStringLiteral("a.lab.example.com"), 22, kEd, blob(kEd2)).status,
                 KnownHosts::Status::Match);
        QCOMPARE(known.check(QStringLiteral("bad.lab.example.com"), 22, kEd, blob(kEd2)).status,
                 KnownHosts::Status::Unknown);
        QCOMPARE(known.check(QStringLiteral("db1.example.com"), 22, kEc, blob(kEcdsa)).status,
                 KnownHosts::Status::Match);
        QCOMPARE(known.check(QStringLiteral("db12.example.com"), 22, kEc, blob(kEcdsa)).status,
                 KnownHosts::Status::Unknown);
    }

    void hashedNames()
    {
        const KnownHosts known = KnownHosts::parse(kHashedLocal2222 + " ssh-ed25519 " + kEd1);
        QCOMPARE(known.entries().size(), 1);
        QVERIFY(KnownHosts::hostFieldMatches(QString::fromLatin1(kHashedLocal2222),
                                             QStringLiteral("[127.0.0.1]:2222")));
        QVERIFY(!KnownHosts::hostFieldMatches(QString::fromLatin1(kHashedLocal2222),
                                              QStringLiteral("[127.0.0.1]:2223")));
        QCOMPARE(known.check(QStringLiteral("127.0.0.1"), 2222, kEd, blob(kEd1)).status,
                 KnownHosts::Status::Match);
        QCOMPARE(known.check(QStringLiteral("127.0.0.2"), 2222, kEd, blob(kEd1)).status,
                 KnownHosts::Status::Unknown);
        QCOMPARE(known.keyTypesFor(QStringLiteral("127.0.0.1"), 2222), QStringList{kEd});
    }

    void keyTypesDecideUnknownVersusMismatch()
    {
        const KnownHosts known =
            KnownHosts::parse("[h]:2222 ssh-ed25519 " + kEd1 + "\n[h]:2222 ecdsa-sha2-nistp256 " +
                              kEcdsa + "\nother ssh-ed25519 " + kEd2 + "\n");
        // A different key of a type we know for the host: mismatch, with the recorded one.
        const KnownHosts::Verdict mismatch =
            known.check(QStringLiteral("h"), 2222, kEd, blob(kEd2));
        QCOMPARE(mismatch.status, KnownHosts::Status::Mismatch);
        QCOMPARE(mismatch.line, 1);
        QCOMPARE(mismatch.knownFingerprint, kEd1Fingerprint);
        QCOMPARE(mismatch.knownKeyType, kEd);
        QCOMPARE(known.check(QStringLiteral("h"), 2222, kEc, blob(kEcdsa)).status,
                 KnownHosts::Status::Match);
        QCOMPARE(known.check(QStringLiteral("h"), 2222, kEc, blob(kEcdsa)).line, 2);
        QCOMPARE(known.keyTypesFor(QStringLiteral("h"), 2222), (QStringList{kEd, kEc}));

        // Only ed25519 known: an ECDSA key is simply new (as in OpenSSH), not a mismatch.
        const KnownHosts onlyEd = KnownHosts::parse("[h]:2222 ssh-ed25519 " + kEd1 + "\n");
        QCOMPARE(onlyEd.check(QStringLiteral("h"), 2222, kEc, blob(kEcdsa)).status,
                 KnownHosts::Status::Unknown);
    }

    void severalKeysOfOneTypeMatchAny()
    {
        const KnownHosts known =
            KnownHosts::parse("h ssh-ed25519 " + kEd1 + "\nh ssh-ed25519 " + kEd2 + "\n");
        const KnownHosts::Verdict verdict = known.check(QStringLiteral("h"), 22, kEd, blob(kEd2));
        QCOMPARE(verdict.status, KnownHosts::Status::Match);
        QCOMPARE(verdict.line, 2);
    }

    void markers()
    {
        const KnownHosts known = KnownHosts::parse("@revoked * ssh-ed25519 " + kEd2 +
                                                   "\n"
                                                   "@cert-authority *.example.com ssh-ed25519 " +
                                                   kEd1 +
                                                   "\n"
                                                   "h ssh-ed25519 " +
                                                   kEd2 +
                                                   "\n"
                                                   "@bogus h ssh-ed25519 " +
                                                   kEd1 + "\n");
        QCOMPARE(known.entries().size(), 3);
        QCOMPARE(known.warnings().size(), 1);
        QCOMPARE(known.entries().at(0).marker, KnownHosts::Marker::Revoked);
        QCOMPARE(known.entries().at(1).marker, KnownHosts::Marker::CertAuthority);
        // Revoked wins even though line 3 lists the same key for the host.
        const KnownHosts::Verdict revoked = known.check(QStringLiteral("h"), 22, kEd, blob(kEd2));
        QCOMPARE(revoked.status, KnownHosts::Status::Revoked);
        QCOMPARE(revoked.line, 1);
        // A CA key is no host key: a host key equal to it is not a match.
        QCOMPARE(known.check(QStringLiteral("x.example.com"), 22, kEd, blob(kEd1)).status,
                 KnownHosts::Status::Unknown);
        // Markers do not count as recorded key types.
        QCOMPARE(known.keyTypesFor(QStringLiteral("x.example.com"), 22), QStringList());
    }

    void commentsBlankAndBrokenLines()
    {
        const KnownHosts known =
            KnownHosts::parse("# a comment\n"
                              "\n"
                              "   \t\n"
                              "onlyhost\n"
                              "h ssh-ed25519 not*base64\n"
                              "h ecdsa-sha2-nistp256 " +
                                  kEd1 +
                                  "\n" // blob says ed25519: corrupt line
                                  "  h ssh-ed25519 " +
                                  kEd1 + "   trailing comment with  spaces \r\n",
                              QStringLiteral("kh"));
        QCOMPARE(known.entries().size(), 1);
        QCOMPARE(known.entries().constFirst().line, 7);
        QCOMPARE(known.entries().constFirst().comment,
                 QStringLiteral("trailing comment with  spaces"));
        QCOMPARE(known.warnings().size(), 3);
        QVERIFY(known.warnings().constFirst().startsWith(QStringLiteral("kh:4:")));
    }

    void missingFileIsEmpty()
    {
        QTemporaryDir dir;
        const auto known = KnownHosts::load(dir.filePath(QStringLiteral("nope")));
        QVERIFY(known.ok());
        QVERIFY(known->entries().isEmpty());
    }

    void appendCreatesPrivateFileAndKeepsContent()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("sub/known_hosts"));
        QVERIFY(KnownHosts::append(file, QStringLiteral("127.0.0.1"), 2222, kEd, blob(kEd1)).ok());
        QFileInfo info(file);
        QVERIFY(info.exists());
        QCOMPARE(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                       QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QFile read(file);
        QVERIFY(read.open(QIODevice::ReadOnly));
        QCOMPARE(read.readAll(), "[127.0.0.1]:2222 ssh-ed25519 " + kEd1 + "\n");
        read.close();

        // An existing file without a final newline keeps its lines and its permissions.
        QFile existing(file);
        QVERIFY(existing.open(QIODevice::WriteOnly | QIODevice::Truncate));
        existing.write("# mine\nother ssh-ed25519 " + kEd2);
        existing.close();
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup));
        QVERIFY(
            KnownHosts::append(file, QStringLiteral("Host.Example"), 22, kEc, blob(kEcdsa)).ok());
        QVERIFY(QFileInfo(file).permissions() & QFileDevice::ReadGroup);
        const auto known = KnownHosts::load(file);
        QVERIFY(known.ok());
        QCOMPARE(known->entries().size(), 2);
        QCOMPARE(known->check(QStringLiteral("host.example"), 22, kEc, blob(kEcdsa)).status,
                 KnownHosts::Status::Match);
        QCOMPARE(known->check(QStringLiteral("other"), 22, kEd, blob(kEd2)).status,
                 KnownHosts::Status::Match);
    }
};

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
