// The completeness checks of a backup set: what the host answers to the file probe (`stat`,
// `sha256sum`, `tail -c 256`), the dump trailer found in it, and the verifier's verdict
// against the manifest. A host (or a file on it) is not trusted to answer in the expected form.
#include "FuzzSupport.h"
#include "backup/BackupSet.h"
#include "backup/BackupVerifier.h"
#include "backup/DumpTrailer.h"
#include "backup/HostFileProbe.h"

using namespace omsua;
using namespace omsua::backup;

namespace {

// Gives every command the fuzzer's bytes as its output. An input starting with "44\n" is the
// probe's "no such file" status instead.
class FuzzedHost : public remote::CommandRunner
{
public:
    explicit FuzzedHost(QByteArray output)
        : m_output(std::move(output))
    {}

    Expected<remote::CommandResult> run(const QStringList& argv,
                                        const remote::ExecOptions& options) override
    {
        return runShell(argv.join(QLatin1Char(' ')), options);
    }

    Expected<remote::CommandResult> runShell(const QString&, const remote::ExecOptions&) override
    {
        remote::CommandResult result;
        result.exitStatus = m_output.startsWith("44\n") ? 44 : 0;
        result.stdOut = m_output;
        return result;
    }

private:
    QByteArray m_output;
};

// The figures of corpus/dump_trailer/lab_probe_cm_hb.txt (the lab's cm_hb dump), so that seed
// verifies.
constexpr qint64 kBytes = 3236;
const QString kSha256 =
    QStringLiteral("e266f71a2ceddefa416e95997c7e7a0964ea66dcc658c5cc61dc78c831be9d63");

Manifest manifest()
{
    Manifest m;
    m.runId = QStringLiteral("20261125-160000-fuzz");
    const QList<std::pair<DatabaseRole, QString>> dbs = {
        {DatabaseRole::Rm, QStringLiteral("rm_330")},
        {DatabaseRole::Cm, QStringLiteral("cm_330")},
        {DatabaseRole::CmHb, QStringLiteral("cm_hb_330")}};
    for (const auto& [role, name] : dbs) {
        ManifestDatabase db;
        db.role = role;
        db.name = name;
        db.file = ManifestDatabase::fileNameFor(name);
        db.bytes = kBytes;
        db.sha256 = kSha256;
        db.trailer = QStringLiteral("-- Dump completed on 2026-11-25 16:02:11");
        db.completed = true;
        m.databases.append(db);
    }
    return m;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray output = fuzz::input(data, size);

    const QString line = DumpTrailer::lastLine(output);
    fuzz::require(!line.contains(QLatin1Char('\n')), "lastLine() is one line", line);
    fuzz::require(DumpTrailer::endsWithCompletion(output) == DumpTrailer::isCompletionLine(line),
                  "endsWithCompletion() is lastLine() + isCompletionLine()");

    const QString path = QStringLiteral("/backups/run/rm_330.sql");
    (void)HostFileProbe::parse(output, HostFileProbe::Checksum::Skip, path);
    const Expected<HostFileFacts> facts =
        HostFileProbe::parse(output, HostFileProbe::Checksum::Compute, path);
    if (facts) {
        fuzz::require(facts->bytes >= 0, "a probed size is not negative");
        fuzz::require(facts->sha256.size() == 64, "a probed checksum has 64 digits", facts->sha256);
    }

    static const Expected<BackupSet> set =
        BackupSet::at(QStringLiteral("/backups"), QStringLiteral("20261125-160000-fuzz"));
    fuzz::require(bool(set), "the fixed backup set is valid");
    FuzzedHost host(output);
    BackupVerifier verifier(host);
    const Expected<VerificationReport> report = verifier.verify(*set, manifest());
    if (!report)
        return 0;
    (void)report->summary();
    for (const FileVerification& file : report->files) {
        if (!file.ok())
            continue;
        // A file passes only with the manifest's size and checksum and a completion trailer.
        fuzz::require(file.actualBytes == kBytes && file.actualSha256 == kSha256 &&
                          DumpTrailer::isCompletionLine(file.trailer),
                      "a verified file matches its manifest entry", file.detail);
    }
    return 0;
}
